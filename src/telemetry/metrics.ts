import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Route } from '../http/routes.js';
import type { UpstreamCallEvent } from '../upstream/types.js';

/** Circuit breaker states as numbers for the gauge: 0 closed, 1 half-open, 2 open. */
const BREAKER_LEVELS: Record<string, number> = { closed: 0, 'half-open': 1, open: 2 };

export interface GraphMetrics {
  registry: Registry;
  /** One finished GraphQL request: its operation type (query, mutation, unknown when it never parsed) and HTTP status. */
  request(operationType: string, status: number, seconds: number): void;
  /** One error in a GraphQL answer, by `extensions.code`. */
  error(code: string): void;
  /** One finished upstream call (wired to Platform.onCall). */
  upstream(event: UpstreamCallEvent): void;
  /** GET /metrics in Prometheus's text format. */
  route: Route;
}

/**
 * The graph's Prometheus metrics in a registry of its own (two servers in one process never share counters). Labels
 * are bounded: operation type, HTTP status, error code, API id, upstream status. Never an operation name chosen by a
 * client, never a path (paths carry NHS numbers).
 */
export function createMetrics(
  options: {
    prefix?: string;
    breakerStates?: () => Record<string, string>;
    sharedCache?: { readonly state?: string; readonly fallbacks?: number; readonly stats?: { snapshot(): Record<string, { hits: number; misses: number }> } };
    /** The HTTP operation gate (src/http/gate.ts): read when scraped, so counting costs a request nothing. */
    operations?: { readonly executing: number; readonly waiting: number };
  } = {},
): GraphMetrics {
  const prefix = options.prefix ?? 'nhs_graph_';
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix });
  const requests = new Counter({
    name: `${prefix}graphql_requests_total`,
    help: 'GraphQL requests answered, by operation type and HTTP status',
    labelNames: ['operation_type', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${prefix}graphql_request_duration_seconds`,
    help: 'Time to answer a GraphQL request',
    labelNames: ['operation_type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: `${prefix}graphql_errors_total`,
    help: 'Errors in GraphQL answers, by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  const upstreamCalls = new Counter({
    name: `${prefix}upstream_calls_total`,
    help: 'Calls to NHS APIs, by API, HTTP status (0 when none came back) and error code (none when it succeeded)',
    labelNames: ['api', 'status', 'error_code'],
    registers: [registry],
  });
  const upstreamDuration = new Histogram({
    name: `${prefix}upstream_duration_seconds`,
    help: 'Latency of calls to NHS APIs, by API',
    labelNames: ['api'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const breakerStates = options.breakerStates;
  if (breakerStates) {
    new Gauge({
      name: `${prefix}upstream_breaker_state`,
      help: 'Circuit breaker state per NHS API: 0 closed, 1 half-open, 2 open',
      labelNames: ['api'],
      registers: [registry],
      collect() {
        for (const [api, state] of Object.entries(breakerStates())) this.set({ api }, BREAKER_LEVELS[state] ?? -1);
      },
    });
  }

  const operations = options.operations;
  if (operations) {
    new Gauge({
      name: `${prefix}graphql_operations`,
      help: 'GraphQL operations over HTTP by state: executing (holding a slot of MAX_CONCURRENT_OPERATIONS) or waiting for one',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'executing' }, operations.executing);
        this.set({ state: 'waiting' }, operations.waiting);
      },
    });
  }

  const cache = options.sharedCache;
  const stats = cache?.stats;
  if (stats) {
    new Counter({
      name: `${prefix}cache_reads_total`,
      help: 'Reads of the shared cache, by cache (ods, content: the NHS API whose answers it keeps; apq: persisted queries) and result (hit, miss)',
      labelNames: ['cache', 'result'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [name, c] of Object.entries(stats.snapshot())) {
          this.inc({ cache: name, result: 'hit' }, c.hits);
          this.inc({ cache: name, result: 'miss' }, c.misses);
        }
      },
    });
  }
  if (cache?.state !== undefined) {
    new Gauge({
      name: `${prefix}redis_up`,
      help: 'Whether Redis (shared cache and rate limits) is reachable: 1 yes, 0 no (the in-process cache serves)',
      registers: [registry],
      collect() {
        this.set(cache.state === 'up' ? 1 : 0);
      },
    });
    new Counter({
      name: `${prefix}shared_cache_fallbacks_total`,
      help: 'Cache reads, writes and rate-limit counts served in-process because Redis could not',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(cache.fallbacks ?? 0);
      },
    });
  }

  return {
    registry,
    request(operationType, status, seconds) {
      requests.inc({ operation_type: operationType, status: String(status) });
      duration.observe({ operation_type: operationType }, seconds);
    },
    error: (code) => errors.inc({ code }),
    upstream(event) {
      upstreamCalls.inc({ api: event.api, status: String(event.status ?? 0), error_code: event.errorCode ?? 'none' });
      upstreamDuration.observe({ api: event.api }, event.durationMs / 1000);
    },
    route: {
      method: 'GET',
      path: '/metrics',
      async handle(_req, res) {
        const text = await registry.metrics();
        res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
        res.end(text);
      },
    },
  };
}
