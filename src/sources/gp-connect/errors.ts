import { BadUserInputError, ConflictError, GraphError, UpstreamError, upstreamReason, VersionConflictError } from '../../errors.js';

/** What a GP Connect call was doing, which decides what some statuses mean. */
export type GpcOperation = 'read' | 'create' | 'conditional-update';

/** Spine codes for a request the graph itself got wrong (headers, JWT, body shape): not the caller's to fix. */
const GRAPH_FAULTS = new Set(['BAD_REQUEST']);
/** Codes a provider (or the platform's OAS, which lists them under 404) uses for a refused parameter. */
const PARAMETER_CODES = new Set(['INVALID_PARAMETER', 'INVALID_RESOURCE']);

/**
 * Refines the generic status mapping (src/upstream/operation-outcome.ts) with what GP Connect's codes mean
 * (CONTRACT.md error tables): BAD_REQUEST and the Spine Secure Proxy's own 403s (ASID or interaction checks, coded as
 * the bare status) are the graph's fault, so UPSTREAM_ERROR; INVALID_PARAMETER under a 404 is still the caller's
 * input; on a conditional update (amend, cancel) a 409 is a stale version unless the provider says the appointment
 * cannot change (ACCESS_DENIED); the platform's 461 is "too late to cancel". Everything else keeps its generic code,
 * so PATIENT_NOT_FOUND (which is also what a sensitive patient gets) is NOT_FOUND and nothing more.
 */
export function refineGpConnectError(error: unknown, operation: GpcOperation): unknown {
  if (!(error instanceof GraphError) || error.upstream?.status === undefined) return error;
  const upstream = error.upstream;
  const { status } = upstream;
  const code = upstream.issueCode ?? '';
  const what = `GP Connect answered ${status}${code ? ` ${code}` : ''}`;
  if ((status === 400 || status === 422) && GRAPH_FAULTS.has(code)) {
    return new UpstreamError(`${what}: it refused the graph's request headers or audit JWT`, { upstream });
  }
  if (status === 403 && /^\d{3}$|_CHECK_FAILED/.test(code)) {
    return new UpstreamError(`${what}: the Spine Secure Proxy refused the graph's ASID or interaction`, { upstream });
  }
  if (status === 404 && PARAMETER_CODES.has(code)) {
    return new BadUserInputError(upstreamReason(code), `${what}: the request was rejected`, { upstream });
  }
  if (status === 409 && operation === 'conditional-update') {
    if (/^ACCESS[ _]DENIED$/.test(code))
      return new ConflictError(`${what}: the appointment can no longer be changed`, { upstream, reason: 'APPOINTMENT_NOT_CHANGEABLE' });
    if (code !== 'DUPLICATE_REJECTED')
      return new VersionConflictError(`${what}: the version is out of date; read it again`, { upstream, reason: 'STALE_VERSION' });
  }
  if (status === 461) return new ConflictError(`${what}: too late to cancel`, { upstream, reason: 'TOO_LATE_TO_CANCEL' });
  return error;
}

/** Runs a GP Connect call, refining its failure. */
export async function gpcCall<T>(operation: GpcOperation, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw refineGpConnectError(error, operation);
  }
}
