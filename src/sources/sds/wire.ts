import type { FhirExtension, FhirIdentifier, FhirReference } from '../fhir.js';

/** SDS FHIR R4 Endpoint (an MHS record): the fields we read. */
export interface SdsEndpoint {
  resourceType: 'Endpoint';
  id: string;
  status?: string;
  address?: string;
  managingOrganization?: FhirReference;
  identifier?: FhirIdentifier[];
  extension?: FhirExtension[];
  [key: string]: unknown;
}

/** SDS FHIR R4 Device (an accredited system, AS record): the fields we read. */
export interface SdsDevice {
  resourceType: 'Device';
  id: string;
  identifier?: FhirIdentifier[];
  extension?: FhirExtension[];
  owner?: FhirReference;
  [key: string]: unknown;
}

export const ASID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsSpineASID';
export const PARTY_KEY_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMhsPartyKey';
export const INTERACTION_SYSTEM = 'https://fhir.nhs.uk/Id/nhsServiceInteractionId';
export const MHS_FQDN_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMhsFQDN';
export const MHS_CPA_ID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMhsCPAId';
export const MHS_ID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMHSId';
export const INTERACTION_EXTENSION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-NhsServiceInteractionId';
export const RELIABILITY_EXTENSION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ReliabilityConfiguration';
export const MANUFACTURER_EXTENSION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ManufacturingOrganisation';
