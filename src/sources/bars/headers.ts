import { BadUserInputError } from '../../errors.js';
import { isValidOdsCode, normaliseOdsCode } from '../../nhs/ods-code.js';
import type { CallContext } from '../../upstream/types.js';
import { BARS } from './wire.js';
import { BARS_DEVICE_SYSTEM, SDS_JOB_ROLE_CODE, SDS_ROLE_PROFILE_ID_SYSTEM, SDS_USER_ID_SYSTEM } from '../fhir-systems.js';

/** The receiving service, as the BaRS Endpoint Catalogue knows it (e.g. a DoS service id). */
export interface BarsTarget {
  system: string;
  value: string;
}

/** What the graph tells receivers about itself (NHSD-Requesting-Software): the same on every instance of the product. */
export const REQUESTING_SOFTWARE = {
  resourceType: 'Device',
  identifier: [{ system: BARS_DEVICE_SYSTEM, value: 'NHS-GRAPH' }],
  deviceName: { name: 'nhs-graph', type: 'manufacturer-name' },
  version: { value: process.env.npm_package_version ?? '0.1.0' },
} as const;

const SYSTEM = /^\S{1,200}$/;
const VALUE = /^\S{1,100}$/;

/** BaRS header objects travel as standard base64 of their JSON. */
export function base64Json(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

/** Checks a target before any call: a system and a value, neither empty nor containing spaces. Throws BAD_USER_INPUT. */
export function checkTarget(target: BarsTarget): BarsTarget {
  const system = target.system.trim();
  const value = target.value.trim();
  if (!SYSTEM.test(system) || !VALUE.test(value)) {
    throw new BadUserInputError('INVALID_BARS_TARGET', 'A BaRS target needs a system (e.g. https://fhir.nhs.uk/Id/dos-service-id) and a value, without spaces');
  }
  return { system, value };
}

/**
 * The headers every BaRS call carries (booking-and-referral-1.1.0.yaml): the target and the sender's organisation and
 * software as base64 JSON, the API version in Accept. The organisation is the caller's NHSD-End-User-Organisation-ODS,
 * else the organisation of the signed-in worker's selected CIS2 role: BaRS requires one, so having neither is
 * BAD_USER_INPUT before any call. A signed-in worker is also named in NHSD-Requesting-Practitioner (the contract: "if
 * the information is available it must be included"): a PractitionerRole with their role profile id, SDS user id and
 * job role, identifiers only.
 */
export function barsHeaders(target: BarsTarget, ctx: Pick<CallContext, 'endUser' | 'staff' | 'user'> | undefined): Record<string, string> {
  const ods = ctx?.endUser?.organisationOds ?? ctx?.staff?.orgCode;
  if (!ods) throw new BadUserInputError('BARS_ORGANISATION_REQUIRED', 'BaRS needs the sending organisation: send NHSD-End-User-Organisation-ODS');
  if (!isValidOdsCode(ods)) throw new BadUserInputError('INVALID_ODS_CODE', 'NHSD-End-User-Organisation-ODS is not a valid ODS code');
  const organisation = { resourceType: 'Organization', identifier: [{ system: BARS.odsSystem, value: normaliseOdsCode(ods) }] };
  const practitioner = requestingPractitioner(ctx);
  return {
    'nhsd-target-identifier': base64Json(checkTarget(target)),
    'nhsd-end-user-organisation': base64Json(organisation),
    'nhsd-requesting-software': base64Json(REQUESTING_SOFTWARE),
    ...(practitioner ? { 'nhsd-requesting-practitioner': base64Json(practitioner) } : {}),
  };
}

/** The signed-in healthcare worker as a PractitionerRole (NHSD-Requesting-Practitioner); undefined for anyone else. */
export function requestingPractitioner(ctx: Pick<CallContext, 'staff' | 'user'> | undefined): Record<string, unknown> | undefined {
  const user = ctx?.user;
  if (user?.kind !== 'staff') return undefined;
  const staff = ctx?.staff;
  return {
    resourceType: 'PractitionerRole',
    identifier: staff ? [{ system: SDS_ROLE_PROFILE_ID_SYSTEM, value: staff.roleProfileId }] : [],
    practitioner: { identifier: { system: SDS_USER_ID_SYSTEM, value: user.sdsUserId } },
    ...(staff?.orgCode ? { organization: { identifier: { system: BARS.odsSystem, value: normaliseOdsCode(staff.orgCode) } } } : {}),
    ...(staff ? { code: [{ coding: [{ system: SDS_JOB_ROLE_CODE, code: staff.jobRoleCode }] }] } : {}),
  };
}

/** The Accept header that selects this graph's BaRS version. */
export const BARS_ACCEPT = `application/fhir+json; version=${BARS.version}`;
