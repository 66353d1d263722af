/** What every upstream call knows about the graph request it serves. */
export interface CallContext {
  /** Propagated as X-Correlation-ID so NHS support can tie our calls to one graph request. */
  correlationId: string;
  /** Aborted when the client goes away or the request's deadline passes. */
  signal?: AbortSignal;
  /** The caller's raw bearer token, for user-restricted APIs that exchange it. Never logged. */
  userToken?: string;
  /** Who the end user acts as, as the caller declared it (src/upstream/end-user.ts). Each source validates what it uses. */
  endUser?: EndUser;
}

/**
 * The end user's declared working context, from the graph request's headers, which carry the NHS platform's own names:
 * `NHSD-End-User-Organisation-ODS` (the organisation the user acts for: e-RS role context, BaRS sender organisation),
 * `NHSD-eRS-Business-Function` (the e-RS role) and `NHSD-eRS-On-Behalf-Of-User-ID` (the clinician an e-RS admin acts
 * for). Raw strings, unvalidated: a source refuses a bad value with BAD_USER_INPUT before it calls anyone.
 */
export interface EndUser {
  organisationOds?: string;
  ersBusinessFunction?: string;
  ersOnBehalfOfUserId?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | readonly (string | number | boolean)[];

export interface UpstreamCall {
  method: HttpMethod;
  /** Path below the API's base URL, starting with '/'. Path segments must already be encoded. */
  path: string;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  /** JSON-serialised unless it is already a string. */
  body?: unknown;
  contentType?: string;
  accept?: string;
  /** Statuses (besides 2xx) the caller interprets itself instead of getting an error. */
  expectStatuses?: readonly number[];
  /** Reuse an X-Request-ID, e.g. to poll a write that answered 503 (PDS de-duplicates on it). */
  requestId?: string;
  /** Reads are idempotent; writes are not unless the upstream de-duplicates on X-Request-ID. */
  idempotent?: boolean;
}

export interface UpstreamResponse<T> {
  status: number;
  headers: Record<string, string>;
  body: T;
  /** The X-Request-ID we sent. */
  requestId: string;
}

/** One finished upstream call, for metrics, tracing and logs. Carries no body and no PII. */
export interface UpstreamCallEvent {
  api: string;
  method: HttpMethod;
  /** The route template, never the concrete path (paths carry NHS numbers). */
  route: string;
  status: number | undefined;
  durationMs: number;
  requestId: string;
  errorCode?: string;
}
