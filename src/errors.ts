import { GraphQLError } from 'graphql';

/**
 * The closed vocabulary of error codes a client can see in `extensions.code` (DESIGN.md, "Error model").
 * Nothing else is thrown to a client: unknown errors are masked as INTERNAL_SERVER_ERROR by the server.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'CONFLICT',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What an upstream failure carries so a caller can quote it to NHS support. No PII, no token. */
export interface UpstreamInfo {
  api: string;
  status?: number;
  /** The NHS / FHIR error code: Spine-ErrorOrWarningCode, HAPI id, or the OperationOutcome issue code. */
  issueCode?: string;
  /** The X-Request-ID we sent on the failing call. */
  requestId?: string;
  /** Extra, API-specific classification (BaRS error family, for example). */
  family?: string;
  /** The upstream's own transaction id when it answers with one of its own (e-RS returns its X-Request-ID). */
  upstreamRequestId?: string;
}

interface Extras {
  reason?: string;
  upstream?: UpstreamInfo;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** Base of every error the graph throws on purpose. The message must never contain PII or a token. */
export class GraphError extends GraphQLError {
  readonly code: ErrorCode;
  readonly upstream: UpstreamInfo | undefined;

  constructor(code: ErrorCode, message: string, extras: Extras = {}) {
    const extensions: Record<string, unknown> = { code };
    if (extras.reason) extensions.reason = extras.reason;
    if (extras.upstream) extensions.upstream = extras.upstream;
    if (extras.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = extras.retryAfterSeconds;
    super(message, { extensions, originalError: extras.cause instanceof Error ? extras.cause : undefined });
    this.code = code;
    this.upstream = extras.upstream;
    this.name = 'GraphError';
  }
}

export class BadUserInputError extends GraphError {
  constructor(reason: string, message: string, extras: Omit<Extras, 'reason'> = {}) {
    super('BAD_USER_INPUT', message, { ...extras, reason });
  }
}
export class UnauthenticatedError extends GraphError {
  constructor(message = 'A valid bearer token is required', reason?: string) {
    super('UNAUTHENTICATED', message, reason ? { reason } : {});
  }
}
export class ForbiddenError extends GraphError {
  constructor(message: string, extras: Extras = {}) {
    super('FORBIDDEN', message, extras);
  }
}
export class NotFoundError extends GraphError {
  constructor(message: string, extras: Extras = {}) {
    super('NOT_FOUND', message, extras);
  }
}
/** A conflict always says which one in `reason`, so a client can tell "read it again" from "it cannot change". */
type ConflictExtras = Extras & { reason: string };

/** The version the caller sent is not the current one (STALE_VERSION) or none was sent (VERSION_REQUIRED): read again. */
export class VersionConflictError extends GraphError {
  constructor(message: string, extras: ConflictExtras) {
    super('VERSION_CONFLICT', message, extras);
  }
}
/** The resource's state forbids the change (APPOINTMENT_CANCELLED, SLOT_TAKEN, ...): reading again will not help. */
export class ConflictError extends GraphError {
  constructor(message: string, extras: ConflictExtras) {
    super('CONFLICT', message, extras);
  }
}
export class RateLimitedError extends GraphError {
  constructor(message: string, extras: Extras = {}) {
    super('RATE_LIMITED', message, extras);
  }
}
export class UpstreamUnavailableError extends GraphError {
  constructor(message: string, extras: Extras = {}) {
    super('UPSTREAM_UNAVAILABLE', message, extras);
  }
}
export class UpstreamTimeoutError extends GraphError {
  constructor(message: string, extras: Extras = {}) {
    super('UPSTREAM_TIMEOUT', message, extras);
  }
}
export class UpstreamError extends GraphError {
  constructor(message: string, extras: Extras = {}) {
    super('UPSTREAM_ERROR', message, extras);
  }
}
export class QueryTooComplexError extends GraphError {
  constructor(message: string, reason?: string) {
    super('QUERY_TOO_COMPLEX', message, reason ? { reason } : {});
  }
}

/** True for the codes that describe an upstream, not the caller's request. */
export function isUpstreamFailure(code: ErrorCode): boolean {
  return code === 'UPSTREAM_ERROR' || code === 'UPSTREAM_TIMEOUT' || code === 'UPSTREAM_UNAVAILABLE';
}
