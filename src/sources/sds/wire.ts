import type { FhirExtension, FhirIdentifier, FhirReference } from '../fhir.js';
import { INTERACTION_ID_SYSTEM } from '../fhir-systems.js';
import { ASID_SYSTEM, MHS_CPA_ID_SYSTEM, MHS_FQDN_SYSTEM, MHS_ID_SYSTEM, PARTY_KEY_SYSTEM } from '../fhir-systems.js';
export { ASID_SYSTEM, MHS_CPA_ID_SYSTEM, MHS_FQDN_SYSTEM, MHS_ID_SYSTEM, PARTY_KEY_SYSTEM };

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

export const INTERACTION_SYSTEM = INTERACTION_ID_SYSTEM;
export const INTERACTION_EXTENSION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-NhsServiceInteractionId';
export const RELIABILITY_EXTENSION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ReliabilityConfiguration';
export const MANUFACTURER_EXTENSION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ManufacturingOrganisation';
