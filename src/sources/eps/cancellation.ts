import { ConflictError, UpstreamError } from '../../errors.js';
import { normalisePrescriptionId } from '../../nhs/prescription-id.js';
import type { WriteResult } from './client.js';
import { mapCancellation, type CancellationModel } from './mapper.js';
import { CANCELLATION_ANSWERS, CANCELLATION_REFUSALS } from './outcomes.js';
import type { MessageBundle } from './wire.js';

/**
 * What a cancellation came to, from EPS's cancel response Bundle (HTTP 200 for R-0001, HTTP 400 for the rest): cancelled
 * (R-0001) or marked for cancellation at the dispenser (R-0002, R-0003) is data; a refusal is CONFLICT with its reason
 * (CANCELLATION_REFUSALS). A response that is not a `message` Bundle, names another prescription than the one asked,
 * or carries a code the contract does not list is UPSTREAM_ERROR: it is not an answer to this request.
 */
export function cancellationOutcome(res: WriteResult<MessageBundle>, asked: readonly string[]): CancellationModel {
  const outcome = mapCancellation(res.body, res.requestId);
  const upstream = { api: 'eps-prescribing', status: res.status, requestId: res.requestId, ...(outcome.code ? { issueCode: outcome.code } : {}) };
  const answered = outcome.prescriptionId ? normalisePrescriptionId(outcome.prescriptionId) : null;
  if (res.body.type !== 'message' || answered === null) {
    throw new UpstreamError(`EPS Prescribing answered ${res.status} with a Bundle that is not a cancel response`, { reason: 'WRONG_ANSWER', upstream });
  }
  if (!asked.includes(answered)) {
    throw new UpstreamError(`EPS Prescribing answered ${res.status} about another prescription than the one asked`, { reason: 'WRONG_ANSWER', upstream });
  }
  const refusal = CANCELLATION_REFUSALS[outcome.code];
  if (refusal) {
    throw new ConflictError(`EPS refused the cancellation: ${outcome.code}${outcome.display ? ` ${outcome.display}` : ''}`, { reason: refusal, upstream });
  }
  if (!CANCELLATION_ANSWERS.has(outcome.code)) {
    throw new UpstreamError(`EPS Prescribing answered ${res.status} with a cancel response code the contract does not list`, {
      reason: 'WRONG_ANSWER',
      upstream,
    });
  }
  return { ...outcome, prescriptionId: answered };
}
