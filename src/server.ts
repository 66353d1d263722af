import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import { defaultAccessPolicy, type AccessPolicy } from './access/policy.js';
import { JsonLinesAuditSink, type AuditSink } from './audit/sink.js';
import type { IssuerSettings } from './auth/issuers.js';
import { TokenVerifier } from './auth/token-verifier.js';
import type { Context, ContextSettings } from './context.js';
import { getDirective } from '@graphql-tools/utils';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from './graph/index.js';
import { answerReport } from './playground/answer-report.js';
import { readinessRoute } from './http/readiness.js';
import { healthRoute, type Route } from './http/routes.js';
import { createLogger } from './logger.js';
import { formatError } from './plugins/format-error.js';
import { graphPlugins } from './plugins/index.js';
import { DEFAULT_QUERY_LIMITS, queryLimitRules, type QueryLimits } from './plugins/query-limits.js';
import { operationTelemetry } from './plugins/operation-telemetry.js';
import type { RateLimitSettings } from './plugins/rate-limit.js';
import type { RedisState } from './cache/redis-cache.js';
import type { TrustedDocuments } from './persisted/trusted-documents.js';
import { SharedApqStore } from './persisted/apq-store.js';
import type { SharedCache } from './cache/shared-cache.js';
import type { CacheStats } from './cache/stats.js';
import { createMetrics, type GraphMetrics } from './telemetry/metrics.js';
import { recordUpstreamSpan } from './telemetry/tracing.js';
import { API_IDS, type ApiId } from './upstream/apis.js';
import { HTTP_DEFAULTS, type HttpLimits } from './http/limits.js';
import { createOperationGate } from './http/gate.js';
import { createHttpHandler } from './http/handler.js';
import { createLifecycle } from './lifecycle.js';
import { createSources, type Sources } from './sources/index.js';
import { defaultSourceSettings, type SourceSettings } from './sources/settings.js';
import type { Platform } from './upstream/platform.js';
import type { FederationOptions } from './federation/subgraph.js';
import { BarsResponseStore } from './sources/bars/receiver/response-store.js';
import { barsReceiverRoute } from './sources/bars/receiver/route.js';
import { attachSubscriptions } from './http/subscriptions.js';
import { compiledExecution } from './execution/compiled-executor.js';

export interface GraphServerOptions {
  platform: Platform;
  environment: string;
  logger?: Logger;
  /** DataLoader batching and de-duplication; off only to measure what they save. */
  batching?: boolean;
  maxBodyBytes?: number;
  /** Schema introspection (`__schema`, `__type`); off in production unless configured. */
  introspection?: boolean;
  /** Depth, cost, alias, directive, token and batch limits; DEFAULT_QUERY_LIMITS for any not given. */
  limits?: Partial<QueryLimits>;
  /** Per-caller operations per window (RATE_LIMITED, 429, Retry-After); counted in `counters` (Redis) or in-process. Off when absent. */
  rateLimit?: RateLimitSettings;
  /** The shared cache, when it has a Redis state to report: /readyz says `degraded` and `redis_up` is 0 while it is down. */
  sharedCache?: { readonly state?: RedisState; readonly fallbacks?: number; readonly stats?: CacheStats };
  /**
   * Where automatic persisted queries (APQ) are registered: the shared cache (Redis), so a hash registered on one
   * replica is served by the others. Apollo's in-process store when absent.
   */
  apqStore?: SharedCache;
  /** More non-GraphQL routes (playground, metrics...). */
  routes?: Route[];
  /** The identity providers whose tokens callers may bring (none: every caller is anonymous or refused). */
  auth?: { issuers: IssuerSettings[]; jwksCooldownMs?: number; maxTokenLifetimeSeconds?: number };
  /** Who may reach which source; the defaults of src/access/policy.ts when absent. */
  access?: AccessPolicy;
  /** Where audit records go. Without one, a JSON-lines file in the OS temp directory (with a warning). */
  audit?: AuditSink;
  /** Per-source behaviour (WLMDS URL form, Website Content rate limit and cache); the environment's defaults if absent. */
  sources?: SourceSettings;
  /** Also serve as an Apollo Federation v2 subgraph (entity keys, `_service`, `_entities`), optionally with a type prefix. */
  federation?: boolean | FederationOptions;
  /** A persisted-documents manifest: ids resolve to documents, and with `only` nothing else runs. */
  trustedDocuments?: TrustedDocuments;
  /** Prometheus metrics (the registry, and GET /metrics on the graph's port unless `metricsOnGraphPort` is false); on unless false. */
  metrics?: boolean;
  /** False when /metrics is served elsewhere (METRICS_PORT, src/http/metrics-server.ts): the graph's port has none. */
  metricsOnGraphPort?: boolean;
  /** Limits of the listener: connections, timeouts, operations at once (src/http/limits.ts); HTTP_DEFAULTS for any not given. */
  http?: Partial<HttpLimits>;
  /**
   * Host names the graph answers to (the `Host` header, without port); any other gets 403. Embedded mode sets the
   * loopback names: a web page whose DNS name is re-bound to 127.0.0.1 must not reach the test identities (DNS rebinding).
   * Absent: no check (behind a load balancer, the platform routes by host).
   */
  allowedHosts?: readonly string[];
  /**
   * Browser origins allowed to call /graphql cross-origin (CORS_ORIGINS): preflights answered, CORS headers on their
   * answers, and their GET queries pass the CSRF check (docs/http.md). Absent: no CORS headers at all.
   */
  corsOrigins?: readonly string[];
  /** `x-upstream-calls` and `x-query-cost` on each answer (the playground shows them); on unless the environment is prod. */
  answerReport?: boolean;
  /** /readyz: the APIs it probes (by default every API the schema names in @source), probe timeout and reuse. */
  readiness?: { apis?: ApiId[]; timeoutMs?: number; cacheMs?: number };
  /** How long close() lets in-flight requests finish before it cuts the remaining connections. */
  shutdownGraceMs?: number;
  /**
   * Where BaRS responses posted to the graph's $process-message are kept: give one over the shared store (Redis) so
   * every replica sees them; in this process when absent.
   */
  barsResponses?: BarsResponseStore;
}

export interface GraphServer {
  apollo: ApolloServer<Context>;
  sources: Sources;
  metrics: GraphMetrics | undefined;
  /** The node:http handler: POST/GET /graphql and the routes. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  listen(port: number, host?: string): Promise<string>;
  /**
   * Graceful shutdown: /readyz turns 503, the listener stops accepting connections, idle keep-alive connections close,
   * in-flight requests finish (up to `shutdownGraceMs`, then the rest are cut), then Apollo stops.
   */
  close(): Promise<void>;
}

/** Builds the graph server. No side effects until `listen`. */
export async function createGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const logger = options.logger ?? createLogger();
  const sources = createSources(options.platform, options.sources ?? defaultSourceSettings(options.environment));
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const http = { ...HTTP_DEFAULTS, ...options.http };
  const gate = createOperationGate(http.maxConcurrentOperations, http.maxQueuedOperations);
  const metrics =
    options.metrics === false
      ? undefined
      : createMetrics({
          breakerStates: breakerStatesOf(options.platform),
          operations: gate,
          ...(options.sharedCache ? { sharedCache: options.sharedCache } : {}),
        });
  const unobserve = options.platform.onCall((event) => {
    metrics?.upstream(event);
    recordUpstreamSpan(event);
  });
  // Read by /readyz; the lifecycle (src/lifecycle.ts) owns it once it exists.
  let draining = (): boolean => false;
  const schema = buildSchema({ federation: options.federation ?? false });
  const { apis: readyApis = sourceApis(schema), ...probeSettings } = options.readiness ?? {};
  let auditSink = options.audit;
  if (!auditSink) {
    const path = join(tmpdir(), `nhs-graph-audit-${process.pid}.jsonl`);
    logger.warn({ path }, 'no audit sink configured: audit records go to a temporary file');
    auditSink = new JsonLinesAuditSink(path);
  }
  const routes = [
    healthRoute,
    readinessRoute({
      clients: readyApis.map((id) => options.platform.clients[id]),
      draining: () => draining(),
      audit: auditSink,
      degraded: () => cacheDegraded(options.sharedCache),
      ...probeSettings,
    }),
    ...(metrics && options.metricsOnGraphPort !== false ? [metrics.route] : []),
    ...(options.routes ?? []),
  ];
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const barsResponses = options.barsResponses ?? new BarsResponseStore();
  const verifier = new TokenVerifier(options.auth?.issuers ?? [], {
    jwksCooldownMs: options.auth?.jwksCooldownMs,
    maxTokenLifetimeSeconds: options.auth?.maxTokenLifetimeSeconds,
  });
  const contextSettings: ContextSettings = {
    sources,
    logger,
    environment: options.environment,
    loaders: { batching: options.batching ?? true },
    verifier,
    access: options.access ?? defaultAccessPolicy(),
    barsResponses,
  };
  routes.push(barsReceiverRoute({ store: barsResponses, verifier, access: contextSettings.access, audit: auditSink, logger }));
  const apollo = new ApolloServer<Context>({
    // The schema, executed as compiled plans cached per document (src/execution/compiled-executor.ts).
    gateway: compiledExecution(schema),
    introspection: options.introspection ?? true,
    // Without introspection the schema is not for browsing: no "Did you mean ...?" naming fields, arguments or values.
    hideSchemaDetailsFromClientErrors: !(options.introspection ?? true),
    includeStacktraceInErrorResponses: false,
    // Over-limit documents are refused while parsing and validating, before any resolver (or upstream call) runs.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    allowBatchedHttpRequests: limits.maxBatch > 1,
    ...(options.apqStore ? { persistedQueries: { cache: new SharedApqStore(options.apqStore) } } : {}),
    // Shutdown is main.ts's: Apollo's own SIGTERM handler would stop the server under the requests in flight and then
    // re-send the signal, which main.ts would take for a second signal (exit 1).
    stopOnTerminationSignals: false,
    plugins: [
      ...graphPlugins({ limits, auditSink, logger, environment: options.environment, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) }),
      operationTelemetry(metrics),
      ...((options.answerReport ?? options.environment !== 'prod') ? [answerReport(limits.defaultListSize)] : []),
    ],
    formatError: (formatted) => formatError(formatted, (internal) => logger.error({ path: internal.path, message: internal.message }, 'internal error')),
  });
  await apollo.start();

  const handle = createHttpHandler({
    apollo,
    contextSettings,
    logger,
    metrics,
    limits,
    maxBodyBytes,
    routes,
    gate,
    ...(options.trustedDocuments ? { trustedDocuments: options.trustedDocuments } : {}),
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
  });
  const lifecycle = createLifecycle(handle, {
    // GraphQL subscriptions (barsResponses) over WebSocket at /graphql, on the same listener (graphql-ws).
    attach: (httpServer) => attachSubscriptions(httpServer, { schema, contextSettings, auditSink, logger }),
    ...(options.http ? { http: options.http } : {}),
    ...(options.shutdownGraceMs !== undefined ? { shutdownGraceMs: options.shutdownGraceMs } : {}),
    stopped: async () => {
      unobserve();
      await apollo.stop();
      await auditSink.close();
    },
  });
  draining = () => lifecycle.draining;

  return {
    apollo,
    sources,
    metrics,
    handle,
    listen: (port, host) => lifecycle.listen(port, host),
    close: () => lifecycle.close(),
  };
}

/** Redis configured but not reachable: the graph serves from its in-process cache meanwhile. */
function cacheDegraded(cache: GraphServerOptions['sharedCache']): Record<string, unknown> | undefined {
  return cache?.state === 'down' ? { sharedCache: 'Redis unreachable: the in-process cache and rate limits serve' } : undefined;
}

/** The NHS APIs a schema names in @source: what the graph needs to answer. */
function sourceApis(schema: GraphQLSchema): ApiId[] {
  const used = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) for (const d of getDirective(schema, field, 'source') ?? []) used.add(String(d.api));
  }
  return API_IDS.filter((id) => used.has(id));
}

/** The platform's circuit breaker states when it has breakers (src/upstream/resilience.ts), for the metrics gauge. */
function breakerStatesOf(platform: Platform): () => Record<string, string> {
  return () => platform.breakerStates();
}
