import type { Principal } from '../auth/principal.js';
import { ForbiddenError, UnauthenticatedError, type GraphError } from '../errors.js';
import { APIS, API_IDS, type ApiDefinition } from '../upstream/apis.js';

/** Every source. */
export const ALL_SOURCES = '*';

/** Who may reach which upstream source (by API id of src/upstream/apis.ts). Built from configuration. */
export interface AccessPolicy {
  /** Sources a healthcare worker's selected national RBAC job role allows; `*` for all. Roles not listed: none. */
  staffRoles: Readonly<Record<string, readonly string[]>>;
  /** Sources a P9 citizen may reach (always only for their own record). */
  citizenSources: readonly string[];
}

/**
 * Default national RBAC job roles: clinical roles reach every source; admin and clinical support staff reach PDS,
 * appointment booking (GP Connect Appointment Management) and referrals (e-RS, BaRS); student and clerical roles reach
 * PDS (demographics) only; any other role reaches only public reference data.
 */
export const DEFAULT_STAFF_ROLES: Readonly<Record<string, readonly string[]>> = {
  R8000: [ALL_SOURCES], // Clinical Practitioner Access Role
  R8001: [ALL_SOURCES], // Nurse Access Role
  R8003: [ALL_SOURCES], // Health Professional Access Role
  R8004: ['pds'], // Healthcare Student Access Role
  R8008: ['pds', 'gpc-appointments', 'ers', 'bars'], // Admin/Clinical Support Access Role
  R8010: ['pds'], // Clerical Access Role
};

/**
 * Sources offered to patients on the NHS API platform (patient-facing products with an NHS login P9 scope): PDS patient
 * access, GP Connect patient facing (Access Record: structured record and documents; Appointment Management) and the
 * Elective Waiting List. EPS, its tracker, e-RS and BaRS are for healthcare workers (CIS2) only.
 */
export const DEFAULT_CITIZEN_SOURCES: readonly string[] = ['pds', 'gpc-access-record', 'gpc-appointments', 'wlmds'];

export function defaultAccessPolicy(): AccessPolicy {
  return { staffRoles: DEFAULT_STAFF_ROLES, citizenSources: DEFAULT_CITIZEN_SOURCES };
}

function definition(api: string): ApiDefinition | undefined {
  return (API_IDS as string[]).includes(api) ? (APIS as Record<string, ApiDefinition>)[api] : undefined;
}

/** Public reference data (ODS, SDS, website content): anyone may read it, signed in or not. */
export function isPublicSource(api: string): boolean {
  const found = definition(api);
  return (found?.publicAccess ?? found?.publicReferenceData) === true;
}

const labelOf = (api: string) => definition(api)?.label ?? api;

/**
 * The rule for one upstream source: the error that refuses `principal` a field backed by `api`, or undefined when it
 * may go on. Without a token only public sources; a citizen needs P9 and a source offered to patients; a healthcare
 * worker needs the source's assurance level (AAL3 for EPS and the tracker) and a selected role that allows the source. Ownership of the record is checked
 * separately (ownership.ts).
 */
export function refuseSource(principal: Principal, api: string, policy: AccessPolicy): GraphError | undefined {
  if (isPublicSource(api)) return undefined;
  const label = labelOf(api);
  switch (principal.kind) {
    case 'anonymous':
      return new UnauthenticatedError(`Sign in with NHS login or CIS2 to read ${label}`, 'SIGN_IN_REQUIRED');
    case 'citizen':
      if (principal.level !== 'P9') {
        return new ForbiddenError(`${label} needs an NHS login identity proofed to P9 (this sign-in is ${principal.level})`, { reason: 'IDENTITY_LEVEL' });
      }
      if (!policy.citizenSources.includes(api)) return new ForbiddenError(`${label} is not offered to patients`, { reason: 'NOT_FOR_CITIZENS' });
      return undefined;
    case 'staff': {
      // EPS and the tracker grant only `nhs-cis2-aal3`: a session signed in below it never reaches them.
      const assurance = definition(api)?.staffAssurance;
      if (assurance !== undefined && principal.assuranceLevel < assurance) {
        return new ForbiddenError(`${label} needs a CIS2 session at AAL${assurance} (a smartcard or equivalent); this one is AAL${principal.assuranceLevel}`, {
          reason: 'ASSURANCE_LEVEL',
        });
      }
      const role = principal.role?.jobRoleCode;
      if (!role) return new ForbiddenError(`${label} needs a selected national RBAC role (none was selected at sign-in)`, { reason: 'NO_ROLE' });
      const allowed = policy.staffRoles[role] ?? [];
      if (allowed.includes(ALL_SOURCES) || allowed.includes(api)) return undefined;
      return new ForbiddenError(`The selected role ${role} does not allow ${label}`, { reason: 'ROLE' });
    }
  }
}

/** The refusal for a citizen reaching a record that is not theirs. */
export function notOwnRecord(): ForbiddenError {
  return new ForbiddenError('A citizen may read only their own record', { reason: 'NOT_OWN_RECORD' });
}
