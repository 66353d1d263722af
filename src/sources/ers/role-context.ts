import { BadUserInputError, ForbiddenError } from '../../errors.js';
import { isValidOdsCode, normaliseOdsCode } from '../../nhs/ods-code.js';
import type { EndUser, StaffSession } from '../../upstream/types.js';

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

/** One organisation where the user works and the e-RS roles they hold there: one A030 PractitionerRole. */
export interface ErsRolePair {
  organisationOds: string;
  businessFunctions: ErsBusinessFunction[];
}

/**
 * The e-RS role context of a call, checked as e-RS would check it, before any call: a role from the contract's list,
 * the organisation's ODS code with it, and an on-behalf-of user id exactly when the role is
 * SERVICE_PROVIDER_CLINICIAN_ADMIN. Declared headers win. A signed-in healthcare worker (`staff`) who declares no
 * business function acts in the role e-RS itself says they hold (`pairs`, from A030 `GET /R4/PractitionerRole`; the
 * contract: "get the allowed pairs once per session from A030"): the only pair at the declared organisation, else at
 * their CIS2 role's organisation, else their only pair. None is FORBIDDEN (no e-RS role); several is BAD_USER_INPUT
 * listing them, as the user must choose. A declared business function without an organisation acts at the worker's
 * CIS2 organisation. Without a worker and with no business function declared, the call is application-restricted:
 * undefined. Throws BAD_USER_INPUT with a reason for anything else.
 */
export function ersRoleContext(endUser: EndUser | undefined, staff?: StaffSession, pairs?: readonly ErsRolePair[]): ErsRoleContext | undefined {
  const declared = endUser?.ersBusinessFunction?.toUpperCase();
  const declaredOds = endUser?.organisationOds;
  if (declaredOds !== undefined && !isValidOdsCode(declaredOds))
    throw new BadUserInputError('INVALID_ODS_CODE', 'NHSD-End-User-Organisation-ODS is not a valid ODS code');
  const chosen =
    !declared && staff
      ? chooseRolePair(pairs ?? [], declaredOds ? normaliseOdsCode(declaredOds) : undefined, staff.orgCode ? normaliseOdsCode(staff.orgCode) : undefined)
      : undefined;
  const role = declared ?? chosen?.businessFunction;
  if (!role) {
    if (endUser?.ersOnBehalfOfUserId)
      throw new BadUserInputError(
        'ERS_ON_BEHALF_OF_NOT_ALLOWED',
        'NHSD-eRS-On-Behalf-Of-User-ID needs NHSD-eRS-Business-Function SERVICE_PROVIDER_CLINICIAN_ADMIN',
      );
    return undefined;
  }
  if (!isBusinessFunction(role))
    throw new BadUserInputError('INVALID_ERS_BUSINESS_FUNCTION', `NHSD-eRS-Business-Function must be one of ${ERS_BUSINESS_FUNCTIONS.join(', ')}`);
  const ods = chosen?.organisationOds ?? declaredOds ?? staff?.orgCode;
  if (!ods)
    throw new BadUserInputError(
      'ERS_ORGANISATION_REQUIRED',
      'An e-RS business function needs NHSD-End-User-Organisation-ODS: the organisation the user acts for',
    );
  if (!isValidOdsCode(ods)) throw new BadUserInputError('INVALID_ODS_CODE', 'NHSD-End-User-Organisation-ODS is not a valid ODS code');
  const obo = endUser?.ersOnBehalfOfUserId;
  if (role === ON_BEHALF_OF_ROLE && !obo)
    throw new BadUserInputError('ERS_ON_BEHALF_OF_REQUIRED', `${ON_BEHALF_OF_ROLE} needs NHSD-eRS-On-Behalf-Of-User-ID: the clinician acted for`);
  if (role !== ON_BEHALF_OF_ROLE && obo)
    throw new BadUserInputError('ERS_ON_BEHALF_OF_NOT_ALLOWED', `NHSD-eRS-On-Behalf-Of-User-ID is only allowed with ${ON_BEHALF_OF_ROLE}`);
  if (obo && !SDS_USER_ID.test(obo)) throw new BadUserInputError('INVALID_SDS_USER_ID', 'NHSD-eRS-On-Behalf-Of-User-ID must be a 12-digit SDS user id');
  return { businessFunction: role, organisationOds: normaliseOdsCode(ods), ...(obo ? { onBehalfOfUserId: obo } : {}) };
}

/** The one (business function, organisation) the worker's A030 pairs allow here; throws when there is none or a choice. */
function chooseRolePair(
  pairs: readonly ErsRolePair[],
  declaredOds: string | undefined,
  sessionOds: string | undefined,
): { businessFunction: ErsBusinessFunction; organisationOds: string } {
  const options = pairs.flatMap((p) =>
    p.businessFunctions.map((businessFunction) => ({ businessFunction, organisationOds: normaliseOdsCode(p.organisationOds) })),
  );
  const at = (ods: string | undefined) => options.filter((o) => o.organisationOds === ods);
  const candidates = declaredOds ? at(declaredOds) : at(sessionOds).length > 0 ? at(sessionOds) : options;
  if (candidates.length === 0) {
    throw new ForbiddenError(`e-RS names no business function for this user${declaredOds ? ` at ${declaredOds}` : ''}`, {
      reason: 'ERS_NO_BUSINESS_FUNCTION',
      upstream: { api: 'ers', status: 200 },
    });
  }
  if (candidates.length > 1) {
    const list = candidates.map((c) => `${c.businessFunction} at ${c.organisationOds}`).join(', ');
    throw new BadUserInputError(
      'ERS_BUSINESS_FUNCTION_REQUIRED',
      `The user holds several e-RS roles (${list}): declare NHSD-eRS-Business-Function and NHSD-End-User-Organisation-ODS`,
    );
  }
  return candidates[0] as { businessFunction: ErsBusinessFunction; organisationOds: string };
}

/** The pairs of an A030 PractitionerRole bundle: roles outside the contract's list (SERVICE_DEFINER) are left out. */
export function rolePairsOf(
  roles: readonly { organization?: { identifier?: { value?: string } }; code?: { coding?: { system?: string; code?: string }[] }[] }[],
): ErsRolePair[] {
  return roles.flatMap((r) => {
    const ods = r.organization?.identifier?.value;
    const businessFunctions = (r.code ?? [])
      .flatMap((c) => c.coding ?? [])
      .map((c) => c.code ?? '')
      .filter(isBusinessFunction);
    return ods && businessFunctions.length > 0 ? [{ organisationOds: ods, businessFunctions }] : [];
  });
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
