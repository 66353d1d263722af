/**
 * FHIR codes as the graph's enum values and back. The graph's enums name FHIR's codes in upper snake case
 * (`entered-in-error` is ENTERED_IN_ERROR); every one of them has an OTHER value for a code outside its value set, so an
 * NHS API that sends a new code never turns a read into an error (the raw code stays in the object's `resource`).
 */

/** The enum value of a FHIR code: upper snake case when `values` has it, OTHER when not, null when there is no code. */
export function enumOfCode<V extends string>(values: readonly V[], code: string | null | undefined): V | 'OTHER' | null {
  if (code === null || code === undefined || code === '') return null;
  const name = code
    .trim()
    .toUpperCase()
    .replace(/[-\s]+/g, '_');
  return (values as readonly string[]).includes(name) ? (name as V) : 'OTHER';
}

/** The FHIR code of an enum value (ENTERED_IN_ERROR is `entered-in-error`), for what the graph sends upstream. */
export function codeOfEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

export const APPOINTMENT_STATUSES = [
  'PROPOSED',
  'PENDING',
  'BOOKED',
  'ARRIVED',
  'FULFILLED',
  'CANCELLED',
  'NOSHOW',
  'ENTERED_IN_ERROR',
  'CHECKED_IN',
  'WAITLIST',
] as const;
export const SLOT_STATUSES = ['FREE', 'BUSY', 'BUSY_UNAVAILABLE', 'BUSY_TENTATIVE', 'ENTERED_IN_ERROR'] as const;
export const ADDRESS_USES = ['HOME', 'WORK', 'TEMP', 'OLD', 'BILLING'] as const;
export const CONTACT_POINT_SYSTEMS = ['PHONE', 'FAX', 'EMAIL', 'PAGER', 'URL', 'SMS'] as const;
export const CONTACT_POINT_USES = ['HOME', 'WORK', 'TEMP', 'OLD', 'MOBILE'] as const;
export const NAME_USES = ['USUAL', 'OFFICIAL', 'TEMP', 'NICKNAME', 'ANONYMOUS', 'OLD', 'MAIDEN'] as const;
export const REQUEST_STATUSES = ['DRAFT', 'ACTIVE', 'ON_HOLD', 'REVOKED', 'COMPLETED', 'ENTERED_IN_ERROR', 'UNKNOWN'] as const;
export const PRESCRIPTION_INTENTS = ['ORDER', 'ORIGINAL_ORDER', 'REFLEX_ORDER', 'INSTANCE_ORDER'] as const;
export const COURSES_OF_THERAPY = ['ACUTE', 'CONTINUOUS', 'CONTINUOUS_REPEAT_DISPENSING'] as const;
/** eRS-AvailabilityStatus-1 (its codes are upper case already; `THREATS FOUND` has a space). */
export const ATTACHMENT_AVAILABILITIES = ['AVAILABLE', 'PENDING', 'THREATS_FOUND', 'VALIDATION_FAILED'] as const;
