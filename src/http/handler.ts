import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import { correlationIdOf, createContext, newRequestId, releaseContext, type Context, type ContextSettings } from '../context.js';
import { resolveTrustedDocument, type TrustedDocuments } from '../persisted/trusted-documents.js';
import type { QueryLimits } from '../plugins/query-limits.js';
import type { GraphMetrics } from '../telemetry/metrics.js';
import { withRequestSpan } from '../telemetry/tracing.js';
import { applyCors, listedOrigin } from './cors.js';
import type { OperationGate } from './gate.js';
import { hostAllowed } from './host-check.js';
import { closeAfterAnswer, readBody, sendGraphQLError, sendJson } from './respond.js';
import { matchRoute, type Route } from './routes.js';
import type { RateLimitedReason } from '../errors.js';

const SERVER_BUSY: RateLimitedReason = 'SERVER_BUSY';

/** What the HTTP handler needs of the assembled server (src/server.ts). */
export interface HttpHandlerSettings {
  apollo: ApolloServer<Context>;
  contextSettings: ContextSettings;
  logger: Logger;
  metrics: GraphMetrics | undefined;
  limits: QueryLimits;
  maxBodyBytes: number;
  routes: Route[];
  /** At most so many operations execute at once; the others wait (src/http/gate.ts). */
  gate: OperationGate;
  trustedDocuments?: TrustedDocuments;
  allowedHosts?: readonly string[];
  corsOrigins?: readonly string[];
}

/**
 * The node:http handler: the host check, POST/GET /graphql (JSON only, body size, batch size, trusted documents, CORS,
 * then Apollo with a per-request context) and the other routes. Never throws: a failure is a 500 answer.
 */
export function createHttpHandler(settings: HttpHandlerSettings): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { apollo, contextSettings, logger, metrics, limits, maxBodyBytes, routes, gate } = settings;
  const refuse = (
    res: ServerResponse,
    status: number,
    message: string,
    reason: string,
    code: 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX' | 'RATE_LIMITED' = 'BAD_USER_INPUT',
    retryAfterSeconds?: number,
  ): void => {
    metrics?.request('unknown', status, 0);
    metrics?.error(code);
    sendGraphQLError(res, status, code, message, reason, retryAfterSeconds);
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
    if (settings.trustedDocuments) {
      const fromQuery = req.method !== 'POST';
      const outcome = resolveTrustedDocument(fromQuery ? searchBody(url) : body, settings.trustedDocuments);
      if (!outcome.ok) return refuse(res, 400, outcome.message, outcome.reason);
      if (fromQuery) search = bodySearch(outcome.body as Record<string, unknown>);
      else body = outcome.body;
    }

    // Only now, with the request read and checked (so refusals stay instant), does it wait for a slot to execute in.
    const gated = req.method === 'POST' || req.method === 'GET';
    if (gated) {
      const admitted = gate.enter(res);
      if (admitted === 'busy') {
        // Not an upstream failure: the graph itself is at its limit. Nothing was sent upstream; the client retries.
        return refuse(res, 503, 'The server is busy: too many operations are running or waiting. Try again in 1 s.', SERVER_BUSY, 'RATE_LIMITED', 1);
      }
      // The client went away while waiting: nothing to execute, and no slot to give back.
      if (admitted !== true && !(await admitted)) return;
    }
    try {
      await execute(req, res, requestId, correlationId, search, body);
    } finally {
      // After res.end(), not on the socket's `close`: a keep-alive socket stays open after its answer.
      if (gated) gate.leave();
    }
  };

  const execute = async (req: IncomingMessage, res: ServerResponse, requestId: string, correlationId: string, search: string, body: unknown): Promise<void> => {
    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    // A GET from a listed origin's page passes Apollo's CSRF check (urql sends queries as plain GETs): the origin is
    // trusted, and a browser names the true origin of a cross-origin fetch. Mutations over GET stay refused (405).
    if (req.method === 'GET' && settings.corsOrigins && listedOrigin(req, settings.corsOrigins)) headers.set('apollo-require-preflight', 'true');

    const started = performance.now();
    let ctx: Context | undefined;
    await withRequestSpan(requestId, async () => {
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
        context: async () => (ctx = await createContext(contextSettings, { req, requestId, correlationId, signal: abort.signal })),
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
    }).finally(() => {
      // The answer is sent and its audit records written: what the request gathered can go (releaseContext, context.ts).
      if (ctx) releaseContext(ctx);
    });
    logger.info({ requestId, correlationId, status: res.statusCode, durationMs: Math.round(performance.now() - started) }, 'graphql request');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://graph');
    try {
      if (settings.allowedHosts && !hostAllowed(req.headers.host, settings.allowedHosts)) {
        closeAfterAnswer(req, res);
        return sendGraphQLError(res, 403, 'FORBIDDEN', 'This host name is not served here (ALLOWED_HOSTS)', 'HOST_NOT_ALLOWED');
      }
      if (url.pathname === '/graphql') {
        if (settings.corsOrigins && applyCors(req, res, settings.corsOrigins)) return;
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
  return handle;
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
