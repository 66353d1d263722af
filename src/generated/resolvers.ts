import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PatientModel } from '../sources/pds/mapper.js';
import type { OrganisationRef, OrganisationRoleModel } from '../sources/ods/mapper.js';
import type { OrganisationRelationshipModel } from '../sources/ods/terminology.js';
import type { CitizenPrincipal } from '../auth/principal.js';
import type { GpRecordRef, GpConsultationModel, GpReferralModel, GpInvestigationModel, GpObservationModel } from '../sources/gp-connect/structured-record.js';
import type { GpCodeModel } from '../sources/gp-connect/stu3.js';
import type { GpAllergyModel, GpMedicationModel, GpMedicationIssueModel, GpMedicationStatementModel, GpProblemModel, GpImmunisationModel } from '../sources/gp-connect/record-mapper.js';
import type { GpRecordListModel } from '../sources/gp-connect/record-lists.js';
import type { ClinicalDocumentModel, DocumentContentModel, GpPractitionerModel } from '../sources/gp-connect/documents-mapper.js';
import type { SlotModel, AppointmentModel, GpLocationModel } from '../sources/gp-connect/appointments-mapper.js';
import type { SpineEndpointModel } from '../sources/sds/mapper.js';
import type { HealthContentModel, HealthContentSummaryModel } from '../sources/content/mapper.js';
import type { WaitingListEntryModel } from '../sources/wlmds/mapper.js';
import type { PrescriptionModel, LineItemModel, DispenseModel, StatusTransitionModel } from '../sources/eps-tracker/mapper.js';
import type { PreparedModel, WriteOutcomeModel, CancellationModel, ReleaseModel, ReleasedPrescriptionModel } from '../sources/eps/mapper.js';
import type { ReferralModel, ReferralServiceModel, ReferralAppointmentModel, ReferralAttachmentModel } from '../sources/ers/mapper.js';
import type { BarsServiceRequestModel, BarsAppointmentModel, BarsSlotModel, BarsMessageResultModel } from '../sources/bars/mapper.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 calendar date: 2010-10-22. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date and time with offset. */
  DateTime: { input: string; output: string; }
  /**
   * A Spine service interaction id (urn:nhs:names:services:<service>:<interaction>). Malformed ids are refused before any
   * upstream call (BAD_USER_INPUT, reason INVALID_INTERACTION_ID).
   */
  InteractionId: { input: string; output: string; }
  /** Any JSON value: the upstream FHIR resource a graph object was mapped from, verbatim. */
  JSON: { input: unknown; output: unknown; }
  /**
   * A 10-digit NHS number. Spaces are accepted on input; the Modulus 11 check digit is verified before any upstream call
   * (BAD_USER_INPUT, reason INVALID_NHS_NUMBER).
   */
  NhsNumber: { input: string; output: string; }
  /**
   * An ODS organisation code (3 to 10 letters and digits, any case on input, upper case on output). Malformed codes are
   * refused before any upstream call (BAD_USER_INPUT, reason INVALID_ODS_CODE).
   */
  OdsCode: { input: string; output: string; }
  /**
   * An EPS short-form prescription id, `XXXXXX-PPPPPP-XXXXXC`: six hex digits, the prescriber's ODS code padded to six,
   * five hex digits and a check character (ISO 7064 MOD 37-2; `+` is valid). Any case on input, upper case on output.
   * A malformed id or a wrong check character is refused before any upstream call (BAD_USER_INPUT, reason
   * INVALID_PRESCRIPTION_ID).
   */
  PrescriptionId: { input: string; output: string; }
  /**
   * An e-RS Unique Booking Reference Number: 12 digits, kept a string (leading zeros matter). Three groups of four
   * separated by spaces or hyphens are accepted on input. Anything else is refused before any upstream call
   * (BAD_USER_INPUT, reason INVALID_UBRN).
   */
  Ubrn: { input: string; output: string; }
};

export type About = {
  __typename?: 'About';
  /** embedded | sandbox | int | prod */
  environment: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type Address = {
  __typename?: 'Address';
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  district?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  lines: Array<Scalars['String']['output']>;
  period?: Maybe<Period>;
  postalCode?: Maybe<Scalars['String']['output']>;
  use?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  lines: Array<Scalars['String']['input']>;
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  use: Scalars['String']['input'];
};

/** A GP appointment from GP Connect. */
export type Appointment = {
  __typename?: 'Appointment';
  /** The organisation that booked it. */
  bookingOrganisation?: Maybe<BookingOrganisation>;
  cancellationReason?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  created?: Maybe<Scalars['DateTime']['output']>;
  deliveryChannel?: Maybe<DeliveryChannel>;
  description?: Maybe<Scalars['String']['output']>;
  end?: Maybe<Scalars['DateTime']['output']>;
  /**
   * `{practice ODS code}:{the GP system's id}`, so a read, amend or cancel by id goes to that practice's GP Connect
   * (found in the Spine Directory). The GP system's id alone is accepted too and goes to the platform's provider.
   */
  id: Scalars['ID']['output'];
  location?: Maybe<GpLocation>;
  minutesDuration?: Maybe<Scalars['Int']['output']>;
  nhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** The patient, from PDS. */
  patient?: Maybe<Patient>;
  /** The practice, from ODS. */
  practice?: Maybe<Organisation>;
  practiceOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  practitioner?: Maybe<GpPractitioner>;
  practitionerRole?: Maybe<GpCode>;
  /** The STU3 Appointment, verbatim. */
  resource: Scalars['JSON']['output'];
  serviceCategory?: Maybe<Scalars['String']['output']>;
  serviceType?: Maybe<Scalars['String']['output']>;
  slotIds: Array<Scalars['String']['output']>;
  start?: Maybe<Scalars['DateTime']['output']>;
  /** booked | cancelled | arrived | fulfilled | noshow ... */
  status?: Maybe<Scalars['String']['output']>;
  /** The version (meta.versionId) to pass to amendAppointment and cancelAppointment. */
  version?: Maybe<Scalars['String']['output']>;
};

export type AppointmentChangesInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
};

export type BarsAppointment = {
  __typename?: 'BarsAppointment';
  created?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  end?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  /** When a participant names the patient by NHS number (what makes the booking a patient's, for the access rules). */
  patientNhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  resource: Scalars['JSON']['output'];
  /** The ServiceRequests the booking is based on. */
  serviceRequestReferences: Array<Scalars['String']['output']>;
  slotReferences: Array<Scalars['String']['output']>;
  start?: Maybe<Scalars['DateTime']['output']>;
  status?: Maybe<Scalars['String']['output']>;
};

/** The receiver's synchronous answer to a sent message. */
export type BarsMessageResult = {
  __typename?: 'BarsMessageResult';
  /** The booking as the receiver recorded it, when its reply carries one. */
  appointment?: Maybe<BarsAppointment>;
  event: Scalars['String']['output'];
  /** The Bundle id sent: quote it to the receiver; resending it is refused as a duplicate. */
  messageId: Scalars['ID']['output'];
  /** The reply Bundle, verbatim. */
  reply?: Maybe<Scalars['JSON']['output']>;
  /** The receiver's MessageHeader.response.code (ok, transient-error, fatal-error), when its reply has one. */
  responseCode?: Maybe<Scalars['String']['output']>;
  /** The referral as the receiver recorded it, when its reply carries one. */
  serviceRequest?: Maybe<BarsServiceRequest>;
};

export type BarsServiceRequest = {
  __typename?: 'BarsServiceRequest';
  authoredOn?: Maybe<Scalars['DateTime']['output']>;
  /** referral, validation, ... (message-category-servicerequest) */
  category?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  intent?: Maybe<Scalars['String']['output']>;
  occurrenceEnd?: Maybe<Scalars['DateTime']['output']>;
  occurrenceStart?: Maybe<Scalars['DateTime']['output']>;
  /** When the receiver names the patient by NHS number. */
  patientNhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  resource: Scalars['JSON']['output'];
  /** active, revoked, completed, ... */
  status?: Maybe<Scalars['String']['output']>;
};

export type BarsSlot = {
  __typename?: 'BarsSlot';
  end?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  resource: Scalars['JSON']['output'];
  scheduleReference?: Maybe<Scalars['String']['output']>;
  start?: Maybe<Scalars['DateTime']['output']>;
  /** free or busy */
  status?: Maybe<Scalars['String']['output']>;
};

/**
 * A receiving service in the Booking and Referral Standard's Endpoint Catalogue, e.g. system
 * https://fhir.nhs.uk/Id/dos-service-id and value 2000072489. Sent base64-encoded in NHSD-Target-Identifier.
 */
export type BarsTargetInput = {
  system: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type BookAppointmentInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  nhsNumber: Scalars['NhsNumber']['input'];
  /** Slot ids from freeSlots: one, or several adjacent in one schedule. */
  slotIds: Array<Scalars['ID']['input']>;
};

export type BookingOrganisation = {
  __typename?: 'BookingOrganisation';
  name?: Maybe<Scalars['String']['output']>;
  odsCode?: Maybe<Scalars['OdsCode']['output']>;
};

/** A citizen signed in with NHS login, as their ID token describes them. */
export type Citizen = {
  __typename?: 'Citizen';
  birthDate?: Maybe<Scalars['Date']['output']>;
  familyName?: Maybe<Scalars['String']['output']>;
  identityLevel: IdentityLevel;
  /** Their NHS number (P5 and P9 sign-ins with the profile scope). */
  nhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** Their own record from PDS. FORBIDDEN below identity level P9; null without an NHS number. */
  patient?: Maybe<Patient>;
  /** NHS login's stable subject identifier for this account. */
  subject: Scalars['String']['output'];
  /** The vector of trust NHS login asserted, e.g. P9.Cp.Cd. */
  vectorOfTrust: Scalars['String']['output'];
};

/** A document held in the GP record: its metadata, and its file on demand. */
export type ClinicalDocument = {
  __typename?: 'ClinicalDocument';
  /** The authoring organisation, from ODS. */
  author?: Maybe<Organisation>;
  authorOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  authorPractitioner?: Maybe<GpPractitioner>;
  /** False when the practice holds only a placeholder; unavailableReason says why. */
  available: Scalars['Boolean']['output'];
  /**
   * The file. Over GP Connect's 5 MB limit it is NOT_FOUND with reason DOCUMENT_TOO_LARGE, never a truncated file; a
   * placeholder is NOT_FOUND with reason DOCUMENT_UNAVAILABLE. Neither makes a call.
   */
  content?: Maybe<DocumentContent>;
  contentType?: Maybe<Scalars['String']['output']>;
  created?: Maybe<Scalars['String']['output']>;
  custodianOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indexed?: Maybe<Scalars['String']['output']>;
  /** The STU3 DocumentReference, verbatim. */
  resource: Scalars['JSON']['output'];
  /** Size in bytes as the GP system recorded it. */
  size?: Maybe<Scalars['Int']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  type?: Maybe<GpCode>;
  unavailableReason?: Maybe<Scalars['String']['output']>;
};

export type Coding = {
  __typename?: 'Coding';
  code?: Maybe<Scalars['String']['output']>;
  display?: Maybe<Scalars['String']['output']>;
  system?: Maybe<Scalars['String']['output']>;
};

/** Communication needs (PDS extension UKCore-NHSCommunication). */
export type Communication = {
  __typename?: 'Communication';
  /** True when an interpreter is required. */
  interpreterRequired?: Maybe<Scalars['Boolean']['output']>;
  /** The preferred language code (UKCore-HumanLanguage: ISO 639-1, plus q1 Braille ... q5 Makaton). */
  language?: Maybe<Scalars['String']['output']>;
  /** The language's display name, as PDS sends it. */
  languageDisplay?: Maybe<Scalars['String']['output']>;
};

/** Communication needs to set on a PDS record: replaces the whole UKCore-NHSCommunication extension. */
export type CommunicationInput = {
  interpreterRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The preferred language code (UKCore-HumanLanguage: a two-letter ISO 639-1 code, or q1 Braille, q2 American, q3
   * Australian, q4 British Sign Language, q5 Makaton). Never English (en): PDS refuses it.
   */
  language: Scalars['String']['input'];
};

export type ContactPoint = {
  __typename?: 'ContactPoint';
  id?: Maybe<Scalars['String']['output']>;
  period?: Maybe<Period>;
  /** phone | email | fax | url | ... */
  system?: Maybe<Scalars['String']['output']>;
  use?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type ContactPointInput = {
  system: Scalars['String']['input'];
  use?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};

/** Contact preferences (PDS extension UKCore-ContactPreference). */
export type ContactPreferences = {
  __typename?: 'ContactPreferences';
  /** The preferred contact method. */
  method?: Maybe<PreferredContactMethod>;
  /** Free text, at most 40 characters (for example 'Not after 7pm'). */
  times?: Maybe<Scalars['String']['output']>;
  /** The preferred written communication format. */
  writtenFormat?: Maybe<PreferredWrittenFormat>;
};

/** Contact preferences to set on a PDS record: replaces the whole UKCore-ContactPreference extension. */
export type ContactPreferencesInput = {
  method?: InputMaybe<PreferredContactMethod>;
  /** Free text, at most 40 characters; PDS requires a method when times are given. */
  times?: InputMaybe<Scalars['String']['input']>;
  writtenFormat?: InputMaybe<PreferredWrittenFormat>;
};

export type DeliveryChannel =
  | 'IN_PERSON'
  | 'TELEPHONE'
  | 'VIDEO';

export type DocumentContent = {
  __typename?: 'DocumentContent';
  /** The file, base64-encoded, whole. */
  base64: Scalars['String']['output'];
  contentType?: Maybe<Scalars['String']['output']>;
  /** Bytes of the file. */
  size: Scalars['Int']['output'];
};

export type EpsWriteResult = {
  __typename?: 'EpsWriteResult';
  accepted: Scalars['Boolean']['output'];
  /** The X-Request-ID the write went with: quote it to NHS support, or pass it as `requestId` to retry safely. */
  requestId: Scalars['ID']['output'];
  resource?: Maybe<Scalars['JSON']['output']>;
};

/**
 * The closed list of `extensions.code` values an error of this graph carries (src/errors.ts). No field returns it: it is
 * here so that an app's codegen types `extensions.code` (the SDK exports it as `ErrorCode`). The `reason` extension says
 * more (INVALID_NHS_NUMBER, STALE_VERSION, ...).
 */
export type ErrorCode =
  /** The request is wrong: malformed input, an invalid identifier, an unsupported content type. See `reason`. */
  | 'BAD_USER_INPUT'
  /** The record's state forbids the change: reading again will not help. */
  | 'CONFLICT'
  /** The caller may not read or change this (role, identity level, relationship, host). */
  | 'FORBIDDEN'
  /** A fault of the graph itself (logged on the server). */
  | 'INTERNAL_SERVER_ERROR'
  /** No such record upstream. */
  | 'NOT_FOUND'
  /** The operation is over a depth, cost, alias, token or batch limit. */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests: wait `retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** No valid bearer token: sign in again. */
  | 'UNAUTHENTICATED'
  /** The NHS API answered with an error (`upstream` says which, with its request id). */
  | 'UPSTREAM_ERROR'
  /** The NHS API did not answer in time. */
  | 'UPSTREAM_TIMEOUT'
  /** The NHS API is down or its circuit breaker is open. */
  | 'UPSTREAM_UNAVAILABLE'
  /** The version sent is not the current one, or none was sent: read it again. */
  | 'VERSION_CONFLICT';

export type FailedRelease = {
  __typename?: 'FailedRelease';
  code?: Maybe<Scalars['String']['output']>;
  display?: Maybe<Scalars['String']['output']>;
  prescriptionId?: Maybe<Scalars['String']['output']>;
};

export type Gender =
  | 'female'
  | 'male'
  | 'other'
  | 'unknown';

export type GpAllergy = {
  __typename?: 'GpAllergy';
  assertedDate?: Maybe<Scalars['String']['output']>;
  /** food | medication | environment | biologic */
  categories: Array<Scalars['String']['output']>;
  /** active | resolved */
  clinicalStatus?: Maybe<Scalars['String']['output']>;
  code?: Maybe<GpCode>;
  criticality?: Maybe<Scalars['String']['output']>;
  /** When a resolved allergy ended, and why. */
  endDate?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  notes: Array<Scalars['String']['output']>;
  onset?: Maybe<Scalars['String']['output']>;
  reactions: Array<GpAllergyReaction>;
  /** The STU3 AllergyIntolerance, verbatim. */
  resource: Scalars['JSON']['output'];
  /** allergy | intolerance */
  type?: Maybe<Scalars['String']['output']>;
  verificationStatus?: Maybe<Scalars['String']['output']>;
};

export type GpAllergyReaction = {
  __typename?: 'GpAllergyReaction';
  description?: Maybe<Scalars['String']['output']>;
  manifestations: Array<GpCode>;
  /** mild | moderate | severe */
  severity?: Maybe<Scalars['String']['output']>;
};

/** A coded clinical value: the clinician's text and every coding (SNOMED CT, ...) the practice sent. */
export type GpCode = {
  __typename?: 'GpCode';
  codings: Array<Coding>;
  /** The text, else the first coding's display. */
  display?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

export type GpConsultation = {
  __typename?: 'GpConsultation';
  end?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  /** The STU3 Encounter, verbatim. */
  resource: Scalars['JSON']['output'];
  start?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<GpCode>;
};

/** A diary entry: a planned activity not yet done (GP Connect Access Record: Structured, ProcedureRequest). */
export type GpDiaryEntry = {
  __typename?: 'GpDiaryEntry';
  /** When the entry was made. */
  authoredOn?: Maybe<Scalars['String']['output']>;
  /** What is planned. A completed-action code here still means the action is only planned (GP Connect's diary guidance). */
  code?: Maybe<GpCode>;
  id?: Maybe<Scalars['String']['output']>;
  notes: Array<Scalars['String']['output']>;
  /** The end of a planned period; null for a single planned date. */
  plannedEnd?: Maybe<Scalars['String']['output']>;
  /** When it is planned: a date, or the start of a planned period. */
  plannedStart?: Maybe<Scalars['String']['output']>;
  reasons: Array<GpCode>;
  /** The STU3 ProcedureRequest, verbatim. */
  resource: Scalars['JSON']['output'];
  /** active, as GP Connect sends diary entries (incomplete planned actions). */
  status?: Maybe<Scalars['String']['output']>;
};

export type GpImmunisation = {
  __typename?: 'GpImmunisation';
  date?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  lotNumber?: Maybe<Scalars['String']['output']>;
  notGiven: Scalars['Boolean']['output'];
  notes: Array<Scalars['String']['output']>;
  /** The vaccination procedure (which dose of what), when the practice coded it. */
  procedure?: Maybe<GpCode>;
  resource: Scalars['JSON']['output'];
  route?: Maybe<GpCode>;
  site?: Maybe<GpCode>;
  status?: Maybe<Scalars['String']['output']>;
  vaccine?: Maybe<GpCode>;
};

export type GpInvestigation = {
  __typename?: 'GpInvestigation';
  code?: Maybe<GpCode>;
  conclusion?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  issued?: Maybe<Scalars['String']['output']>;
  /** The STU3 DiagnosticReport, verbatim. */
  resource: Scalars['JSON']['output'];
  results: Array<GpObservation>;
  status?: Maybe<Scalars['String']['output']>;
};

export type GpLocation = {
  __typename?: 'GpLocation';
  address?: Maybe<Address>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type GpMedication = {
  __typename?: 'GpMedication';
  code?: Maybe<GpCode>;
  /** The medicine's page on nhs.uk (medicines A–Z), matched on its code or name; null when nhs.uk has none. */
  healthContent?: Maybe<HealthContent>;
  id?: Maybe<Scalars['String']['output']>;
  resource: Scalars['JSON']['output'];
};

export type GpMedicationIssue = {
  __typename?: 'GpMedicationIssue';
  authoredOn?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  /** Quantity as the prescriber wrote it. */
  quantity?: Maybe<Scalars['String']['output']>;
  /** The STU3 MedicationRequest (intent order), verbatim. */
  resource: Scalars['JSON']['output'];
  status?: Maybe<Scalars['String']['output']>;
};

export type GpMedicationStatement = {
  __typename?: 'GpMedicationStatement';
  dateAsserted?: Maybe<Scalars['String']['output']>;
  dosage?: Maybe<Scalars['String']['output']>;
  effectiveEnd?: Maybe<Scalars['String']['output']>;
  effectiveStart?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  issues: Array<GpMedicationIssue>;
  lastIssueDate?: Maybe<Scalars['String']['output']>;
  medication?: Maybe<GpMedication>;
  notes: Array<Scalars['String']['output']>;
  patientInstruction?: Maybe<Scalars['String']['output']>;
  /** acute | repeat | repeat-dispensing | ... (from the authorising MedicationRequest) */
  prescriptionType?: Maybe<Scalars['String']['output']>;
  repeatsAllowed?: Maybe<Scalars['Int']['output']>;
  repeatsIssued?: Maybe<Scalars['Int']['output']>;
  resource: Scalars['JSON']['output'];
  /** active | completed | stopped ... */
  status?: Maybe<Scalars['String']['output']>;
};

export type GpObservation = {
  __typename?: 'GpObservation';
  code?: Maybe<GpCode>;
  comment?: Maybe<Scalars['String']['output']>;
  /** The observation's components: a blood pressure's systolic and diastolic readings; empty for a single value. */
  components: Array<GpObservationComponent>;
  effective?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  interpretation?: Maybe<GpCode>;
  resource: Scalars['JSON']['output'];
  status?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

/** One component of an observation (a blood pressure's systolic and diastolic readings), GP Connect Observation.component. */
export type GpObservationComponent = {
  __typename?: 'GpObservationComponent';
  code?: Maybe<GpCode>;
  interpretation?: Maybe<GpCode>;
  unit?: Maybe<Scalars['String']['output']>;
  /** The value as recorded: a quantity's number, a text, or a coded value's display. */
  value?: Maybe<Scalars['String']['output']>;
};

export type GpPractitioner = {
  __typename?: 'GpPractitioner';
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  sdsUserId?: Maybe<Scalars['String']['output']>;
};

export type GpProblem = {
  __typename?: 'GpProblem';
  abatement?: Maybe<Scalars['String']['output']>;
  assertedDate?: Maybe<Scalars['String']['output']>;
  /** active | inactive */
  clinicalStatus?: Maybe<Scalars['String']['output']>;
  code?: Maybe<GpCode>;
  /** The condition's page on nhs.uk (conditions A–Z), matched on its SNOMED CT code or name; null when nhs.uk has none. */
  healthContent?: Maybe<HealthContent>;
  id?: Maybe<Scalars['String']['output']>;
  notes: Array<Scalars['String']['output']>;
  onset?: Maybe<Scalars['String']['output']>;
  /** The STU3 Condition (problem header), verbatim. */
  resource: Scalars['JSON']['output'];
  /** major | minor */
  significance?: Maybe<Scalars['String']['output']>;
};

/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecord = {
  __typename?: 'GpRecord';
  /**
   * Allergies and adverse reactions; resolved ones only when asked for.
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  allergies: Array<GpAllergy>;
  /**
   * Consultations in a date window, or the most recent N (not both).
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  consultations: Array<GpConsultation>;
  /**
   * Diary entries: activities the practice planned and has not yet done (recalls, reviews due, ...), from GP Connect
   * Access Record: Structured (includeDiaryEntries). `until`: entries planned up to that date (diaryEntriesSearchDate,
   * today or later); active entries whose planned date has passed are always included. GP Connect does not permit
   * `until` in a request that includes consultations or problems (INVALID_AREA_COMBINATION, before any call). The
   * patient-facing route (a citizen's own record) never returns diary entries: its list is empty. A failure is an error,
   * never an empty list.
   */
  diaryEntries: Array<GpDiaryEntry>;
  /**
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  immunisations: Array<GpImmunisation>;
  /**
   * Test results: reports with their observations.
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  investigations: Array<GpInvestigation>;
  /**
   * The lists GP Connect answered for the areas this gpRecord asks for (its sibling fields), with the warnings that say
   * an area may be incomplete (confidential items withheld, record transfer from the previous practice incomplete, data
   * awaiting filing) and why an empty one is empty. Rides on the sibling fields' calls; asked alone, it reads the
   * allergies lists.
   * An empty list means GP Connect returned no List for the areas asked; a failure is an error, never an empty list.
   */
  lists: Array<GpRecordList>;
  /**
   * Medication courses (MedicationStatement), each with its drug, authorisation and issues. `from`: courses since then.
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  medicationStatements: Array<GpMedicationStatement>;
  /**
   * The drugs the record names (Medication resources).
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  medications: Array<GpMedication>;
  nhsNumber: Scalars['NhsNumber']['output'];
  /**
   * Uncategorised data: observations the practice recorded outside the other areas (blood pressure, weight, height, BMI,
   * smoking status, ...), from GP Connect Access Record: Structured (includeUncategorisedData). `from`/`to` filter by
   * the date they were recorded (uncategorisedDataSearchPeriod; not after today). GP Connect does not permit that window
   * in a request that includes consultations or problems: BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before
   * any call. An empty list means the GP record holds none (`lists` carries the warnings and empty reason of its
   * "Miscellaneous record" list); a failure is an error, never an empty list.
   */
  observations: Array<GpObservation>;
  /** ODS code of the practice holding the record (the record's managing organisation). */
  practiceOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /**
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  problems: Array<GpProblem>;
  /**
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  referrals: Array<GpReferral>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordAllergiesArgs = {
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordConsultationsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  mostRecent?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordDiaryEntriesArgs = {
  until?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordImmunisationsArgs = {
  includeNotGiven?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordInvestigationsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordMedicationStatementsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  includeIssues?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordMedicationsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordObservationsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordProblemsArgs = {
  status?: InputMaybe<ProblemStatus>;
};


/**
 * One patient's GP record. Each area takes the part parameters GP Connect allows. A request that includes consultations
 * may not also carry medications(from), problems(status), referrals(from, to) or immunisations(includeNotGiven: true);
 * one that includes problems, the same but problems(status) (GP Connect's "not permitted parameter combinations"):
 * BAD_USER_INPUT with reason INVALID_AREA_COMBINATION, before any call. Dates after today are refused the same way.
 */
export type GpRecordReferralsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The clinical area a GP Connect list answers for. */
export type GpRecordArea =
  | 'ALLERGIES'
  | 'CONSULTATIONS'
  /** The Diary list (GP Connect includeDiaryEntries). */
  | 'DIARY'
  | 'IMMUNISATIONS'
  | 'INVESTIGATIONS'
  | 'MEDICATIONS'
  | 'OTHER'
  | 'PROBLEMS'
  | 'REFERRALS'
  | 'UNCATEGORISED';

/** One list of the record as GP Connect returned it (Active Allergies, Medication List, ...). */
export type GpRecordList = {
  __typename?: 'GpRecordList';
  area: GpRecordArea;
  code?: Maybe<GpCode>;
  /** Why the list is empty (no-content-recorded: nothing recorded); null when it has entries. */
  emptyReason?: Maybe<GpCode>;
  /** The list's notes: the warnings' associated text (with the transfer date), or 'Information not available'. */
  notes: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** Every warning on the list; empty when the list is complete. */
  warnings: Array<GpRecordWarning>;
};

/** A warning on one list (GP Connect's List warning codes): the area may be incomplete. */
export type GpRecordWarning = {
  __typename?: 'GpRecordWarning';
  /**
   * confidential-items (items withheld for confidentiality or the patient's preferences), data-in-transit (the record's
   * transfer from the previous practice is not complete), data-awaiting-filing (third-party data awaiting review).
   */
  code: Scalars['String']['output'];
  /** The specification's display for the code (Confidential Items, ...); null for a code it does not list. */
  display?: Maybe<Scalars['String']['output']>;
};

export type GpReferral = {
  __typename?: 'GpReferral';
  authoredOn?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  intent?: Maybe<Scalars['String']['output']>;
  priority?: Maybe<Scalars['String']['output']>;
  reasons: Array<GpCode>;
  recipients: Array<Scalars['String']['output']>;
  /** The STU3 ReferralRequest, verbatim. */
  resource: Scalars['JSON']['output'];
  status?: Maybe<Scalars['String']['output']>;
  /** The e-Referral Service booking reference, when there is one. */
  ubrn?: Maybe<Scalars['String']['output']>;
};

/** A page of nhs.uk (condition, medicine, live well, hub...). */
export type HealthContent = {
  __typename?: 'HealthContent';
  /** The page in the API (the platform's host for the environment). */
  apiUrl?: Maybe<Scalars['String']['output']>;
  attribution: HealthContentAttribution;
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Condition, Medicine, Advice or information, ... */
  genres: Array<Scalars['String']['output']>;
  lastReviewed?: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  nextReviewDue?: Maybe<Scalars['Date']['output']>;
  parts: Array<HealthContentPart>;
  /** The page's path in the API (slash form): /conditions/acne/ */
  path: Scalars['String']['output'];
  relatedLinks: Array<HealthContentLink>;
  /** The API's schema.org page this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The page on www.nhs.uk. */
  webpageUrl: Scalars['String']['output'];
};

/**
 * The credit the NHS Website Content licence requires wherever the content is shown: the NHS website logo (logoUrl,
 * alt text logoAlt) linked to linkUrl, the page on nhs.uk; where a link is impossible, the text "From www.nhs.uk".
 */
export type HealthContentAttribution = {
  __typename?: 'HealthContentAttribution';
  author?: Maybe<Scalars['String']['output']>;
  copyrightHolder?: Maybe<Scalars['String']['output']>;
  licence?: Maybe<Scalars['String']['output']>;
  linkUrl: Scalars['String']['output'];
  logoAlt: Scalars['String']['output'];
  logoUrl: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type HealthContentLink = {
  __typename?: 'HealthContentLink';
  name: Scalars['String']['output'];
  path?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** A section of a page: for modular pages one clinically assured module (symptoms, treatment...). */
export type HealthContentPart = {
  __typename?: 'HealthContentPart';
  description?: Maybe<Scalars['String']['output']>;
  headline?: Maybe<Scalars['String']['output']>;
  /** schema.org health aspect: SymptomsHealthAspect, TreatmentsHealthAspect, ... */
  healthAspect?: Maybe<Scalars['String']['output']>;
  /** The section's HTML fragments exactly as nhs.uk publishes them. Untrusted: sanitise before rendering. */
  html: Array<Scalars['String']['output']>;
  /** The section as plain text. */
  text: Scalars['String']['output'];
};

/** What a health-content search found, and which listing pages it could not read. */
export type HealthContentSearchResult = {
  __typename?: 'HealthContentSearchResult';
  /** True when every listing page the search needed was read. */
  complete: Scalars['Boolean']['output'];
  nodes: Array<HealthContentSummary>;
  skipped: Array<HealthContentSkippedListing>;
};

export type HealthContentSearchSection =
  | 'CONDITIONS'
  | 'LIVE_WELL'
  | 'MEDICINES';

/** A listing page a search skipped: NOT_FOUND (the API has no such page) or CALL_BUDGET (past the search's bound). */
export type HealthContentSkippedListing = {
  __typename?: 'HealthContentSkippedListing';
  letter: Scalars['String']['output'];
  /** The page of that letter's listing (1 is its first). */
  page?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
};

/** A page as a listing or hub lists it. */
export type HealthContentSummary = {
  __typename?: 'HealthContentSummary';
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  genres: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nextReviewDue?: Maybe<Scalars['Date']['output']>;
  /** The whole page (one more call unless it is cached). */
  page?: Maybe<HealthContent>;
  path: Scalars['String']['output'];
};

export type HumanName = {
  __typename?: 'HumanName';
  family?: Maybe<Scalars['String']['output']>;
  given: Array<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  period?: Maybe<Period>;
  prefix: Array<Scalars['String']['output']>;
  /** Suffixes (MBE, PhD, ...), as PDS records them (HumanName.suffix). */
  suffix: Array<Scalars['String']['output']>;
  use?: Maybe<Scalars['String']['output']>;
};

/** A name to add to a PDS record. */
export type HumanNameInput = {
  family: Scalars['String']['input'];
  /** Given names, first then middle names (at most five). */
  given: Array<Scalars['String']['input']>;
  /** When the name starts to apply; PDS uses today when absent. Not in the future. */
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  /** Titles (Mr, Mrs, Dr, ...). */
  prefix?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Suffixes (each starting A-Z). */
  suffix?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How the name is used; PDS allows one usual name and one nickname. */
  use: NameUse;
};

/** NHS login identity proofing level: P0 (email and mobile verified), P5 (matched to PDS), P9 (checked against photo ID). */
export type IdentityLevel =
  | 'P0'
  | 'P5'
  | 'P9';

export type Mutation = {
  __typename?: 'Mutation';
  /** Does nothing; present so that each domain can extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Changes an appointment's description and/or comment, all GP Connect lets change, under If-Match with the `version`
   * you read: if it changed since, nothing is written and the error is VERSION_CONFLICT. Cancelled or past
   * appointments cannot be amended.
   */
  amendAppointment: Appointment;
  /**
   * Books one or more adjacent free slots (ids from `freeSlots`) for a patient. A slot that is no longer free is CONFLICT
   * and nothing is booked; the platform de-duplicates a re-sent booking, so it is never made twice. `description` is at
   * most 100 characters and `comment` 500: longer text is BAD_USER_INPUT, never cut.
   */
  bookAppointment: Appointment;
  /** Cancels an appointment with a reason, under If-Match with the `version` you read (stale: VERSION_CONFLICT). */
  cancelAppointment: Appointment;
  /**
   * EPS $process-message (prescription-order-update): cancel a prescription or item. Cancelled (R-0001) and "with the
   * dispenser, marked for cancellation" (R-0002, R-0003, which EPS answers with HTTP 400 and its cancel response Bundle)
   * come back as data; a refusal is CONFLICT with the reason (ALREADY_DISPENSED R-0004, EXPIRED R-0005,
   * ALREADY_CANCELLED R-0006, CANCELLATION_BY_ANOTHER_PRESCRIBER R-0007, NOT_DISPENSED R-0010), an unknown prescription
   * NOT_FOUND (R-0008), cancellation switched off in Spine UPSTREAM_UNAVAILABLE (reason CANCELLATION_DISABLED, R-0009),
   * a mismatched NHS number BAD_USER_INPUT (R-5000) and a message Spine finds invalid BAD_USER_INPUT (R-5888). A cancel
   * response about another prescription than the one asked is UPSTREAM_ERROR.
   */
  cancelPrescription: PrescriptionCancellation;
  /**
   * EPS $process-message (prescription-order): send the signed message (with its Provenance). An existing prescription
   * id is CONFLICT (reason DUPLICATE_PRESCRIPTION_ID); a retry with the same `requestId` is applied once.
   */
  createPrescription: EpsWriteResult;
  /** EPS $process-message (dispense-notification): record what was dispensed, from the dispensing system's message. */
  notifyDispense: EpsWriteResult;
  /**
   * EPS $prepare: send the unsigned prescription-order message (a FHIR `message` Bundle); get the digest to sign with
   * the prescriber's smartcard. Pass `requestId` (a UUID) again only to retry the identical request.
   */
  preparePrescription: PreparedPrescription;
  /**
   * EPS Task/$release: download one prescription (with `prescriptionId`) or the pharmacy's nominated prescriptions
   * (without). The pharmacy is read from ODS to describe it to EPS. A prescription held by another pharmacy is CONFLICT
   * (reason PRESCRIPTION_WITH_ANOTHER_DISPENSER), an unknown one NOT_FOUND.
   */
  releasePrescription: PrescriptionRelease;
  /**
   * EPS return (a Task with status rejected): give a released prescription back to Spine, naming the release response
   * that released it (`releaseResponseId`). A prescription this pharmacy does not hold is CONFLICT (reason
   * PRESCRIPTION_INVALID_STATE_TRANSITION).
   */
  returnPrescription: EpsWriteResult;
  /** Sends a booking: as sendBarsReferral, with event booking-request and an Appointment as the focus. */
  sendBarsBooking: BarsMessageResult;
  /**
   * Sends a referral to a BaRS receiver: a FHIR message Bundle (type message, a UUID `id`, MessageHeader first with event
   * servicerequest-request and its focus a ServiceRequest in the Bundle) posted to $process-message. `useCase` (e.g.
   * a1t1) leads the use-context header. Sending the same Bundle id again is never applied twice: the receiver answers
   * 409 REC_CONFLICT, which is CONFLICT here. The graph never retries a send.
   */
  sendBarsReferral: BarsMessageResult;
  /**
   * Updates a patient in PDS with JSON Patch under If-Match. `version` is the `version` you read: if the record changed
   * since, nothing is written and the error is VERSION_CONFLICT (read again, re-apply). Returns the updated record.
   */
  updatePatient: Patient;
};


export type MutationAmendAppointmentArgs = {
  changes: AppointmentChangesInput;
  id: Scalars['ID']['input'];
  version: Scalars['String']['input'];
};


export type MutationBookAppointmentArgs = {
  input: BookAppointmentInput;
};


export type MutationCancelAppointmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type MutationCancelPrescriptionArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreatePrescriptionArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationNotifyDispenseArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationPreparePrescriptionArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationReleasePrescriptionArgs = {
  input: ReleasePrescriptionInput;
};


export type MutationReturnPrescriptionArgs = {
  input: ReturnPrescriptionInput;
};


export type MutationSendBarsBookingArgs = {
  message: Scalars['JSON']['input'];
  target: BarsTargetInput;
  useCase?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSendBarsReferralArgs = {
  message: Scalars['JSON']['input'];
  target: BarsTargetInput;
  useCase?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdatePatientArgs = {
  changes: PatientChangesInput;
  nhsNumber: Scalars['NhsNumber']['input'];
  version: Scalars['Int']['input'];
};

/** A name use PDS accepts on a new name (Personal Demographics Service FHIR API, HumanName.use). */
export type NameUse =
  | 'maiden'
  | 'nickname'
  | 'old'
  | 'temp'
  | 'usual';

/**
 * An organisation or site in the ODS register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type Organisation = {
  __typename?: 'Organisation';
  active?: Maybe<Scalars['Boolean']['output']>;
  addresses?: Maybe<Array<Address>>;
  /**
   * EMBEDDED-ONLY EXTENSION, NOT A GP CONNECT OPERATION: GP Connect has no search of a practice's appointments. Only the
   * embedded platform (NHS_ENV=embedded) serves it, under its own made-up interaction; in every other environment
   * (NHS's sandbox, int, prod) it is refused before any call, BAD_USER_INPUT with reason EMBEDDED_ONLY, and never sent
   * upstream. Appointments at this practice starting from `from` to `to` (at most 31 days), cancelled ones included;
   * one call per practice (docs/gp-connect.md).
   * An empty list means the practice has no appointment in the window; a failure is an error, never an empty list.
   */
  appointments?: Maybe<Array<Appointment>>;
  /**
   * Free appointment slots at this GP practice from GP Connect, starting on or after `from` and ending on or before `to`
   * (dates at most 14 days apart: a wider window is BAD_USER_INPUT before any call). One call per practice and window.
   * Only slots the configured consumer organisation may book are returned.
   * An empty list means the practice has no free slot in the window; a failure is an error, never an empty list.
   */
  freeSlots?: Maybe<Array<Slot>>;
  lastChangeDate?: Maybe<Scalars['Date']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  odsCode: Scalars['OdsCode']['output'];
  /** The role the ODSOrganisationRole CodeSystem marks primary (a lookup per role code, cached as reference data). */
  primaryRole?: Maybe<OrganisationRole>;
  /** RC1 organisation, RC2 site. */
  recordClass?: Maybe<Scalars['String']['output']>;
  /** Full, or refOnly for minimal records kept for referential integrity. */
  recordUseType?: Maybe<Scalars['String']['output']>;
  /**
   * Current related entities (commissioner, operator, partner...), from the ods-organization-code CodeSystem lookup.
   * An empty list means ODS records no relationship for the organisation; a failure is an error, never an empty list.
   */
  relationships?: Maybe<Array<OrganisationRelationship>>;
  /** The ODS FHIR Organization resource this was mapped from, verbatim. */
  resource?: Maybe<Scalars['JSON']['output']>;
  roles?: Maybe<Array<OrganisationRole>>;
  /**
   * The organisation's Spine message-handling endpoints from the Spine Directory Service for one service interaction
   * (for GP Connect, the practice's FHIR service root), each with the accredited system (ASID) behind it. An empty list
   * when SDS has none. SDS searches take one organisation and one interaction, so each distinct (organisation,
   * interaction) in a query is one SDS Endpoint call, plus one Device call when `asid`, `interactions` or
   * `manufacturingOrganisation` is asked for.
   * An empty list means SDS has no endpoint for the organisation; a failure is an error, never an empty list.
   */
  spineEndpoints?: Maybe<Array<SpineEndpoint>>;
  /**
   * Codes of the organisations that succeeded this one (a closed organisation stays active: false), from the same lookup.
   * An empty list means ODS records no successor; a failure is an error, never an empty list.
   */
  successorOdsCodes?: Maybe<Array<Scalars['OdsCode']['output']>>;
  /**
   * The organisations that succeeded this one.
   * An empty list means ODS records no successor; a failure is an error, never an empty list.
   */
  successors?: Maybe<Array<Organisation>>;
  telecom?: Maybe<Array<ContactPoint>>;
};


/**
 * An organisation or site in the ODS register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type OrganisationAppointmentsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * An organisation or site in the ODS register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type OrganisationFreeSlotsArgs = {
  deliveryChannel?: InputMaybe<DeliveryChannel>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * An organisation or site in the ODS register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type OrganisationSpineEndpointsArgs = {
  interaction: Scalars['InteractionId']['input'];
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  /** How many organisations match, from ODS (`_summary=count`): one more ODS call, made only when this is asked for. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A current related entity of an organisation, from the ods-organization-code CodeSystem. */
export type OrganisationRelationship = {
  __typename?: 'OrganisationRelationship';
  /** ODSRelationship id: RE4 is commissioned by, RE6 is operated by, RE8 is partner to, RE10 nominated payee for... */
  code: Scalars['String']['output'];
  target?: Maybe<Organisation>;
  targetOdsCode: Scalars['OdsCode']['output'];
};

export type OrganisationRole = {
  __typename?: 'OrganisationRole';
  active: Scalars['Boolean']['output'];
  /** ODS role id: RO76, RO177, RO182... */
  code: Scalars['String']['output'];
  display?: Maybe<Scalars['String']['output']>;
  legalPeriod?: Maybe<Period>;
  operationalPeriod?: Maybe<Period>;
  /** A primary role, as the ODSOrganisationRole CodeSystem says (one lookup per role code, cached as reference data). */
  primary: Scalars['Boolean']['output'];
};

export type OrganisationSearchInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** The start of the name (case-insensitive). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Any part of the name (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** ODS role ids, any of: RO76 GP practice, RO182 pharmacy, RO197 NHS trust... */
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Paging state of a list read from an upstream that pages. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to read the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A patient as PDS records them. Fields that cross to another source are nullable: their failure never hides the rest. */
export type Patient = {
  __typename?: 'Patient';
  addresses: Array<Address>;
  /**
   * The patient's GP appointments starting from `from` to `to` (inclusive), cancelled ones included.
   * An empty list means the practice holds no appointment for the patient in the window; a failure is an error, never
   * an empty list.
   */
  appointments?: Maybe<Array<Appointment>>;
  birthDate?: Maybe<Scalars['Date']['output']>;
  /**
   * The patient's communication needs: language and whether an interpreter is required (PDS extension
   * UKCore-NHSCommunication). Null when none is recorded, and on search results (PDS returns it on retrieval only).
   */
  communication?: Maybe<Communication>;
  /**
   * How the patient prefers to be contacted (PDS extension UKCore-ContactPreference). Null when none is recorded, and on
   * search results (PDS returns it on retrieval only).
   */
  contactPreferences?: Maybe<ContactPreferences>;
  deceasedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Documents in the patient's GP record (letters, scans, reports) from GP Connect Access Document: two calls (find the
   * patient on the documents server, then search), whatever you select; each file only when its `content` is asked for.
   * Null with NOT_FOUND when the practice has no record of the patient it may share (sensitive patients look the same).
   * An empty list means the practice holds no document matching the filters; a failure is an error, never an empty list.
   */
  documents?: Maybe<Array<ClinicalDocument>>;
  /** True when this object came from a PDS search (PDS's reduced record). */
  fromSearch: Scalars['Boolean']['output'];
  gender?: Maybe<Gender>;
  /**
   * The patient's GP record from GP Connect Access Record: Structured (FHIR STU3). Only the areas you select are asked
   * for, all together: one $gpc.getstructuredrecord call per patient, whatever the number of areas. Null with NOT_FOUND
   * when the practice has no record it may share: unknown, deceased, inactive and sensitive patients look the same, by
   * design. Dates in the record are FHIR dateTimes as the practice recorded them (a date, or a date and time with offset).
   */
  gpRecord?: Maybe<GpRecord>;
  /** The usual name. */
  name?: Maybe<HumanName>;
  names: Array<HumanName>;
  /** The record's NHS number (PDS `id`): the current one, which differs from the number asked for when that was superseded. */
  nhsNumber: Scalars['NhsNumber']['output'];
  /** The nominated pharmacy, from ODS. */
  nominatedPharmacy?: Maybe<Organisation>;
  /** ODS code of the nominated pharmacy (full records only; read from PDS when the patient came from a search). */
  nominatedPharmacyOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /**
   * The patient's prescriptions, newest first, paged: `first` (1 to 50, default 20) from the cursor `after`, with
   * `totalCount` so a client always knows whether it has them all. The tracker's window is the last two years unless
   * `authoredFrom` / `authoredTo` bound the date the prescriptions were created (sent to the tracker as its
   * `lowDate` / `highDate`). Optionally only those in the given statuses. One tracker search per patient and window,
   * whatever the page; asking for line items, history or organisations reads each listed prescription's detail too (one
   * call per prescription of the page).
   * An empty list means the tracker holds no prescription for the patient in the window (`totalCount` 0); a failure is
   * an error, never an empty list.
   */
  prescriptions?: Maybe<PrescriptionConnection>;
  /**
   * The patient's referrals on the caller's organisation's e-RS worklist (A008). e-RS has no search by patient: a worklist
   * is the only list it serves, so this needs a role context (headers as for `referral`; without one, BAD_USER_INPUT
   * reason ERS_ROLE_CONTEXT_REQUIRED). `worklist` defaults to AWAITING_BOOKING for referrer roles and REFERRALS_FOR_REVIEW
   * for the others. One A008 call per worklist per query, however many patients ask; fields the worklist does not carry
   * (attachments, appointment, referrer) read the referral itself (A005) once per referral.
   * An empty list means e-RS holds no referral for the patient in the worklist read; a failure is an error, never an
   * empty list.
   */
  referrals?: Maybe<Array<Referral>>;
  /** The registered GP practice, from ODS. */
  registeredGp?: Maybe<Organisation>;
  /** ODS code of the registered GP practice. */
  registeredGpOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /**
   * The people PDS records as related to the patient: next of kin, guardians, carers, proxies (Personal Demographics
   * Service FHIR API, GET /Patient/{id}/RelatedPerson). Empty when PDS records none. Null, with no error and no call, for
   * a restricted patient: PDS returns no related people for them, and the graph does not ask.
   */
  relatedPeople?: Maybe<Array<RelatedPerson>>;
  /** The PDS FHIR Patient resource this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  /** True for a restricted (sensitive) record: address, telecom, GP and pharmacy are never revealed. */
  restricted: Scalars['Boolean']['output'];
  /**
   * The NHS number asked for, when PDS answered it with the record that superseded it (a merged or replaced number:
   * `nhsNumber` is the current one); null when the record is the one asked for. A String, not an NhsNumber: it names no
   * other patient (whose record this is follows `nhsNumber` alone).
   */
  supersededNhsNumber?: Maybe<Scalars['String']['output']>;
  telecom: Array<ContactPoint>;
  /** The record's version (PDS meta.versionId). Pass it to updatePatient. */
  version?: Maybe<Scalars['Int']['output']>;
  /**
   * The patient's open elective (referral-to-treatment) pathways from the Waiting List Minimum Data Set: a weekly
   * national snapshot, not real time. An empty list when the patient is on no waiting list. One WLMDS call per distinct
   * patient in a query; providers are read from ODS in one batched call. For a restricted (sensitive) patient: null
   * with NOT_FOUND and no WLMDS call, as for their GP record, since every entry names the provider trust.
   * An empty list means the waiting list data set holds no entry for the patient; a failure is an error, never an
   * empty list.
   */
  waitingList?: Maybe<Array<WaitingListEntry>>;
};


/** A patient as PDS records them. Fields that cross to another source are nullable: their failure never hides the rest. */
export type PatientAppointmentsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** A patient as PDS records them. Fields that cross to another source are nullable: their failure never hides the rest. */
export type PatientDocumentsArgs = {
  author?: InputMaybe<Scalars['OdsCode']['input']>;
  createdFrom?: InputMaybe<Scalars['Date']['input']>;
  createdTo?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
};


/** A patient as PDS records them. Fields that cross to another source are nullable: their failure never hides the rest. */
export type PatientPrescriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  authoredFrom?: InputMaybe<Scalars['Date']['input']>;
  authoredTo?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<PrescriptionStatus>>;
};


/** A patient as PDS records them. Fields that cross to another source are nullable: their failure never hides the rest. */
export type PatientReferralsArgs = {
  worklist?: InputMaybe<ReferralWorklist>;
};

export type PatientChangesInput = {
  /** Adds an address (a temporary address needs `period.start`, `period.end` and `text`). */
  addAddress?: InputMaybe<Array<AddressInput>>;
  /** Adds names (PDS allows one usual name and one nickname). */
  addNames?: InputMaybe<Array<HumanNameInput>>;
  /** Adds contact points (phone, email...). */
  addTelecom?: InputMaybe<Array<ContactPointInput>>;
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Sets the communication needs (replaces any recorded). */
  communication?: InputMaybe<CommunicationInput>;
  /** Sets the contact preferences (replaces any recorded; PDS records at most one). Staff only: PDS refuses it in patient access. */
  contactPreferences?: InputMaybe<ContactPreferencesInput>;
  gender?: InputMaybe<Gender>;
  /**
   * Nominates this pharmacy (its ODS code) for the patient's electronic prescriptions, replacing the current one (PDS
   * extension UKCore-NominatedPharmacy).
   */
  nominatedPharmacy?: InputMaybe<Scalars['OdsCode']['input']>;
  /** Removes addresses by their `id`. */
  removeAddressIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Removes the communication needs. Not with communication. */
  removeCommunication?: InputMaybe<Scalars['Boolean']['input']>;
  /** Removes the contact preferences. Not with contactPreferences. */
  removeContactPreferences?: InputMaybe<Scalars['Boolean']['input']>;
  /** Removes names by their `id`; the usual name cannot be removed. */
  removeNameIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Removes the nominated pharmacy. Not with nominatedPharmacy. */
  removeNominatedPharmacy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Removes contact points by their `id`. */
  removeTelecomIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PatientMatch = {
  __typename?: 'PatientMatch';
  patient: Patient;
  /** PDS's match score, 0 to 1. */
  score?: Maybe<Scalars['Float']['output']>;
};

export type PatientSearchInput = {
  /** Exact date of birth. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Date-of-birth range (inclusive); either end may be left open. */
  birthDateFrom?: InputMaybe<Scalars['Date']['input']>;
  birthDateTo?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Exact date of death (PDS search parameter `death-date`, sent as `eq<date>`). For a fuzzy search PDS uses it only for
   * scoring, not matching (Personal Demographics Service FHIR API).
   */
  deathDate?: InputMaybe<Scalars['Date']['input']>;
  /** Date-of-death range (inclusive), PDS `death-date=ge<date>`; give either deathDate or a range, not both. */
  deathDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Date-of-death range (inclusive), PDS `death-date=le<date>`; give either deathDate or a range, not both. */
  deathDateTo?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  exact?: InputMaybe<Scalars['Boolean']['input']>;
  family?: InputMaybe<Scalars['String']['input']>;
  fuzzy?: InputMaybe<Scalars['Boolean']['input']>;
  gender?: InputMaybe<Gender>;
  /** First then middle names. */
  given?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Include historic names, addresses and other data in matching. */
  history?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 50 (default 50). */
  maxResults?: InputMaybe<Scalars['Int']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** The ODS code of the registered GP practice. */
  registeredGp?: InputMaybe<Scalars['OdsCode']['input']>;
};

export type PatientSearchResult = {
  __typename?: 'PatientSearchResult';
  matches: Array<PatientMatch>;
  total: Scalars['Int']['output'];
};

export type Period = {
  __typename?: 'Period';
  end?: Maybe<Scalars['Date']['output']>;
  start?: Maybe<Scalars['Date']['output']>;
};

/** A preferred contact method, as PDS codes it (UKCore-PreferredContactMethod). */
export type PreferredContactMethod =
  /** 4: E-mail */
  | 'EMAIL'
  /** 1: Letter */
  | 'LETTER'
  /** 5: Minicom (Textphone) */
  | 'MINICOM'
  /** 8: No telephone contact */
  | 'NO_TELEPHONE'
  /** 7: Sign language */
  | 'SIGN_LANGUAGE'
  /** 3: Telephone */
  | 'TELEPHONE'
  /** 6: Telephone contact via proxy */
  | 'TELEPHONE_VIA_PROXY'
  /** 2: Visit */
  | 'VISIT';

/** A preferred written communication format, as PDS codes it (UKCore-PreferredWrittenCommunicationFormat). */
export type PreferredWrittenFormat =
  /** 13: Audio tape */
  | 'AUDIO_TAPE'
  /** 12: Braille */
  | 'BRAILLE'
  /** 11: Large print */
  | 'LARGE_PRINT';

export type PreparedPrescription = {
  __typename?: 'PreparedPrescription';
  /** The signature algorithm EPS expects (RS1). */
  algorithm?: Maybe<Scalars['String']['output']>;
  /** Base64 of the XML SignedInfo to sign. */
  digest: Scalars['String']['output'];
  requestId: Scalars['ID']['output'];
  resource: Scalars['JSON']['output'];
  timestamp?: Maybe<Scalars['String']['output']>;
};

export type Prescription = {
  __typename?: 'Prescription';
  authoredOn?: Maybe<Scalars['DateTime']['output']>;
  dispenser?: Maybe<Organisation>;
  /** The pharmacy holding or having dispensed the prescription; null while no pharmacy has released it. */
  dispenserOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The short-form prescription id. */
  id: Scalars['PrescriptionId']['output'];
  /** order, or reflex-order for a repeat-dispensing instance. */
  intent?: Maybe<Scalars['String']['output']>;
  /** The issue of a repeat-dispensing prescription (numberOfRepeatsIssued). */
  issueNumber?: Maybe<Scalars['Int']['output']>;
  /**
   * The medications prescribed, each with its dispensing status and dispenses.
   * An empty list means the tracker lists no item for the prescription; a failure is an error, never an empty list.
   */
  lineItems: Array<PrescriptionLineItem>;
  nominatedPharmacy?: Maybe<Organisation>;
  nominatedPharmacyOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  pendingCancellation: Scalars['Boolean']['output'];
  /** The prescribing organisation, from ODS. */
  prescriber?: Maybe<Organisation>;
  prescriberOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** prescription-type, e.g. 0101 Primary Care Prescriber - Medical Prescriber. */
  prescriptionType?: Maybe<Coding>;
  repeatsAllowed?: Maybe<Scalars['Int']['output']>;
  repeatsIssued?: Maybe<Scalars['Int']['output']>;
  /** The tracker's RequestGroup this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  status?: Maybe<PrescriptionStatus>;
  /** The tracker's code and display for the status, verbatim. */
  statusCoding?: Maybe<Coding>;
  /**
   * Every status transition: when, to which status, and the organisation involved.
   * An empty list means the tracker records no status change; a failure is an error, never an empty list.
   */
  statusHistory: Array<PrescriptionStatusTransition>;
};

export type PrescriptionCancellation = {
  __typename?: 'PrescriptionCancellation';
  /** True when cancelled now; false when marked for cancellation at the dispenser. */
  cancelled: Scalars['Boolean']['output'];
  /** medicationrequest-status-history code: R-0001, R-0002 or R-0003. */
  code: Scalars['String']['output'];
  display?: Maybe<Scalars['String']['output']>;
  prescriptionId?: Maybe<Scalars['PrescriptionId']['output']>;
  requestId: Scalars['ID']['output'];
  resource: Scalars['JSON']['output'];
};

/** A page of a patient's prescriptions. */
export type PrescriptionConnection = {
  __typename?: 'PrescriptionConnection';
  nodes: Array<Prescription>;
  pageInfo: PageInfo;
  /** How many prescriptions match (status and window), across every page. */
  totalCount: Scalars['Int']['output'];
};

export type PrescriptionDispense = {
  __typename?: 'PrescriptionDispense';
  dispenserOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  medication?: Maybe<Scalars['String']['output']>;
  quantity?: Maybe<Scalars['Float']['output']>;
  /** The MedicationDispense, verbatim. */
  resource: Scalars['JSON']['output'];
  type?: Maybe<Coding>;
  unit?: Maybe<Scalars['String']['output']>;
};

export type PrescriptionLineItem = {
  __typename?: 'PrescriptionLineItem';
  /** acute | continuous | continuous-repeat-dispensing */
  courseOfTherapy?: Maybe<Scalars['String']['output']>;
  dispenses: Array<PrescriptionDispense>;
  dosage?: Maybe<Scalars['String']['output']>;
  /** The line item id (prescription-order-item-number). */
  id?: Maybe<Scalars['String']['output']>;
  medication?: Maybe<Scalars['String']['output']>;
  pendingCancellation: Scalars['Boolean']['output'];
  quantity?: Maybe<Scalars['Float']['output']>;
  /** The MedicationRequest, verbatim. */
  resource: Scalars['JSON']['output'];
  /** medicationdispense-type: 0001 dispensed, 0002 not dispensed, 0003 partially dispensed, 0005 cancelled, ... */
  status?: Maybe<Coding>;
  /** Why an item was cancelled or not dispensed. */
  statusReason?: Maybe<Coding>;
  unit?: Maybe<Scalars['String']['output']>;
};

export type PrescriptionRelease = {
  __typename?: 'PrescriptionRelease';
  failed: Array<FailedRelease>;
  released: Array<ReleasedPrescription>;
  requestId: Scalars['ID']['output'];
  resource: Scalars['JSON']['output'];
  /**
   * The release response's own id (its Parameters.id): a return of these prescriptions names it as `releaseResponseId`.
   * Null only when EPS answered without one.
   */
  responseId?: Maybe<Scalars['ID']['output']>;
};

/** The prescription (Task business) status, EPS-task-business-status. */
export type PrescriptionStatus =
  /** 0000 */
  | 'AWAITING_RELEASE_READY'
  /** 0005 */
  | 'CANCELLED'
  /** 9005 */
  | 'CANCELLED_FUTURE_INSTANCE'
  /** 0008 */
  | 'CLAIMED'
  /** 0006 */
  | 'DISPENSED'
  /** 0004 */
  | 'EXPIRED'
  /** 9001 */
  | 'FUTURE_INSTANCE'
  /** 0007 */
  | 'NOT_DISPENSED'
  /** 0009 */
  | 'NO_CLAIMED'
  /** 9000 */
  | 'REPEAT_DISPENSING_FUTURE_INSTANCE'
  /** 0001 */
  | 'TO_BE_DISPENSED'
  /** 0002 */
  | 'WITH_DISPENSER'
  /** 0003 */
  | 'WITH_DISPENSER_ACTIVE';

export type PrescriptionStatusTransition = {
  __typename?: 'PrescriptionStatusTransition';
  at?: Maybe<Scalars['DateTime']['output']>;
  organisation?: Maybe<Organisation>;
  organisationOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  status?: Maybe<PrescriptionStatus>;
  statusCoding?: Maybe<Coding>;
  title?: Maybe<Scalars['String']['output']>;
};

export type ProblemStatus =
  | 'active'
  | 'inactive';

export type Query = {
  __typename?: 'Query';
  /** The graph's version and the NHS environment it points at. */
  about: About;
  /**
   * One GP appointment by its id (Appointment.id), with the version amend and cancel need. Null with NOT_FOUND when
   * unknown; an id the graph cannot have issued is BAD_USER_INPUT (INVALID_APPOINTMENT_ID) before any call.
   */
  appointment?: Maybe<Appointment>;
  /** An Appointment (booking) held by a BaRS receiver. */
  barsAppointment?: Maybe<BarsAppointment>;
  /**
   * A patient's Appointments at a BaRS receiver: one call.
   * An empty list means the receiver holds no booking for the patient; a failure is an error, never an empty list.
   */
  barsAppointments?: Maybe<Array<BarsAppointment>>;
  /**
   * A ServiceRequest (referral) held by a BaRS receiver. Every BaRS call needs the sending organisation: the request
   * header NHSD-End-User-Organisation-ODS (else BAD_USER_INPUT, reason BARS_ORGANISATION_REQUIRED, and no call).
   */
  barsServiceRequest?: Maybe<BarsServiceRequest>;
  /**
   * A patient's ServiceRequests at a BaRS receiver: one call.
   * An empty list means the receiver holds no referral for the patient; a failure is an error, never an empty list.
   */
  barsServiceRequests?: Maybe<Array<BarsServiceRequest>>;
  /**
   * Slots a BaRS receiver offers (free by default) starting between `start` (default now) and `end` (default 14 days
   * after `start`; at most 31 days), optionally at one of its HealthcareServices. BaRS requires both bounds.
   * An empty list means the receiver offers no slot in the window; a failure is an error, never an empty list.
   */
  barsSlots?: Maybe<Array<BarsSlot>>;
  /**
   * One page of nhs.uk from the NHS Website Content API, by path (`/conditions/acne/`, `conditions/acne`, or the page's
   * nhs.uk URL). Null with NOT_FOUND when there is no such page. Pages are public: they are cached for every caller
   * for at most the contract's 7 days, so a repeated read makes no upstream call. A malformed path is BAD_USER_INPUT
   * (INVALID_CONTENT_PATH).
   */
  healthContent?: Maybe<HealthContent>;
  /**
   * Pages of one section with a word of their name starting with `text` ("pain" finds "Back pain"; live-well: of the
   * name or summary). Conditions and medicines: names starting with `text` first (from the A–Z listing of its first
   * letter), then the others in A–Z order. Cost: when the names starting with `text` fill `first`, that letter's listing
   * pages only; otherwise every letter's listing, at most 52 listing pages a search, the first time; none after:
   * listings are public and cached for every caller for up to 7 days. A letter page the API does not have, or one past
   * that bound, is skipped and named in `skipped` (`complete` false) while what was found is returned. A cold search
   * that the Website Content rate limit cannot take is RATE_LIMITED. Live-well reads its hub page. `first`: 1 to 50
   * (default 10).
   * An empty list means no page matched among those read (`complete` says whether every listing page was read,
   * `skipped` which were not); a failure is an error, never an empty list.
   */
  healthContentSearch?: Maybe<HealthContentSearchResult>;
  /**
   * The signed-in citizen (NHS login): who NHS login says they are, their identity level and, at P9, their own record.
   * Null when the caller is not a citizen (no token, or a CIS2 healthcare worker).
   */
  me?: Maybe<Citizen>;
  /** An organisation or site from ODS. Null with NOT_FOUND when ODS does not know the code. */
  organisation?: Maybe<Organisation>;
  /**
   * ODS organisation search, paged: `first` (1 to 100, default 20) from the cursor `after`; `pageInfo.hasNextPage`
   * follows ODS's `next` link. `totalCount` is ODS's own count (a separate `_summary=count` call, made only when asked).
   * An empty list means no organisation matches the search; a failure is an error, never an empty list.
   */
  organisations?: Maybe<OrganisationConnection>;
  /** A patient's full record from PDS. Null with NOT_FOUND when PDS has no such record. */
  patient?: Maybe<Patient>;
  /**
   * PDS patient search. Lists are complete or an error: more matches than `maxResults` (at most 50) is BAD_USER_INPUT
   * with reason TOO_MANY_MATCHES, never a cut list. Search results carry PDS's reduced record; following
   * `nominatedPharmacy` from one reads the full record. Null with an error when the search is refused (citizens may not
   * search) or fails, so the rest of the query still resolves.
   */
  patients?: Maybe<PatientSearchResult>;
  /**
   * One prescription's full detail from the Clinical Prescription Tracker: one tracker call. `issueNumber` picks the
   * issue of a repeat-dispensing (eRD) prescription. Null with NOT_FOUND when the tracker has no such prescription.
   */
  prescription?: Maybe<Prescription>;
  /**
   * One referral from the NHS e-Referral Service (A005) by its UBRN: one e-RS call. e-RS acts for the caller's role
   * context, declared with the request headers NHSD-eRS-Business-Function and NHSD-End-User-Organisation-ODS (plus
   * NHSD-eRS-On-Behalf-Of-User-ID for SERVICE_PROVIDER_CLINICIAN_ADMIN); without them the call is application-restricted.
   * Null with NOT_FOUND-class errors when e-RS refuses or does not know it.
   */
  referral?: Maybe<Referral>;
};


export type QueryAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBarsAppointmentArgs = {
  id: Scalars['ID']['input'];
  target: BarsTargetInput;
};


export type QueryBarsAppointmentsArgs = {
  nhsNumber: Scalars['NhsNumber']['input'];
  target: BarsTargetInput;
};


export type QueryBarsServiceRequestArgs = {
  id: Scalars['ID']['input'];
  target: BarsTargetInput;
};


export type QueryBarsServiceRequestsArgs = {
  nhsNumber: Scalars['NhsNumber']['input'];
  target: BarsTargetInput;
};


export type QueryBarsSlotsArgs = {
  end?: InputMaybe<Scalars['DateTime']['input']>;
  healthcareServiceId?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  target: BarsTargetInput;
};


export type QueryHealthContentArgs = {
  path: Scalars['String']['input'];
};


export type QueryHealthContentSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  section: HealthContentSearchSection;
  text: Scalars['String']['input'];
};


export type QueryOrganisationArgs = {
  odsCode: Scalars['OdsCode']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search: OrganisationSearchInput;
};


export type QueryPatientArgs = {
  nhsNumber: Scalars['NhsNumber']['input'];
};


export type QueryPatientsArgs = {
  search: PatientSearchInput;
};


export type QueryPrescriptionArgs = {
  id: Scalars['PrescriptionId']['input'];
  issueNumber?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferralArgs = {
  ubrn: Scalars['Ubrn']['input'];
};

/** A referral in the NHS e-Referral Service. */
export type Referral = {
  __typename?: 'Referral';
  /** The appointment, embedded in the referral or read from e-RS (A038). Null when there is none. */
  appointment?: Maybe<ReferralAppointment>;
  /** An empty list means the referral has no attachment; a failure is an error, never an empty list. */
  attachments?: Maybe<Array<ReferralAttachment>>;
  /** The e-Referral pathway start: when the referral-to-treatment clock started. */
  pathwayStart?: Maybe<Scalars['DateTime']['output']>;
  patientNhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** ROUTINE, URGENT or TWO_WEEK_WAIT (eRS-Priority-1). */
  priority?: Maybe<Coding>;
  /** The organisation providing the service (the trust of the service's site), from e-RS's R4 service directory and ODS. */
  providerOrganisation?: Maybe<Organisation>;
  /**
   * ODS code of the referring organisation as e-RS records it: the organisation whose commissioning rules the referral
   * was made under (Extension-eRS-Commissioning-Rule-Org), the only organisation A005 names.
   */
  referrerOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The referring organisation, from ODS. */
  referrerOrganisation?: Maybe<Organisation>;
  /** The ReferralRequest this was mapped from, verbatim (read when asked for on a worklist referral). */
  resource?: Maybe<Scalars['JSON']['output']>;
  /** The booked service when there is an appointment, else the first service on the shortlist. */
  service?: Maybe<ReferralService>;
  /**
   * The services the referrer shortlisted.
   * An empty list means the referral has no shortlisted service; a failure is an error, never an empty list.
   */
  shortlist?: Maybe<Array<ReferralService>>;
  specialty?: Maybe<Coding>;
  /** The at-a-glance state (eRS-ReferralState-1), with its reason and comment when e-RS gives them. */
  state?: Maybe<ReferralState>;
  ubrn: Scalars['Ubrn']['output'];
  /** The referral's version (meta.versionId), which e-RS's writes take in If-Match. */
  version?: Maybe<Scalars['String']['output']>;
};

export type ReferralAppointment = {
  __typename?: 'ReferralAppointment';
  created?: Maybe<Scalars['DateTime']['output']>;
  end?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  resource: Scalars['JSON']['output'];
  /** The e-RS service the appointment is at. */
  serviceId?: Maybe<Scalars['String']['output']>;
  slotId?: Maybe<Scalars['String']['output']>;
  start?: Maybe<Scalars['DateTime']['output']>;
  /** booked, cancelled, ... */
  status?: Maybe<Scalars['String']['output']>;
};

/** A clinical attachment of a referral. Download needs availability AVAILABLE. */
export type ReferralAttachment = {
  __typename?: 'ReferralAttachment';
  attachedByOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** AVAILABLE, PENDING (virus scan in progress), THREATS FOUND or VALIDATION_FAILED. */
  availability?: Maybe<Scalars['String']['output']>;
  contentType?: Maybe<Scalars['String']['output']>;
  createdOn?: Maybe<Scalars['Date']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  size?: Maybe<Scalars['Int']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** REFERRER or PROVIDER. */
  type?: Maybe<Scalars['String']['output']>;
  /** e-RS's relative URL of the file (Binary/{id}). */
  url?: Maybe<Scalars['String']['output']>;
};

/** An e-RS service, as a referral names it. */
export type ReferralService = {
  __typename?: 'ReferralService';
  /** The e-RS service id. */
  id: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation providing the service, from ODS. */
  provider?: Maybe<Organisation>;
  /** The service's site (ODS site code), from e-RS's R4 HealthcareService (A035, one call for every service in a query). */
  siteOdsCode?: Maybe<Scalars['OdsCode']['output']>;
};

export type ReferralState = {
  __typename?: 'ReferralState';
  /** NOT_BOOKED, BOOKED, DEFERRED_TO_PROVIDER, AWAITING_TRIAGE, ... (eRS-ReferralState-1). */
  code: Scalars['String']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  display?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Coding>;
};

/** e-RS worklists (eRS-ReferralListSelector-1): the first four are a referring organisation's, the last two a provider's. */
export type ReferralWorklist =
  | 'APPOINTMENT_SLOT_ISSUES'
  | 'ASSESSMENT_RETURNED_CANCELLED_DNA'
  | 'AWAITING_BOOKING'
  | 'LETTERS_OUTSTANDING'
  | 'REFERRALS_FOR_REVIEW'
  | 'REJECTED_TRIAGE_RESPONSE';

/** A person related to a patient, as PDS records them (Personal Demographics Service FHIR API, RelatedPerson). */
export type RelatedPerson = {
  __typename?: 'RelatedPerson';
  /** False when PDS records the relationship as no longer active. */
  active: Scalars['Boolean']['output'];
  /** Their address (PDS records at most one). */
  addresses: Array<Address>;
  /** Their communication needs (PDS extension UKCore-NHSCommunication). */
  communication?: Maybe<Communication>;
  /** How they prefer to be contacted (PDS extension UKCore-ContactPreference). */
  contactPreferences?: Maybe<ContactPreferences>;
  /** Their rank among the patient's contacts, 1 first (PDS extension UKCore-ContactRank). */
  contactRank?: Maybe<Scalars['Int']['output']>;
  /** True when they should receive copies of the patient's correspondence (PDS extension UKCore-CopyCorrespondenceIndicator). */
  copyCorrespondence?: Maybe<Scalars['Boolean']['output']>;
  /** PDS's id of this related person on the patient's record. */
  id?: Maybe<Scalars['String']['output']>;
  /** The related person's name (PDS records at most one); null when PDS holds only a link to their own record. */
  name?: Maybe<HumanName>;
  /** True when PDS marks them as the patient's next of kin (relationship code N). */
  nextOfKin: Scalars['Boolean']['output'];
  /** When the relationship applies. */
  period?: Maybe<Period>;
  /**
   * The related person's own NHS number, when PDS links them to their own record (RelatedPerson.patient). A String, not
   * an NhsNumber: it names another person, whose record is not read through this field.
   */
  relatedNhsNumber?: Maybe<Scalars['String']['output']>;
  /** Their role and relationship to the patient, as PDS codes them (Agent, Guardian, Personal; MTH, SPS, Carer, ...). */
  relationships: Array<Coding>;
  /** The PDS FHIR RelatedPerson resource this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  /** Their contact points (PDS records up to five). */
  telecom: Array<ContactPoint>;
};

export type ReleasePrescriptionInput = {
  /** The releasing pharmacy. */
  pharmacy: Scalars['OdsCode']['input'];
  /** One prescription; without it, the pharmacy's nominated download (up to 25). */
  prescriptionId?: InputMaybe<Scalars['PrescriptionId']['input']>;
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReleasedLineItem = {
  __typename?: 'ReleasedLineItem';
  dosage?: Maybe<Scalars['String']['output']>;
  medication?: Maybe<Scalars['String']['output']>;
  quantity?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
};

export type ReleasedPrescription = {
  __typename?: 'ReleasedPrescription';
  lineItems: Array<ReleasedLineItem>;
  nhsNumber?: Maybe<Scalars['String']['output']>;
  /** The prescription as the tracker now shows it. */
  prescription?: Maybe<Prescription>;
  prescriptionId: Scalars['String']['output'];
  /** The prescription-order message Bundle, verbatim. */
  resource: Scalars['JSON']['output'];
};

export type ReturnPrescriptionInput = {
  nhsNumber: Scalars['NhsNumber']['input'];
  pharmacy: Scalars['OdsCode']['input'];
  prescriptionId: Scalars['PrescriptionId']['input'];
  /** EPS-task-dispense-return-status-reason code (four digits, e.g. 0003). */
  reasonCode: Scalars['String']['input'];
  reasonDisplay?: InputMaybe<Scalars['String']['input']>;
  /** The release response that released the prescription to this pharmacy: `PrescriptionRelease.responseId` (a UUID). */
  releaseResponseId: Scalars['ID']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

/** A free appointment slot at a GP practice. */
export type Slot = {
  __typename?: 'Slot';
  deliveryChannel?: Maybe<DeliveryChannel>;
  end: Scalars['DateTime']['output'];
  /** Opaque: pass it to bookAppointment. */
  id: Scalars['ID']['output'];
  location?: Maybe<GpLocation>;
  practice?: Maybe<Organisation>;
  practiceOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  practitioner?: Maybe<GpPractitioner>;
  practitionerRole?: Maybe<GpCode>;
  /** The STU3 Slot, verbatim. */
  resource: Scalars['JSON']['output'];
  serviceCategory?: Maybe<Scalars['String']['output']>;
  serviceType?: Maybe<Scalars['String']['output']>;
  /** The GP system's slot id. */
  slotId: Scalars['String']['output'];
  start: Scalars['DateTime']['output'];
  status?: Maybe<Scalars['String']['output']>;
};

/** An MHS (message handling system) record in SDS: where to send one interaction to an organisation. */
export type SpineEndpoint = {
  __typename?: 'SpineEndpoint';
  /** The endpoint URL (nhsMhsEndPoint): for GP Connect the provider's FHIR service root; for Spine-intermediated services Spine's own address. */
  address?: Maybe<Scalars['String']['output']>;
  /** The ASID of the accredited system with this party key (GP Connect's Ssp-To). Null when SDS has no AS record for it. */
  asid?: Maybe<Scalars['String']['output']>;
  cpaId?: Maybe<Scalars['String']['output']>;
  /** The interaction it was looked up for. */
  interaction: Scalars['String']['output'];
  /**
   * Every interaction that accredited system is accredited for.
   * An empty list means SDS lists no interaction for the endpoint; a failure is an error, never an empty list.
   */
  interactions?: Maybe<Array<Scalars['String']['output']>>;
  /** The ODS code of the system's supplier (manufacturing organisation). */
  manufacturingOrganisation?: Maybe<Scalars['String']['output']>;
  mhsFqdn?: Maybe<Scalars['String']['output']>;
  mhsId?: Maybe<Scalars['String']['output']>;
  /** The MHS party key. */
  partyKey?: Maybe<Scalars['String']['output']>;
  reliability?: Maybe<SpineReliability>;
  /** The SDS FHIR Endpoint resource this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  status?: Maybe<Scalars['String']['output']>;
};

/** ebXML reliability settings of a Spine-intermediated endpoint (SDS Extension-SDS-ReliabilityConfiguration). */
export type SpineReliability = {
  __typename?: 'SpineReliability';
  ackRequested?: Maybe<Scalars['String']['output']>;
  actor?: Maybe<Scalars['String']['output']>;
  duplicateElimination?: Maybe<Scalars['String']['output']>;
  persistDuration?: Maybe<Scalars['String']['output']>;
  retries?: Maybe<Scalars['Int']['output']>;
  retryInterval?: Maybe<Scalars['String']['output']>;
  syncReplyMode?: Maybe<Scalars['String']['output']>;
};

/** An NHS Data Dictionary treatment function (the specialty a pathway is reported under). */
export type TreatmentFunction = {
  __typename?: 'TreatmentFunction';
  code: Scalars['String']['output'];
  /** The treatment function's name, when the graph knows the code. */
  name?: Maybe<Scalars['String']['output']>;
};

/** One open RTT pathway as a provider reported it to WLMDS. */
export type WaitingListEntry = {
  __typename?: 'WaitingListEntry';
  /** The RTT clock start: the date the patient began waiting. */
  clockStart?: Maybe<Scalars['Date']['output']>;
  /** The patient pathway identifier the provider assigned. */
  pathwayId?: Maybe<Scalars['String']['output']>;
  /** The provider, from ODS. */
  provider?: Maybe<Organisation>;
  /** ODS code of the provider (WLMDS ReportingOrganisation). */
  providerOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The WLMDS entry this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  treatmentFunction?: Maybe<TreatmentFunction>;
  /** The census (week-ending) date of the submission this entry comes from. */
  weekEnding?: Maybe<Scalars['Date']['output']>;
  /** Whole weeks from clock start to the census date. */
  weeksWaitingAtCensus?: Maybe<Scalars['Int']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  About: ResolverTypeWrapper<About>;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  Appointment: ResolverTypeWrapper<AppointmentModel>;
  AppointmentChangesInput: AppointmentChangesInput;
  BarsAppointment: ResolverTypeWrapper<BarsAppointmentModel>;
  BarsMessageResult: ResolverTypeWrapper<BarsMessageResultModel>;
  BarsServiceRequest: ResolverTypeWrapper<BarsServiceRequestModel>;
  BarsSlot: ResolverTypeWrapper<BarsSlotModel>;
  BarsTargetInput: BarsTargetInput;
  BookAppointmentInput: BookAppointmentInput;
  BookingOrganisation: ResolverTypeWrapper<BookingOrganisation>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citizen: ResolverTypeWrapper<CitizenPrincipal>;
  ClinicalDocument: ResolverTypeWrapper<ClinicalDocumentModel>;
  Coding: ResolverTypeWrapper<Coding>;
  Communication: ResolverTypeWrapper<Communication>;
  CommunicationInput: CommunicationInput;
  ContactPoint: ResolverTypeWrapper<ContactPoint>;
  ContactPointInput: ContactPointInput;
  ContactPreferences: ResolverTypeWrapper<ContactPreferences>;
  ContactPreferencesInput: ContactPreferencesInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryChannel: DeliveryChannel;
  DocumentContent: ResolverTypeWrapper<DocumentContentModel>;
  EpsWriteResult: ResolverTypeWrapper<WriteOutcomeModel>;
  ErrorCode: ErrorCode;
  FailedRelease: ResolverTypeWrapper<FailedRelease>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gender: Gender;
  GpAllergy: ResolverTypeWrapper<GpAllergyModel>;
  GpAllergyReaction: ResolverTypeWrapper<Omit<GpAllergyReaction, 'manifestations'> & { manifestations: Array<ResolversTypes['GpCode']> }>;
  GpCode: ResolverTypeWrapper<GpCodeModel>;
  GpConsultation: ResolverTypeWrapper<GpConsultationModel>;
  GpDiaryEntry: ResolverTypeWrapper<Omit<GpDiaryEntry, 'code' | 'reasons'> & { code?: Maybe<ResolversTypes['GpCode']>, reasons: Array<ResolversTypes['GpCode']> }>;
  GpImmunisation: ResolverTypeWrapper<GpImmunisationModel>;
  GpInvestigation: ResolverTypeWrapper<GpInvestigationModel>;
  GpLocation: ResolverTypeWrapper<GpLocationModel>;
  GpMedication: ResolverTypeWrapper<GpMedicationModel>;
  GpMedicationIssue: ResolverTypeWrapper<GpMedicationIssueModel>;
  GpMedicationStatement: ResolverTypeWrapper<GpMedicationStatementModel>;
  GpObservation: ResolverTypeWrapper<GpObservationModel>;
  GpObservationComponent: ResolverTypeWrapper<Omit<GpObservationComponent, 'code' | 'interpretation'> & { code?: Maybe<ResolversTypes['GpCode']>, interpretation?: Maybe<ResolversTypes['GpCode']> }>;
  GpPractitioner: ResolverTypeWrapper<GpPractitionerModel>;
  GpProblem: ResolverTypeWrapper<GpProblemModel>;
  GpRecord: ResolverTypeWrapper<GpRecordRef>;
  GpRecordArea: GpRecordArea;
  GpRecordList: ResolverTypeWrapper<GpRecordListModel>;
  GpRecordWarning: ResolverTypeWrapper<GpRecordWarning>;
  GpReferral: ResolverTypeWrapper<GpReferralModel>;
  HealthContent: ResolverTypeWrapper<HealthContentModel>;
  HealthContentAttribution: ResolverTypeWrapper<HealthContentAttribution>;
  HealthContentLink: ResolverTypeWrapper<HealthContentLink>;
  HealthContentPart: ResolverTypeWrapper<HealthContentPart>;
  HealthContentSearchResult: ResolverTypeWrapper<Omit<HealthContentSearchResult, 'nodes'> & { nodes: Array<ResolversTypes['HealthContentSummary']> }>;
  HealthContentSearchSection: HealthContentSearchSection;
  HealthContentSkippedListing: ResolverTypeWrapper<HealthContentSkippedListing>;
  HealthContentSummary: ResolverTypeWrapper<HealthContentSummaryModel>;
  HumanName: ResolverTypeWrapper<HumanName>;
  HumanNameInput: HumanNameInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdentityLevel: IdentityLevel;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InteractionId: ResolverTypeWrapper<Scalars['InteractionId']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameUse: NameUse;
  NhsNumber: ResolverTypeWrapper<Scalars['NhsNumber']['output']>;
  OdsCode: ResolverTypeWrapper<Scalars['OdsCode']['output']>;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Organisation']> }>;
  OrganisationRelationship: ResolverTypeWrapper<OrganisationRelationshipModel>;
  OrganisationRole: ResolverTypeWrapper<OrganisationRoleModel>;
  OrganisationSearchInput: OrganisationSearchInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Patient: ResolverTypeWrapper<PatientModel>;
  PatientChangesInput: PatientChangesInput;
  PatientMatch: ResolverTypeWrapper<Omit<PatientMatch, 'patient'> & { patient: ResolversTypes['Patient'] }>;
  PatientSearchInput: PatientSearchInput;
  PatientSearchResult: ResolverTypeWrapper<Omit<PatientSearchResult, 'matches'> & { matches: Array<ResolversTypes['PatientMatch']> }>;
  Period: ResolverTypeWrapper<Period>;
  PreferredContactMethod: PreferredContactMethod;
  PreferredWrittenFormat: PreferredWrittenFormat;
  PreparedPrescription: ResolverTypeWrapper<PreparedModel>;
  Prescription: ResolverTypeWrapper<PrescriptionModel>;
  PrescriptionCancellation: ResolverTypeWrapper<CancellationModel>;
  PrescriptionConnection: ResolverTypeWrapper<Omit<PrescriptionConnection, 'nodes'> & { nodes: Array<ResolversTypes['Prescription']> }>;
  PrescriptionDispense: ResolverTypeWrapper<DispenseModel>;
  PrescriptionId: ResolverTypeWrapper<Scalars['PrescriptionId']['output']>;
  PrescriptionLineItem: ResolverTypeWrapper<LineItemModel>;
  PrescriptionRelease: ResolverTypeWrapper<ReleaseModel>;
  PrescriptionStatus: PrescriptionStatus;
  PrescriptionStatusTransition: ResolverTypeWrapper<StatusTransitionModel>;
  ProblemStatus: ProblemStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Referral: ResolverTypeWrapper<ReferralModel>;
  ReferralAppointment: ResolverTypeWrapper<ReferralAppointmentModel>;
  ReferralAttachment: ResolverTypeWrapper<ReferralAttachmentModel>;
  ReferralService: ResolverTypeWrapper<ReferralServiceModel>;
  ReferralState: ResolverTypeWrapper<ReferralState>;
  ReferralWorklist: ReferralWorklist;
  RelatedPerson: ResolverTypeWrapper<RelatedPerson>;
  ReleasePrescriptionInput: ReleasePrescriptionInput;
  ReleasedLineItem: ResolverTypeWrapper<ReleasedLineItem>;
  ReleasedPrescription: ResolverTypeWrapper<ReleasedPrescriptionModel>;
  ReturnPrescriptionInput: ReturnPrescriptionInput;
  Slot: ResolverTypeWrapper<SlotModel>;
  SpineEndpoint: ResolverTypeWrapper<SpineEndpointModel>;
  SpineReliability: ResolverTypeWrapper<SpineReliability>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TreatmentFunction: ResolverTypeWrapper<TreatmentFunction>;
  Ubrn: ResolverTypeWrapper<Scalars['Ubrn']['output']>;
  WaitingListEntry: ResolverTypeWrapper<WaitingListEntryModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  About: About;
  Address: Address;
  AddressInput: AddressInput;
  Appointment: AppointmentModel;
  AppointmentChangesInput: AppointmentChangesInput;
  BarsAppointment: BarsAppointmentModel;
  BarsMessageResult: BarsMessageResultModel;
  BarsServiceRequest: BarsServiceRequestModel;
  BarsSlot: BarsSlotModel;
  BarsTargetInput: BarsTargetInput;
  BookAppointmentInput: BookAppointmentInput;
  BookingOrganisation: BookingOrganisation;
  Boolean: Scalars['Boolean']['output'];
  Citizen: CitizenPrincipal;
  ClinicalDocument: ClinicalDocumentModel;
  Coding: Coding;
  Communication: Communication;
  CommunicationInput: CommunicationInput;
  ContactPoint: ContactPoint;
  ContactPointInput: ContactPointInput;
  ContactPreferences: ContactPreferences;
  ContactPreferencesInput: ContactPreferencesInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DocumentContent: DocumentContentModel;
  EpsWriteResult: WriteOutcomeModel;
  FailedRelease: FailedRelease;
  Float: Scalars['Float']['output'];
  GpAllergy: GpAllergyModel;
  GpAllergyReaction: Omit<GpAllergyReaction, 'manifestations'> & { manifestations: Array<ResolversParentTypes['GpCode']> };
  GpCode: GpCodeModel;
  GpConsultation: GpConsultationModel;
  GpDiaryEntry: Omit<GpDiaryEntry, 'code' | 'reasons'> & { code?: Maybe<ResolversParentTypes['GpCode']>, reasons: Array<ResolversParentTypes['GpCode']> };
  GpImmunisation: GpImmunisationModel;
  GpInvestigation: GpInvestigationModel;
  GpLocation: GpLocationModel;
  GpMedication: GpMedicationModel;
  GpMedicationIssue: GpMedicationIssueModel;
  GpMedicationStatement: GpMedicationStatementModel;
  GpObservation: GpObservationModel;
  GpObservationComponent: Omit<GpObservationComponent, 'code' | 'interpretation'> & { code?: Maybe<ResolversParentTypes['GpCode']>, interpretation?: Maybe<ResolversParentTypes['GpCode']> };
  GpPractitioner: GpPractitionerModel;
  GpProblem: GpProblemModel;
  GpRecord: GpRecordRef;
  GpRecordList: GpRecordListModel;
  GpRecordWarning: GpRecordWarning;
  GpReferral: GpReferralModel;
  HealthContent: HealthContentModel;
  HealthContentAttribution: HealthContentAttribution;
  HealthContentLink: HealthContentLink;
  HealthContentPart: HealthContentPart;
  HealthContentSearchResult: Omit<HealthContentSearchResult, 'nodes'> & { nodes: Array<ResolversParentTypes['HealthContentSummary']> };
  HealthContentSkippedListing: HealthContentSkippedListing;
  HealthContentSummary: HealthContentSummaryModel;
  HumanName: HumanName;
  HumanNameInput: HumanNameInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  InteractionId: Scalars['InteractionId']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  NhsNumber: Scalars['NhsNumber']['output'];
  OdsCode: Scalars['OdsCode']['output'];
  Organisation: OrganisationRef;
  OrganisationConnection: Omit<OrganisationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Organisation']> };
  OrganisationRelationship: OrganisationRelationshipModel;
  OrganisationRole: OrganisationRoleModel;
  OrganisationSearchInput: OrganisationSearchInput;
  PageInfo: PageInfo;
  Patient: PatientModel;
  PatientChangesInput: PatientChangesInput;
  PatientMatch: Omit<PatientMatch, 'patient'> & { patient: ResolversParentTypes['Patient'] };
  PatientSearchInput: PatientSearchInput;
  PatientSearchResult: Omit<PatientSearchResult, 'matches'> & { matches: Array<ResolversParentTypes['PatientMatch']> };
  Period: Period;
  PreparedPrescription: PreparedModel;
  Prescription: PrescriptionModel;
  PrescriptionCancellation: CancellationModel;
  PrescriptionConnection: Omit<PrescriptionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Prescription']> };
  PrescriptionDispense: DispenseModel;
  PrescriptionId: Scalars['PrescriptionId']['output'];
  PrescriptionLineItem: LineItemModel;
  PrescriptionRelease: ReleaseModel;
  PrescriptionStatusTransition: StatusTransitionModel;
  Query: Record<PropertyKey, never>;
  Referral: ReferralModel;
  ReferralAppointment: ReferralAppointmentModel;
  ReferralAttachment: ReferralAttachmentModel;
  ReferralService: ReferralServiceModel;
  ReferralState: ReferralState;
  RelatedPerson: RelatedPerson;
  ReleasePrescriptionInput: ReleasePrescriptionInput;
  ReleasedLineItem: ReleasedLineItem;
  ReleasedPrescription: ReleasedPrescriptionModel;
  ReturnPrescriptionInput: ReturnPrescriptionInput;
  Slot: SlotModel;
  SpineEndpoint: SpineEndpointModel;
  SpineReliability: SpineReliability;
  String: Scalars['String']['output'];
  TreatmentFunction: TreatmentFunction;
  Ubrn: Scalars['Ubrn']['output'];
  WaitingListEntry: WaitingListEntryModel;
};

export type SourceDirectiveArgs = {
  api: Scalars['String']['input'];
};

export type SourceDirectiveResolver<Result, Parent, ContextType = Context, Args = SourceDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AboutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = {
  environment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  use?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment']> = {
  bookingOrganisation?: Resolver<Maybe<ResolversTypes['BookingOrganisation']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryChannel?: Resolver<Maybe<ResolversTypes['DeliveryChannel']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GpLocation']>, ParentType, ContextType>;
  minutesDuration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  patient?: Resolver<Maybe<ResolversTypes['Patient']>, ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  practiceOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  practitioner?: Resolver<Maybe<ResolversTypes['GpPractitioner']>, ParentType, ContextType>;
  practitionerRole?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slotIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BarsAppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsAppointment'] = ResolversParentTypes['BarsAppointment']> = {
  created?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  patientNhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  serviceRequestReferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  slotReferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BarsMessageResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsMessageResult'] = ResolversParentTypes['BarsMessageResult']> = {
  appointment?: Resolver<Maybe<ResolversTypes['BarsAppointment']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  responseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceRequest?: Resolver<Maybe<ResolversTypes['BarsServiceRequest']>, ParentType, ContextType>;
};

export type BarsServiceRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsServiceRequest'] = ResolversParentTypes['BarsServiceRequest']> = {
  authoredOn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  intent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurrenceEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurrenceStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  patientNhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BarsSlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsSlot'] = ResolversParentTypes['BarsSlot']> = {
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  scheduleReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BookingOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingOrganisation'] = ResolversParentTypes['BookingOrganisation']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  odsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen']> = {
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identityLevel?: Resolver<ResolversTypes['IdentityLevel'], ParentType, ContextType>;
  nhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  patient?: Resolver<Maybe<ResolversTypes['Patient']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vectorOfTrust?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClinicalDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClinicalDocument'] = ResolversParentTypes['ClinicalDocument']> = {
  author?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  authorOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  authorPractitioner?: Resolver<Maybe<ResolversTypes['GpPractitioner']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['DocumentContent']>, ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  custodianOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  unavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CodingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coding'] = ResolversParentTypes['Coding']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommunicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Communication'] = ResolversParentTypes['Communication']> = {
  interpreterRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languageDisplay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPoint'] = ResolversParentTypes['ContactPoint']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  use?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactPreferencesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPreferences'] = ResolversParentTypes['ContactPreferences']> = {
  method?: Resolver<Maybe<ResolversTypes['PreferredContactMethod']>, ParentType, ContextType>;
  times?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  writtenFormat?: Resolver<Maybe<ResolversTypes['PreferredWrittenFormat']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentContent'] = ResolversParentTypes['DocumentContent']> = {
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EpsWriteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpsWriteResult'] = ResolversParentTypes['EpsWriteResult']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type FailedReleaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FailedRelease'] = ResolversParentTypes['FailedRelease']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prescriptionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpAllergyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpAllergy'] = ResolversParentTypes['GpAllergy']> = {
  assertedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  clinicalStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  criticality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  onset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['GpAllergyReaction']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpAllergyReactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpAllergyReaction'] = ResolversParentTypes['GpAllergyReaction']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manifestations?: Resolver<Array<ResolversTypes['GpCode']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpCodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpCode'] = ResolversParentTypes['GpCode']> = {
  codings?: Resolver<Array<ResolversTypes['Coding']>, ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpConsultationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpConsultation'] = ResolversParentTypes['GpConsultation']> = {
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
};

export type GpDiaryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpDiaryEntry'] = ResolversParentTypes['GpDiaryEntry']> = {
  authoredOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  plannedEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['GpCode']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpImmunisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpImmunisation'] = ResolversParentTypes['GpImmunisation']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lotNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notGiven?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  procedure?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vaccine?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
};

export type GpInvestigationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpInvestigation'] = ResolversParentTypes['GpInvestigation']> = {
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  conclusion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['GpObservation']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpLocation'] = ResolversParentTypes['GpLocation']> = {
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpMedicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpMedication'] = ResolversParentTypes['GpMedication']> = {
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  healthContent?: Resolver<Maybe<ResolversTypes['HealthContent']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type GpMedicationIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpMedicationIssue'] = ResolversParentTypes['GpMedicationIssue']> = {
  authoredOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpMedicationStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpMedicationStatement'] = ResolversParentTypes['GpMedicationStatement']> = {
  dateAsserted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['GpMedicationIssue']>, ParentType, ContextType>;
  lastIssueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['GpMedication']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  patientInstruction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prescriptionType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repeatsAllowed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  repeatsIssued?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpObservationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpObservation'] = ResolversParentTypes['GpObservation']> = {
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['GpObservationComponent']>, ParentType, ContextType>;
  effective?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretation?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpObservationComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpObservationComponent'] = ResolversParentTypes['GpObservationComponent']> = {
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  interpretation?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpPractitionerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpPractitioner'] = ResolversParentTypes['GpPractitioner']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sdsUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpProblem'] = ResolversParentTypes['GpProblem']> = {
  abatement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assertedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinicalStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  healthContent?: Resolver<Maybe<ResolversTypes['HealthContent']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  onset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  significance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpRecord'] = ResolversParentTypes['GpRecord']> = {
  allergies?: Resolver<Array<ResolversTypes['GpAllergy']>, ParentType, ContextType, RequireFields<GpRecordAllergiesArgs, 'includeResolved'>>;
  consultations?: Resolver<Array<ResolversTypes['GpConsultation']>, ParentType, ContextType, Partial<GpRecordConsultationsArgs>>;
  diaryEntries?: Resolver<Array<ResolversTypes['GpDiaryEntry']>, ParentType, ContextType, Partial<GpRecordDiaryEntriesArgs>>;
  immunisations?: Resolver<Array<ResolversTypes['GpImmunisation']>, ParentType, ContextType, RequireFields<GpRecordImmunisationsArgs, 'includeNotGiven'>>;
  investigations?: Resolver<Array<ResolversTypes['GpInvestigation']>, ParentType, ContextType, Partial<GpRecordInvestigationsArgs>>;
  lists?: Resolver<Array<ResolversTypes['GpRecordList']>, ParentType, ContextType>;
  medicationStatements?: Resolver<Array<ResolversTypes['GpMedicationStatement']>, ParentType, ContextType, RequireFields<GpRecordMedicationStatementsArgs, 'includeIssues'>>;
  medications?: Resolver<Array<ResolversTypes['GpMedication']>, ParentType, ContextType, Partial<GpRecordMedicationsArgs>>;
  nhsNumber?: Resolver<ResolversTypes['NhsNumber'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['GpObservation']>, ParentType, ContextType, Partial<GpRecordObservationsArgs>>;
  practiceOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['GpProblem']>, ParentType, ContextType, Partial<GpRecordProblemsArgs>>;
  referrals?: Resolver<Array<ResolversTypes['GpReferral']>, ParentType, ContextType, Partial<GpRecordReferralsArgs>>;
};

export type GpRecordListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpRecordList'] = ResolversParentTypes['GpRecordList']> = {
  area?: Resolver<ResolversTypes['GpRecordArea'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  emptyReason?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['GpRecordWarning']>, ParentType, ContextType>;
};

export type GpRecordWarningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpRecordWarning'] = ResolversParentTypes['GpRecordWarning']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GpReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GpReferral'] = ResolversParentTypes['GpReferral']> = {
  authoredOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  intent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['GpCode']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ubrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthContent'] = ResolversParentTypes['HealthContent']> = {
  apiUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['HealthContentAttribution'], ParentType, ContextType>;
  dateModified?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewed?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextReviewDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['HealthContentPart']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedLinks?: Resolver<Array<ResolversTypes['HealthContentLink']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  webpageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthContentAttributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthContentAttribution'] = ResolversParentTypes['HealthContentAttribution']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copyrightHolder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logoAlt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logoUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthContentLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthContentLink'] = ResolversParentTypes['HealthContentLink']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthContentPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthContentPart'] = ResolversParentTypes['HealthContentPart']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  healthAspect?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  html?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthContentSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthContentSearchResult'] = ResolversParentTypes['HealthContentSearchResult']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['HealthContentSummary']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['HealthContentSkippedListing']>, ParentType, ContextType>;
};

export type HealthContentSkippedListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthContentSkippedListing'] = ResolversParentTypes['HealthContentSkippedListing']> = {
  letter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthContentSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthContentSummary'] = ResolversParentTypes['HealthContentSummary']> = {
  dateModified?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextReviewDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['HealthContent']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HumanNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HumanName'] = ResolversParentTypes['HumanName']> = {
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  given?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  prefix?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  suffix?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  use?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface InteractionIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['InteractionId'], any> {
  name: 'InteractionId';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  amendAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationAmendAppointmentArgs, 'changes' | 'id' | 'version'>>;
  bookAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationBookAppointmentArgs, 'input'>>;
  cancelAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCancelAppointmentArgs, 'id' | 'reason' | 'version'>>;
  cancelPrescription?: Resolver<ResolversTypes['PrescriptionCancellation'], ParentType, ContextType, RequireFields<MutationCancelPrescriptionArgs, 'message'>>;
  createPrescription?: Resolver<ResolversTypes['EpsWriteResult'], ParentType, ContextType, RequireFields<MutationCreatePrescriptionArgs, 'message'>>;
  notifyDispense?: Resolver<ResolversTypes['EpsWriteResult'], ParentType, ContextType, RequireFields<MutationNotifyDispenseArgs, 'message'>>;
  preparePrescription?: Resolver<ResolversTypes['PreparedPrescription'], ParentType, ContextType, RequireFields<MutationPreparePrescriptionArgs, 'message'>>;
  releasePrescription?: Resolver<ResolversTypes['PrescriptionRelease'], ParentType, ContextType, RequireFields<MutationReleasePrescriptionArgs, 'input'>>;
  returnPrescription?: Resolver<ResolversTypes['EpsWriteResult'], ParentType, ContextType, RequireFields<MutationReturnPrescriptionArgs, 'input'>>;
  sendBarsBooking?: Resolver<ResolversTypes['BarsMessageResult'], ParentType, ContextType, RequireFields<MutationSendBarsBookingArgs, 'message' | 'target'>>;
  sendBarsReferral?: Resolver<ResolversTypes['BarsMessageResult'], ParentType, ContextType, RequireFields<MutationSendBarsReferralArgs, 'message' | 'target'>>;
  updatePatient?: Resolver<ResolversTypes['Patient'], ParentType, ContextType, RequireFields<MutationUpdatePatientArgs, 'changes' | 'nhsNumber' | 'version'>>;
};

export interface NhsNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NhsNumber'], any> {
  name: 'NhsNumber';
}

export interface OdsCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OdsCode'], any> {
  name: 'OdsCode';
}

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  appointments?: Resolver<Maybe<Array<ResolversTypes['Appointment']>>, ParentType, ContextType, RequireFields<OrganisationAppointmentsArgs, 'from' | 'to'>>;
  freeSlots?: Resolver<Maybe<Array<ResolversTypes['Slot']>>, ParentType, ContextType, RequireFields<OrganisationFreeSlotsArgs, 'from' | 'to'>>;
  lastChangeDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  odsCode?: Resolver<ResolversTypes['OdsCode'], ParentType, ContextType>;
  primaryRole?: Resolver<Maybe<ResolversTypes['OrganisationRole']>, ParentType, ContextType>;
  recordClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordUseType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<Array<ResolversTypes['OrganisationRelationship']>>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['OrganisationRole']>>, ParentType, ContextType>;
  spineEndpoints?: Resolver<Maybe<Array<ResolversTypes['SpineEndpoint']>>, ParentType, ContextType, RequireFields<OrganisationSpineEndpointsArgs, 'interaction'>>;
  successorOdsCodes?: Resolver<Maybe<Array<ResolversTypes['OdsCode']>>, ParentType, ContextType>;
  successors?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  telecom?: Resolver<Maybe<Array<ResolversTypes['ContactPoint']>>, ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OrganisationRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationRelationship'] = ResolversParentTypes['OrganisationRelationship']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  targetOdsCode?: Resolver<ResolversTypes['OdsCode'], ParentType, ContextType>;
};

export type OrganisationRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationRole'] = ResolversParentTypes['OrganisationRole']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalPeriod?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  operationalPeriod?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PatientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Patient'] = ResolversParentTypes['Patient']> = {
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  appointments?: Resolver<Maybe<Array<ResolversTypes['Appointment']>>, ParentType, ContextType, RequireFields<PatientAppointmentsArgs, 'from' | 'to'>>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  communication?: Resolver<Maybe<ResolversTypes['Communication']>, ParentType, ContextType>;
  contactPreferences?: Resolver<Maybe<ResolversTypes['ContactPreferences']>, ParentType, ContextType>;
  deceasedDateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documents?: Resolver<Maybe<Array<ResolversTypes['ClinicalDocument']>>, ParentType, ContextType, Partial<PatientDocumentsArgs>>;
  fromSearch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  gpRecord?: Resolver<Maybe<ResolversTypes['GpRecord']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['HumanName']>, ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['HumanName']>, ParentType, ContextType>;
  nhsNumber?: Resolver<ResolversTypes['NhsNumber'], ParentType, ContextType>;
  nominatedPharmacy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  nominatedPharmacyOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  prescriptions?: Resolver<Maybe<ResolversTypes['PrescriptionConnection']>, ParentType, ContextType, RequireFields<PatientPrescriptionsArgs, 'first'>>;
  referrals?: Resolver<Maybe<Array<ResolversTypes['Referral']>>, ParentType, ContextType, Partial<PatientReferralsArgs>>;
  registeredGp?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  registeredGpOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  relatedPeople?: Resolver<Maybe<Array<ResolversTypes['RelatedPerson']>>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supersededNhsNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  telecom?: Resolver<Array<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitingList?: Resolver<Maybe<Array<ResolversTypes['WaitingListEntry']>>, ParentType, ContextType>;
};

export type PatientMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PatientMatch'] = ResolversParentTypes['PatientMatch']> = {
  patient?: Resolver<ResolversTypes['Patient'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PatientSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PatientSearchResult'] = ResolversParentTypes['PatientSearchResult']> = {
  matches?: Resolver<Array<ResolversTypes['PatientMatch']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PreparedPrescriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparedPrescription'] = ResolversParentTypes['PreparedPrescription']> = {
  algorithm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PrescriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Prescription'] = ResolversParentTypes['Prescription']> = {
  authoredOn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dispenser?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  dispenserOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['PrescriptionId'], ParentType, ContextType>;
  intent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issueNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lineItems?: Resolver<Array<ResolversTypes['PrescriptionLineItem']>, ParentType, ContextType>;
  nominatedPharmacy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  nominatedPharmacyOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  pendingCancellation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prescriber?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  prescriberOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  prescriptionType?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  repeatsAllowed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  repeatsIssued?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PrescriptionStatus']>, ParentType, ContextType>;
  statusCoding?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['PrescriptionStatusTransition']>, ParentType, ContextType>;
};

export type PrescriptionCancellationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrescriptionCancellation'] = ResolversParentTypes['PrescriptionCancellation']> = {
  cancelled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prescriptionId?: Resolver<Maybe<ResolversTypes['PrescriptionId']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type PrescriptionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrescriptionConnection'] = ResolversParentTypes['PrescriptionConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Prescription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PrescriptionDispenseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrescriptionDispense'] = ResolversParentTypes['PrescriptionDispense']> = {
  dispenserOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PrescriptionIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PrescriptionId'], any> {
  name: 'PrescriptionId';
}

export type PrescriptionLineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrescriptionLineItem'] = ResolversParentTypes['PrescriptionLineItem']> = {
  courseOfTherapy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispenses?: Resolver<Array<ResolversTypes['PrescriptionDispense']>, ParentType, ContextType>;
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pendingCancellation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PrescriptionReleaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrescriptionRelease'] = ResolversParentTypes['PrescriptionRelease']> = {
  failed?: Resolver<Array<ResolversTypes['FailedRelease']>, ParentType, ContextType>;
  released?: Resolver<Array<ResolversTypes['ReleasedPrescription']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  responseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PrescriptionStatusTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrescriptionStatusTransition'] = ResolversParentTypes['PrescriptionStatusTransition']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PrescriptionStatus']>, ParentType, ContextType>;
  statusCoding?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  appointment?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryAppointmentArgs, 'id'>>;
  barsAppointment?: Resolver<Maybe<ResolversTypes['BarsAppointment']>, ParentType, ContextType, RequireFields<QueryBarsAppointmentArgs, 'id' | 'target'>>;
  barsAppointments?: Resolver<Maybe<Array<ResolversTypes['BarsAppointment']>>, ParentType, ContextType, RequireFields<QueryBarsAppointmentsArgs, 'nhsNumber' | 'target'>>;
  barsServiceRequest?: Resolver<Maybe<ResolversTypes['BarsServiceRequest']>, ParentType, ContextType, RequireFields<QueryBarsServiceRequestArgs, 'id' | 'target'>>;
  barsServiceRequests?: Resolver<Maybe<Array<ResolversTypes['BarsServiceRequest']>>, ParentType, ContextType, RequireFields<QueryBarsServiceRequestsArgs, 'nhsNumber' | 'target'>>;
  barsSlots?: Resolver<Maybe<Array<ResolversTypes['BarsSlot']>>, ParentType, ContextType, RequireFields<QueryBarsSlotsArgs, 'target'>>;
  healthContent?: Resolver<Maybe<ResolversTypes['HealthContent']>, ParentType, ContextType, RequireFields<QueryHealthContentArgs, 'path'>>;
  healthContentSearch?: Resolver<Maybe<ResolversTypes['HealthContentSearchResult']>, ParentType, ContextType, RequireFields<QueryHealthContentSearchArgs, 'first' | 'section' | 'text'>>;
  me?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'odsCode'>>;
  organisations?: Resolver<Maybe<ResolversTypes['OrganisationConnection']>, ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first' | 'search'>>;
  patient?: Resolver<Maybe<ResolversTypes['Patient']>, ParentType, ContextType, RequireFields<QueryPatientArgs, 'nhsNumber'>>;
  patients?: Resolver<Maybe<ResolversTypes['PatientSearchResult']>, ParentType, ContextType, RequireFields<QueryPatientsArgs, 'search'>>;
  prescription?: Resolver<Maybe<ResolversTypes['Prescription']>, ParentType, ContextType, RequireFields<QueryPrescriptionArgs, 'id'>>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'ubrn'>>;
};

export type ReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = {
  appointment?: Resolver<Maybe<ResolversTypes['ReferralAppointment']>, ParentType, ContextType>;
  attachments?: Resolver<Maybe<Array<ResolversTypes['ReferralAttachment']>>, ParentType, ContextType>;
  pathwayStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  patientNhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  providerOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  referrerOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  referrerOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['ReferralService']>, ParentType, ContextType>;
  shortlist?: Resolver<Maybe<Array<ResolversTypes['ReferralService']>>, ParentType, ContextType>;
  specialty?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['ReferralState']>, ParentType, ContextType>;
  ubrn?: Resolver<ResolversTypes['Ubrn'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferralAppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralAppointment'] = ResolversParentTypes['ReferralAppointment']> = {
  created?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slotId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferralAttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralAttachment'] = ResolversParentTypes['ReferralAttachment']> = {
  attachedByOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  availability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferralServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralService'] = ResolversParentTypes['ReferralService']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  siteOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
};

export type ReferralStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralState'] = ResolversParentTypes['ReferralState']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
};

export type RelatedPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelatedPerson'] = ResolversParentTypes['RelatedPerson']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  communication?: Resolver<Maybe<ResolversTypes['Communication']>, ParentType, ContextType>;
  contactPreferences?: Resolver<Maybe<ResolversTypes['ContactPreferences']>, ParentType, ContextType>;
  contactRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  copyCorrespondence?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['HumanName']>, ParentType, ContextType>;
  nextOfKin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  relatedNhsNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Coding']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  telecom?: Resolver<Array<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
};

export type ReleasedLineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleasedLineItem'] = ResolversParentTypes['ReleasedLineItem']> = {
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReleasedPrescriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleasedPrescription'] = ResolversParentTypes['ReleasedPrescription']> = {
  lineItems?: Resolver<Array<ResolversTypes['ReleasedLineItem']>, ParentType, ContextType>;
  nhsNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prescription?: Resolver<Maybe<ResolversTypes['Prescription']>, ParentType, ContextType>;
  prescriptionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type SlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Slot'] = ResolversParentTypes['Slot']> = {
  deliveryChannel?: Resolver<Maybe<ResolversTypes['DeliveryChannel']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GpLocation']>, ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  practiceOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  practitioner?: Resolver<Maybe<ResolversTypes['GpPractitioner']>, ParentType, ContextType>;
  practitionerRole?: Resolver<Maybe<ResolversTypes['GpCode']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slotId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SpineEndpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpineEndpoint'] = ResolversParentTypes['SpineEndpoint']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cpaId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interaction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interactions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  manufacturingOrganisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mhsFqdn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mhsId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<Maybe<ResolversTypes['SpineReliability']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SpineReliabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpineReliability'] = ResolversParentTypes['SpineReliability']> = {
  ackRequested?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duplicateElimination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  persistDuration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retryInterval?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  syncReplyMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TreatmentFunctionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreatmentFunction'] = ResolversParentTypes['TreatmentFunction']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface UbrnScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Ubrn'], any> {
  name: 'Ubrn';
}

export type WaitingListEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WaitingListEntry'] = ResolversParentTypes['WaitingListEntry']> = {
  clockStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  pathwayId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  providerOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  treatmentFunction?: Resolver<Maybe<ResolversTypes['TreatmentFunction']>, ParentType, ContextType>;
  weekEnding?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weeksWaitingAtCensus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  About?: AboutResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  Appointment?: AppointmentResolvers<ContextType>;
  BarsAppointment?: BarsAppointmentResolvers<ContextType>;
  BarsMessageResult?: BarsMessageResultResolvers<ContextType>;
  BarsServiceRequest?: BarsServiceRequestResolvers<ContextType>;
  BarsSlot?: BarsSlotResolvers<ContextType>;
  BookingOrganisation?: BookingOrganisationResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  ClinicalDocument?: ClinicalDocumentResolvers<ContextType>;
  Coding?: CodingResolvers<ContextType>;
  Communication?: CommunicationResolvers<ContextType>;
  ContactPoint?: ContactPointResolvers<ContextType>;
  ContactPreferences?: ContactPreferencesResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DocumentContent?: DocumentContentResolvers<ContextType>;
  EpsWriteResult?: EpsWriteResultResolvers<ContextType>;
  FailedRelease?: FailedReleaseResolvers<ContextType>;
  GpAllergy?: GpAllergyResolvers<ContextType>;
  GpAllergyReaction?: GpAllergyReactionResolvers<ContextType>;
  GpCode?: GpCodeResolvers<ContextType>;
  GpConsultation?: GpConsultationResolvers<ContextType>;
  GpDiaryEntry?: GpDiaryEntryResolvers<ContextType>;
  GpImmunisation?: GpImmunisationResolvers<ContextType>;
  GpInvestigation?: GpInvestigationResolvers<ContextType>;
  GpLocation?: GpLocationResolvers<ContextType>;
  GpMedication?: GpMedicationResolvers<ContextType>;
  GpMedicationIssue?: GpMedicationIssueResolvers<ContextType>;
  GpMedicationStatement?: GpMedicationStatementResolvers<ContextType>;
  GpObservation?: GpObservationResolvers<ContextType>;
  GpObservationComponent?: GpObservationComponentResolvers<ContextType>;
  GpPractitioner?: GpPractitionerResolvers<ContextType>;
  GpProblem?: GpProblemResolvers<ContextType>;
  GpRecord?: GpRecordResolvers<ContextType>;
  GpRecordList?: GpRecordListResolvers<ContextType>;
  GpRecordWarning?: GpRecordWarningResolvers<ContextType>;
  GpReferral?: GpReferralResolvers<ContextType>;
  HealthContent?: HealthContentResolvers<ContextType>;
  HealthContentAttribution?: HealthContentAttributionResolvers<ContextType>;
  HealthContentLink?: HealthContentLinkResolvers<ContextType>;
  HealthContentPart?: HealthContentPartResolvers<ContextType>;
  HealthContentSearchResult?: HealthContentSearchResultResolvers<ContextType>;
  HealthContentSkippedListing?: HealthContentSkippedListingResolvers<ContextType>;
  HealthContentSummary?: HealthContentSummaryResolvers<ContextType>;
  HumanName?: HumanNameResolvers<ContextType>;
  InteractionId?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NhsNumber?: GraphQLScalarType;
  OdsCode?: GraphQLScalarType;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationRelationship?: OrganisationRelationshipResolvers<ContextType>;
  OrganisationRole?: OrganisationRoleResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Patient?: PatientResolvers<ContextType>;
  PatientMatch?: PatientMatchResolvers<ContextType>;
  PatientSearchResult?: PatientSearchResultResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  PreparedPrescription?: PreparedPrescriptionResolvers<ContextType>;
  Prescription?: PrescriptionResolvers<ContextType>;
  PrescriptionCancellation?: PrescriptionCancellationResolvers<ContextType>;
  PrescriptionConnection?: PrescriptionConnectionResolvers<ContextType>;
  PrescriptionDispense?: PrescriptionDispenseResolvers<ContextType>;
  PrescriptionId?: GraphQLScalarType;
  PrescriptionLineItem?: PrescriptionLineItemResolvers<ContextType>;
  PrescriptionRelease?: PrescriptionReleaseResolvers<ContextType>;
  PrescriptionStatusTransition?: PrescriptionStatusTransitionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralAppointment?: ReferralAppointmentResolvers<ContextType>;
  ReferralAttachment?: ReferralAttachmentResolvers<ContextType>;
  ReferralService?: ReferralServiceResolvers<ContextType>;
  ReferralState?: ReferralStateResolvers<ContextType>;
  RelatedPerson?: RelatedPersonResolvers<ContextType>;
  ReleasedLineItem?: ReleasedLineItemResolvers<ContextType>;
  ReleasedPrescription?: ReleasedPrescriptionResolvers<ContextType>;
  Slot?: SlotResolvers<ContextType>;
  SpineEndpoint?: SpineEndpointResolvers<ContextType>;
  SpineReliability?: SpineReliabilityResolvers<ContextType>;
  TreatmentFunction?: TreatmentFunctionResolvers<ContextType>;
  Ubrn?: GraphQLScalarType;
  WaitingListEntry?: WaitingListEntryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  source?: SourceDirectiveResolver<any, any, ContextType>;
};
