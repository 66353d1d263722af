import { BadUserInputError } from '../../errors.js';
import { isValidOdsCode, normaliseOdsCode } from '../../nhs/ods-code.js';
import type { EndUser } from '../../upstream/types.js';

/** The e-RS roles a user may act in (ers/CONTRACT.md, `NHSD-eRS-Business-Function`). */
export const ERS_BUSINESS_FUNCTIONS = [
  'REFERRING_CLINICIAN',
  'REFERRING_CLINICIAN_ADMIN',
  'REFERRING_ADMIN',
  'SERVICE_PROVIDER_CLINICIAN',
  'SERVICE_PROVIDER_CLINICIAN_ADMIN',
  'SERVICE_PROVIDER_ADMIN',
  'COMMISSIONER',
  'INFORMATION_ANALYST',
  'BOOKING_MANAGER',
  'ADDITIONAL_REQUIREMENTS_MANAGER',
] as const;
export type ErsBusinessFunction = (typeof ERS_BUSINESS_FUNCTIONS)[number];

/** The only role that acts for another clinician, and so the only one that sends `NHSD-eRS-On-Behalf-Of-User-ID`. */
const ON_BEHALF_OF_ROLE: ErsBusinessFunction = 'SERVICE_PROVIDER_CLINICIAN_ADMIN';
/** SDS user ids are 12 digits (the contract's examples: 021600556514). */
const SDS_USER_ID = /^\d{12}$/;

/** Who the e-RS calls act as: absent means application-restricted (no role headers at all). */
export interface ErsRoleContext {
  businessFunction: ErsBusinessFunction;
  organisationOds: string;
  onBehalfOfUserId?: string;
}

function isBusinessFunction(value: string): value is ErsBusinessFunction {
  return (ERS_BUSINESS_FUNCTIONS as readonly string[]).includes(value);
}

/**
 * The e-RS role context the caller declared, checked as e-RS would check it, before any call: a role from the
 * contract's list, the organisation's ODS code with it, and an on-behalf-of user id exactly when the role is
 * SERVICE_PROVIDER_CLINICIAN_ADMIN. No business function declared means application-restricted access: undefined.
 * Throws BAD_USER_INPUT with a reason for anything else.
 */
export function ersRoleContext(endUser: EndUser | undefined): ErsRoleContext | undefined {
  const role = endUser?.ersBusinessFunction?.toUpperCase();
  if (!role) {
    if (endUser?.ersOnBehalfOfUserId) throw new BadUserInputError('ERS_ON_BEHALF_OF_NOT_ALLOWED', 'NHSD-eRS-On-Behalf-Of-User-ID needs NHSD-eRS-Business-Function SERVICE_PROVIDER_CLINICIAN_ADMIN');
    return undefined;
  }
  if (!isBusinessFunction(role)) throw new BadUserInputError('INVALID_ERS_BUSINESS_FUNCTION', `NHSD-eRS-Business-Function must be one of ${ERS_BUSINESS_FUNCTIONS.join(', ')}`);
  const ods = endUser?.organisationOds;
  if (!ods) throw new BadUserInputError('ERS_ORGANISATION_REQUIRED', 'An e-RS business function needs NHSD-End-User-Organisation-ODS: the organisation the user acts for');
  if (!isValidOdsCode(ods)) throw new BadUserInputError('INVALID_ODS_CODE', 'NHSD-End-User-Organisation-ODS is not a valid ODS code');
  const obo = endUser?.ersOnBehalfOfUserId;
  if (role === ON_BEHALF_OF_ROLE && !obo) throw new BadUserInputError('ERS_ON_BEHALF_OF_REQUIRED', `${ON_BEHALF_OF_ROLE} needs NHSD-eRS-On-Behalf-Of-User-ID: the clinician acted for`);
  if (role !== ON_BEHALF_OF_ROLE && obo) throw new BadUserInputError('ERS_ON_BEHALF_OF_NOT_ALLOWED', `NHSD-eRS-On-Behalf-Of-User-ID is only allowed with ${ON_BEHALF_OF_ROLE}`);
  if (obo && !SDS_USER_ID.test(obo)) throw new BadUserInputError('INVALID_SDS_USER_ID', 'NHSD-eRS-On-Behalf-Of-User-ID must be a 12-digit SDS user id');
  return { businessFunction: role, organisationOds: normaliseOdsCode(ods), ...(obo ? { onBehalfOfUserId: obo } : {}) };
}

/** The request headers a role context becomes: none for application-restricted access (e-RS forbids them then). */
export function ersRoleHeaders(role: ErsRoleContext | undefined): Record<string, string> {
  if (!role) return {};
  return {
    'nhsd-ers-business-function': role.businessFunction,
    'nhsd-end-user-organisation-ods': role.organisationOds,
    ...(role.onBehalfOfUserId ? { 'nhsd-ers-on-behalf-of-user-id': role.onBehalfOfUserId } : {}),
  };
}

/** True for the referrer roles, whose worklists are the referring organisation's. */
export function isReferrerRole(role: ErsBusinessFunction): boolean {
  return role.startsWith('REFERRING_');
}
