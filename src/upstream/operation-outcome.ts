import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  GraphError,
  NotFoundError,
  RateLimitedError,
  UpstreamError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  VersionConflictError,
  type ConflictReason,
  type UpstreamInfo,
  upstreamReason,
} from '../errors.js';

interface Coding {
  system?: string;
  code?: string;
}
interface Issue {
  severity?: string;
  code?: string;
  diagnostics?: string;
  details?: { coding?: Coding[] };
}
export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue?: Issue[];
}

export function isOperationOutcome(body: unknown): body is OperationOutcome {
  return typeof body === 'object' && body !== null && (body as { resourceType?: unknown }).resourceType === 'OperationOutcome';
}

/**
 * The most specific code an OperationOutcome carries: the Spine / NHS error code in details.coding, else the
 * HAPI id at the start of diagnostics ("HAPI-2001: ..."), else the FHIR issue type. Diagnostics text itself is
 * never returned: upstreams put NHS numbers in it (PDS SINGLE_MATCH names the matched record).
 */
export function outcomeCode(body: unknown): string | undefined {
  if (!isOperationOutcome(body)) return undefined;
  const issue = body.issue?.[0];
  if (!issue) return undefined;
  const coded = issue.details?.coding?.find((c) => c.code)?.code;
  if (coded) return coded;
  const hapi = /^(HAPI-\d+)/.exec(issue.diagnostics ?? '');
  return hapi?.[1] ?? issue.code;
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Maps an upstream HTTP failure to the graph's closed error vocabulary. The message names the API, the status and
 * the upstream code, nothing from the request.
 */
export function errorFromStatus(info: UpstreamInfo & { status: number }, label: string, retryAfter?: number): GraphError {
  const what = `${label} answered ${info.status}${info.issueCode ? ` ${info.issueCode}` : ''}`;
  const extras = { upstream: info };
  const s = info.status;
  if (s === 400 || s === 422)
    return new BadUserInputError(info.issueCode ? upstreamReason(info.issueCode) : 'UPSTREAM_REJECTED', `${what}: the request was rejected`, extras);
  if (s === 401) return new UpstreamError(`${what}: the graph's credentials were refused`, extras);
  if (s === 403) return new ForbiddenError(`${what}: not allowed`, extras);
  if (s === 404 || s === 410) return new NotFoundError(`${what}: not found`, extras);
  if (s === 408 || s === 504) return new UpstreamTimeoutError(`${what}: the upstream timed out`, extras);
  if (s === 409) {
    return /VERSION|MISMATCH/i.test(info.issueCode ?? '')
      ? new VersionConflictError(`${what}: the version is out of date; read it again`, { ...extras, reason: 'STALE_VERSION' })
      : new ConflictError(`${what}: conflict`, { ...extras, reason: conflictReason(info.issueCode) });
  }
  if (s === 412) return new VersionConflictError(`${what}: a current version is required`, { ...extras, reason: 'VERSION_REQUIRED' });
  if (s === 429) return new RateLimitedError(`${what}: rate limited`, { ...extras, retryAfterSeconds: retryAfter });
  if (s === 503) return new UpstreamUnavailableError(`${what}: unavailable`, { ...extras, retryAfterSeconds: retryAfter });
  return new UpstreamError(`${what}`, extras);
}

/** The upstream's own code when it is an NHS-style one (DUPLICATE_REJECTED); a bare FHIR issue type says too little. */
function conflictReason(issueCode: string | undefined): ConflictReason {
  return issueCode && /^[A-Z][A-Z0-9_]{0,63}$/.test(issueCode) ? upstreamReason(issueCode) : 'UPSTREAM_CONFLICT';
}
