import { BadUserInputError } from '../../errors.js';
import { type OdsCode, parseOdsCode } from '../../nhs/ods-code.js';

/** A FHIR logical id (STU3): what the provider gave its Appointment. It never contains a colon. */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/**
 * The graph's id of an appointment: `{practice ODS code}:{the provider's id}`, so that a read, amend or cancel by id can
 * be addressed to the practice through SDS as every other GP Connect call is (a provider's id alone does not say which
 * practice holds it). When the practice is unknown, the provider's id alone.
 */
export function appointmentId(practice: string | null, providerId: string): string {
  return practice ? `${practice}:${providerId}` : providerId;
}

/**
 * The practice and provider id of an id the graph issued. A bare provider id (no colon: the platform sandbox's `1`,
 * or an id issued before appointment ids named their practice) has no practice, so its calls are not addressed through
 * SDS. Anything else is BAD_USER_INPUT (INVALID_APPOINTMENT_ID) before any call.
 */
export function parseAppointmentId(id: string): { practice: OdsCode | null; providerId: string } {
  const colon = id.indexOf(':');
  const practice = colon < 0 ? null : parseOdsCode(id.slice(0, colon));
  const providerId = colon < 0 ? id : id.slice(colon + 1);
  if (practice === undefined || !FHIR_ID.test(providerId)) {
    throw new BadUserInputError('INVALID_APPOINTMENT_ID', 'id must be an Appointment id the graph issued');
  }
  return { practice, providerId };
}
