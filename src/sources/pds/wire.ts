import type { FhirAddress, FhirCodeableConcept, FhirContactPoint, FhirExtension, FhirIdentifier, FhirPeriod, FhirReference } from '../fhir.js';

/** PDS FHIR R4 Patient as the wire carries it (pds/specification/components/schemas/Patient.yaml), fields we read. */
export interface PdsPatient {
  resourceType: 'Patient';
  id: string;
  identifier?: FhirIdentifier[];
  meta?: { versionId?: string; security?: { system?: string; code?: string; display?: string }[] };
  name?: PdsHumanName[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
  deceasedDateTime?: string;
  address?: FhirAddress[];
  telecom?: FhirContactPoint[];
  contact?: unknown[];
  generalPractitioner?: FhirReference[];
  extension?: FhirExtension[];
  [key: string]: unknown;
}

export interface PdsHumanName {
  id?: string;
  use?: string;
  period?: FhirPeriod;
  given?: string[];
  family?: string;
  prefix?: string[];
  suffix?: string[];
}

export interface JsonPatchOperation {
  op: 'add' | 'replace' | 'remove' | 'test';
  path: string;
  value?: unknown;
}

export const NOMINATED_PHARMACY_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy';
export const PHARMACY_EXTENSION_URLS = [
  NOMINATED_PHARMACY_URL,
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-PreferredDispenserOrganization',
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicalApplianceSupplier',
];

/** A PDS extension as RelatedPerson carries them (ContactRank is a positiveInt). */
export type PdsExtension = FhirExtension & { valuePositiveInt?: number };

/** PDS FHIR R4 RelatedPerson (pds/specification/components/schemas/RelatedPerson.yaml), fields we read. */
export interface PdsRelatedPerson {
  resourceType: 'RelatedPerson';
  id?: string;
  patient?: { identifier?: FhirIdentifier };
  active?: boolean;
  period?: FhirPeriod;
  name?: PdsHumanName[];
  address?: FhirAddress[];
  telecom?: FhirContactPoint[];
  relationship?: FhirCodeableConcept[];
  extension?: PdsExtension[];
  [key: string]: unknown;
}
