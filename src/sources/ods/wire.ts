import type { FhirAddress, FhirCodeableConcept, FhirContactPoint, FhirExtension, FhirIdentifier } from '../fhir.js';

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
export const RECORD_CLASS_SYSTEM = 'https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRecordClass';
export const RECORD_USE_SYSTEM = 'https://fhir.nhs.uk/England/CodeSystem/England-ODSRecordUseType';
