import {
  BadUserInputError,
  ConflictError,
  GraphError,
  NotFoundError,
  UpstreamUnavailableError,
  type EpsCancellationRefusal,
  type UpstreamInfo,
  upstreamReason,
} from '../../errors.js';
import { errorFromStatus, outcomeCode } from '../../upstream/operation-outcome.js';
import { ODS_CODE_SYSTEM } from '../fhir.js';
import type { EpsOperationOutcome } from './wire.js';

/** Spine / EPS codes that reject a write because of the prescription's state: the caller must look again, not retry. */
const CONFLICTS: Record<string, string> = {
  PRESCRIPTION_WITH_ANOTHER_DISPENSER: 'the prescription is with another dispenser',
  PRESCRIPTION_INVALID_STATE_TRANSITION: 'the prescription is not in a state that allows this',
  PRESCRIPTION_INVALID_LINE_STATE_TRANSITION: 'a line item is not in a state that allows this',
  DUPLICATE_PRESCRIPTION_ID: 'a prescription with this id already exists',
  MISMATCH_AUTHORISED_REPEAT_COUNTS: 'the repeat counts do not match the prescription',
  CLAIM_AMEND_PERIOD_ISSUE: 'the claim can no longer be amended',
  DISPENSE_AMEND_IDENTIFIER_MISMATCH: 'the amended dispense does not match the original',
};
const NOT_FOUND = new Set(['RESOURCE_NOT_FOUND', 'ITEM_NOT_FOUND', 'PRESCRIPTION_NOT_FOUND', 'R-0008', 'NOT_FOUND']);

/**
 * Maps an EPS failure (status and OperationOutcome) to the graph's closed vocabulary, with the EPS code as `reason`
 * and in `extensions.upstream`: state conflicts are CONFLICT, unknown prescriptions NOT_FOUND, payload and Spine
 * validation (`value`, `invalid`, `structure`, FAILURE_TO_PROCESS_MESSAGE) BAD_USER_INPUT; the rest by HTTP status.
 * A release refused because another pharmacy holds the prescription names that pharmacy's ODS code (not personal).
 */
export function epsError(label: string, info: UpstreamInfo & { status: number }, body: unknown): GraphError {
  const code = outcomeCode(body);
  const upstream = { ...info, ...(code ? { issueCode: code } : {}) };
  const what = `${label} answered ${info.status}${code ? ` ${code}` : ''}`;
  if (code && CONFLICTS[code]) {
    const holder = code === 'PRESCRIPTION_WITH_ANOTHER_DISPENSER' ? holderOf(body) : undefined;
    return new ConflictError(`${what}: ${CONFLICTS[code]}${holder ? ` (${holder})` : ''}`, { reason: upstreamReason(code), upstream });
  }
  if (code && NOT_FOUND.has(code)) return new NotFoundError(`${what}: no such prescription or item`, { reason: upstreamReason(code), upstream });
  // R-0009: Spine has cancellation switched off. Nothing the caller can change; it may come back on.
  if (code === 'R-0009') return new UpstreamUnavailableError(`${what}: cancellation is disabled in Spine`, { reason: 'CANCELLATION_DISABLED', upstream });
  if (info.status === 400 || info.status === 422)
    return new BadUserInputError(code ? upstreamReason(code) : 'UPSTREAM_REJECTED', `${what}: the message was rejected`, { upstream });
  return errorFromStatus(upstream, label);
}

/** The ODS code of the pharmacy holding a prescription, from the refusal's contained Organization. */
export function holderOf(body: unknown): string | undefined {
  const contained = (body as EpsOperationOutcome | undefined)?.contained ?? [];
  for (const r of contained) {
    const ids = (r.identifier as { system?: string; value?: string }[] | undefined) ?? [];
    const ods = ids.find((i) => i.system === ODS_CODE_SYSTEM)?.value;
    if (r.resourceType === 'Organization' && ods) return ods;
  }
  return undefined;
}

/**
 * Cancel response codes (medicationrequest-status-history) that refuse the cancellation, with the graph's reason. EPS
 * answers each with HTTP 400 and its cancel response Bundle (fhir-prescribing.yaml, prescription-order-update `4XX`).
 */
export const CANCELLATION_REFUSALS: Record<string, EpsCancellationRefusal | undefined> = {
  'R-0004': 'ALREADY_DISPENSED',
  'R-0005': 'EXPIRED',
  'R-0006': 'ALREADY_CANCELLED',
  'R-0007': 'CANCELLATION_BY_ANOTHER_PRESCRIBER',
  'R-0010': 'NOT_DISPENSED',
};

/** Cancel response codes that are an answer, not a refusal: cancelled, or marked for cancellation at the dispenser. */
export const CANCELLATION_ANSWERS = new Set(['R-0001', 'R-0002', 'R-0003']);
