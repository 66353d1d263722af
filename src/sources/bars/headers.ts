import { BadUserInputError } from '../../errors.js';
import { isValidOdsCode, normaliseOdsCode } from '../../nhs/ods-code.js';
import type { EndUser } from '../../upstream/types.js';
import { BARS } from './wire.js';

/** The receiving service, as the BaRS Endpoint Catalogue knows it (e.g. a DoS service id). */
export interface BarsTarget {
  system: string;
  value: string;
}

/** What the graph tells receivers about itself (NHSD-Requesting-Software): the same on every instance of the product. */
export const REQUESTING_SOFTWARE = {
  resourceType: 'Device',
  identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-graph-device', value: 'NHS-GRAPH' }],
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
 * software as base64 JSON, the API version in Accept. The organisation is the caller's NHSD-End-User-Organisation-ODS:
 * BaRS requires one, so its absence is BAD_USER_INPUT before any call.
 */
export function barsHeaders(target: BarsTarget, endUser: EndUser | undefined): Record<string, string> {
  const ods = endUser?.organisationOds;
  if (!ods) throw new BadUserInputError('BARS_ORGANISATION_REQUIRED', 'BaRS needs the sending organisation: send NHSD-End-User-Organisation-ODS');
  if (!isValidOdsCode(ods)) throw new BadUserInputError('INVALID_ODS_CODE', 'NHSD-End-User-Organisation-ODS is not a valid ODS code');
  const organisation = { resourceType: 'Organization', identifier: [{ system: BARS.odsSystem, value: normaliseOdsCode(ods) }] };
  return {
    'nhsd-target-identifier': base64Json(checkTarget(target)),
    'nhsd-end-user-organisation': base64Json(organisation),
    'nhsd-requesting-software': base64Json(REQUESTING_SOFTWARE),
  };
}

/** The Accept header that selects this graph's BaRS version. */
export const BARS_ACCEPT = `application/fhir+json; version=${BARS.version}`;
