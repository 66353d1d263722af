import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { createLoaders, type Loaders, type Sources } from './sources/index.js';
import type { LoaderSettings } from './sources/loader-options.js';
import { endUserOf } from './upstream/end-user.js';
import type { CallContext } from './upstream/types.js';

/** Everything a resolver may use, built per request by the server. */
export interface Context {
  /** Our id for this graph request, also the default X-Correlation-ID. */
  requestId: string;
  /** What every upstream call of this request carries (correlation id, abort signal, caller token). */
  call: CallContext;
  sources: Sources;
  /** Per-request (and so per-principal) DataLoaders. */
  loaders: Loaders;
  logger: Logger;
  environment: string;
}

export interface ContextSettings {
  sources: Sources;
  logger: Logger;
  environment: string;
  loaders: LoaderSettings;
}

/** What the HTTP layer knows of a request before GraphQL runs. */
export interface RequestMeta {
  req: IncomingMessage;
  requestId: string;
  correlationId: string;
  signal: AbortSignal;
}

const CORRELATION_ID = /^[A-Za-z0-9_:-]{1,128}$/;

/** The caller's X-Correlation-ID when it is a safe token, else our own request id. */
export function correlationIdOf(req: IncomingMessage, requestId: string): string {
  const incoming = req.headers['x-correlation-id'];
  return typeof incoming === 'string' && CORRELATION_ID.test(incoming) ? incoming : requestId;
}

export function newRequestId(): string {
  return randomUUID();
}

/** Builds one request's context: fresh loaders, so nothing is shared between requests or callers. */
export async function createContext(settings: ContextSettings, meta: RequestMeta): Promise<Context> {
  const endUser = endUserOf(meta.req.headers);
  const call: CallContext = { correlationId: meta.correlationId, signal: meta.signal, ...(endUser ? { endUser } : {}) };
  return {
    requestId: meta.requestId,
    call,
    sources: settings.sources,
    loaders: createLoaders(settings.sources, call, settings.loaders),
    logger: settings.logger.child({ requestId: meta.requestId }),
    environment: settings.environment,
  };
}
