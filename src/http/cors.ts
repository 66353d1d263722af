import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendGraphQLError } from './respond.js';

/** The request headers a browser app may send cross-origin (what urql, Apollo Client and our typed client send). */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-correlation-id',
] as const;
/** The answer headers a browser app may read: the ids to quote to support. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'x-correlation-id', 'retry-after', 'x-upstream-calls', 'x-query-cost'] as const;
/** How long a browser may reuse a preflight answer (seconds). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** The request's `Origin` when it is in the allow-list (exact scheme, host and port), else undefined. */
export function listedOrigin(req: IncomingMessage, origins: readonly string[]): string | undefined {
  const origin = req.headers.origin?.trim().toLowerCase();
  return origin && origins.includes(origin) ? origin : undefined;
}

/**
 * CORS for /graphql (docs/http.md, "Browser apps"). A listed origin gets `Access-Control-Allow-Origin` naming it
 * (never `*`) and the ids exposed; any other origin gets no CORS header at all, so its page cannot read an answer.
 * No `Allow-Credentials`: the graph takes bearer tokens, never cookies. Returns true when the request was a preflight
 * and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  res.setHeader('vary', 'Origin');
  const origin = listedOrigin(req, origins);
  const preflight = req.method === 'OPTIONS';
  if (!origin) {
    if (!preflight) return false;
    sendGraphQLError(res, 403, 'FORBIDDEN', 'This origin may not call the graph from a browser (CORS_ORIGINS)', 'ORIGIN_NOT_ALLOWED');
    return true;
  }
  res.setHeader('access-control-allow-origin', origin);
  if (!preflight) {
    res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
    return false;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
    'cache-control': 'no-store',
  });
  res.end();
  return true;
}
