import type { FhirAddress, FhirCodeableConcept, FhirCoding, FhirExtension, FhirIdentifier, FhirPeriod, FhirReference } from '../fhir.js';
import { GPC_ORGANISATION_TYPE } from '../fhir-systems.js';
import { SDS_USER_ID_SYSTEM, UBRN_SYSTEM } from '../fhir-systems.js';
export { SDS_USER_ID_SYSTEM, UBRN_SYSTEM };

/**
 * GP Connect's FHIR STU3 resources as the wire carries them (gpc-structured, gpc-appointments, gpc-documents examples):
 * only the fields the graph reads; everything else passes through in `resource`.
 */
export interface StuResource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; profile?: string[]; lastUpdated?: string };
  extension?: FhirExtension[];
  contained?: StuResource[];
  [key: string]: unknown;
}

export interface StuAnnotation {
  text?: string;
}

export interface StuList extends StuResource {
  resourceType: 'List';
  title?: string;
  code?: FhirCodeableConcept;
  encounter?: FhirReference;
  entry?: { item?: FhirReference }[];
  emptyReason?: FhirCodeableConcept;
  note?: StuAnnotation[];
}

export interface StuAllergyIntolerance extends StuResource {
  resourceType: 'AllergyIntolerance';
  clinicalStatus?: string;
  verificationStatus?: string;
  type?: string;
  category?: string[];
  criticality?: string;
  code?: FhirCodeableConcept;
  assertedDate?: string;
  onsetDateTime?: string;
  reaction?: { manifestation?: FhirCodeableConcept[]; severity?: string; description?: string }[];
  note?: StuAnnotation[];
}

export interface StuMedicationStatement extends StuResource {
  resourceType: 'MedicationStatement';
  status?: string;
  basedOn?: FhirReference[];
  medicationReference?: FhirReference;
  effectiveDateTime?: string;
  effectivePeriod?: FhirPeriod;
  dateAsserted?: string;
  dosage?: { text?: string; patientInstruction?: string }[];
  note?: StuAnnotation[];
}

export interface StuMedicationRequest extends StuResource {
  resourceType: 'MedicationRequest';
  status?: string;
  intent?: 'plan' | 'order' | string;
  basedOn?: FhirReference[];
  medicationReference?: FhirReference;
  authoredOn?: string;
  dosageInstruction?: { text?: string; patientInstruction?: string }[];
  dispenseRequest?: {
    validityPeriod?: FhirPeriod;
    quantity?: { value?: string | number; unit?: string; extension?: FhirExtension[] };
    expectedSupplyDuration?: { value?: string | number; unit?: string };
  };
}

export interface StuMedication extends StuResource {
  resourceType: 'Medication';
  code?: FhirCodeableConcept;
}

export interface StuCondition extends StuResource {
  resourceType: 'Condition';
  clinicalStatus?: string;
  code?: FhirCodeableConcept;
  onsetDateTime?: string;
  abatementDateTime?: string;
  assertedDate?: string;
  note?: StuAnnotation[];
}

export interface StuImmunization extends StuResource {
  resourceType: 'Immunization';
  status?: string;
  notGiven?: boolean;
  vaccineCode?: FhirCodeableConcept;
  date?: string;
  primarySource?: boolean;
  lotNumber?: string;
  site?: FhirCodeableConcept;
  route?: FhirCodeableConcept;
  note?: StuAnnotation[];
}

export interface StuEncounter extends StuResource {
  resourceType: 'Encounter';
  status?: string;
  type?: FhirCodeableConcept[];
  period?: FhirPeriod;
  participant?: { individual?: FhirReference }[];
  location?: { location?: FhirReference }[];
}

export interface StuReferralRequest extends StuResource {
  resourceType: 'ReferralRequest';
  identifier?: FhirIdentifier[];
  status?: string;
  intent?: string;
  priority?: string;
  authoredOn?: string;
  description?: string;
  reasonCode?: FhirCodeableConcept[];
  recipient?: FhirReference[];
}

export interface StuDiagnosticReport extends StuResource {
  resourceType: 'DiagnosticReport';
  status?: string;
  code?: FhirCodeableConcept;
  issued?: string;
  conclusion?: string;
  result?: FhirReference[];
}

export interface StuObservation extends StuResource {
  resourceType: 'Observation';
  status?: string;
  code?: FhirCodeableConcept;
  effectiveDateTime?: string;
  valueQuantity?: { value?: number; unit?: string };
  valueString?: string;
  valueCodeableConcept?: FhirCodeableConcept;
  interpretation?: FhirCodeableConcept;
  comment?: string;
  /** Uncategorised data: a blood pressure's systolic and diastolic readings (GP Connect's Observation, component). */
  component?: StuObservationComponent[];
}

export interface StuObservationComponent {
  code?: FhirCodeableConcept;
  valueQuantity?: { value?: number; unit?: string };
  valueString?: string;
  valueCodeableConcept?: FhirCodeableConcept;
  interpretation?: FhirCodeableConcept;
}

/** A diary entry (GP Connect's CareConnect-GPC-ProcedureRequest-1): a planned activity not yet done. */
export interface StuProcedureRequest extends StuResource {
  resourceType: 'ProcedureRequest';
  status?: string;
  intent?: string;
  code?: FhirCodeableConcept;
  occurrenceDateTime?: string;
  occurrencePeriod?: { start?: string; end?: string };
  authoredOn?: string;
  reasonCode?: FhirCodeableConcept[];
  note?: StuAnnotation[];
}

export interface StuOrganization extends StuResource {
  resourceType: 'Organization';
  identifier?: FhirIdentifier[];
  name?: string;
}

export interface StuPractitioner extends StuResource {
  resourceType: 'Practitioner';
  identifier?: FhirIdentifier[];
  name?: { family?: string; given?: string[]; prefix?: string[] }[];
}

export interface StuLocation extends StuResource {
  resourceType: 'Location';
  name?: string;
  address?: FhirAddress;
  managingOrganization?: FhirReference;
}

export interface StuPatient extends StuResource {
  resourceType: 'Patient';
  identifier?: FhirIdentifier[];
  managingOrganization?: FhirReference;
}

export interface StuSlot extends StuResource {
  resourceType: 'Slot';
  status?: string;
  start?: string;
  end?: string;
  schedule?: FhirReference;
  serviceType?: FhirCodeableConcept[];
}

export interface StuSchedule extends StuResource {
  resourceType: 'Schedule';
  actor?: FhirReference[];
  serviceCategory?: FhirCodeableConcept;
}

export interface StuAppointment extends StuResource {
  resourceType: 'Appointment';
  status?: string;
  description?: string;
  comment?: string;
  start?: string;
  end?: string;
  minutesDuration?: number;
  created?: string;
  slot?: FhirReference[];
  serviceCategory?: FhirCodeableConcept;
  serviceType?: FhirCodeableConcept[];
  participant?: { actor?: FhirReference; status?: string }[];
}

export interface StuDocumentReference extends StuResource {
  resourceType: 'DocumentReference';
  status?: string;
  type?: FhirCodeableConcept;
  subject?: FhirReference;
  created?: string;
  indexed?: string;
  author?: FhirReference[];
  custodian?: FhirReference;
  description?: string;
  content?: { attachment?: { contentType?: string; url?: string; size?: number; title?: string } }[];
}

export interface StuBinary extends StuResource {
  resourceType: 'Binary';
  contentType?: string;
  content?: string;
}

export interface StuBundle {
  resourceType: 'Bundle';
  id?: string;
  type?: string;
  entry?: { fullUrl?: string; resource?: StuResource }[];
}

export interface StuParameter {
  name: string;
  valueIdentifier?: FhirIdentifier;
  valueBoolean?: boolean;
  valueDate?: string;
  valueCode?: string;
  valuePeriod?: FhirPeriod;
  valuePositiveInt?: number;
  part?: StuParameter[];
}

export interface StuParameters {
  resourceType: 'Parameters';
  meta?: { profile?: string[] };
  parameter: StuParameter[];
}

export type { FhirCoding };

export const STRUCTURED_PARAMETERS_PROFILE = 'https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-GetStructuredRecord-Operation-1';
export const APPOINTMENT_PROFILE = 'https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1';
export const ORGANIZATION_PROFILE = 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1';
export const ORGANISATION_TYPE_SYSTEM = GPC_ORGANISATION_TYPE;
export const BOOKING_ORGANISATION_URL = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1';
export const CANCELLATION_REASON_URL = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1';
export const DELIVERY_CHANNEL_URL = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2';
export const PRACTITIONER_ROLE_URL = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1';
/** The contract's size limit for one document (gpc-documents/CONTRACT.md): bigger files are not served. */
export const DOCUMENT_SIZE_LIMIT_BYTES = 5 * 1024 * 1024;
