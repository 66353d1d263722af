import { GraphError } from '../errors.js';
import type {
  AmendAppointmentErrorCode,
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  BookReferralAppointmentErrorCode,
  CreateReferralErrorCode,
  DeferReferralToProviderErrorCode,
  SendReferralForTriageErrorCode,
  CancelPrescriptionFromMessageErrorCode,
  ClaimPrescriptionErrorCode,
  CreatePrescriptionErrorCode,
  CreatePrescriptionFromMessageErrorCode,
  NotifyDispenseErrorCode,
  NotifyDispenseFromMessageErrorCode,
  PreparePrescriptionErrorCode,
  PreparePrescriptionFromMessageErrorCode,
  ReleasePrescriptionErrorCode,
  ReturnPrescriptionErrorCode,
  SendBarsMessageErrorCode,
  UpdatePatientErrorCode,
  WithdrawDispenseErrorCode,
} from '../generated/resolvers.js';

/**
 * Each mutation's user-error codes (its `<Name>ErrorCode` enum), each with the path of the argument it is about (null:
 * the whole request). A code is the `reason` of the GraphError the mutation's code throws; INVALID_INPUT, CONFLICT and
 * STALE_VERSION also stand for any other reason of BAD_USER_INPUT, CONFLICT and VERSION_CONFLICT respectively. Typed
 * by the generated enums, so the schema and this table cannot drift apart.
 */
type Codes<Code extends string> = Readonly<Record<Code, readonly string[] | null>>;

const MESSAGE_CODES = {
  INVALID_MESSAGE: ['message'],
  INVALID_REQUEST_ID: ['requestId'],
  INVALID_PRESCRIPTION_ID: ['message'],
  INVALID_NHS_NUMBER: ['message'],
  INVALID_INPUT: null,
} as const;
const DISPENSING_CODES = {
  INVALID_REQUEST_ID: ['input', 'requestId'],
  INVALID_ITEMS: ['input', 'items'],
  INVALID_MEDICATION_CODE: ['input', 'items'],
  INVALID_QUANTITY: ['input', 'items'],
  NOT_DISPENSED_REASON_REQUIRED: ['input', 'items'],
  MISSING_VALUE: ['input', 'items'],
  PRESCRIPTION_INVALID_STATE_TRANSITION: ['input', 'prescriptionId'],
  INVALID_INPUT: null,
  CONFLICT: null,
} as const;
const BARS_CODES: Codes<SendBarsMessageErrorCode> = {
  INVALID_BARS_MESSAGE: ['message'],
  INVALID_BARS_TARGET: ['target'],
  BARS_ORGANISATION_REQUIRED: null,
  INVALID_INPUT: null,
  CONFLICT: null,
};

export const USER_ERRORS = {
  updatePatient: {
    INVALID_VERSION: ['version'],
    NO_CHANGES: ['changes'],
    INVALID_CHANGE: ['changes'],
    UNKNOWN_ID: ['changes'],
    STALE_VERSION: ['version'],
    VERSION_REQUIRED: ['version'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<UpdatePatientErrorCode>,
  bookAppointment: {
    INVALID_SLOT_ID: ['input', 'slotIds'],
    SLOTS_NOT_ADJACENT: ['input', 'slotIds'],
    INVALID_DESCRIPTION: ['input', 'description'],
    INVALID_COMMENT: ['input', 'comment'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<BookAppointmentErrorCode>,
  amendAppointment: {
    NO_CHANGES: ['changes'],
    INVALID_DESCRIPTION: ['changes', 'description'],
    INVALID_COMMENT: ['changes', 'comment'],
    INVALID_APPOINTMENT_ID: ['id'],
    APPOINTMENT_CANCELLED: null,
    APPOINTMENT_NOT_CHANGEABLE: null,
    STALE_VERSION: ['version'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<AmendAppointmentErrorCode>,
  cancelAppointment: {
    INVALID_REASON: ['reason'],
    INVALID_APPOINTMENT_ID: ['id'],
    TOO_LATE_TO_CANCEL: null,
    APPOINTMENT_NOT_CHANGEABLE: null,
    STALE_VERSION: ['version'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<CancelAppointmentErrorCode>,
  preparePrescriptionFromMessage: MESSAGE_CODES satisfies Codes<PreparePrescriptionFromMessageErrorCode>,
  createPrescriptionFromMessage: {
    ...MESSAGE_CODES,
    UNSIGNED_PRESCRIPTION: ['message'],
    DUPLICATE_PRESCRIPTION_ID: ['message'],
    CONFLICT: null,
  } satisfies Codes<CreatePrescriptionFromMessageErrorCode>,
  cancelPrescriptionFromMessage: {
    ...MESSAGE_CODES,
    ALREADY_DISPENSED: null,
    EXPIRED: null,
    ALREADY_CANCELLED: null,
    CANCELLATION_BY_ANOTHER_PRESCRIBER: null,
    NOT_DISPENSED: null,
    CONFLICT: null,
  } satisfies Codes<CancelPrescriptionFromMessageErrorCode>,
  releasePrescription: {
    INVALID_REQUEST_ID: ['input', 'requestId'],
    PRESCRIPTION_WITH_ANOTHER_DISPENSER: ['input', 'prescriptionId'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<ReleasePrescriptionErrorCode>,
  returnPrescription: {
    INVALID_REQUEST_ID: ['input', 'requestId'],
    INVALID_REASON_CODE: ['input', 'reasonCode'],
    INVALID_RELEASE_RESPONSE_ID: ['input', 'releaseResponseId'],
    PRESCRIPTION_INVALID_STATE_TRANSITION: ['input', 'prescriptionId'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<ReturnPrescriptionErrorCode>,
  notifyDispenseFromMessage: {
    ...MESSAGE_CODES,
    PRESCRIPTION_INVALID_STATE_TRANSITION: null,
    CONFLICT: null,
  } satisfies Codes<NotifyDispenseFromMessageErrorCode>,
  preparePrescription: {
    INVALID_ITEMS: ['input', 'items'],
    INVALID_MEDICATION_CODE: ['input', 'items'],
    INVALID_QUANTITY: ['input', 'items'],
    MISSING_VALUE: ['input', 'items'],
    INVALID_PRESCRIPTION_TYPE: ['input', 'prescriptionType'],
    NO_NOMINATED_PHARMACY: ['input', 'patient'],
    NOMINATED_PHARMACY_MISMATCH: ['input', 'nominatedPharmacy'],
    INVALID_INPUT: null,
  } satisfies Codes<PreparePrescriptionErrorCode>,
  createPrescription: {
    PREPARED_PRESCRIPTION_NOT_FOUND: ['input', 'preparedId'],
    PATIENT_MISMATCH: ['input', 'patient'],
    INVALID_SIGNATURE: ['input', 'signature'],
    DUPLICATE_PRESCRIPTION_ID: null,
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<CreatePrescriptionErrorCode>,
  notifyDispense: DISPENSING_CODES satisfies Codes<NotifyDispenseErrorCode>,
  claimPrescription: {
    INVALID_REQUEST_ID: ['input', 'requestId'],
    INVALID_ITEMS: ['input', 'items'],
    INVALID_MEDICATION_CODE: ['input', 'items'],
    INVALID_QUANTITY: ['input', 'items'],
    MISSING_VALUE: ['input'],
    PRESCRIPTION_INVALID_STATE_TRANSITION: ['input', 'prescriptionId'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<ClaimPrescriptionErrorCode>,
  withdrawDispense: {
    INVALID_REQUEST_ID: ['input', 'requestId'],
    INVALID_REASON_CODE: ['input', 'reasonCode'],
    INVALID_DISPENSE_NOTIFICATION_ID: ['input', 'dispenseNotificationId'],
    PRESCRIPTION_INVALID_STATE_TRANSITION: ['input', 'prescriptionId'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<WithdrawDispenseErrorCode>,
  sendBarsReferral: BARS_CODES,
  sendBarsBooking: BARS_CODES,
  // e-RS: the spec's 422 codes (a011 CreateRequestErrorOutcome, a016 422Response) a referrer can act on by name.
  createReferral: {
    INVALID_SHORTLIST: ['input', 'serviceIds'],
    INVALID_SEARCH_CRITERIA: ['input'],
    INVALID_FOLLOW_UP_DAYS: ['input', 'firstReminderLetterFollowUpDays'],
    INVALID_PATHWAY_START: ['input', 'pathwayStart'],
    REFERENCE_NOT_FOUND: null,
    PATIENT_ERROR: ['input', 'nhsNumber'],
    NO_REG_GP_PRACTICE: ['input', 'nhsNumber'],
    SHORTLISTED_SERVICE_NOT_IN_RESULTS: ['input', 'serviceIds'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<CreateReferralErrorCode>,
  bookReferralAppointment: {
    INVALID_SLOT_ID: ['input', 'slotId'],
    INVALID_SERVICE_ID: ['input', 'serviceId'],
    INVALID_VERSION: ['input', 'version'],
    SLOT_NOT_AVAILABLE: ['input', 'slotId'],
    INAPPROPRIATE_SLOT: ['input', 'slotId'],
    INVALID_REQUEST_STATE: null,
    REFERENCE_NOT_FOUND: null,
    STALE_VERSION: ['input', 'version'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<BookReferralAppointmentErrorCode>,
  deferReferralToProvider: {
    INVALID_SERVICE_ID: ['input', 'serviceId'],
    INVALID_VERSION: ['input', 'version'],
    INVALID_COMMENT: ['input', 'comment'],
    SLOTS_CURRENTLY_AVAILABLE: ['input', 'serviceId'],
    INVALID_REQUEST_STATE: null,
    REFERENCE_NOT_FOUND: null,
    STALE_VERSION: ['input', 'version'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<DeferReferralToProviderErrorCode>,
  sendReferralForTriage: {
    INVALID_SERVICE_ID: ['input', 'serviceId'],
    INVALID_VERSION: ['input', 'version'],
    INAPPROPRIATE_VALUE: ['input', 'serviceId'],
    INVALID_REQUEST_STATE: null,
    REFERENCE_NOT_FOUND: null,
    STALE_VERSION: ['input', 'version'],
    INVALID_INPUT: null,
    CONFLICT: null,
  } satisfies Codes<SendReferralForTriageErrorCode>,
};

/** The graph error codes a mutation reports as user errors, each with the user-error code that stands for its other reasons. */
const CATCH_ALL = { BAD_USER_INPUT: 'INVALID_INPUT', CONFLICT: 'CONFLICT', VERSION_CONFLICT: 'STALE_VERSION' } as const;

export interface UserErrorModel<Code extends string> {
  code: Code;
  message: string;
  field: string[] | null;
}

/**
 * Runs a mutation and answers its payload: `{ [result]: value, userErrors: [] }`, or, when it throws a refusal the
 * caller can act on (BAD_USER_INPUT, VERSION_CONFLICT, CONFLICT with a reason the mutation's table knows or stands in
 * for), `{ [result]: null, userErrors: [error] }`. Anything else (unauthenticated, forbidden, not found, upstream
 * failures) is rethrown: a GraphQL error with `extensions.code`, as for queries.
 */
export async function withUserErrors<Key extends string, Result, Code extends string>(
  result: Key,
  codes: Codes<Code>,
  run: () => Promise<Result>,
): Promise<{ [K in Key]: Result | null } & { userErrors: UserErrorModel<Code>[] }> {
  try {
    const value = await run();
    return { [result]: value, userErrors: [] } as { [K in Key]: Result | null } & { userErrors: UserErrorModel<Code>[] };
  } catch (error) {
    const userError = toUserError(error, codes);
    if (!userError) throw error;
    return { [result]: null, userErrors: [userError] } as { [K in Key]: Result | null } & { userErrors: UserErrorModel<Code>[] };
  }
}

/** The user error a GraphError stands for in this mutation; undefined when it is not one the caller can act on. */
export function toUserError<Code extends string>(error: unknown, codes: Codes<Code>): UserErrorModel<Code> | undefined {
  if (!(error instanceof GraphError) || !(error.code in CATCH_ALL)) return undefined;
  const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : undefined;
  if (reason && reason in codes) return { code: reason as Code, message: error.message, field: fieldOf(codes, reason as Code) };
  const fallback = CATCH_ALL[error.code as keyof typeof CATCH_ALL] as string;
  if (!(fallback in codes)) return undefined;
  // The upstream's own code is the only detail a catch-all keeps: it goes in the message (no PII: it is a code).
  const message = reason && !error.message.includes(reason) ? `${error.message} (${reason})` : error.message;
  return { code: fallback as Code, message, field: fieldOf(codes, fallback as Code) };
}

function fieldOf<Code extends string>(codes: Codes<Code>, code: Code): string[] | null {
  const path = codes[code];
  return path ? [...path] : null;
}
