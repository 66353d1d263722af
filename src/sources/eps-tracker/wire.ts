import type { FhirCodeableConcept, FhirCoding, FhirExtension, FhirIdentifier, FhirReference } from '../fhir.js';
import { EPS_TASK_BUSINESS_STATUS, PRESCRIPTION_ITEM_ID_SYSTEM } from '../fhir-systems.js';
import { PRESCRIPTION_ID_SYSTEM } from '../fhir-systems.js';
export { PRESCRIPTION_ID_SYSTEM };

/** Clinical Prescription Tracker API (eps-tracker/CONTRACT.md): the resources of its searchset Bundles, fields we read. */
export interface TrackerRequestGroup {
  resourceType: 'RequestGroup';
  id?: string;
  identifier?: FhirIdentifier[];
  subject?: FhirReference;
  status?: string;
  intent?: string;
  authoredOn?: string;
  author?: { identifier?: FhirIdentifier; reference?: string };
  extension?: FhirExtension[];
  action?: TrackerAction[];
  [key: string]: unknown;
}

export interface TrackerAction {
  title?: string;
  timingDateTime?: string;
  code?: FhirCodeableConcept[];
  resource?: FhirReference;
  participant?: { extension?: (FhirExtension & { valueReference?: { identifier?: FhirIdentifier } })[] }[];
  action?: TrackerAction[];
  [key: string]: unknown;
}

export interface TrackerMedicationRequest {
  resourceType: 'MedicationRequest';
  id?: string;
  identifier?: FhirIdentifier[];
  status?: string;
  intent?: string;
  requester?: FhirReference;
  performer?: { identifier?: FhirIdentifier | FhirIdentifier[] };
  groupIdentifier?: FhirIdentifier;
  medicationCodeableConcept?: FhirCodeableConcept;
  courseOfTherapyType?: FhirCodeableConcept;
  dispenseRequest?: { quantity?: { value?: number; unit?: string }; performer?: { identifier?: FhirIdentifier | FhirIdentifier[] } };
  dosageInstruction?: { text?: string }[];
  statusReason?: FhirCodeableConcept;
  extension?: FhirExtension[];
  [key: string]: unknown;
}

export interface TrackerMedicationDispense {
  resourceType: 'MedicationDispense';
  id?: string;
  identifier?: FhirIdentifier[];
  status?: string;
  performer?: { actor?: FhirReference }[];
  type?: FhirCodeableConcept;
  authorizingPrescription?: FhirReference[];
  medicationCodeableConcept?: FhirCodeableConcept;
  quantity?: { value?: number; unit?: string };
  whenHandedOver?: string;
  extension?: FhirExtension[];
  [key: string]: unknown;
}

export interface TrackerPractitionerRole {
  resourceType: 'PractitionerRole';
  id?: string;
  organization?: { identifier?: FhirIdentifier; reference?: string };
  [key: string]: unknown;
}

export interface TrackerPatient {
  resourceType: 'Patient';
  id?: string;
  identifier?: FhirIdentifier[];
  [key: string]: unknown;
}

export type TrackerResource = TrackerRequestGroup | TrackerMedicationRequest | TrackerMedicationDispense | TrackerPractitionerRole | TrackerPatient;

export interface TrackerEntry {
  fullUrl?: string;
  search?: { mode?: string };
  resource: TrackerResource | { resourceType: string; [key: string]: unknown };
}

export interface TrackerBundle {
  resourceType: 'Bundle';
  type?: string;
  total?: number;
  entry?: TrackerEntry[];
}

export type { FhirCoding };

export const ITEM_ID_SYSTEM = PRESCRIPTION_ITEM_ID_SYSTEM;
export const BUSINESS_STATUS_SYSTEM = EPS_TASK_BUSINESS_STATUS;
export const STATUS_HISTORY_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-PrescriptionStatusHistory';
export const REPEAT_INFORMATION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-RepeatInformation';
export const PENDING_CANCELLATION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-PendingCancellation';
export const PRESCRIPTION_TYPE_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-PrescriptionType';
export const DISPENSING_INFORMATION_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-DispensingInformation';
export const TASK_BUSINESS_STATUS_URL = 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-TaskBusinessStatus';
export const LINE_ITEMS_TITLE = 'Prescription Line Items(Medications)';
export const STATUS_TRANSITIONS_TITLE = 'Prescription status transitions';
