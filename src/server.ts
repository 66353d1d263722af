import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import { defaultAccessPolicy, type AccessPolicy } from './access/policy.js';
import { JsonLinesAuditSink, type AuditSink } from './audit/sink.js';
import type { IssuerSettings } from './auth/issuers.js';
import { TokenVerifier } from './auth/token-verifier.js';
import { correlationIdOf, createContext, newRequestId, type Context, type ContextSettings } from './context.js';
import { getDirective } from '@graphql-tools/utils';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from './graph/index.js';
import { closeAfterAnswer, readBody, sendGraphQLError, sendJson } from './http/respond.js';
import { hostAllowed } from './http/host-check.js';
import { applyCors, listedOrigin } from './http/cors.js';
import { answerReport, recordUpstreamCall, withUpstreamLedger } from './playground/answer-report.js';
import { readinessRoute } from './http/readiness.js';
import { healthRoute, matchRoute, type Route } from './http/routes.js';
import { createLogger } from './logger.js';
import { formatError } from './plugins/format-error.js';
import { graphPlugins } from './plugins/index.js';
import { DEFAULT_QUERY_LIMITS, queryLimitRules, type QueryLimits } from './plugins/query-limits.js';
import { operationTelemetry } from './plugins/operation-telemetry.js';
import type { RateLimitSettings } from './plugins/rate-limit.js';
import type { RedisState } from './cache/redis-cache.js';
import { resolveTrustedDocument, type TrustedDocuments } from './persisted/trusted-documents.js';
import { SharedApqStore } from './persisted/apq-store.js';
import type { SharedCache } from './cache/shared-cache.js';
import type { CacheStats } from './cache/stats.js';
import { createMetrics, type GraphMetrics } from './telemetry/metrics.js';
import { recordUpstreamSpan, withRequestSpan } from './telemetry/tracing.js';
import { API_IDS, type ApiId } from './upstream/apis.js';
import { HTTP_DEFAULTS, type HttpLimits } from './http/limits.js';
import { createSources, type Sources } from './sources/index.js';
import { defaultSourceSettings, type SourceSettings } from './sources/settings.js';
import type { Platform } from './upstream/platform.js';
import type { FederationOptions } from './federation/subgraph.js';

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
  /** Connection-level limits of the listener (src/http/limits.ts); HTTP_DEFAULTS for any not given. */
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
  const metrics = options.metrics === false ? undefined : createMetrics({ breakerStates: breakerStatesOf(options.platform), ...(options.sharedCache ? { sharedCache: options.sharedCache } : {}) });
  const unobserve = options.platform.onCall((event) => {
    metrics?.upstream(event);
    recordUpstreamSpan(event);
    recordUpstreamCall(event);
  });
  let draining = false;
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
    readinessRoute({ clients: readyApis.map((id) => options.platform.clients[id]), draining: () => draining, audit: auditSink, degraded: () => cacheDegraded(options.sharedCache), ...probeSettings }),
    ...(metrics && options.metricsOnGraphPort !== false ? [metrics.route] : []),
    ...(options.routes ?? []),
  ];
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const verifier = new TokenVerifier(options.auth?.issuers ?? [], { jwksCooldownMs: options.auth?.jwksCooldownMs, maxTokenLifetimeSeconds: options.auth?.maxTokenLifetimeSeconds });
  const contextSettings: ContextSettings = {
    sources,
    logger,
    environment: options.environment,
    loaders: { batching: options.batching ?? true },
    verifier,
    access: options.access ?? defaultAccessPolicy(),
  };
  const apollo = new ApolloServer<Context>({
    schema,
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

  const refuse = (res: ServerResponse, status: number, message: string, reason: string, code: 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX' = 'BAD_USER_INPUT'): void => {
    metrics?.request('unknown', status, 0);
    metrics?.error(code);
    sendGraphQLError(res, status, code, message, reason);
  };

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const requestId = newRequestId();
    const correlationId = correlationIdOf(req, requestId);
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-correlation-id', correlationId);
    // Answers carry personal data (and errors can name what was asked for): no browser, proxy or CDN may keep one.
    res.setHeader('cache-control', 'no-store');

    let body: unknown;
    if (req.method === 'POST') {
      // GraphQL over HTTP is JSON. Anything else is refused here, clearly, rather than as Apollo's CSRF or parse errors.
      if (!/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
        closeAfterAnswer(req, res);
        return refuse(res, 415, 'The request body must be JSON (Content-Type: application/json)', 'UNSUPPORTED_CONTENT_TYPE');
      }
      const read = await readBody(req, maxBodyBytes);
      if (!read.ok) {
        closeAfterAnswer(req, res);
        return refuse(res, 413, `The request body is over ${maxBodyBytes} bytes`, 'BODY_TOO_LARGE');
      }
      try {
        body = JSON.parse(read.text);
      } catch {
        return refuse(res, 400, 'The request body is not valid JSON', 'MALFORMED_JSON');
      }
      if (Array.isArray(body) && body.length > limits.maxBatch) {
        return refuse(res, 400, `A batch may hold at most ${limits.maxBatch} operations`, 'MAX_BATCH', 'QUERY_TOO_COMPLEX');
      }
    }
    let search = url.search;
    if (options.trustedDocuments) {
      const fromQuery = req.method !== 'POST';
      const outcome = resolveTrustedDocument(fromQuery ? searchBody(url) : body, options.trustedDocuments);
      if (!outcome.ok) return refuse(res, 400, outcome.message, outcome.reason);
      if (fromQuery) search = bodySearch(outcome.body as Record<string, unknown>);
      else body = outcome.body;
    }

    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    // A GET from a listed origin's page passes Apollo's CSRF check (urql sends queries as plain GETs): the origin is
    // trusted, and a browser names the true origin of a cross-origin fetch. Mutations over GET stay refused (405).
    if (req.method === 'GET' && options.corsOrigins && listedOrigin(req, options.corsOrigins)) headers.set('apollo-require-preflight', 'true');

    const started = performance.now();
    await withRequestSpan(requestId, () => withUpstreamLedger(async () => {
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
        context: () => createContext(contextSettings, { req, requestId, correlationId, signal: abort.signal }),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.setHeader('cache-control', 'no-store');
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    }));
    logger.info({ requestId, correlationId, status: res.statusCode, durationMs: Math.round(performance.now() - started) }, 'graphql request');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://graph');
    try {
      if (options.allowedHosts && !hostAllowed(req.headers.host, options.allowedHosts)) {
        closeAfterAnswer(req, res);
        return sendGraphQLError(res, 403, 'FORBIDDEN', 'This host name is not served here (ALLOWED_HOSTS)', 'HOST_NOT_ALLOWED');
      }
      if (url.pathname === '/graphql') {
        if (options.corsOrigins && applyCors(req, res, options.corsOrigins)) return;
        return await handleGraphQL(req, res, url);
      }
      const route = matchRoute(routes, req.method ?? 'GET', url.pathname);
      if (route) return await route.handle(req, res, url);
      sendJson(res, 404, { error: 'Not found' });
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    }
  };

  let server: Server | undefined;
  return {
    apollo,
    sources,
    metrics,
    handle,
    async listen(port, host = '127.0.0.1') {
      const http = { ...HTTP_DEFAULTS, ...options.http };
      const s = createServer(
        {
          headersTimeout: http.headersTimeoutMs,
          requestTimeout: http.requestTimeoutMs,
          // How often Node checks the two timeouts above (its default, 30 s, would let a slow client hold on that long).
          connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(http.headersTimeoutMs / 2))),
        },
        (req, res) => {
          // While draining, a keep-alive connection is closed as soon as its request is answered, so close() ends when
          // the last in-flight request does (not when the last idle socket times out).
          res.once('finish', () => {
            if (draining) setImmediate(() => s.closeIdleConnections());
          });
          if (draining) res.setHeader('connection', 'close');
          void handle(req, res);
        },
      );
      s.keepAliveTimeout = 65_000;
      // Past the cap, a new connection is closed at once instead of queuing for memory and file descriptors.
      s.maxConnections = http.maxConnections;
      server = s;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, host, resolve);
      });
      const address = s.address() as AddressInfo;
      return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    },
    async close() {
      draining = true;
      const s = server;
      if (s) {
        const grace = setTimeout(() => s.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeIdleConnections();
        });
        clearTimeout(grace);
      }
      unobserve();
      await apollo.stop();
      await auditSink.close();
    },
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

/** A GET request's GraphQL parameters as a body-shaped object (variables and extensions are JSON in the query string). */
function searchBody(url: URL): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (key === 'variables' || key === 'extensions') {
      try {
        out[key] = JSON.parse(value);
      } catch {
        out[key] = value;
      }
    } else out[key] = value;
  }
  return out;
}

function bodySearch(body: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    if (value !== undefined) params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `?${params}`;
}
