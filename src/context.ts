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
import { createNhs, releaseNhs, type Nhs, type Sources } from './sources/index.js';
import type { BarsResponseStore } from './sources/bars/receiver/response-store.js';
import type { LoaderSettings } from './sources/loader-options.js';
import { endUserOf } from './upstream/end-user.js';
import type { CallContext } from './upstream/types.js';
import { traceableId, wholeInLogs } from './ids.js';

/** Everything a resolver may use, built per request by the server. */
export interface Context {
  /** Our id for this graph request, also the default X-Correlation-ID. */
  requestId: string;
  correlationId: string;
  /** What every upstream call of this request carries (correlation id, abort signal, caller token). */
  call: CallContext;
  /**
   * The one road to each NHS API: `ctx.nhs.<api>`, its loaders and calls bound to this request (and so to this
   * principal): src/sources/nhs.ts.
   */
  nhs: Nhs;
  /** The request's logger (its lines carry the request id), made when first used. */
  readonly logger: Logger;
  /** Where `logger` comes from: shared by the copies Apollo makes of the context. */
  requestLogger: RequestLogger;
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
  /** The BaRS responses the graph has received at its own $process-message (src/sources/bars/receiver/). */
  barsResponses: BarsResponseStore;
}

export interface ContextSettings {
  sources: Sources;
  logger: Logger;
  environment: string;
  loaders: LoaderSettings;
  verifier: TokenVerifier;
  access: AccessPolicy;
  barsResponses: BarsResponseStore;
}

/** What the HTTP layer knows of a request before GraphQL runs. */
export interface RequestMeta {
  req: IncomingMessage;
  requestId: string;
  correlationId: string;
  signal: AbortSignal;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHORT_TOKEN = /^[A-Za-z0-9._-]{1,64}$/;
/** Digits shaped like a date (of birth), an NHS number or a phone number: no business in an id, so refused in one. */
const PERSONAL_SHAPES = /\d{4}[-._]?\d{2}[-._]?\d{2}|\d{1,2}[-._]\d{1,2}[-._]\d{2,4}|\d{6,}/;

/**
 * The caller's X-Correlation-ID when it is a UUID, or a short token ([A-Za-z0-9._-], at most 64) carrying nothing shaped
 * like a date or an NHS or phone number; else our own request id. The id reaches every log line of the request and every
 * upstream call, so a client that puts a name and a date of birth in it (seen) must not get them logged or sent: the
 * value refused is dropped, never logged.
 */
export function correlationIdOf(req: IncomingMessage, requestId: string): string {
  const incoming = req.headers['x-correlation-id'];
  if (typeof incoming !== 'string') return requestId;
  // A UUID the log scrubber would blank (ten digits, whole or split 3-3-4 by a hyphen: an NHS number to logger.ts) could
  // not tie the request's lines together, and may carry one: PERSONAL_SHAPES refuses it below.
  if (UUID.test(incoming) && wholeInLogs(incoming)) return incoming.toLowerCase();
  return SHORT_TOKEN.test(incoming) && !PERSONAL_SHAPES.test(incoming) ? incoming : requestId;
}

/** The graph's own id of a request: never one the log scrubber would blank (ids.ts). */
export function newRequestId(): string {
  return traceableId();
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
      ? {
          user: {
            kind: 'staff',
            userId: principal.subject,
            sdsUserId: principal.sdsUserId,
            familyName: principal.familyName,
            givenNames: principal.givenNames,
          },
        }
      : {}),
  };
  const fields: Omit<Context, 'logger'> = {
    requestId: meta.requestId,
    correlationId: meta.correlationId,
    call,
    nhs: createNhs(settings.sources, call, settings.loaders),
    requestLogger: new RequestLogger(settings.logger, meta.requestId),
    environment: settings.environment,
    principal,
    ...(meta.req.socket?.remoteAddress ? { clientAddress: meta.req.socket.remoteAddress } : {}),
    access: { policy: settings.access, owners: new WeakMap(), origins: new WeakMap() },
    audit: new AuditTrail(),
    barsResponses: settings.barsResponses,
  };
  return Object.assign(Object.create(CONTEXT_PROTOTYPE) as Context, fields);
}

/**
 * Lets go of what a request gathered (its loaders and their cached answers, its audit entries, whose each object is and
 * how it was reached) once its response is sent and its audit records written. Nothing reads them after that.
 *
 * Why it matters: Apollo Server hands a gateway executor (the compiled execution, src/execution/compiled-executor.ts)
 * an object literal with a `get status` / `set status` accessor pair closing over its request context, which holds this
 * context. V8 allocates every accessor pair in the old generation, so each request leaves one there, dead but not
 * collected until the next full collection, and every young-generation collection until then keeps alive, and copies,
 * whatever it reaches: the whole request (measured, one request at a time: 1.1 MB promoted per scavenge and 2.7 ms
 * pauses, against 0.16 MB and 1.2 ms with the context released; docs/performance.md, "Fourth pass").
 */
export function releaseContext(ctx: Context): void {
  releaseNhs(ctx.nhs);
  ctx.audit.release();
  ctx.access.owners = new WeakMap();
  ctx.access.origins = new WeakMap();
}

/** A request's pino child, made the first time the request logs: most log nothing, and a child serialises its bindings. */
export class RequestLogger {
  private made: Logger | undefined;
  constructor(
    private readonly base: Logger,
    private readonly requestId: string,
  ) {}

  get logger(): Logger {
    this.made ??= this.base.child({ requestId: this.requestId });
    return this.made;
  }
}

/**
 * Every context's prototype, with `logger` as a getter. It sits here, not on the context itself, because Apollo copies
 * each operation's context with Object.assign, which would call an own getter, and so make the logger, every time.
 */
const CONTEXT_PROTOTYPE = {
  get logger(): Logger {
    return (this as unknown as Context).requestLogger.logger;
  },
};

function withHttpStatus(error: unknown): GraphQLError {
  if (!(error instanceof GraphError))
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } } });
  const unauthenticated = error.code === 'UNAUTHENTICATED';
  const headers = new HeaderMap();
  if (unauthenticated) headers.set('www-authenticate', `Bearer error="invalid_token"`);
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: unauthenticated ? 401 : 503, headers } },
  });
}
