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

/**
 * A code an upstream answered with (Spine-ErrorOrWarningCode, EPS R-code, HAPI id, FHIR issue type), passed on as
 * the `reason` so a caller can quote it. The upstream's vocabulary is open, so such a reason is never typed by hand:
 * it is marked by {@link upstreamReason} where the upstream's answer is read.
 */
export type UpstreamReason = string & { readonly __upstreamReason: true };

/** Marks a code read from an upstream's answer as a reason (see {@link UpstreamReason}). */
export function upstreamReason(code: string): UpstreamReason {
  return code as UpstreamReason;
}

/** The reasons of BAD_USER_INPUT: the caller's arguments, named by what is wrong with them. */
export type BadUserInputReason =
  | 'BARS_ORGANISATION_REQUIRED'
  | 'EMBEDDED_ONLY'
  | 'EXACTLY_ONE_ID'
  | 'ERS_BUSINESS_FUNCTION_REQUIRED'
  | 'ERS_ON_BEHALF_OF_NOT_ALLOWED'
  | 'ERS_ON_BEHALF_OF_REQUIRED'
  | 'ERS_POSTCODE_REQUIRED'
  | 'ERS_ORGANISATION_REQUIRED'
  | 'ERS_ROLE_CONTEXT_REQUIRED'
  | 'ERS_WORKLIST_NOT_FOR_ROLE'
  | 'ERS_SERVICE_NOT_SHORTLISTED'
  | 'ERS_ATTACHMENT_NOT_AVAILABLE'
  | 'INVALID_SEARCH_CRITERIA'
  | 'INVALID_SHORTLIST'
  | 'INVALID_FOLLOW_UP_DAYS'
  | 'INVALID_PATHWAY_START'
  | 'INVALID_POSTCODE'
  | 'INVALID_SERVICE_ID'
  | 'INVALID_APPOINTMENT_ID'
  | 'INVALID_AREA_COMBINATION'
  | 'INVALID_BARS_MESSAGE'
  | 'INVALID_BARS_TARGET'
  | 'INVALID_CHANGE'
  | 'INVALID_COMMENT'
  | 'INVALID_CONTENT_PATH'
  | 'INVALID_CURSOR'
  | 'INVALID_DATE'
  | 'INVALID_DATE_RANGE'
  | 'INVALID_DESCRIPTION'
  | 'INVALID_ERS_BUSINESS_FUNCTION'
  | 'INVALID_MESSAGE'
  | 'INVALID_NHS_NUMBER'
  | 'INVALID_ODS_CODE'
  | 'INVALID_PAGE'
  | 'INVALID_PRESCRIPTION_ID'
  | 'INVALID_REASON'
  | 'INVALID_REASON_CODE'
  | 'INVALID_RELEASE_RESPONSE_ID'
  | 'INVALID_REPRESENTATION'
  | 'INVALID_REQUEST_ID'
  | 'INVALID_SDS_USER_ID'
  | 'INVALID_SEARCH'
  | 'INVALID_SLOT_ID'
  | 'INVALID_SLOT_STATUS'
  | 'INVALID_SLOT_WINDOW'
  | 'INVALID_VERSION'
  | 'SLOT_WINDOW_TOO_WIDE'
  | 'WINDOW_TOO_WIDE'
  | 'NO_CHANGES'
  | 'PAST_WINDOW'
  | 'SLOTS_NOT_ADJACENT'
  | 'TOO_MANY_MATCHES'
  | 'UNKNOWN_ID'
  | 'UNSIGNED_PRESCRIPTION'
  | 'UPSTREAM_REJECTED'
  | 'INVALID_ITEMS'
  | 'INVALID_MEDICATION_CODE'
  | 'INVALID_QUANTITY'
  | 'MISSING_VALUE'
  | 'INVALID_PRESCRIPTION_TYPE'
  | 'NO_NOMINATED_PHARMACY'
  | 'NOMINATED_PHARMACY_MISMATCH'
  | 'PREPARED_PRESCRIPTION_NOT_FOUND'
  | 'PATIENT_MISMATCH'
  | 'INVALID_SIGNATURE'
  | 'NOT_DISPENSED_REASON_REQUIRED'
  | 'INVALID_DISPENSE_NOTIFICATION_ID'
  | UpstreamReason;

/** The reasons of UNAUTHENTICATED: what is wrong with the bearer token, or that the platform refused it. */
export type UnauthenticatedReason =
  | 'ALGORITHM_NOT_ALLOWED'
  | 'ASSURANCE_LEVEL'
  | 'BAD_SIGNATURE'
  | 'CREDENTIALS_REFUSED'
  | 'IDENTITY_LEVEL'
  | 'INVALID_CLAIM'
  | 'INVALID_TOKEN'
  | 'MALFORMED_TOKEN'
  | 'SIGN_IN_REQUIRED'
  | 'TOKEN_EXCHANGE_REFUSED'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_ISSUED_IN_FUTURE'
  | 'TOKEN_LIFETIME_TOO_LONG'
  | 'UNKNOWN_KEY'
  | 'UNTRUSTED_ISSUER'
  | 'WRONG_AUDIENCE';

/** The reasons of FORBIDDEN: which rule of the access layer (or of GP Connect's consumer rules) refused. */
export type ForbiddenReason =
  | 'ASSURANCE_LEVEL'
  | 'CIS2_SESSION'
  | 'ERS_NO_BUSINESS_FUNCTION'
  | 'GPC_PRACTITIONER_NAME_REQUIRED'
  | 'GPC_USER_REQUIRED'
  | 'IDENTITY_LEVEL'
  | 'NOT_FOR_CITIZENS'
  | 'NOT_OWN_RECORD'
  | 'NOT_PATIENT_FACING'
  | 'NO_RELATIONSHIP'
  | 'NO_ROLE'
  | 'ROLE'
  | UpstreamReason;

/** The reasons of NOT_FOUND. */
export type NotFoundReason =
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_UNAVAILABLE'
  | 'GP_CONNECT_ASID_NOT_FOUND'
  | 'GP_CONNECT_ENDPOINT_NOT_FOUND'
  | 'NO_REGISTERED_PRACTICE'
  | UpstreamReason;

/** The reasons of VERSION_CONFLICT: read again, with or without a version. */
export type VersionConflictReason = 'STALE_VERSION' | 'VERSION_REQUIRED';

/** The reasons of CONFLICT: the resource's state forbids the change. */
export type ConflictReason =
  | 'APPOINTMENT_CANCELLED'
  | 'APPOINTMENT_NOT_CHANGEABLE'
  | 'TOO_LATE_TO_CANCEL'
  | EpsCancellationRefusal
  | 'UPSTREAM_CONFLICT'
  | UpstreamReason;
/** EPS's refusals of a cancellation (its cancel response codes R-0004..R-0010), as the graph names them. */
export type EpsCancellationRefusal = 'ALREADY_DISPENSED' | 'EXPIRED' | 'ALREADY_CANCELLED' | 'CANCELLATION_BY_ANOTHER_PRESCRIBER' | 'NOT_DISPENSED';

/**
 * The reasons of RATE_LIMITED: the caller is over their own limit (CALLER_RATE_LIMIT), or the graph is running as many
 * operations as it may and its queue is full (SERVER_BUSY, HTTP 503): either way, retry after `retryAfterSeconds`.
 */
export type RateLimitedReason = 'CALLER_RATE_LIMIT' | 'SERVER_BUSY' | UpstreamReason;
export type UpstreamUnavailableReason = 'CANCELLATION_DISABLED' | UpstreamReason;
export type UpstreamTimeoutReason = UpstreamReason;
/** The upstream answered, but not what the contract says it answers. */
export type UpstreamErrorReason = 'WRONG_ANSWER' | 'WRONG_RECORD' | UpstreamReason;
/** The limit a query passed (src/plugins/query-limits.ts). */
export type QueryTooComplexReason = 'MAX_DEPTH' | 'MAX_COST' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_TOKENS' | 'MAX_BATCH';

/** The closed list of reasons of each code: a reason not listed for its code is a type error at the throw site. */
export interface ReasonsByCode {
  BAD_USER_INPUT: BadUserInputReason;
  UNAUTHENTICATED: UnauthenticatedReason;
  FORBIDDEN: ForbiddenReason;
  NOT_FOUND: NotFoundReason;
  VERSION_CONFLICT: VersionConflictReason;
  CONFLICT: ConflictReason;
  RATE_LIMITED: RateLimitedReason;
  UPSTREAM_UNAVAILABLE: UpstreamUnavailableReason;
  UPSTREAM_TIMEOUT: UpstreamTimeoutReason;
  UPSTREAM_ERROR: UpstreamErrorReason;
  QUERY_TOO_COMPLEX: QueryTooComplexReason;
  /** The audit record could not be written, so nothing was returned or sent. */
  INTERNAL_SERVER_ERROR: 'AUDIT_UNAVAILABLE';
}
export type Reason = ReasonsByCode[ErrorCode];

interface Extras<R extends Reason = Reason> {
  reason?: R;
  upstream?: UpstreamInfo;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** Base of every error the graph throws on purpose. The message must never contain PII or a token. */
export class GraphError<C extends ErrorCode = ErrorCode> extends GraphQLError {
  readonly code: C;
  readonly upstream: UpstreamInfo | undefined;

  constructor(code: C, message: string, extras: Extras<ReasonsByCode[C]> = {}) {
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

export class BadUserInputError extends GraphError<'BAD_USER_INPUT'> {
  constructor(reason: BadUserInputReason, message: string, extras: Omit<Extras, 'reason'> = {}) {
    super('BAD_USER_INPUT', message, { ...extras, reason });
  }
}
export class UnauthenticatedError extends GraphError<'UNAUTHENTICATED'> {
  constructor(message = 'A valid bearer token is required', reason?: UnauthenticatedReason) {
    super('UNAUTHENTICATED', message, reason ? { reason } : {});
  }
}
export class ForbiddenError extends GraphError<'FORBIDDEN'> {
  constructor(message: string, extras: Extras<ForbiddenReason> = {}) {
    super('FORBIDDEN', message, extras);
  }
}
export class NotFoundError extends GraphError<'NOT_FOUND'> {
  constructor(message: string, extras: Extras<NotFoundReason> = {}) {
    super('NOT_FOUND', message, extras);
  }
}

/** The version the caller sent is not the current one (STALE_VERSION) or none was sent (VERSION_REQUIRED): read again. */
export class VersionConflictError extends GraphError<'VERSION_CONFLICT'> {
  constructor(message: string, extras: Extras<VersionConflictReason> & { reason: VersionConflictReason }) {
    super('VERSION_CONFLICT', message, extras);
  }
}
/**
 * The resource's state forbids the change (APPOINTMENT_CANCELLED, an EPS refusal code, ...): reading again will not
 * help. A conflict always says which one in `reason`, so a client can tell "read it again" from "it cannot change".
 */
export class ConflictError extends GraphError<'CONFLICT'> {
  constructor(message: string, extras: Extras<ConflictReason> & { reason: ConflictReason }) {
    super('CONFLICT', message, extras);
  }
}
export class RateLimitedError extends GraphError<'RATE_LIMITED'> {
  constructor(message: string, extras: Extras<RateLimitedReason> = {}) {
    super('RATE_LIMITED', message, extras);
  }
}
export class UpstreamUnavailableError extends GraphError<'UPSTREAM_UNAVAILABLE'> {
  constructor(message: string, extras: Extras<UpstreamUnavailableReason> = {}) {
    super('UPSTREAM_UNAVAILABLE', message, extras);
  }
}
export class UpstreamTimeoutError extends GraphError<'UPSTREAM_TIMEOUT'> {
  constructor(message: string, extras: Extras<UpstreamTimeoutReason> = {}) {
    super('UPSTREAM_TIMEOUT', message, extras);
  }
}
export class UpstreamError extends GraphError<'UPSTREAM_ERROR'> {
  constructor(message: string, extras: Extras<UpstreamErrorReason> = {}) {
    super('UPSTREAM_ERROR', message, extras);
  }
}
export class QueryTooComplexError extends GraphError<'QUERY_TOO_COMPLEX'> {
  constructor(message: string, reason?: QueryTooComplexReason) {
    super('QUERY_TOO_COMPLEX', message, reason ? { reason } : {});
  }
}

/** True for the codes that describe an upstream, not the caller's request. */
export function isUpstreamFailure(code: ErrorCode): boolean {
  return code === 'UPSTREAM_ERROR' || code === 'UPSTREAM_TIMEOUT' || code === 'UPSTREAM_UNAVAILABLE';
}
