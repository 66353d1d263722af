/** What every upstream call knows about the graph request it serves. */
export interface CallContext {
  /** Propagated as X-Correlation-ID so NHS support can tie our calls to one graph request. */
  correlationId: string;
  /** Aborted when the client goes away or the request's deadline passes. */
  signal?: AbortSignal;
  /** The caller's raw bearer token (their NHS login or CIS2 ID token), for user-restricted APIs that exchange it. Never logged. */
  userToken?: string;
  /** Who the end user acts as, as the caller declared it (src/upstream/end-user.ts). Each source validates what it uses. */
  endUser?: EndUser;
  /** The signed-in healthcare worker's selected role, for APIs that want it in headers (NHSD-Session-URID...). */
  staff?: StaffSession;
  /** Who is signed in, for APIs whose requests must name the user (GP Connect's requesting practitioner). */
  user?: SignedInUser;
  /**
   * The request's count of upstream calls per API, attempts and retries included (the answer's `x-upstream-calls`,
   * src/playground/answer-report.ts); absent when nothing reads it.
   */
  calls?: Map<string, number>;
}

/**
 * The signed-in user as upstream requests name them: a citizen (NHS login), or a healthcare worker (CIS2) with their
 * SDS user id and name. Names travel only in upstream requests that require them, never in logs or the audit trail.
 */
export type SignedInUser =
  | { kind: 'citizen' }
  | { kind: 'staff' /** The CIS2 subject: our local id for the user. */; userId: string; sdsUserId: string; familyName: string | null; givenNames: string[] };

/** A CIS2 user's selected national RBAC role. */
export interface StaffSession {
  /** The role profile id (CIS2 `selected_roleid`): NHSD-Session-URID. */
  roleProfileId: string;
  /** The job role code, e.g. R8000. */
  jobRoleCode: string;
  /** The full national RBAC role code of the selected role, `S…:G…:R…` (CIS2 `role_code`): NHSD-Session-JobRole. */
  jobRole?: string;
  /** The ODS code of the organisation the role is held at. */
  orgCode?: string;
  /** The user's organisation id for the session (CIS2 `person_orgid` of the selected role): NHSD-Organization-UUID. */
  orgId?: string;
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

/** A GP Connect provider as a call names it: its ASID (`Ssp-To`) and its service root (the audit JWT's `aud`). */
export interface ProviderAddressing {
  asid: string;
  audience: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | readonly (string | number | boolean)[];

export interface UpstreamCall {
  method: HttpMethod;
  /** Path below the API's base URL, starting with '/'. Path segments must already be encoded. */
  path: string;
  /**
   * A base URL replacing the API's for this call: GP Connect's Spine Secure Proxy form `{ssp}/{provider service root}`,
   * which names the provider per call. Counted, timed and reported as the API's call all the same.
   */
  baseUrl?: string;
  /**
   * The provider this call is addressed to, for the API's auth (GP Connect through the Spine Secure Proxy: Ssp-To and
   * the audit JWT's `aud`). Absent: the API's configured provider.
   */
  provider?: ProviderAddressing;
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
  /**
   * Safe to send again after a transient failure (default: true for GET only). A write may say so only when the
   * upstream de-duplicates on X-Request-ID: every attempt of one call carries the same id.
   */
  idempotent?: boolean;
  /** The FHIR resourceType(s) a 2xx answer must have; anything else is UPSTREAM_ERROR. Unchecked when absent. */
  resourceType?: string | readonly string[];
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
