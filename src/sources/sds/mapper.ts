import type { FhirExtension, FhirIdentifier } from '../fhir.js';
import {
  ASID_SYSTEM,
  INTERACTION_EXTENSION_URL,
  MANUFACTURER_EXTENSION_URL,
  MHS_CPA_ID_SYSTEM,
  MHS_FQDN_SYSTEM,
  MHS_ID_SYSTEM,
  PARTY_KEY_SYSTEM,
  RELIABILITY_EXTENSION_URL,
  type SdsDevice,
  type SdsEndpoint,
} from './wire.js';

export interface SpineReliabilityModel {
  syncReplyMode: string | null;
  retries: number | null;
  retryInterval: string | null;
  persistDuration: string | null;
  duplicateElimination: string | null;
  ackRequested: string | null;
  actor: string | null;
}

/** One MHS record of an organisation, as the graph shows it. */
export interface SpineEndpointModel {
  /** The organisation it was looked up for: the key of its accredited-system lookup. */
  odsCode: string;
  /** The interaction it was looked up for. */
  interaction: string;
  /** Every interaction the record names (one, or several for some records). */
  recordInteractions: string[];
  address: string | null;
  partyKey: string | null;
  status: string | null;
  mhsFqdn: string | null;
  cpaId: string | null;
  mhsId: string | null;
  reliability: SpineReliabilityModel | null;
  resource: SdsEndpoint;
}

/** One accredited system (AS record): its ASID and the interactions it is accredited for. */
export interface AccreditedSystemModel {
  asid: string | null;
  partyKey: string | null;
  manufacturingOrganisation: string | null;
  owner: string | null;
  interactions: string[];
  resource: SdsDevice;
}

function identifierValue(ids: FhirIdentifier[] | undefined, system: string): string | null {
  return ids?.find((i) => i.system === system)?.value || null;
}

function interactionsOf(extensions: FhirExtension[] | undefined): string[] {
  return (extensions ?? [])
    .filter((e) => e.url === INTERACTION_EXTENSION_URL)
    .flatMap((e) => (e.valueReference?.identifier?.value ? [e.valueReference.identifier.value] : []));
}

function mapReliability(extensions: FhirExtension[] | undefined): SpineReliabilityModel | null {
  const parts = extensions?.find((e) => e.url === RELIABILITY_EXTENSION_URL)?.extension;
  if (!parts?.length) return null;
  const text = (url: string) => parts.find((p) => p.url === url)?.valueString || null;
  const retries = parts.find((p) => p.url === 'nhsMHSRetries')?.valueInteger;
  return {
    syncReplyMode: text('nhsMHSSyncReplyMode'),
    retries: typeof retries === 'number' ? retries : null,
    retryInterval: text('nhsMHSRetryInterval'),
    persistDuration: text('nhsMHSPersistDuration'),
    duplicateElimination: text('nhsMHSDuplicateElimination'),
    ackRequested: text('nhsMHSAckRequested'),
    actor: text('nhsMHSActor'),
  };
}

/** Maps an SDS Endpoint found for (odsCode, interaction). Pure. */
export function mapSdsEndpoint(endpoint: SdsEndpoint, odsCode: string, interaction: string): SpineEndpointModel {
  const ids = endpoint.identifier;
  return {
    odsCode,
    interaction,
    recordInteractions: interactionsOf(endpoint.extension),
    address: endpoint.address ?? null,
    partyKey: identifierValue(ids, PARTY_KEY_SYSTEM),
    status: endpoint.status ?? null,
    mhsFqdn: identifierValue(ids, MHS_FQDN_SYSTEM),
    cpaId: identifierValue(ids, MHS_CPA_ID_SYSTEM),
    mhsId: identifierValue(ids, MHS_ID_SYSTEM),
    reliability: mapReliability(endpoint.extension),
    resource: endpoint,
  };
}

/** Maps an SDS Device (accredited system). Pure. */
export function mapSdsDevice(device: SdsDevice): AccreditedSystemModel {
  const manufacturer = device.extension?.find((e) => e.url === MANUFACTURER_EXTENSION_URL)?.valueReference?.identifier?.value;
  return {
    asid: identifierValue(device.identifier, ASID_SYSTEM),
    partyKey: identifierValue(device.identifier, PARTY_KEY_SYSTEM),
    manufacturingOrganisation: manufacturer ?? null,
    owner: device.owner?.identifier?.value ?? null,
    interactions: interactionsOf(device.extension),
    resource: device,
  };
}

/**
 * The accredited system behind an endpoint: the one with the endpoint's party key, or the only one when the endpoint
 * names no party key. Null when SDS has no AS record for it (B82617 in the sandbox, for example).
 */
export function accreditedSystemFor(endpoint: SpineEndpointModel, systems: readonly AccreditedSystemModel[]): AccreditedSystemModel | null {
  if (endpoint.partyKey) return systems.find((s) => s.partyKey === endpoint.partyKey) ?? null;
  return systems.length === 1 ? (systems[0] as AccreditedSystemModel) : null;
}
