import { randomUUID } from 'node:crypto';
import type { AsRecord, MhsRecord } from './records.js';
import { ODS_CODE_SYSTEM as ODS, SDS_INTERACTION_ID_SYSTEM, SDS_PARTY_KEY_SYSTEM } from '../../fhir-systems.js';

const INTERACTION_EXT = 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-NhsServiceInteractionId';

/** SDS ids are upper-case UUIDs. */
export function sdsId(): string {
  return randomUUID().toUpperCase();
}

function interactionExtension(interaction: string) {
  return { url: INTERACTION_EXT, valueReference: { identifier: { system: SDS_INTERACTION_ID_SYSTEM, value: interaction } } };
}

/** An MHS record as SDS's Endpoint, shaped like the captured `Endpoint-200-YES-REPC_IN150016UK05.json`. */
export function toEndpoint(record: MhsRecord, interactions: string[], address: string): Record<string, unknown> {
  const reliability = Object.entries(record.reliability).map(([url, value]) =>
    typeof value === 'number' ? { url, valueInteger: value } : { url, valueString: value },
  );
  return {
    resourceType: 'Endpoint',
    id: sdsId(),
    status: 'active',
    connectionType: { system: 'http://terminology.hl7.org/CodeSystem/endpoint-connection-type', code: 'hl7-fhir-msg', display: 'HL7 FHIR Messaging' },
    payloadType: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/endpoint-payload-type', code: 'any', display: 'Any' }] }],
    address,
    managingOrganization: { identifier: { system: ODS, value: record.odsCode } },
    identifier: [
      { system: 'https://fhir.nhs.uk/Id/nhsMhsFQDN', value: record.fqdn },
      { system: SDS_PARTY_KEY_SYSTEM, value: record.partyKey },
      { system: 'https://fhir.nhs.uk/Id/nhsMhsCPAId', value: record.cpaId },
      { system: 'https://fhir.nhs.uk/Id/nhsMHSId', value: record.mhsId },
    ],
    extension: [
      ...(reliability.length ? [{ url: 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ReliabilityConfiguration', extension: reliability }] : []),
      ...interactions.map(interactionExtension),
    ],
  };
}

/** An AS record as SDS's Device, shaped like the spec's `Device.json`. */
export function toDevice(record: AsRecord): Record<string, unknown> {
  return {
    resourceType: 'Device',
    id: sdsId(),
    identifier: [
      { system: 'https://fhir.nhs.uk/Id/nhsSpineASID', value: record.asid },
      { system: SDS_PARTY_KEY_SYSTEM, value: record.partyKey },
    ],
    extension: [
      {
        url: 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ManufacturingOrganisation',
        valueReference: { identifier: { system: ODS, value: record.manufacturer } },
      },
      ...record.interactions.map(interactionExtension),
    ],
    owner: { identifier: { system: ODS, value: record.odsCode } },
  };
}

/** A searchset Bundle as the SDS adaptor builds it: the request URL as `self`, `fullUrl` below the resource path. */
export function searchset(resources: Record<string, unknown>[], selfUrl: string, resourceBase: string): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    id: sdsId(),
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({ fullUrl: `${resourceBase}/${String(resource.id)}`, resource, search: { mode: 'match' } })),
  };
}
