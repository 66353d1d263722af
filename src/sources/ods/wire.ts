import type { FhirAddress, FhirCodeableConcept, FhirContactPoint, FhirExtension, FhirIdentifier } from '../fhir.js';
import { ODS_CODE_SYSTEM, ODS_ORGANISATION_ROLE, ODS_RECORD_CLASS, ODS_RECORD_USE } from '../fhir-systems.js';

/** ODS Terminology API Organization (England-Organization-ODS profile), fields we read. */
export interface OdsOrganization {
  resourceType: 'Organization';
  id: string;
  identifier?: FhirIdentifier[];
  active?: boolean;
  type?: FhirCodeableConcept[];
  name?: string;
  telecom?: FhirContactPoint[];
  address?: FhirAddress[];
  extension?: FhirExtension[];
  [key: string]: unknown;
}

export const ROLE_EXTENSION_URL = 'https://fhir.nhs.uk/England/StructureDefinition/Extension-England-OrganisationRole';
export const TYPED_PERIOD_URL = 'https://fhir.nhs.uk/England/StructureDefinition/Extension-England-TypedPeriod';
export const TYPED_DATE_URL = 'https://fhir.nhs.uk/England/StructureDefinition/Extension-England-TypedDateTime';
export const RECORD_CLASS_SYSTEM = ODS_RECORD_CLASS;
export const RECORD_USE_SYSTEM = ODS_RECORD_USE;

/** The ODS Organisation Role CodeSystem: each role's Primary/Non Primary indicator is its `primaryRole` property. */
export const ROLE_CODE_SYSTEM = ODS_ORGANISATION_ROLE;
/** The ods-organization-code CodeSystem: what the Organization resource leaves out (related entities, succession). */
export const ORGANISATION_CODE_SYSTEM = ODS_CODE_SYSTEM;

/** One `parameter` of a CodeSystem lookup's Parameters answer. */
export interface OdsLookupParameter {
  name: string;
  valueCode?: string;
  valueString?: string;
  valueBoolean?: boolean;
  valueUri?: string;
  valueDateTime?: string;
  valueCoding?: { system?: string; code?: string; display?: string };
  part?: OdsLookupParameter[];
}

/** `GET /CodeSystem/?system=…&code=…`: a FHIR Parameters resource (examples/extracted-from-spec/CodeSystem-lookup-200.json). */
export interface OdsLookup {
  resourceType: 'Parameters';
  parameter?: OdsLookupParameter[];
}
