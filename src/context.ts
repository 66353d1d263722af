import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Origin } from './access/access-rules.js';
import type { Owners } from './access/owners.js';
import type { AccessPolicy } from './access/policy.js';
import { AuditTrail } from './audit/trail.js';
import type { Principal } from './auth/principal.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import { GraphError } from './errors.js';
import { createLoaders, type Loaders, type Sources } from './sources/index.js';
import type { LoaderSettings } from './sources/loader-options.js';
import { endUserOf } from './upstream/end-user.js';
import type { CallContext } from './upstream/types.js';

/** Everything a resolver may use, built per request by the server. */
export interface Context {
  /** Our id for this graph request, also the default X-Correlation-ID. */
  requestId: string;
  correlationId: string;
  /** What every upstream call of this request carries (correlation id, abort signal, caller token). */
  call: CallContext;
  sources: Sources;
  /** Per-request (and so per-principal) DataLoaders. */
  loaders: Loaders;
  logger: Logger;
  environment: string;
  /** Who is asking: anonymous, a citizen (NHS login) or a healthcare worker (CIS2). */
  principal: Principal;
  /** The connection's peer address: what tells anonymous callers apart for the rate limit. */
  clientAddress?: string;
  /**
   * What the access rules (src/access/access-rules.ts) need: the policy, whose each object is (memoised), and the
   * `@source` fields each object was reached through (for the audit trail).
   */
  access: { policy: AccessPolicy; owners: WeakMap<object, Owners | Promise<Owners>>; origins: WeakMap<object, readonly Origin[]> };
  /** Whose data this request read or wrote; written to the audit sink when the response is sent. */
  audit: AuditTrail;
}

export interface ContextSettings {
  sources: Sources;
  logger: Logger;
  environment: string;
  loaders: LoaderSettings;
  verifier: TokenVerifier;
  access: AccessPolicy;
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

/**
 * Builds one request's context: verifies the bearer token into a principal, then fresh loaders bound to that principal's
 * token, so nothing is shared between requests or callers. A token that does not verify fails the whole request with
 * HTTP 401 UNAUTHENTICATED (503 when the identity provider's keys cannot be fetched): it is never treated as anonymous.
 */
export async function createContext(settings: ContextSettings, meta: RequestMeta): Promise<Context> {
  let authenticated;
  try {
    authenticated = await settings.verifier.authenticate(meta.req.headers.authorization);
  } catch (error) {
    throw withHttpStatus(error);
  }
  const { principal, token } = authenticated;
  const endUser = endUserOf(meta.req.headers);
  const call: CallContext = {
    correlationId: meta.correlationId,
    signal: meta.signal,
    ...(token ? { userToken: token } : {}),
    ...(endUser ? { endUser } : {}),
    ...(principal.kind === 'staff' && principal.role ? { staff: principal.role } : {}),
    ...(principal.kind === 'citizen' ? { user: { kind: 'citizen' } } : {}),
    ...(principal.kind === 'staff'
      ? { user: { kind: 'staff', userId: principal.subject, sdsUserId: principal.sdsUserId, familyName: principal.familyName, givenNames: principal.givenNames } }
      : {}),
  };
  return {
    requestId: meta.requestId,
    correlationId: meta.correlationId,
    call,
    sources: settings.sources,
    loaders: createLoaders(settings.sources, call, settings.loaders),
    logger: settings.logger.child({ requestId: meta.requestId }),
    environment: settings.environment,
    principal,
    ...(meta.req.socket?.remoteAddress ? { clientAddress: meta.req.socket.remoteAddress } : {}),
    access: { policy: settings.access, owners: new WeakMap(), origins: new WeakMap() },
    audit: new AuditTrail(),
  };
}

function withHttpStatus(error: unknown): GraphQLError {
  if (!(error instanceof GraphError)) return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } } });
  const unauthenticated = error.code === 'UNAUTHENTICATED';
  const headers = new HeaderMap();
  if (unauthenticated) headers.set('www-authenticate', `Bearer error="invalid_token"`);
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: unauthenticated ? 401 : 503, headers } },
  });
}
