import { DEFAULT_AUDIT_LOG_PATH } from '../audit/default-path.js';
import { defaultInstanceId } from '../audit/instance.js';
import type { EnvReader } from './reader.js';

export const AUDIT_SINKS = ['file', 'stdout', 'otlp'] as const;
export type AuditSinkKind = (typeof AUDIT_SINKS)[number];

export interface AuditConfig {
  /** The audit trail's JSON-lines file (AUDIT_LOG_PATH; var/audit/audit.jsonl under the package root by default). */
  auditLogPath: string;
  /**
   * Where the audit trail goes (AUDIT_SINK: `file`, the default, to `auditLogPath`; `stdout` as JSON lines; `otlp` to
   * an OpenTelemetry collector's logs endpoint), and the replica's id every record carries (INSTANCE_ID, else
   * hostname:pid).
   */
  audit: { sink: AuditSinkKind; otlpEndpoint?: string; instanceId: string };
}

/** The audit trail: where it goes (never off) and the replica's id. */
export function readAudit(r: EnvReader): AuditConfig {
  const { env } = r;
  const auditLogPath = env.AUDIT_LOG_PATH ?? DEFAULT_AUDIT_LOG_PATH;
  if (auditLogPath.trim() === '') r.problem('AUDIT_LOG_PATH must be a file path (the audit trail is never off)');
  const auditSink = (env.AUDIT_SINK || 'file') as AuditSinkKind;
  if (!AUDIT_SINKS.includes(auditSink)) r.problem(`AUDIT_SINK must be one of ${AUDIT_SINKS.join(', ')} (got "${env.AUDIT_SINK}")`);
  // The collector's OTLP/HTTP logs endpoint: AUDIT_OTLP_ENDPOINT, else OpenTelemetry's own variables.
  const otlpEndpoint =
    env.AUDIT_OTLP_ENDPOINT ||
    env.OTEL_EXPORTER_OTLP_LOGS_ENDPOINT ||
    (env.OTEL_EXPORTER_OTLP_ENDPOINT ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/logs` : undefined);
  if (auditSink === 'otlp' && otlpEndpoint === undefined)
    r.problem(
      "AUDIT_SINK=otlp needs AUDIT_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_LOGS_ENDPOINT / OTEL_EXPORTER_OTLP_ENDPOINT): the collector's OTLP/HTTP logs URL",
    );
  else if (otlpEndpoint !== undefined && !/^https?:\/\/\S+$/.test(otlpEndpoint)) r.problem('AUDIT_OTLP_ENDPOINT must be an http(s) URL');
  const instanceId = env.INSTANCE_ID?.trim() || defaultInstanceId({});
  if (!/^[\w.:@-]{1,128}$/.test(instanceId)) r.problem('INSTANCE_ID must be 1 to 128 letters, digits or . : @ - _');
  return { auditLogPath, audit: { sink: auditSink, instanceId, ...(auditSink === 'otlp' && otlpEndpoint ? { otlpEndpoint } : {}) } };
}
