import type { UnauthenticatedReason } from '../errors.js';
import { isValidNhsNumber } from '../nhs/nhs-number.js';
import type { StaffSession } from '../upstream/types.js';

export type IdentityLevel = 'P0' | 'P5' | 'P9';

/** No bearer token: only public reference data. */
export interface AnonymousPrincipal {
  kind: 'anonymous';
}

/** A citizen signed in with NHS login. */
export interface CitizenPrincipal {
  kind: 'citizen';
  issuer: string;
  /** NHS login's stable subject id. */
  subject: string;
  /** The identity proofing level, from the `P?` prefix of `vot`. */
  level: IdentityLevel;
  /** The vector of trust NHS login asserted, e.g. P9.Cp.Cd. */
  vot: string;
  /** The traced NHS number (P5 and P9 with the profile scope); null otherwise. */
  nhsNumber: string | null;
  familyName: string | null;
  birthDate: string | null;
}

/** A healthcare worker signed in with CIS2. */
export interface StaffPrincipal {
  kind: 'staff';
  issuer: string;
  /** The CIS2 user id (UUID). */
  subject: string;
  /** The user's SDS user id (CIS2 `uid` / `nhsid_useruid` when the token carries one, else `sub`, which is the same id). */
  sdsUserId: string;
  /** The user's name (CIS2 `family_name`, `given_name`; profile scope); null/empty when the token carries none. Never audited. */
  familyName: string | null;
  givenNames: string[];
  /** The national RBAC role selected for this session; null when none was selected (then no clinical source). */
  role: StaffSession | null;
  /** CIS2 authentication assurance level (2 or 3). */
  assuranceLevel: number;
}

export type Principal = AnonymousPrincipal | CitizenPrincipal | StaffPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };

/** Who did something, for the audit trail: identifiers only, never a name. */
export function actorOf(principal: Principal): Record<string, unknown> {
  switch (principal.kind) {
    case 'anonymous':
      return { kind: 'anonymous' };
    case 'citizen':
      return { kind: 'citizen', issuer: principal.issuer, subject: principal.subject, level: principal.level };
    case 'staff':
      return { kind: 'staff', issuer: principal.issuer, subject: principal.subject, ...(principal.role ? { role: auditedRole(principal.role) } : {}) };
  }
}

/** The role as the audit trail names it: the role profile, job role and organisation codes. */
function auditedRole(role: StaffSession): Pick<StaffSession, 'roleProfileId' | 'jobRoleCode' | 'orgCode'> {
  return { roleProfileId: role.roleProfileId, jobRoleCode: role.jobRoleCode, ...(role.orgCode ? { orgCode: role.orgCode } : {}) };
}

const VECTOR = /^(P0|P5|P9)\.(Cp\.Cd|Cp\.Ck|Cm)$/;

/** Why a verified token still cannot make a principal; the message never quotes a claim's value. */
export class ClaimsRefused extends Error {
  constructor(
    readonly reason: UnauthenticatedReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A citizen from NHS login ID token claims. The level is the `P?` of `vot`, which must be one of NHS login's vectors
 * (P0/P5/P9 with Cp.Cd, Cp.Ck or Cm); `identity_proofing_level`, when present, must agree; `nhs_number`, when present,
 * must pass the Modulus 11 check.
 */
export function citizenFromClaims(issuer: string, claims: Record<string, unknown>): CitizenPrincipal {
  const vot = typeof claims.vot === 'string' ? claims.vot : '';
  const match = VECTOR.exec(vot);
  if (!match) throw new ClaimsRefused('IDENTITY_LEVEL', 'The NHS login token carries no accepted vector of trust (vot)');
  const level = match[1] as IdentityLevel;
  const stated = claims.identity_proofing_level;
  if (stated !== undefined && stated !== level) throw new ClaimsRefused('IDENTITY_LEVEL', 'The NHS login token states two different identity levels');
  const nhsNumber = typeof claims.nhs_number === 'string' ? claims.nhs_number : null;
  if (nhsNumber !== null && !isValidNhsNumber(nhsNumber)) throw new ClaimsRefused('INVALID_CLAIM', 'The NHS login token carries a malformed NHS number');
  return {
    kind: 'citizen',
    issuer,
    subject: String(claims.sub),
    level,
    vot,
    nhsNumber: level === 'P0' ? null : nhsNumber,
    familyName: typeof claims.family_name === 'string' ? claims.family_name : null,
    birthDate: typeof claims.birthdate === 'string' ? claims.birthdate : null,
  };
}

interface NrbacRoleClaim {
  person_roleid?: unknown;
  person_orgid?: unknown;
  role_code?: unknown;
  org_code?: unknown;
}

/** The least CIS2 authentication assurance level accepted (AAL2: smartcard-equivalent or better is AAL3). */
export const MIN_STAFF_ASSURANCE = 2;

/**
 * A healthcare worker from CIS2 ID token claims: the assurance level must be at least AAL2, and the role is the
 * `nhsid_nrbac_roles` entry whose `person_roleid` is the `selected_roleid` (none selected: no role).
 */
export function staffFromClaims(issuer: string, claims: Record<string, unknown>): StaffPrincipal {
  const assuranceLevel = Number(claims.authentication_assurance_level);
  if (!Number.isInteger(assuranceLevel) || assuranceLevel < MIN_STAFF_ASSURANCE) {
    throw new ClaimsRefused('ASSURANCE_LEVEL', `The CIS2 token's authentication assurance level is below AAL${MIN_STAFF_ASSURANCE}`);
  }
  const selected = typeof claims.selected_roleid === 'string' ? claims.selected_roleid : undefined;
  const roles = Array.isArray(claims.nhsid_nrbac_roles) ? (claims.nhsid_nrbac_roles as NrbacRoleClaim[]) : [];
  const entry = selected ? roles.find((r) => r.person_roleid === selected) : undefined;
  const jobRoleCode = typeof entry?.role_code === 'string' ? /(R\d{4})$/.exec(entry.role_code)?.[1] : undefined;
  const role: StaffSession | null =
    selected && jobRoleCode
      ? {
          roleProfileId: selected,
          jobRoleCode,
          ...(typeof entry?.role_code === 'string' ? { jobRole: entry.role_code } : {}),
          ...(typeof entry?.org_code === 'string' ? { orgCode: entry.org_code } : {}),
          ...(typeof entry?.person_orgid === 'string' ? { orgId: entry.person_orgid } : {}),
        }
      : null;
  const subject = String(claims.sub);
  const uid = [claims.uid, claims.nhsid_useruid].find((v): v is string => typeof v === 'string' && v !== '');
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const given = text(claims.given_name);
  return {
    kind: 'staff',
    issuer,
    subject,
    sdsUserId: uid ?? subject,
    familyName: text(claims.family_name),
    givenNames: given ? given.split(/\s+/) : [],
    role,
    assuranceLevel,
  };
}
