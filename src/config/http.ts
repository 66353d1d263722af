import { HTTP_DEFAULTS, type HttpLimits } from '../http/limits.js';
import type { EnvReader } from './reader.js';

export interface HttpConfig {
  host: string;
  port: number;
  /** The graph's HTTP listener: largest request body, header and body timeouts, connection cap, operations at once and queued. */
  http: HttpLimits & { maxBodyBytes: number };
  /** METRICS_PORT, METRICS_HOST: /metrics on a port of its own (by default 9464 in int and prod); no port: on the graph's. */
  metrics: { port?: number; host: string };
  /** ALLOWED_HOSTS: the Host names the graph answers to (by default the loopback names with the local NHS stand-in). */
  allowedHosts?: string[];
  /** CORS_ORIGINS: the browser origins (scheme://host[:port]) whose pages may call /graphql cross-origin (docs/http.md). */
  corsOrigins?: string[];
}

/** The listener: host and port, body, timeout and operation limits, the metrics port, allowed Host names and CORS origins. */
export function readHttp(r: EnvReader, live: boolean): HttpConfig {
  const { env } = r;
  const http = {
    maxBodyBytes: r.int('MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    headersTimeoutMs: r.int('HTTP_HEADERS_TIMEOUT_MS', HTTP_DEFAULTS.headersTimeoutMs, 100, 120_000),
    requestTimeoutMs: r.int('HTTP_REQUEST_TIMEOUT_MS', HTTP_DEFAULTS.requestTimeoutMs, 100, 300_000),
    maxConnections: r.int('HTTP_MAX_CONNECTIONS', HTTP_DEFAULTS.maxConnections, 1, 1_000_000),
    maxConcurrentOperations: r.int('MAX_CONCURRENT_OPERATIONS', HTTP_DEFAULTS.maxConcurrentOperations, 0, 100_000),
    maxQueuedOperations: r.int('MAX_QUEUED_OPERATIONS', HTTP_DEFAULTS.maxQueuedOperations, 0, 1_000_000),
  };
  if (http.headersTimeoutMs > http.requestTimeoutMs)
    r.problem('HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request)');
  const metricsPort = env.METRICS_PORT === undefined || env.METRICS_PORT === '' ? (live ? 9464 : undefined) : r.int('METRICS_PORT', 9464, 0, 65_535);
  const metrics = { ...(metricsPort !== undefined ? { port: metricsPort } : {}), host: env.METRICS_HOST || (env.HOST ?? '127.0.0.1') };
  const allowedHosts = env.ALLOWED_HOSTS
    ? env.ALLOWED_HOSTS.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean)
    : undefined;
  if (allowedHosts?.some((h) => !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(h)))
    r.problem('ALLOWED_HOSTS must be host names without port, comma-separated (IPv6 in brackets: [::1])');
  const corsOrigins = env.CORS_ORIGINS
    ? env.CORS_ORIGINS.split(',')
        .map((o) => o.trim().toLowerCase().replace(/\/$/, ''))
        .filter(Boolean)
    : undefined;
  if (corsOrigins?.some((o) => !/^https?:\/\/[a-z0-9.-]+(:\d+)?$|^https?:\/\/\[[0-9a-f:.]+\](:\d+)?$/.test(o)))
    r.problem('CORS_ORIGINS must be origins (https://app.example.nhs.uk, http://localhost:5173), comma-separated, without path or "*"');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: r.int('PORT', 4000, 0, 65_535),
    http,
    metrics,
    ...(allowedHosts ? { allowedHosts } : {}),
    ...(corsOrigins ? { corsOrigins } : {}),
  };
}
