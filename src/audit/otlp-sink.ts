import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { defaultInstanceId } from './instance.js';
import { stamped, type AuditHealth, type AuditSink } from './sink.js';
import type { AuditRecord } from './trail.js';
import { InFlightWrites } from './in-flight.js';

/** OTLP's ExportResultCode.SUCCESS. */
const SUCCESS = 0;
/** OpenTelemetry's INFO severity number. */
const SEVERITY_INFO = 9;

export interface OtlpAuditSinkOptions {
  /** The collector's OTLP/HTTP logs endpoint (`http://collector:4318/v1/logs`). */
  url: string;
  headers?: Record<string, string>;
  instance?: string;
  /** How long one export may take before it counts as failed (10 s unless given). */
  timeoutMillis?: number;
}

/**
 * Audit records as OpenTelemetry log records, sent to a collector over OTLP/HTTP (AUDIT_SINK=otlp) with
 * @opentelemetry/exporter-logs-otlp-http. Each record is one log record: its body the record as JSON, its attributes
 * `audit.*` (request id, action, outcome, instance, ...), its resource `service.name=nhs-graph` and
 * `service.instance.id`, its scope `nhs-graph.audit` for the collector to route to the audit store.
 *
 * The exporter is called directly, not through the SDK's batching processor (which drops records it cannot send and
 * reports nothing back): `write` resolves only once the collector has answered the export with success, and rejects
 * when it refused, failed or timed out, so the graph fails closed (no answer, no upstream write) as with the file.
 * Concurrent writes are separate exports.
 */
export class OtlpAuditSink implements AuditSink {
  private readonly exporter: OTLPLogExporter;
  private readonly inFlight = new InFlightWrites();
  private readonly resource: { attributes: Record<string, string> };
  private closed = false;
  /** Whether the last export failed: /readyz is not ready until one succeeds again. */
  private lastError: string | undefined;
  readonly instance: string;

  constructor(options: OtlpAuditSinkOptions) {
    this.instance = options.instance ?? defaultInstanceId();
    this.exporter = new OTLPLogExporter({ url: options.url, headers: options.headers ?? {}, timeoutMillis: options.timeoutMillis ?? 10_000 });
    this.resource = { attributes: { 'service.name': 'nhs-graph', 'service.instance.id': this.instance } };
  }

  write(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('the audit sink is closed'));
    const logs = records.map((r) => this.logRecord(stamped(r, this.instance)));
    const done = new Promise<void>((resolve, reject) => {
      // The exporter's types want the SDK's ReadableLogRecord; these carry every field it reads.
      this.exporter.export(logs as never, (result) => {
        if (result.code === SUCCESS) {
          this.lastError = undefined;
          resolve();
        } else {
          this.lastError = 'EXPORT_FAILED';
          reject(result.error ?? new Error('the collector did not accept the audit records'));
        }
      });
    });
    return this.inFlight.track(done);
  }

  async flush(): Promise<void> {
    await this.inFlight.settle();
  }

  /** Not ready after a failed export, until a later one succeeds; the collector is not probed (an export is the probe). */
  async check(): Promise<AuditHealth> {
    if (this.closed) return { ok: false, error: 'CLOSED' };
    return this.lastError ? { ok: false, error: this.lastError } : { ok: true };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    await this.exporter.shutdown();
  }

  private logRecord(record: AuditRecord) {
    const ms = Date.parse(record.time);
    const hrTime: [number, number] = [Math.floor(ms / 1000), (ms % 1000) * 1e6];
    return {
      hrTime,
      hrTimeObserved: hrTime,
      severityNumber: SEVERITY_INFO,
      severityText: 'INFO',
      body: JSON.stringify(record),
      attributes: {
        'audit.request_id': record.requestId,
        'audit.correlation_id': record.correlationId,
        'audit.action': record.action,
        'audit.outcome': record.outcome,
        'audit.instance': record.instance ?? this.instance,
        'audit.sources': record.sources,
      },
      droppedAttributesCount: 0,
      resource: this.resource,
      instrumentationScope: { name: 'nhs-graph.audit' },
    };
  }
}
