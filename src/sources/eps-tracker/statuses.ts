/** EPS-task-business-status codes and the graph's PrescriptionStatus names (eps-tracker/CONTRACT.md, "Statuses"). */
export const PRESCRIPTION_STATUS_NAMES = {
  '0000': 'AWAITING_RELEASE_READY',
  '0001': 'TO_BE_DISPENSED',
  '0002': 'WITH_DISPENSER',
  '0003': 'WITH_DISPENSER_ACTIVE',
  '0004': 'EXPIRED',
  '0005': 'CANCELLED',
  '0006': 'DISPENSED',
  '0007': 'NOT_DISPENSED',
  '0008': 'CLAIMED',
  '0009': 'NO_CLAIMED',
  '9000': 'REPEAT_DISPENSING_FUTURE_INSTANCE',
  '9001': 'FUTURE_INSTANCE',
  '9005': 'CANCELLED_FUTURE_INSTANCE',
} as const;

export type PrescriptionStatusCode = keyof typeof PRESCRIPTION_STATUS_NAMES;
export type PrescriptionStatusName = (typeof PRESCRIPTION_STATUS_NAMES)[PrescriptionStatusCode];

/** The graph's name for a status code; null for a code the contract does not list. */
export function statusName(code: string | undefined): PrescriptionStatusName | null {
  return code && code in PRESCRIPTION_STATUS_NAMES ? PRESCRIPTION_STATUS_NAMES[code as PrescriptionStatusCode] : null;
}
