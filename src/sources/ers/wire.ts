import type { FhirCodeableConcept, FhirCoding, FhirExtension, FhirIdentifier, FhirReference } from '../fhir.js';
import {
  ERS_LIST_SELECTOR,
  ERS_REQUEST_ID_SYSTEM,
  ERS_SERVICE_SYSTEM,
  LEGACY_NHS_NUMBER_SYSTEM,
  LEGACY_SDS_USER_ID_SYSTEM,
  NHS_NUMBER_SYSTEM,
  ODS_CODE_SYSTEM,
  ODS_SITE_CODE_SYSTEM,
} from '../fhir-systems.js';

/**
 * e-Referral Service wire types (ers/CONTRACT.md): STU3 for referrals and worklists (CareConnect / eRS profiles), R4
 * for the service directory. Only the fields the graph reads are typed; everything else passes through in `resource`.
 */

/** e-RS's STU3 extensions carry a few value types beyond the shared FhirExtension. */
export interface ErsExtension extends FhirExtension {
  valueIdentifier?: FhirIdentifier;
  valueInstant?: string;
  valueDate?: string;
  extension?: ErsExtension[];
}

export interface ErsAttachment {
  id?: string;
  extension?: ErsExtension[];
  contentType?: string;
  url?: string;
  size?: number;
  title?: string;
  creation?: string;
}

export interface ErsDocumentReference {
  resourceType: 'DocumentReference';
  id: string;
  type?: FhirCodeableConcept;
  status?: string;
  indexed?: string;
  description?: string;
  content?: { attachment?: ErsAttachment }[];
}

export interface ErsShortlist {
  resourceType: 'List';
  id: string;
  entry?: { item?: FhirReference }[];
}

export interface ErsAppointmentParticipant {
  /** e-RS known issue: a single object where FHIR says array (CONTRACT.md quirks). Both shapes are accepted. */
  type?: FhirCodeableConcept | FhirCodeableConcept[];
  actor?: FhirReference;
  status?: string;
}

export interface ErsAppointment {
  resourceType: 'Appointment';
  id: string;
  status?: string;
  description?: string;
  start?: string;
  end?: string;
  created?: string;
  slot?: FhirReference[];
  participant?: ErsAppointmentParticipant[];
}

export interface ErsParameters {
  resourceType: 'Parameters';
  id?: string;
  parameter?: { name: string; valueCoding?: FhirCoding; valueString?: string; valueCodeableConcept?: FhirCodeableConcept; valueIdentifier?: FhirIdentifier }[];
}

export type ErsContained = ErsDocumentReference | ErsShortlist | ErsAppointment | ErsParameters;

/** A005: the STU3 ReferralRequest (eRS-ReferralRequest-1). Its id is the UBRN. */
export interface ErsReferralRequest {
  resourceType: 'ReferralRequest';
  id: string;
  meta?: { versionId?: string; profile?: string[] };
  extension?: ErsExtension[];
  contained?: ErsContained[];
  status?: string;
  specialty?: FhirCodeableConcept;
  subject?: FhirReference;
  supportingInfo?: FhirReference[];
  intent?: string;
  identifier?: FhirIdentifier[];
  [key: string]: unknown;
}

/** A008: a worklist (eRS-FetchWorklist-List-1). Each entry's item references a ReferralRequest by UBRN. */
export interface ErsWorklist {
  resourceType: 'List';
  contained?: { resourceType: string; id: string; identifier?: FhirIdentifier[] }[];
  entry?: { item?: FhirReference; extension?: ErsExtension[] }[];
}

/** A033 / A035: an R4 HealthcareService (eRS-HealthcareService). */
export interface ErsHealthcareService {
  resourceType: 'HealthcareService';
  id: string;
  meta?: { versionId?: string };
  active?: boolean;
  name?: string;
  location?: { identifier?: FhirIdentifier }[];
  type?: FhirCodeableConcept[];
  characteristic?: FhirCodeableConcept[];
  extension?: ErsExtension[];
  [key: string]: unknown;
}

/** A030's PractitionerRole (R4): one organisation and the e-RS business functions the user holds there. */
export interface ErsPractitionerRole {
  resourceType: 'PractitionerRole';
  id: string;
  organization?: { identifier?: { system?: string; value?: string } };
  code?: { coding?: { system?: string; code?: string }[] }[];
}

export const ERS = {
  stu3: 'https://fhir.nhs.uk/STU3/StructureDefinition/',
  appointmentExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-Appointment-1',
  appointmentReferenceExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-Appointment-Reference-1',
  priorityExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-ReferralPriority-1',
  shortlistExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-ReferralShortlist-1',
  commissioningOrgExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-Commissioning-Rule-Org-1',
  stateExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-ReferralState-1',
  pathwayStartExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-eReferralPathwayStart-1',
  infoFirstSubmittedExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-ClinicalInfoFirstSubmitted-1',
  infoLastUpdatedExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-ClinicalInfoLastUpdated-1',
  additionalRequirementExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-PatientAdditionalRequirement-1',
  availabilityExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-AvailabilityStatus-1',
  attachedByOrgExt: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-AttachedByOrganisation-1',
  requestIdSystem: ERS_REQUEST_ID_SYSTEM,
  serviceSystem: ERS_SERVICE_SYSTEM,
  nhsNumberSystems: [LEGACY_NHS_NUMBER_SYSTEM, NHS_NUMBER_SYSTEM],
  siteCodeSystem: ODS_SITE_CODE_SYSTEM,
  odsCodeSystem: ODS_CODE_SYSTEM,
  /** The SDS user id system of e-RS's STU3 schedules (A015's SlotClinicianSearch example). */
  sdsUserSystem: LEGACY_SDS_USER_ID_SYSTEM,
  listSelectorSystem: ERS_LIST_SELECTOR,
  worklistProfile: 'https://fhir.nhs.uk/STU3/StructureDefinition/eRS-FetchWorklist-Parameters-1',
} as const;

/** A010's answer (eRS-FetchServices-List-1): each entry a service summary (Extension-eRS-ServiceSummaryView-1). */
export interface ErsServiceList {
  resourceType: 'List';
  entry?: { extension?: ErsExtension[]; item?: FhirReference & { extension?: ErsExtension[] } }[];
}

/** A015's slots (CareConnect-Slot-1) and their schedules (CareConnect-Schedule-1), in one searchset. */
export interface ErsSlot {
  resourceType: 'Slot';
  id: string;
  schedule?: FhirReference;
  status?: string;
  start?: string;
  end?: string;
}
export interface ErsSchedule {
  resourceType: 'Schedule';
  id: string;
  actor?: FhirReference[];
}

/** A029's available action (CareConnect-Task-1, eRS-AvailableActionsForUser-1). */
export interface ErsTask {
  resourceType: 'Task';
  id: string;
  status?: string;
  intent?: string;
  focus?: FhirReference;
  code?: FhirCodeableConcept;
}
