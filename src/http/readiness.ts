import { request } from 'undici';
import type { AuditHealth } from '../audit/sink.js';
import type { UpstreamClient } from '../upstream/client.js';
import { sendJson } from './respond.js';
import type { Route } from './routes.js';

export interface ReadinessOptions {
  /** The upstream clients of the APIs the graph needs to answer (the ones its schema names in @source). */
  clients: UpstreamClient[];
  /** Per probe. */
  timeoutMs?: number;
  /** A probe result is reused this long, so a busy load balancer does not become load on NHS. */
  cacheMs?: number;
  /** True once shutdown has begun: not ready, whatever the APIs say. */
  draining: () => boolean;
  /**
   * The audit trail: not ready while it cannot write, since no patient data may leave, and no write be sent, without its
   * record (checked on every probe, not cached: it is a local open, and the answer must follow the file at once).
   */
  audit?: { check(): Promise<AuditHealth> };
  /** What runs in a lesser mode but still serves (Redis unreachable: the in-process cache serves): ready, `degraded`. */
  degraded?: () => Record<string, unknown> | undefined;
}

interface Probe {
  api: string;
  ok: boolean;
  status?: number;
  error?: string;
}

/**
 * GET /readyz: 200 when every API the graph needs answers its platform `_ping` endpoint (every NHS API proxy has one,
 * without credentials; the embedded sandbox too) and the audit trail can be written, 503 with the APIs that did not (or
 * the audit's error code) otherwise, and 503 as soon as a
 * graceful shutdown begins so a load balancer stops sending traffic before the listener closes.
 */
// 200 `degraded` (with what is degraded) when all APIs answer but a dependency that has a stand-in is down.
export function readinessRoute(options: ReadinessOptions): Route {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const cacheMs = options.cacheMs ?? 2_000;
  let cached: { at: number; probes: Promise<Probe[]> } | undefined;

  const probe = async (client: UpstreamClient): Promise<Probe> => {
    const api = client.endpoint.api;
    try {
      const res = await request(`${client.endpoint.baseUrl}/_ping`, { signal: AbortSignal.timeout(timeoutMs) });
      await res.body.dump();
      return res.statusCode === 200 ? { api, ok: true, status: 200 } : { api, ok: false, status: res.statusCode };
    } catch (error) {
      return { api, ok: false, error: (error as { code?: string }).code ?? (error as Error).name };
    }
  };

  return {
    method: 'GET',
    path: '/readyz',
    async handle(_req, res) {
      if (options.draining()) return sendJson(res, 503, { status: 'draining' }, { 'cache-control': 'no-store' });
      if (!cached || Date.now() - cached.at > cacheMs) cached = { at: Date.now(), probes: Promise.all(options.clients.map(probe)) };
      const [probes, audit] = await Promise.all([cached.probes, options.audit?.check()]);
      const ready = probes.every((p) => p.ok) && (audit?.ok ?? true);
      const degraded = options.degraded?.();
      const status = !ready ? 'not ready' : degraded ? 'degraded' : 'ready';
      sendJson(
        res,
        ready ? 200 : 503,
        { status, apis: probes, ...(audit ? { audit } : {}), ...(degraded ? { degraded } : {}) },
        { 'cache-control': 'no-store' },
      );
    },
  };
}
