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
import type { BarsServiceRequestModel, BarsAppointmentModel, BarsSlotModel, BarsMessageResultModel, BarsResponseModel } from '../sources/bars/mapper.js';
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

/** The graph's build and environment. */
export type About = {
  __typename?: 'About';
  /** Which NHS environment the graph reads and writes. */
  environment: NhsEnvironment;
  /** The graph's package version (semver). */
  version: Scalars['String']['output'];
};

/**
 * A postal address from PDS (Personal Demographics Service) or ODS (Organisation Data Service). Never revealed for a
 * restricted patient.
 */
export type Address = {
  __typename?: 'Address';
  /** Town or city. */
  city?: Maybe<Scalars['String']['output']>;
  /** The country, when given. */
  country?: Maybe<Scalars['String']['output']>;
  /** County or district. */
  district?: Maybe<Scalars['String']['output']>;
  /** The address's id in PDS: pass it to `removeAddressIds`. Null from ODS. */
  id?: Maybe<Scalars['String']['output']>;
  /** The address lines (house, street, locality), in order; empty when none. */
  lines: Array<Scalars['String']['output']>;
  /** When the address is (or was) in use. */
  period?: Maybe<Period>;
  /** The postcode. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** What the address is for; null when the NHS API gives no use. */
  use?: Maybe<AddressUse>;
};

/** An address to add to a PDS record. */
export type AddressInput = {
  /** Town or city. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Address lines, in order. */
  lines: Array<Scalars['String']['input']>;
  /** Last day the address applies. */
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  /** First day the address applies. */
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  /** Postcode. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Free text of the address; required by PDS for a temporary address. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** What the address is for; TEMP and BILLING need `periodStart` and `periodEnd`. */
  use: AddressUse;
};

/** The purpose of an address (FHIR address-use). */
export type AddressUse =
  /** An address for billing (PDS: a correspondence address). */
  | 'BILLING'
  /** A home address. */
  | 'HOME'
  /** An address no longer in use. */
  | 'OLD'
  /** A code outside FHIR address-use (the raw code is in the resource). */
  | 'OTHER'
  /** A temporary address (PDS needs a period and text for it). */
  | 'TEMP'
  /** An office or work address. */
  | 'WORK';

/** Why amendAppointment refused a change the caller can correct. */
export type AmendAppointmentErrorCode =
  /** The appointment is cancelled: it cannot be amended. */
  | 'APPOINTMENT_CANCELLED'
  /** The practice no longer lets the appointment change (past, or locked). */
  | 'APPOINTMENT_NOT_CHANGEABLE'
  /** The appointment's state forbids the change. */
  | 'CONFLICT'
  /** The id is not one the graph issued. */
  | 'INVALID_APPOINTMENT_ID'
  /** The new comment is over 500 characters. */
  | 'INVALID_COMMENT'
  /** The new description is empty or over 100 characters. */
  | 'INVALID_DESCRIPTION'
  /** GP Connect refused the change as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** `changes` names nothing to change. */
  | 'NO_CHANGES'
  /** The appointment changed since `version` was read: read it again. */
  | 'STALE_VERSION';

/** What amendAppointment did: the amended appointment, or why it was refused. */
export type AmendAppointmentPayload = {
  __typename?: 'AmendAppointmentPayload';
  /** The appointment after the change; null when refused. */
  appointment?: Maybe<Appointment>;
  /** Refusals the caller can act on; empty when amended. */
  userErrors: Array<AmendAppointmentUserError>;
};

/** A refusal of amendAppointment the caller can act on. */
export type AmendAppointmentUserError = UserError & {
  __typename?: 'AmendAppointmentUserError';
  /** Which refusal it is. */
  code: AmendAppointmentErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** A GP appointment from GP Connect Appointment Management. */
export type Appointment = {
  __typename?: 'Appointment';
  /** The organisation that booked it. */
  bookingOrganisation?: Maybe<BookingOrganisation>;
  /** Why it was cancelled; null unless CANCELLED. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** A note for the practice (at most 500 characters). */
  comment?: Maybe<Scalars['String']['output']>;
  /** When it was booked. */
  created?: Maybe<Scalars['DateTime']['output']>;
  /** How it is delivered. */
  deliveryChannel?: Maybe<DeliveryChannel>;
  /** What the appointment is for (at most 100 characters). */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ends. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /**
   * `{practice ODS code}:{the GP system's id}`, so a read, amend or cancel by id goes to that practice's GP Connect
   * (found in the Spine Directory). The GP system's id alone is accepted too and goes to the platform's provider.
   */
  id: Scalars['ID']['output'];
  /** Where it takes place. */
  location?: Maybe<GpLocation>;
  /** Length in minutes. */
  minutesDuration?: Maybe<Scalars['Int']['output']>;
  /** The patient's NHS number, when the appointment names it. */
  nhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** The patient, from the Personal Demographics Service (PDS FHIR API). */
  patient?: Maybe<Patient>;
  /** The practice, from the Organisation Data Service (ODS). */
  practice?: Maybe<Organisation>;
  /** ODS code of the practice. */
  practiceOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The clinician it is with. */
  practitioner?: Maybe<GpPractitioner>;
  /** The clinician's role. */
  practitionerRole?: Maybe<GpCode>;
  /** The STU3 Appointment, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The schedule's service category. */
  serviceCategory?: Maybe<Scalars['String']['output']>;
  /** The schedule's service type. */
  serviceType?: Maybe<Scalars['String']['output']>;
  /** The GP system's ids of the slots it occupies. */
  slotIds: Array<Scalars['String']['output']>;
  /** When it starts. */
  start?: Maybe<Scalars['DateTime']['output']>;
  /** The appointment's status. */
  status?: Maybe<AppointmentStatus>;
  /** The version (meta.versionId) to pass to amendAppointment and cancelAppointment. */
  version?: Maybe<Scalars['String']['output']>;
};

/** The changes amendAppointment makes: at least one. */
export type AppointmentChangesInput = {
  /** The new comment: at most 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The new description: 1 to 100 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** The status of a GP Connect appointment (FHIR STU3 appointmentstatus). */
export type AppointmentStatus =
  /** The patient has arrived. */
  | 'ARRIVED'
  /** Booked. */
  | 'BOOKED'
  /** Cancelled (see `cancellationReason`). */
  | 'CANCELLED'
  /** Checked in (FHIR R4, BaRS). */
  | 'CHECKED_IN'
  /** Recorded in error. */
  | 'ENTERED_IN_ERROR'
  /** The appointment took place. */
  | 'FULFILLED'
  /** The patient did not attend. */
  | 'NOSHOW'
  /** A status outside the value set (the raw code is in `resource`). */
  | 'OTHER'
  /** Booked but awaiting confirmation. */
  | 'PENDING'
  /** Proposed, not yet booked. */
  | 'PROPOSED'
  /** On a waiting list (FHIR R4, BaRS). */
  | 'WAITLIST';

/** A booking (Appointment) at a BaRS receiver. */
export type BarsAppointment = {
  __typename?: 'BarsAppointment';
  /** When it was booked. */
  created?: Maybe<Scalars['DateTime']['output']>;
  /** What the booking is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ends. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** The Appointment's id at the receiver. */
  id?: Maybe<Scalars['String']['output']>;
  /** When a participant names the patient by NHS number (what makes the booking a patient's, for the access rules). */
  patientNhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** The R4 Appointment, verbatim. */
  resource: Scalars['JSON']['output'];
  /**
   * The booking-responses receivers have posted to this graph's BaRS endpoint ($process-message) about this booking
   * (for example the patient did not attend), oldest first. An empty list means no response has come in the 30 days
   * responses are kept. Read from the graph's own store (no BaRS call). A failure is an error, never an empty list.
   */
  responses: Array<BarsResponse>;
  /** The ServiceRequests the booking is based on. */
  serviceRequestReferences: Array<Scalars['String']['output']>;
  /** References of the slots it occupies (Slot/{id}). */
  slotReferences: Array<Scalars['String']['output']>;
  /** When it starts. */
  start?: Maybe<Scalars['DateTime']['output']>;
  /** The booking's status (FHIR R4 appointmentstatus). */
  status?: Maybe<AppointmentStatus>;
};

/** The receiver's synchronous answer to a sent message. */
export type BarsMessageResult = {
  __typename?: 'BarsMessageResult';
  /** The booking as the receiver recorded it, when its reply carries one. */
  appointment?: Maybe<BarsAppointment>;
  /** The message event sent (servicerequest-request or booking-request). */
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

/**
 * A receiver's response to a referral or booking this graph sent over the Booking and Referral Standard (BaRS API), as the
 * receiver posted it to the graph's own BaRS endpoint (POST /booking-and-referral/FHIR/R4/$process-message). Kept 30 days.
 */
export type BarsResponse = {
  __typename?: 'BarsResponse';
  /** The booking as the receiver now records it, when the response's focus is an Appointment. */
  appointment?: Maybe<BarsAppointment>;
  /** The id of the booking (Appointment) a booking-response answers; null for a response about a referral. */
  appointmentId?: Maybe<Scalars['ID']['output']>;
  /** The message event: servicerequest-response or booking-response (message-events-bars). */
  event: Scalars['String']['output'];
  /** The id of the message this answers (MessageHeader.response.identifier), when given. */
  inResponseTo?: Maybe<Scalars['ID']['output']>;
  /** The response message Bundle, verbatim. */
  message: Scalars['JSON']['output'];
  /** The response message's Bundle id (a resent message with the same id is stored once). */
  messageId: Scalars['ID']['output'];
  /** The MessageHeader reason code (message-reason-bars), when given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the graph received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** The MessageHeader.response.code (ok, transient-error, fatal-error), when given. */
  responseCode?: Maybe<Scalars['String']['output']>;
  /** The referral as the receiver now records it, when the response's focus is a ServiceRequest. */
  serviceRequest?: Maybe<BarsServiceRequest>;
  /** The id of the referral (ServiceRequest) this answers; null for a response about a booking made without a referral. */
  serviceRequestId?: Maybe<Scalars['ID']['output']>;
};

/** A referral (ServiceRequest) at a BaRS receiver. */
export type BarsServiceRequest = {
  __typename?: 'BarsServiceRequest';
  /** When it was made. */
  authoredOn?: Maybe<Scalars['DateTime']['output']>;
  /** referral, validation, ... (message-category-servicerequest) */
  category?: Maybe<Scalars['String']['output']>;
  /** The ServiceRequest's id at the receiver. */
  id?: Maybe<Scalars['String']['output']>;
  /** proposal, plan, order, ... (FHIR request-intent, as the receiver sent it). */
  intent?: Maybe<Scalars['String']['output']>;
  /** End of the period it should happen in. */
  occurrenceEnd?: Maybe<Scalars['DateTime']['output']>;
  /** Start of the period it should happen in. */
  occurrenceStart?: Maybe<Scalars['DateTime']['output']>;
  /** When the receiver names the patient by NHS number. */
  patientNhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** The R4 ServiceRequest, verbatim. */
  resource: Scalars['JSON']['output'];
  /**
   * The responses receivers have posted to this graph's BaRS endpoint ($process-message) about this referral (and about
   * bookings based on it), oldest first. An empty list means no response has come in the 30 days responses are kept.
   * Read from the graph's own store (no BaRS call). A failure is an error, never an empty list.
   */
  responses: Array<BarsResponse>;
  /** The referral's status. */
  status?: Maybe<BarsServiceRequestStatus>;
};

/** The status of a BaRS referral (FHIR R4 request-status). */
export type BarsServiceRequestStatus =
  /** Active: the receiver should act on it. */
  | 'ACTIVE'
  /** Completed. */
  | 'COMPLETED'
  /** Not yet actionable. */
  | 'DRAFT'
  /** Recorded in error. */
  | 'ENTERED_IN_ERROR'
  /** Paused. */
  | 'ON_HOLD'
  /** A code outside request-status (the raw code is in `resource`). */
  | 'OTHER'
  /** Withdrawn by the sender. */
  | 'REVOKED'
  /** Unknown to the receiver. */
  | 'UNKNOWN';

/** A slot a BaRS receiver offers. */
export type BarsSlot = {
  __typename?: 'BarsSlot';
  /** When it ends. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** The Slot's id at the receiver. */
  id?: Maybe<Scalars['String']['output']>;
  /** The R4 Slot, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The reference of the schedule it belongs to (Schedule/{id}). */
  scheduleReference?: Maybe<Scalars['String']['output']>;
  /** When it starts. */
  start?: Maybe<Scalars['DateTime']['output']>;
  /** Free or busy. */
  status?: Maybe<SlotStatus>;
};

/**
 * A receiving service in the Booking and Referral Standard's Endpoint Catalogue, e.g. system
 * https://fhir.nhs.uk/Id/dos-service-id and value 2000072489. Sent base64-encoded in NHSD-Target-Identifier.
 */
export type BarsTargetInput = {
  /** The identifier system of the receiving service (e.g. https://fhir.nhs.uk/Id/dos-service-id). */
  system: Scalars['String']['input'];
  /** The receiving service's identifier in that system. */
  value: Scalars['String']['input'];
};

/** Why bookAppointment refused a booking the caller can correct. */
export type BookAppointmentErrorCode =
  /** A slot is no longer free, or the booking duplicates one already made: read freeSlots again. */
  | 'CONFLICT'
  /** `comment` is over 500 characters. */
  | 'INVALID_COMMENT'
  /** `description` is empty or over 100 characters. */
  | 'INVALID_DESCRIPTION'
  /** GP Connect refused the booking as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** A slot id that freeSlots did not issue, a repeated one, none, or too many. */
  | 'INVALID_SLOT_ID'
  /** The slots are not adjacent in one schedule at one practice. */
  | 'SLOTS_NOT_ADJACENT';

/** What bookAppointment books. */
export type BookAppointmentInput = {
  /** A note for the practice: at most 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** What the appointment is for, shown to the practice: 1 to 100 characters. */
  description: Scalars['String']['input'];
  /** The patient the appointment is for. */
  nhsNumber: Scalars['NhsNumber']['input'];
  /** Slot ids from freeSlots: one, or several adjacent in one schedule. */
  slotIds: Array<Scalars['ID']['input']>;
};

/** What bookAppointment did: the booked appointment, or why it was refused. */
export type BookAppointmentPayload = {
  __typename?: 'BookAppointmentPayload';
  /** The appointment as the practice booked it; null when refused. */
  appointment?: Maybe<Appointment>;
  /** Refusals the caller can act on; empty when booked. */
  userErrors: Array<BookAppointmentUserError>;
};

/** A refusal of bookAppointment the caller can act on. */
export type BookAppointmentUserError = UserError & {
  __typename?: 'BookAppointmentUserError';
  /** Which refusal it is. */
  code: BookAppointmentErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** Why bookReferralAppointment refused a booking the caller can correct. */
export type BookReferralAppointmentErrorCode =
  /** e-RS refused it as conflicting. */
  | 'CONFLICT'
  /** The slot does not suit the referral (INAPPROPRIATE_SLOT). */
  | 'INAPPROPRIATE_SLOT'
  /** e-RS refused the booking as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** The referral is not in a state that can be booked (INVALID_REQUEST_STATE). */
  | 'INVALID_REQUEST_STATE'
  /** The service id is empty or malformed. */
  | 'INVALID_SERVICE_ID'
  /** The slot id is empty or malformed. */
  | 'INVALID_SLOT_ID'
  /** The version is not a referral version. */
  | 'INVALID_VERSION'
  /** The service or slot could not be resolved (REFERENCE_NOT_FOUND). */
  | 'REFERENCE_NOT_FOUND'
  /** The slot is no longer free: read `freeSlots` again (SLOT_NOT_AVAILABLE). */
  | 'SLOT_NOT_AVAILABLE'
  /** The referral changed since you read it: read it again. */
  | 'STALE_VERSION';

/** What `bookReferralAppointment` books. */
export type BookReferralAppointmentInput = {
  /** The shortlisted, directly bookable service. */
  serviceId: Scalars['String']['input'];
  /** The free slot's id (`ReferralSlot.id`). */
  slotId: Scalars['String']['input'];
  /** The referral. */
  ubrn: Scalars['Ubrn']['input'];
  /** The referral's `version` you read: e-RS books against this version only. */
  version: Scalars['String']['input'];
};

/** What bookReferralAppointment did: the referral after booking, or why it was refused. */
export type BookReferralAppointmentPayload = {
  __typename?: 'BookReferralAppointmentPayload';
  /** The referral as e-RS holds it after the booking; null when refused. */
  referral?: Maybe<Referral>;
  /** Refusals the caller can act on; empty when booked. */
  userErrors: Array<BookReferralAppointmentUserError>;
};

/** A refusal of bookReferralAppointment the caller can act on. */
export type BookReferralAppointmentUserError = UserError & {
  __typename?: 'BookReferralAppointmentUserError';
  /** Which refusal it is. */
  code: BookReferralAppointmentErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** The organisation that booked an appointment (GP Connect's booking organisation). */
export type BookingOrganisation = {
  __typename?: 'BookingOrganisation';
  /** Its name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Its ODS code. */
  odsCode?: Maybe<Scalars['OdsCode']['output']>;
};

/** Why cancelAppointment refused a cancellation the caller can correct or must accept. */
export type CancelAppointmentErrorCode =
  /** The practice no longer lets the appointment change (already cancelled, past, or locked). */
  | 'APPOINTMENT_NOT_CHANGEABLE'
  /** The appointment's state forbids the cancellation. */
  | 'CONFLICT'
  /** The id is not one the graph issued. */
  | 'INVALID_APPOINTMENT_ID'
  /** GP Connect refused the cancellation as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** `reason` is empty or too long. */
  | 'INVALID_REASON'
  /** The appointment changed since `version` was read: read it again. */
  | 'STALE_VERSION'
  /** The practice's cut-off before the appointment has passed: it can no longer be cancelled online. */
  | 'TOO_LATE_TO_CANCEL';

/** What cancelAppointment did: the cancelled appointment, or why it was refused. */
export type CancelAppointmentPayload = {
  __typename?: 'CancelAppointmentPayload';
  /** The appointment, now cancelled; null when refused. */
  appointment?: Maybe<Appointment>;
  /** Refusals the caller can act on; empty when cancelled. */
  userErrors: Array<CancelAppointmentUserError>;
};

/** A refusal of cancelAppointment the caller can act on. */
export type CancelAppointmentUserError = UserError & {
  __typename?: 'CancelAppointmentUserError';
  /** Which refusal it is. */
  code: CancelAppointmentErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** Why cancelPrescriptionFromMessage was refused in a way the caller can correct or must accept. */
export type CancelPrescriptionFromMessageErrorCode =
  /** R-0006: already cancelled. */
  | 'ALREADY_CANCELLED'
  /** R-0004: the prescription or item was dispensed already. */
  | 'ALREADY_DISPENSED'
  /** R-0007: only the original prescriber may cancel it. */
  | 'CANCELLATION_BY_ANOTHER_PRESCRIBER'
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** R-0005: the prescription has expired. */
  | 'EXPIRED'
  /** EPS refused the request as invalid (its code in `message`, e.g. R-5000, R-5888). */
  | 'INVALID_INPUT'
  /** The message is not a Bundle of the kind this mutation sends (see `message`). */
  | 'INVALID_MESSAGE'
  /** The message names an NHS number that fails the Modulus 11 check. */
  | 'INVALID_NHS_NUMBER'
  /** The message names a malformed prescription id. */
  | 'INVALID_PRESCRIPTION_ID'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** R-0010: the item was marked not dispensed. */
  | 'NOT_DISPENSED';

/** What cancelPrescriptionFromMessage did: the cancellation EPS recorded, or why it was refused. */
export type CancelPrescriptionFromMessagePayload = {
  __typename?: 'CancelPrescriptionFromMessagePayload';
  /** The cancellation EPS recorded; null when refused (see `userErrors`). */
  cancellation?: Maybe<PrescriptionCancellation>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<CancelPrescriptionFromMessageUserError>;
};

/** A refusal of cancelPrescriptionFromMessage the caller can act on. */
export type CancelPrescriptionFromMessageUserError = UserError & {
  __typename?: 'CancelPrescriptionFromMessageUserError';
  /** Which refusal it is. */
  code: CancelPrescriptionFromMessageErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** A citizen signed in with NHS login (OIDC), as their ID token describes them. Calls no NHS API but PDS for `patient`. */
export type Citizen = {
  __typename?: 'Citizen';
  /** Date of birth, from NHS login's profile scope. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Family name, from NHS login's profile scope. */
  familyName?: Maybe<Scalars['String']['output']>;
  /** The identity level of this sign-in (from the vector of trust). */
  identityLevel: IdentityLevel;
  /** Their NHS number (P5 and P9 sign-ins with the profile scope). */
  nhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** Their own record from the Personal Demographics Service (PDS FHIR API). FORBIDDEN below identity level P9; null without an NHS number. */
  patient?: Maybe<Patient>;
  /** NHS login's stable subject identifier for this account. */
  subject: Scalars['String']['output'];
  /** The vector of trust NHS login asserted, e.g. P9.Cp.Cd. */
  vectorOfTrust: Scalars['String']['output'];
};

/** Why claimPrescription was refused in a way the caller can correct or must accept. */
export type ClaimPrescriptionErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** EPS refused the request as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** No items. */
  | 'INVALID_ITEMS'
  /** A medication code is not a dm+d (SNOMED CT concept) id. */
  | 'INVALID_MEDICATION_CODE'
  /** A dispensed quantity is 0 or less, or missing. */
  | 'INVALID_QUANTITY'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** A medication name, unit or endorsement is empty, or `chargeExemption` is not four digits. */
  | 'MISSING_VALUE'
  /** The prescription is not dispensed by this pharmacy. */
  | 'PRESCRIPTION_INVALID_STATE_TRANSITION';

/** What claimPrescription sends to EPS. */
export type ClaimPrescriptionInput = {
  /** prescription-charge-exemption code (four digits): 0001 when the patient paid charges (the default). */
  chargeExemption?: InputMaybe<Scalars['String']['input']>;
  /** Whether the pharmacy saw evidence of the exemption. */
  exemptionEvidenceSeen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Every line item, as dispensed. */
  items: Array<ClaimedItemInput>;
  /** The patient the prescription is for. */
  nhsNumber: Scalars['NhsNumber']['input'];
  /** The pharmacy that dispensed it. */
  pharmacy: Scalars['OdsCode']['input'];
  /** The prescription claimed for. */
  prescriptionId: Scalars['PrescriptionId']['input'];
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

/** What claimPrescription did: what EPS accepted, or why it was refused. */
export type ClaimPrescriptionPayload = {
  __typename?: 'ClaimPrescriptionPayload';
  /** What EPS accepted; null when refused (see `userErrors`). */
  result?: Maybe<EpsWriteResult>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<ClaimPrescriptionUserError>;
};

/** A refusal of claimPrescription the caller can act on. */
export type ClaimPrescriptionUserError = UserError & {
  __typename?: 'ClaimPrescriptionUserError';
  /** Which refusal it is. */
  code: ClaimPrescriptionErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** One line item of a claim. */
export type ClaimedItemInput = {
  /** Whether the patient paid a prescription charge for the item. */
  charged?: InputMaybe<Scalars['Boolean']['input']>;
  /** The dispenser's endorsement code (medicationdispense-endorsement), NDEC for none. */
  endorsement?: InputMaybe<Scalars['String']['input']>;
  /** The line item (its prescription-order-item-number). */
  lineItemId: Scalars['ID']['input'];
  /** The medicine dispensed. */
  medication: MedicationInput;
  /** What happened to the item. */
  outcome: DispenseOutcome;
  /** The quantity dispensed, in `unit`: more than 0 unless NOT_DISPENSED (then ignored). */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** The unit of `quantity`. */
  unit: Scalars['String']['input'];
};

/** A document held in the GP record: its metadata, and its file on demand. */
export type ClinicalDocument = {
  __typename?: 'ClinicalDocument';
  /** The authoring organisation, from the Organisation Data Service (ODS). */
  author?: Maybe<Organisation>;
  /** ODS code of the organisation that wrote it. */
  authorOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The clinician who wrote it, when the practice recorded one. */
  authorPractitioner?: Maybe<GpPractitioner>;
  /** False when the practice holds only a placeholder; unavailableReason says why. */
  available: Scalars['Boolean']['output'];
  /**
   * The file. Over GP Connect's 5 MB limit it is NOT_FOUND with reason DOCUMENT_TOO_LARGE, never a truncated file; a
   * placeholder is NOT_FOUND with reason DOCUMENT_UNAVAILABLE. Neither makes a call.
   */
  content?: Maybe<DocumentContent>;
  /** MIME type of the file (application/pdf, ...). */
  contentType?: Maybe<Scalars['String']['output']>;
  /** When the document was created (FHIR dateTime as recorded). */
  created?: Maybe<Scalars['String']['output']>;
  /** ODS code of the practice holding it. */
  custodianOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The document's description (e.g. its title). */
  description?: Maybe<Scalars['String']['output']>;
  /** The DocumentReference's id in the GP system. */
  id: Scalars['ID']['output'];
  /** When the practice filed it. */
  indexed?: Maybe<Scalars['String']['output']>;
  /** The STU3 DocumentReference, verbatim. */
  resource: Scalars['JSON']['output'];
  /** Size in bytes as the GP system recorded it. */
  size?: Maybe<Scalars['Int']['output']>;
  /** current, superseded or entered-in-error (FHIR document-reference-status). */
  status?: Maybe<Scalars['String']['output']>;
  /** The kind of document (SNOMED CT record artifact), coded. */
  type?: Maybe<GpCode>;
  /** Why the file is not available (e.g. held offline), when `available` is false. */
  unavailableReason?: Maybe<Scalars['String']['output']>;
};

/** A FHIR Coding: a code from a code system, as the NHS API sent it. */
export type Coding = {
  __typename?: 'Coding';
  /** The code in that system. */
  code?: Maybe<Scalars['String']['output']>;
  /** The system's display text for the code. */
  display?: Maybe<Scalars['String']['output']>;
  /** The code system's URI (e.g. http://snomed.info/sct). */
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
  /** True when an interpreter is required; left out of the extension when not given. */
  interpreterRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The preferred language code (UKCore-HumanLanguage: a two-letter ISO 639-1 code, or q1 Braille, q2 American, q3
   * Australian, q4 British Sign Language, q5 Makaton). Never English (en): PDS refuses it.
   */
  language: Scalars['String']['input'];
};

/**
 * A phone number, email address or similar from PDS (Personal Demographics Service) or ODS (Organisation Data Service).
 * Never revealed for a restricted patient.
 */
export type ContactPoint = {
  __typename?: 'ContactPoint';
  /** The contact point's id in PDS: pass it to `removeTelecomIds`. Null from ODS. */
  id?: Maybe<Scalars['String']['output']>;
  /** When it is (or was) in use. */
  period?: Maybe<Period>;
  /** What kind of contact point it is. */
  system?: Maybe<ContactPointSystem>;
  /** What it is for. */
  use?: Maybe<ContactPointUse>;
  /** The number or address itself. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A contact point to add to a PDS record. */
export type ContactPointInput = {
  /** What kind of contact point it is. */
  system: ContactPointSystem;
  /** What it is for. */
  use?: InputMaybe<ContactPointUse>;
  /** The number or address. */
  value: Scalars['String']['input'];
};

/** The kind of a contact point (FHIR contact-point-system). */
export type ContactPointSystem =
  /** An email address. */
  | 'EMAIL'
  /** A fax number. */
  | 'FAX'
  /** Any other kind, or a code outside FHIR contact-point-system. */
  | 'OTHER'
  /** A pager number. */
  | 'PAGER'
  /** A telephone number. */
  | 'PHONE'
  /** A number that takes text messages. */
  | 'SMS'
  /** A web address. */
  | 'URL';

/** The purpose of a contact point (FHIR contact-point-use). */
export type ContactPointUse =
  /** At home. */
  | 'HOME'
  /** A mobile device. */
  | 'MOBILE'
  /** No longer in use. */
  | 'OLD'
  /** A code outside FHIR contact-point-use. */
  | 'OTHER'
  /** Temporary. */
  | 'TEMP'
  /** At work. */
  | 'WORK';

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
  /** The preferred contact method (UKCore-PreferredContactMethod). */
  method?: InputMaybe<PreferredContactMethod>;
  /** Free text, at most 40 characters; PDS requires a method when times are given. */
  times?: InputMaybe<Scalars['String']['input']>;
  /** The preferred written communication format (UKCore-PreferredWrittenCommunicationFormat). */
  writtenFormat?: InputMaybe<PreferredWrittenFormat>;
};

/** How a medication is to be taken over time (FHIR medicationrequest-course-of-therapy as EPS uses it). */
export type CourseOfTherapy =
  /** A one-off (acute) course. */
  | 'ACUTE'
  /** A repeat prescription. */
  | 'CONTINUOUS'
  /** Electronic repeat dispensing (eRD). */
  | 'CONTINUOUS_REPEAT_DISPENSING'
  /** A code outside the value set (the raw code is in `resource`). */
  | 'OTHER';

/** Why createPrescription was refused in a way the caller can correct or must accept. */
export type CreatePrescriptionErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** A prescription with this id already exists. */
  | 'DUPLICATE_PRESCRIPTION_ID'
  /** EPS refused the request as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** The signature or certificate is not base64. */
  | 'INVALID_SIGNATURE'
  /** `patient` is not the prepared prescription's patient. */
  | 'PATIENT_MISMATCH'
  /** `preparedId` names no prepared prescription of this user (expired, unknown, or another user's): prepare again. */
  | 'PREPARED_PRESCRIPTION_NOT_FOUND';

/** Why createPrescriptionFromMessage was refused in a way the caller can correct or must accept. */
export type CreatePrescriptionFromMessageErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** A prescription with this id already exists. */
  | 'DUPLICATE_PRESCRIPTION_ID'
  /** EPS refused the request as invalid (its code in `message`, e.g. R-5000, R-5888). */
  | 'INVALID_INPUT'
  /** The message is not a Bundle of the kind this mutation sends (see `message`). */
  | 'INVALID_MESSAGE'
  /** The message names an NHS number that fails the Modulus 11 check. */
  | 'INVALID_NHS_NUMBER'
  /** The message names a malformed prescription id. */
  | 'INVALID_PRESCRIPTION_ID'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** The message has no signature (Provenance): prepare, sign the digest and add it. */
  | 'UNSIGNED_PRESCRIPTION';

/** What createPrescriptionFromMessage did: what EPS accepted, or why it was refused. */
export type CreatePrescriptionFromMessagePayload = {
  __typename?: 'CreatePrescriptionFromMessagePayload';
  /** What EPS accepted; null when refused (see `userErrors`). */
  result?: Maybe<EpsWriteResult>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<CreatePrescriptionFromMessageUserError>;
};

/** A refusal of createPrescriptionFromMessage the caller can act on. */
export type CreatePrescriptionFromMessageUserError = UserError & {
  __typename?: 'CreatePrescriptionFromMessageUserError';
  /** Which refusal it is. */
  code: CreatePrescriptionFromMessageErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** The signature of a prepared prescription. */
export type CreatePrescriptionInput = {
  /** The prescriber's signing certificate (X.509, DER), base64. */
  certificate: Scalars['String']['input'];
  /** The patient's NHS number: must be the prepared prescription's patient (a check that the app signs what it shows). */
  patient: Scalars['NhsNumber']['input'];
  /** `PreparedPrescription.preparedId` from preparePrescription. */
  preparedId: Scalars['ID']['input'];
  /** The prescriber's smartcard signature of `digest` (the XML-DSig SignatureValue), base64. */
  signature: Scalars['String']['input'];
};

/** What createPrescription did: the prescription EPS created, or why it was refused. */
export type CreatePrescriptionPayload = {
  __typename?: 'CreatePrescriptionPayload';
  /** The prescription created; null when refused (see `userErrors`). */
  createdPrescription?: Maybe<CreatedPrescription>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<CreatePrescriptionUserError>;
};

/** A refusal of createPrescription the caller can act on. */
export type CreatePrescriptionUserError = UserError & {
  __typename?: 'CreatePrescriptionUserError';
  /** Which refusal it is. */
  code: CreatePrescriptionErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** Why createReferral refused a referral the caller can correct. */
export type CreateReferralErrorCode =
  /** e-RS refused it as conflicting with the referral's state. */
  | 'CONFLICT'
  /** `firstReminderLetterFollowUpDays` is negative. */
  | 'INVALID_FOLLOW_UP_DAYS'
  /** e-RS refused the request as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** `pathwayStart` is in the future or more than 365 days ago. */
  | 'INVALID_PATHWAY_START'
  /** Neither a specialty nor a clinic type, or an empty or malformed code. */
  | 'INVALID_SEARCH_CRITERIA'
  /** No service, more than twenty, a repeated one, or an id that is not an e-RS service id. */
  | 'INVALID_SHORTLIST'
  /** The patient has no registered GP practice in e-RS: NO_REG_GP_PRACTICE. */
  | 'NO_REG_GP_PRACTICE'
  /** e-RS could not retrieve the patient: PATIENT_ERROR (do not try again). */
  | 'PATIENT_ERROR'
  /** e-RS could not resolve a reference (the patient, or a service): REFERENCE_NOT_FOUND. */
  | 'REFERENCE_NOT_FOUND'
  /** A shortlisted service does not satisfy the search criteria: SHORTLISTED_SERVICE_NOT_IN_RESULTS. */
  | 'SHORTLISTED_SERVICE_NOT_IN_RESULTS';

/** What `createReferral` creates (eRS-CreateReferral-Parameters-1). */
export type CreateReferralInput = {
  /** The clinic type searched (e-RS CLINIC-TYPE code), as given to `ersServices`. */
  clinicType?: InputMaybe<Scalars['String']['input']>;
  /** Days before e-RS sends the patient a first reminder letter (0 or more; 0: none). */
  firstReminderLetterFollowUpDays?: InputMaybe<Scalars['Int']['input']>;
  /** The patient referred. */
  nhsNumber: Scalars['NhsNumber']['input'];
  /** An alternate pathway start (referral-to-treatment clock start): in the past, at most 365 days ago. */
  pathwayStart?: InputMaybe<Scalars['DateTime']['input']>;
  /** The referral's priority. */
  priority: ReferralPriority;
  /** Whether the referral letter is attached now or later (eRS-ReferralLetterIntention-1). */
  referralLetter: ReferralLetterIntention;
  /** The shortlisted e-RS service ids: one to twenty, no repeats. */
  serviceIds: Array<Scalars['String']['input']>;
  /** The specialty searched (e-RS SPECIALTY code), as given to `ersServices`. */
  specialty?: InputMaybe<Scalars['String']['input']>;
};

/** What createReferral did: the new referral, or why it was refused. */
export type CreateReferralPayload = {
  __typename?: 'CreateReferralPayload';
  /** The referral e-RS created, with its UBRN; null when refused. */
  referral?: Maybe<Referral>;
  /** Refusals the caller can act on; empty when created. */
  userErrors: Array<CreateReferralUserError>;
};

/** A refusal of createReferral the caller can act on. */
export type CreateReferralUserError = UserError & {
  __typename?: 'CreateReferralUserError';
  /** Which refusal it is. */
  code: CreateReferralErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** A prescription EPS created. */
export type CreatedPrescription = {
  __typename?: 'CreatedPrescription';
  /** The patient's NHS number. */
  nhsNumber: Scalars['NhsNumber']['output'];
  /** The prescription as the Clinical Prescription Tracker shows it (one tracker read, when asked for). */
  prescription?: Maybe<Prescription>;
  /** Its short-form id. */
  prescriptionId: Scalars['PrescriptionId']['output'];
  /** The X-Request-ID the $process-message call went with. */
  requestId: Scalars['ID']['output'];
};

/** Why deferReferralToProvider refused a deferral the caller can correct. */
export type DeferReferralToProviderErrorCode =
  /** e-RS refused it as conflicting. */
  | 'CONFLICT'
  /** The comment is over 500 characters. */
  | 'INVALID_COMMENT'
  /** e-RS refused the deferral as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** The referral is not in a state that can be deferred (INVALID_REQUEST_STATE). */
  | 'INVALID_REQUEST_STATE'
  /** The service id is empty or malformed. */
  | 'INVALID_SERVICE_ID'
  /** The version is not a referral version. */
  | 'INVALID_VERSION'
  /** The service could not be resolved (REFERENCE_NOT_FOUND). */
  | 'REFERENCE_NOT_FOUND'
  /** The service has free slots now: book one instead (SLOTS_CURRENTLY_AVAILABLE). */
  | 'SLOTS_CURRENTLY_AVAILABLE'
  /** The referral changed since you read it: read it again. */
  | 'STALE_VERSION';

/** What `deferReferralToProvider` defers. */
export type DeferReferralToProviderInput = {
  /** A comment for the provider (at most 500 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Why booking is deferred. */
  reason: ReferralDeferralReason;
  /** The shortlisted, directly bookable service the provider of which will book. */
  serviceId: Scalars['String']['input'];
  /** The referral. */
  ubrn: Scalars['Ubrn']['input'];
  /** The referral's `version` you read. */
  version: Scalars['String']['input'];
};

/** What deferReferralToProvider did: the referral after the deferral, or why it was refused. */
export type DeferReferralToProviderPayload = {
  __typename?: 'DeferReferralToProviderPayload';
  /** The referral as e-RS holds it after the deferral; null when refused. */
  referral?: Maybe<Referral>;
  /** Refusals the caller can act on; empty when deferred. */
  userErrors: Array<DeferReferralToProviderUserError>;
};

/** A refusal of deferReferralToProvider the caller can act on. */
export type DeferReferralToProviderUserError = UserError & {
  __typename?: 'DeferReferralToProviderUserError';
  /** Which refusal it is. */
  code: DeferReferralToProviderErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** How an appointment is delivered (GP Connect's delivery channel extension). */
export type DeliveryChannel =
  /** At the practice. */
  | 'IN_PERSON'
  /** By telephone. */
  | 'TELEPHONE'
  /** By video call. */
  | 'VIDEO';

/** What notifyDispense sends to EPS. */
export type DispenseNotificationInput = {
  /** Every line item of the prescription, with what happened to it. */
  items: Array<DispensedItemInput>;
  /** The patient the prescription is for. */
  nhsNumber: Scalars['NhsNumber']['input'];
  /** The pharmacy that released and dispensed it. */
  pharmacy: Scalars['OdsCode']['input'];
  /** The prescription dispensed. */
  prescriptionId: Scalars['PrescriptionId']['input'];
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

/** A dispense notification EPS accepted. */
export type DispenseNotificationResult = {
  __typename?: 'DispenseNotificationResult';
  /** The notification's message id: a withdrawal names it as `dispenseNotificationId`. */
  notificationId: Scalars['ID']['output'];
  /** The X-Request-ID the call went with. */
  requestId: Scalars['ID']['output'];
  /** EPS's OperationOutcome, verbatim. */
  resource?: Maybe<Scalars['JSON']['output']>;
  /** The prescription's status it reported (Dispensed, With Dispenser - Active or Not Dispensed). */
  status: PrescriptionStatus;
};

/** What happened to a line item at the pharmacy. */
export type DispenseOutcome =
  /** Fully dispensed (medicationdispense-type 0001). */
  | 'DISPENSED'
  /** Not dispensed, with a reason (0002). */
  | 'NOT_DISPENSED'
  /** Partly dispensed; the rest is owed (0003). */
  | 'PARTIALLY_DISPENSED';

/** One line item of a dispense notification. */
export type DispensedItemInput = {
  /** The line item (its prescription-order-item-number: `ReleasedLineItem.id`). */
  lineItemId: Scalars['ID']['input'];
  /** The medicine handed over (the prescribed one when not dispensed). */
  medication: MedicationInput;
  /** Why the item was not dispensed: a medicationdispense-status-reason code, 0001 to 0011 (e.g. 0002 Clinically unsuitable); NOT_DISPENSED only. */
  notDispensedReason?: InputMaybe<Scalars['String']['input']>;
  /** What happened to the item. */
  outcome: DispenseOutcome;
  /** The quantity handed over now, in `unit`: more than 0 unless NOT_DISPENSED (then ignored). */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** The unit of `quantity`. */
  unit: Scalars['String']['input'];
};

/** A document's file, from GP Connect Access Document's Binary read. */
export type DocumentContent = {
  __typename?: 'DocumentContent';
  /** The file, base64-encoded, whole. */
  base64: Scalars['String']['output'];
  /** MIME type of the file. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** Bytes of the file. */
  size: Scalars['Int']['output'];
};

/** What an EPS write returned. */
export type EpsWriteResult = {
  __typename?: 'EpsWriteResult';
  /** True when EPS accepted the message. */
  accepted: Scalars['Boolean']['output'];
  /** The X-Request-ID the write went with: quote it to NHS support, or pass it as `requestId` to retry safely. */
  requestId: Scalars['ID']['output'];
  /** EPS's answer (OperationOutcome or Bundle), verbatim, when it sent one. */
  resource?: Maybe<Scalars['JSON']['output']>;
};

/**
 * The closed list of `extensions.code` values an error of this graph carries (src/errors.ts). No field returns it: it is
 * here so that an app's codegen types `extensions.code` (the SDK exports it as `ErrorCode`). The `reason` extension says
 * more (INVALID_NHS_NUMBER, STALE_VERSION, ...). A mutation's refusals the caller can act on come as its payload's
 * `userErrors` instead (see Mutation).
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

/** A service found for a patient by the e-RS patient service search (Extension-eRS-ServiceSummaryView-1). */
export type ErsService = {
  __typename?: 'ErsService';
  /** DIRECTLY_BOOKABLE, INDIRECTLY_BOOKABLE or a triage service's code (eRS-BookableType-1). */
  bookableType?: Maybe<Scalars['String']['output']>;
  /** Whether e-RS asks for the service to be shown prominently. */
  displayProminently?: Maybe<Scalars['Boolean']['output']>;
  /** Distance from the search's postcode, in miles, when e-RS gives one. */
  distanceMiles?: Maybe<Scalars['Int']['output']>;
  /** The e-RS service id, what a referral's shortlist names. */
  id: Scalars['String']['output'];
  /**
   * The indicative wait as e-RS's code, when it publishes one instead of a number of days (eRS-IWT-1): LIMITED_AVAILABILITY
   * or NOT_APPLICABLE.
   */
  indicativeAppointmentWaitCode?: Maybe<Scalars['String']['output']>;
  /** The indicative wait for an appointment, in days, when e-RS publishes a number; null when it publishes a code instead (`indicativeAppointmentWaitCode`). */
  indicativeAppointmentWaitDays?: Maybe<Scalars['Int']['output']>;
  /** The location's name. */
  locationName?: Maybe<Scalars['String']['output']>;
  /** The ODS code of the service's location. */
  locationOdsCode?: Maybe<Scalars['String']['output']>;
  /** The service's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The service's page on the NHS website. */
  nhsWebsiteUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the provider requires a referral letter. */
  referralLetterRequired?: Maybe<Scalars['Boolean']['output']>;
  /** APPOINTMENT_REQUEST, TRIAGE_REQUEST (a triage service: `sendReferralForTriage`), ... (eRS-RequestFlowType-1): the first of `requestFlowTypes`. */
  requestFlowType?: Maybe<Scalars['String']['output']>;
  /** Every request flow the service supports: e-RS gives one or two (APPOINTMENT_REQUEST and ADVICE_AND_GUIDANCE_REQUEST, say). */
  requestFlowTypes: Array<Scalars['String']['output']>;
  /** The service's specialty (e-RS SPECIALTY). */
  specialty?: Maybe<Coding>;
};

/** What `ersServices` searches by (eRS-PatientServiceSearch-Parameters-1). A specialty or a clinic type is required. */
export type ErsServiceSearch = {
  /** An e-RS clinic type code (A004 `CLINIC-TYPE`, e.g. HEART_FAILURE). */
  clinicType?: InputMaybe<Scalars['String']['input']>;
  /**
   * For a search on behalf of an existing referral: its commissioning organisation (`Referral.referrerOdsCode`), so only
   * services valid for that referral come back.
   */
  commissioningRuleOdsCode?: InputMaybe<Scalars['OdsCode']['input']>;
  /** Only services within this many miles of the postcode (1 to 500). */
  distanceLimit?: InputMaybe<Scalars['Int']['input']>;
  /** The patient to be referred. */
  nhsNumber: Scalars['NhsNumber']['input'];
  /**
   * The postcode distances are measured from (a UK postcode, e.g. LS1 2UT); e-RS uses the patient's when absent.
   * Required for a restricted patient (ERS_POSTCODE_REQUIRED).
   */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** The referral's priority. */
  priority: ReferralPriority;
  /** How e-RS orders the services: DISTANCE unless said. */
  sortBy?: InputMaybe<ErsServiceSort>;
  /** An e-RS specialty code (A004 `SPECIALTY`, e.g. CARDIOLOGY). */
  specialty?: InputMaybe<Scalars['String']['input']>;
};

/** How e-RS orders the results of a service search (eRS-SortBy-1). */
export type ErsServiceSort =
  /** Nearest first. */
  | 'DISTANCE'
  /** Shortest indicative appointment wait first (e-RS's IWT). */
  | 'INDICATIVE_WAIT_TIME';

/** A prescription EPS could not release. */
export type FailedRelease = {
  __typename?: 'FailedRelease';
  /** EPS's error code. */
  code?: Maybe<Scalars['String']['output']>;
  /** EPS's display for the code. */
  display?: Maybe<Scalars['String']['output']>;
  /** Its short-form id, when EPS names it. */
  prescriptionId?: Maybe<Scalars['String']['output']>;
};

/** Administrative gender as PDS records it (FHIR administrative-gender). */
export type Gender =
  /** Female. */
  | 'female'
  /** Male. */
  | 'male'
  /** Other. */
  | 'other'
  /** Unknown (not known or not recorded). */
  | 'unknown';

/** An allergy or adverse reaction (STU3 AllergyIntolerance) in the GP record. */
export type GpAllergy = {
  __typename?: 'GpAllergy';
  /** When it was recorded (FHIR dateTime as recorded). */
  assertedDate?: Maybe<Scalars['String']['output']>;
  /** food | medication | environment | biologic */
  categories: Array<Scalars['String']['output']>;
  /** active | resolved */
  clinicalStatus?: Maybe<Scalars['String']['output']>;
  /** The substance or allergy, coded. */
  code?: Maybe<GpCode>;
  /** low | high | unable-to-assess */
  criticality?: Maybe<Scalars['String']['output']>;
  /** When a resolved allergy ended, and why. */
  endDate?: Maybe<Scalars['String']['output']>;
  /** Why a resolved allergy ended. */
  endReason?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** The clinician's notes. */
  notes: Array<Scalars['String']['output']>;
  /** When it began (FHIR dateTime as recorded). */
  onset?: Maybe<Scalars['String']['output']>;
  /** The reactions recorded. */
  reactions: Array<GpAllergyReaction>;
  /** The STU3 AllergyIntolerance, verbatim. */
  resource: Scalars['JSON']['output'];
  /** allergy | intolerance */
  type?: Maybe<Scalars['String']['output']>;
  /** unconfirmed | confirmed | refuted | entered-in-error */
  verificationStatus?: Maybe<Scalars['String']['output']>;
};

/** A reaction recorded with an allergy. */
export type GpAllergyReaction = {
  __typename?: 'GpAllergyReaction';
  /** The reaction in the clinician's words. */
  description?: Maybe<Scalars['String']['output']>;
  /** What the reaction showed as (rash, anaphylaxis, ...). */
  manifestations: Array<GpCode>;
  /** mild | moderate | severe */
  severity?: Maybe<Scalars['String']['output']>;
};

/** A coded clinical value: the clinician's text and every coding (SNOMED CT, ...) the practice sent. */
export type GpCode = {
  __typename?: 'GpCode';
  /** Every coding the practice sent (SNOMED CT first, when present). */
  codings: Array<Coding>;
  /** The text, else the first coding's display. */
  display?: Maybe<Scalars['String']['output']>;
  /** The clinician's text for the value, as recorded. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A consultation in the GP record (STU3 Encounter with its consultation List). */
export type GpConsultation = {
  __typename?: 'GpConsultation';
  /** When it ended. */
  end?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** The STU3 Encounter, verbatim. */
  resource: Scalars['JSON']['output'];
  /** When it started (FHIR dateTime as recorded). */
  start?: Maybe<Scalars['String']['output']>;
  /** finished, ... (FHIR encounter-status) */
  status?: Maybe<Scalars['String']['output']>;
  /** The consultation's title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The kind of consultation (surgery, telephone, ...). */
  type?: Maybe<GpCode>;
};

/** A diary entry: a planned activity not yet done (GP Connect Access Record: Structured, ProcedureRequest). */
export type GpDiaryEntry = {
  __typename?: 'GpDiaryEntry';
  /** When the entry was made. */
  authoredOn?: Maybe<Scalars['String']['output']>;
  /** What is planned. A completed-action code here still means the action is only planned (GP Connect's diary guidance). */
  code?: Maybe<GpCode>;
  /** GP Connect's id of the ProcedureRequest. */
  id?: Maybe<Scalars['String']['output']>;
  /** The notes the practice recorded with it (ProcedureRequest.note). */
  notes: Array<Scalars['String']['output']>;
  /** The end of a planned period; null for a single planned date. */
  plannedEnd?: Maybe<Scalars['String']['output']>;
  /** When it is planned: a date, or the start of a planned period. */
  plannedStart?: Maybe<Scalars['String']['output']>;
  /** Why the activity is planned (ProcedureRequest.reasonCode). */
  reasons: Array<GpCode>;
  /** The STU3 ProcedureRequest, verbatim. */
  resource: Scalars['JSON']['output'];
  /** active, as GP Connect sends diary entries (incomplete planned actions). */
  status?: Maybe<Scalars['String']['output']>;
};

/** An immunisation in the GP record (STU3 Immunization). */
export type GpImmunisation = {
  __typename?: 'GpImmunisation';
  /** When it was given (FHIR dateTime as recorded). */
  date?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** The vaccine's batch number. */
  lotNumber?: Maybe<Scalars['String']['output']>;
  /** True when recorded as not given. */
  notGiven: Scalars['Boolean']['output'];
  /** The clinician's notes. */
  notes: Array<Scalars['String']['output']>;
  /** The vaccination procedure (which dose of what), when the practice coded it. */
  procedure?: Maybe<GpCode>;
  /** The STU3 Immunization, verbatim. */
  resource: Scalars['JSON']['output'];
  /** How it was given (intramuscular, ...). */
  route?: Maybe<GpCode>;
  /** Where on the body it was given. */
  site?: Maybe<GpCode>;
  /** completed | entered-in-error */
  status?: Maybe<Scalars['String']['output']>;
  /** The vaccine, coded. */
  vaccine?: Maybe<GpCode>;
};

/** A test report with its results (STU3 DiagnosticReport). */
export type GpInvestigation = {
  __typename?: 'GpInvestigation';
  /** What was tested, coded. */
  code?: Maybe<GpCode>;
  /** The report's conclusion. */
  conclusion?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** When the report was issued. */
  issued?: Maybe<Scalars['String']['output']>;
  /** The STU3 DiagnosticReport, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The results (observations), in the report's order. */
  results: Array<GpObservation>;
  /** final | amended | ... (FHIR diagnostic-report-status) */
  status?: Maybe<Scalars['String']['output']>;
};

/** A location of a GP practice (GP Connect Location). */
export type GpLocation = {
  __typename?: 'GpLocation';
  /** The location's address. */
  address?: Maybe<Address>;
  /** The GP system's location id. */
  id?: Maybe<Scalars['String']['output']>;
  /** The location's name (a surgery or branch). */
  name?: Maybe<Scalars['String']['output']>;
};

/** A drug the GP record names (STU3 Medication). */
export type GpMedication = {
  __typename?: 'GpMedication';
  /** The drug, coded (dm+d). */
  code?: Maybe<GpCode>;
  /** The medicine's page on nhs.uk (medicines A–Z), matched on its code or name; null when nhs.uk has none. */
  healthContent?: Maybe<HealthContent>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** The STU3 Medication, verbatim. */
  resource: Scalars['JSON']['output'];
};

/** One issue of a medication course (STU3 MedicationRequest with intent order). */
export type GpMedicationIssue = {
  __typename?: 'GpMedicationIssue';
  /** When it was issued (FHIR dateTime as recorded). */
  authoredOn?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** Quantity as the prescriber wrote it. */
  quantity?: Maybe<Scalars['String']['output']>;
  /** The STU3 MedicationRequest (intent order), verbatim. */
  resource: Scalars['JSON']['output'];
  /** active | completed | stopped ... */
  status?: Maybe<Scalars['String']['output']>;
};

/** A medication course in the GP record (STU3 MedicationStatement). */
export type GpMedicationStatement = {
  __typename?: 'GpMedicationStatement';
  /** When it was recorded. */
  dateAsserted?: Maybe<Scalars['String']['output']>;
  /** Dosage instructions as text. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** When it ended or ends. */
  effectiveEnd?: Maybe<Scalars['String']['output']>;
  /** When the course started (FHIR dateTime as recorded). */
  effectiveStart?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** The course's issues (empty unless includeIssues). */
  issues: Array<GpMedicationIssue>;
  /** When it was last issued. */
  lastIssueDate?: Maybe<Scalars['String']['output']>;
  /** The drug. */
  medication?: Maybe<GpMedication>;
  /** The clinician's notes. */
  notes: Array<Scalars['String']['output']>;
  /** Extra instructions for the patient. */
  patientInstruction?: Maybe<Scalars['String']['output']>;
  /** acute | repeat | repeat-dispensing | ... (from the authorising MedicationRequest) */
  prescriptionType?: Maybe<Scalars['String']['output']>;
  /** How many issues a repeat course allows. */
  repeatsAllowed?: Maybe<Scalars['Int']['output']>;
  /** How many issues have been made. */
  repeatsIssued?: Maybe<Scalars['Int']['output']>;
  /** The STU3 MedicationStatement, verbatim. */
  resource: Scalars['JSON']['output'];
  /** active | completed | stopped ... */
  status?: Maybe<Scalars['String']['output']>;
};

/** A test result or measurement (STU3 Observation). */
export type GpObservation = {
  __typename?: 'GpObservation';
  /** What was measured, coded. */
  code?: Maybe<GpCode>;
  /** The clinician's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The observation's components: a blood pressure's systolic and diastolic readings; empty for a single value. */
  components: Array<GpObservationComponent>;
  /** When (FHIR dateTime as recorded). */
  effective?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** High, low, normal, ... */
  interpretation?: Maybe<GpCode>;
  /** The STU3 Observation, verbatim. */
  resource: Scalars['JSON']['output'];
  /** final | amended | ... (FHIR observation-status) */
  status?: Maybe<Scalars['String']['output']>;
  /** The unit of `value` (UCUM, e.g. mmol/L). */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value as text (a number when `unit` is set). */
  value?: Maybe<Scalars['String']['output']>;
};

/** One component of an observation (a blood pressure's systolic and diastolic readings), GP Connect Observation.component. */
export type GpObservationComponent = {
  __typename?: 'GpObservationComponent';
  /** What the component measures (systolic, diastolic, ...), as GP Connect codes it. */
  code?: Maybe<GpCode>;
  /** How the value was interpreted (high, low, ...), as GP Connect codes it. */
  interpretation?: Maybe<GpCode>;
  /** The unit of a quantity value, as GP Connect sends it; null for a text or coded value. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value as recorded: a quantity's number, a text, or a coded value's display. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A clinician as GP Connect names them (STU3 Practitioner). */
export type GpPractitioner = {
  __typename?: 'GpPractitioner';
  /** The Practitioner's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** Their name as text (title, given, family). */
  name?: Maybe<Scalars['String']['output']>;
  /** Their SDS user id, when recorded. */
  sdsUserId?: Maybe<Scalars['String']['output']>;
};

/** A problem on the GP record's problem list (STU3 Condition). */
export type GpProblem = {
  __typename?: 'GpProblem';
  /** When it ended. */
  abatement?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  assertedDate?: Maybe<Scalars['String']['output']>;
  /** active | inactive */
  clinicalStatus?: Maybe<Scalars['String']['output']>;
  /** The condition, coded. */
  code?: Maybe<GpCode>;
  /** The condition's page on nhs.uk (conditions A–Z), matched on its SNOMED CT code or name; null when nhs.uk has none. */
  healthContent?: Maybe<HealthContent>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** The clinician's notes. */
  notes: Array<Scalars['String']['output']>;
  /** When it began (FHIR dateTime as recorded). */
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
   * patient-facing route (a citizen's own record) never returns diary entries: its list is empty there. Elsewhere an empty
   * list means the practice has no diary entry in that period. A failure is an error, never an empty list.
   */
  diaryEntries: Array<GpDiaryEntry>;
  /**
   * Immunisations given (and, when asked, those recorded as not given).
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
   * The drugs the record names (Medication resources), from the same medications part of the one call.
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  medications: Array<GpMedication>;
  /** The patient's NHS number. */
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
   * Problems (the practice's problem list: Conditions with their linked items).
   * An empty list means the GP record holds none (`lists` carries GP Connect's warnings and empty reasons:
   * confidential items withheld, a record transfer in progress); a failure is an error, never an empty list.
   */
  problems: Array<GpProblem>;
  /**
   * Referrals the practice made (ReferralRequests).
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
  /** Allergies and adverse reactions. */
  | 'ALLERGIES'
  /** Consultations. */
  | 'CONSULTATIONS'
  /** The Diary list (GP Connect includeDiaryEntries). */
  | 'DIARY'
  /** Immunisations. */
  | 'IMMUNISATIONS'
  /** Investigations (test results). */
  | 'INVESTIGATIONS'
  /** Medications and medical devices. */
  | 'MEDICATIONS'
  /** A list GP Connect answered under a code the graph does not know. */
  | 'OTHER'
  /** Problems. */
  | 'PROBLEMS'
  /** Outbound referrals. */
  | 'REFERRALS'
  /** Uncategorised data (observations not in another area). */
  | 'UNCATEGORISED';

/** One list of the record as GP Connect returned it (Active Allergies, Medication List, ...). */
export type GpRecordList = {
  __typename?: 'GpRecordList';
  /** The area the list answers for. */
  area: GpRecordArea;
  /** The list's code (SNOMED CT). */
  code?: Maybe<GpCode>;
  /** Why the list is empty (no-content-recorded: nothing recorded); null when it has entries. */
  emptyReason?: Maybe<GpCode>;
  /** The list's notes: the warnings' associated text (with the transfer date), or 'Information not available'. */
  notes: Array<Scalars['String']['output']>;
  /** The list's title (Active Allergies, ...). */
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

/** A referral the practice made (STU3 ReferralRequest). */
export type GpReferral = {
  __typename?: 'GpReferral';
  /** When the referral was made (FHIR dateTime as recorded). */
  authoredOn?: Maybe<Scalars['String']['output']>;
  /** What the referral is for, as text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The resource's id in the GP system. */
  id?: Maybe<Scalars['String']['output']>;
  /** proposal | plan | order ... (FHIR STU3 request-intent) */
  intent?: Maybe<Scalars['String']['output']>;
  /** routine | urgent | asap | stat */
  priority?: Maybe<Scalars['String']['output']>;
  /** Why the patient was referred, coded. */
  reasons: Array<GpCode>;
  /** Who it was sent to, as the practice named them. */
  recipients: Array<Scalars['String']['output']>;
  /** The STU3 ReferralRequest, verbatim. */
  resource: Scalars['JSON']['output'];
  /** draft | active | completed | cancelled ... (FHIR STU3 request-status) */
  status?: Maybe<Scalars['String']['output']>;
  /** The e-Referral Service booking reference, when there is one. */
  ubrn?: Maybe<Scalars['String']['output']>;
};

/** A page of nhs.uk (condition, medicine, live well, hub...). */
export type HealthContent = {
  __typename?: 'HealthContent';
  /** The page in the API (the platform's host for the environment). */
  apiUrl?: Maybe<Scalars['String']['output']>;
  /** The credit the licence requires wherever the page is shown. */
  attribution: HealthContentAttribution;
  /** When nhs.uk last changed the page. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** The page's summary. */
  description?: Maybe<Scalars['String']['output']>;
  /** Condition, Medicine, Advice or information, ... */
  genres: Array<Scalars['String']['output']>;
  /** When the page was last clinically reviewed. */
  lastReviewed?: Maybe<Scalars['Date']['output']>;
  /** The page's title. */
  name: Scalars['String']['output'];
  /** When the page is next due for review. */
  nextReviewDue?: Maybe<Scalars['Date']['output']>;
  /** The page's sections in order. */
  parts: Array<HealthContentPart>;
  /** The page's path in the API (slash form): /conditions/acne/ */
  path: Scalars['String']['output'];
  /** Related pages it links to. */
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
  /** The author the API names (NHS website). */
  author?: Maybe<Scalars['String']['output']>;
  /** The copyright holder the API names (Crown copyright). */
  copyrightHolder?: Maybe<Scalars['String']['output']>;
  /** The licence the API names. */
  licence?: Maybe<Scalars['String']['output']>;
  /** The page on www.nhs.uk the credit links to. */
  linkUrl: Scalars['String']['output'];
  /** Alt text for the logo. */
  logoAlt: Scalars['String']['output'];
  /** URL of the NHS website logo to show. */
  logoUrl: Scalars['String']['output'];
  /** The credit text (Content supplied by the NHS Website). */
  text: Scalars['String']['output'];
};

/** A related page a page links to. */
export type HealthContentLink = {
  __typename?: 'HealthContentLink';
  /** The link's text. */
  name: Scalars['String']['output'];
  /** The linked page's path in the API, when it is a page of nhs.uk. */
  path?: Maybe<Scalars['String']['output']>;
  /** The linked page's URL. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A section of a page: for modular pages one clinically assured module (symptoms, treatment...). */
export type HealthContentPart = {
  __typename?: 'HealthContentPart';
  /** The section's summary. */
  description?: Maybe<Scalars['String']['output']>;
  /** The section's heading. */
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
  /** The pages found, names starting with `text` first, then A to Z. */
  nodes: Array<HealthContentSummary>;
  /** The listing pages not read; empty when `complete`. */
  skipped: Array<HealthContentSkippedListing>;
};

/** A section of nhs.uk that healthContentSearch searches. */
export type HealthContentSearchSection =
  /** Health A to Z: conditions (/conditions/). */
  | 'CONDITIONS'
  /** Live well (/live-well/), from its hub page. */
  | 'LIVE_WELL'
  /** Medicines A to Z (/medicines/). */
  | 'MEDICINES';

/** Why a search skipped a listing page. */
export type HealthContentSkipReason =
  /** Reading it would pass the search's bound of listing pages. */
  | 'CALL_BUDGET'
  /** The Website Content API has no such listing page. */
  | 'NOT_FOUND';

/** A listing page a search skipped: NOT_FOUND (the API has no such page) or CALL_BUDGET (past the search's bound). */
export type HealthContentSkippedListing = {
  __typename?: 'HealthContentSkippedListing';
  /** The letter of the A to Z listing. */
  letter: Scalars['String']['output'];
  /** The page of that letter's listing (1 is its first). */
  page?: Maybe<Scalars['Int']['output']>;
  /** Why it was skipped. */
  reason: HealthContentSkipReason;
};

/** A page as a listing or hub lists it. */
export type HealthContentSummary = {
  __typename?: 'HealthContentSummary';
  /** When nhs.uk last changed the page. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** The page's summary, when the listing gives it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Condition, Medicine, ... as the listing gives them. */
  genres: Array<Scalars['String']['output']>;
  /** The page's title. */
  name: Scalars['String']['output'];
  /** When the page is next due for review. */
  nextReviewDue?: Maybe<Scalars['Date']['output']>;
  /** The whole page from the NHS Website Content API (one more call unless it is cached). */
  page?: Maybe<HealthContent>;
  /** The page's path in the API; pass it to healthContent. */
  path: Scalars['String']['output'];
};

/** A person's name as PDS records it. */
export type HumanName = {
  __typename?: 'HumanName';
  /** Family name (surname). */
  family?: Maybe<Scalars['String']['output']>;
  /** Given names, first then middle. */
  given: Array<Scalars['String']['output']>;
  /** The name's id in PDS. */
  id?: Maybe<Scalars['String']['output']>;
  /** When the name is (or was) in use. */
  period?: Maybe<Period>;
  /** Titles before the name (Mr, Dr, ...). */
  prefix: Array<Scalars['String']['output']>;
  /** Suffixes (MBE, PhD, ...), as PDS records them (HumanName.suffix). */
  suffix: Array<Scalars['String']['output']>;
  /** What the name is for (usual, official, ...). */
  use?: Maybe<NameUse>;
};

/** A name to add to a PDS record. */
export type HumanNameInput = {
  /** The family name (surname). */
  family: Scalars['String']['input'];
  /** Given names, first then middle names (at most five). */
  given: Array<Scalars['String']['input']>;
  /** When the name starts to apply; PDS uses today when absent. Not in the future. */
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  /** Titles (Mr, Mrs, Dr, ...). */
  prefix?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Suffixes (each starting A-Z). */
  suffix?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * How the name is used: USUAL, TEMP, NICKNAME, OLD or MAIDEN (PDS refuses OFFICIAL and ANONYMOUS on a new name, and
   * OTHER is not a code: INVALID_CHANGE, before any call). PDS allows one usual name and one nickname.
   */
  use: NameUse;
};

/** NHS login identity proofing level: P0 (email and mobile verified), P5 (matched to PDS), P9 (checked against photo ID). */
export type IdentityLevel =
  /** Email and mobile verified: no access to patient data. */
  | 'P0'
  /** Matched to a PDS record: no access to patient data in this graph. */
  | 'P5'
  /** Identity checked against photo ID: reads their own record. */
  | 'P9';

/** A medicine, by its NHS Dictionary of Medicines and Devices (dm+d) code and name. */
export type MedicationInput = {
  /**
   * The dm+d code: a SNOMED CT concept id (6 to 18 digits, no leading zero, a valid Verhoeff check digit, partition 00
   * or 10), e.g. 39732311000001104. Anything else is refused before any call (INVALID_MEDICATION_CODE).
   */
  code: Scalars['String']['input'];
  /** The dm+d name, e.g. Amoxicillin 250mg capsules (what the dispenser reads). */
  name: Scalars['String']['input'];
};

/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Does nothing; present so that each domain can extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Changes an appointment's description and/or comment in GP Connect Appointment Management, all it lets change, under
   * If-Match with the `version` you read: if it changed since, nothing is written and the user error is STALE_VERSION.
   * Cancelled or past appointments cannot be amended.
   */
  amendAppointment: AmendAppointmentPayload;
  /**
   * Books one or more adjacent free slots (ids from `freeSlots`) for a patient with GP Connect Appointment Management.
   * A slot that is no longer free is a CONFLICT user error and nothing is booked; the platform de-duplicates a re-sent
   * booking, so it is never made twice. `description` is at most 100 characters and `comment` 500: longer text is a
   * user error, never cut.
   */
  bookAppointment: BookAppointmentPayload;
  /**
   * Books an appointment for an e-RS referral into a free slot of a directly bookable service on its shortlist (e-RS FHIR
   * API, A016), under the referral `version` you read. Answers the referral as e-RS holds it after the booking (A005).
   */
  bookReferralAppointment: BookReferralAppointmentPayload;
  /**
   * Cancels an appointment in GP Connect Appointment Management with a reason, under If-Match with the `version` you read
   * (stale: user error STALE_VERSION). Too close to its start, the practice refuses: user error TOO_LATE_TO_CANCEL.
   */
  cancelAppointment: CancelAppointmentPayload;
  /**
   * Electronic Prescription Service (EPS FHIR prescribing API) $process-message (prescription-order-update): cancel a
   * prescription or item. Cancelled (R-0001) and "with the dispenser, marked for cancellation" (R-0002, R-0003, which
   * EPS answers with HTTP 400 and its cancel response Bundle) come back as `cancellation`; a refused cancellation is a
   * user error with its reason (ALREADY_DISPENSED R-0004, EXPIRED R-0005, ALREADY_CANCELLED R-0006,
   * CANCELLATION_BY_ANOTHER_PRESCRIBER R-0007, NOT_DISPENSED R-0010), as are a mismatched NHS number (R-5000) and a
   * message Spine finds invalid (R-5888). An unknown prescription is a NOT_FOUND error (R-0008), cancellation switched
   * off in Spine UPSTREAM_UNAVAILABLE (reason CANCELLATION_DISABLED, R-0009); a cancel response about another
   * prescription than the one asked is UPSTREAM_ERROR. A raw-message mutation, for apps that build the message
   * themselves.
   */
  cancelPrescriptionFromMessage: CancelPrescriptionFromMessagePayload;
  /**
   * Electronic Prescription Service (EPS FHIR dispensing API) Claim: the pharmacy's reimbursement claim for a
   * prescription it dispensed (it becomes Claimed, 0008). Refused before any call as for `notifyDispense`, and an empty
   * endorsement (INVALID_ENDORSEMENT). A prescription not dispensed by this pharmacy is
   * PRESCRIPTION_INVALID_STATE_TRANSITION. Calls: one ODS read, one EPS call.
   */
  claimPrescription: ClaimPrescriptionPayload;
  /**
   * Prescribing, step 2 of 2: adds the prescriber's signature of the digest (as a Provenance) to the message
   * `preparePrescription` built and sends it to EPS $process-message (prescription-order, EPS FHIR prescribing API),
   * which creates the prescription. Answers the created prescription's id; its `prescription` is then read from the
   * Clinical Prescription Tracker when asked for. A retry with the same `preparedId` sends the identical message with
   * the same X-Request-ID, and EPS applies it once.
   * Refused before any call: an unknown or expired `preparedId`, or one another user prepared
   * (PREPARED_PRESCRIPTION_NOT_FOUND: prepare again), a `patient` other than the prepared one (PATIENT_MISMATCH), a
   * signature or certificate that is not base64 (INVALID_SIGNATURE). An existing prescription id is
   * DUPLICATE_PRESCRIPTION_ID.
   */
  createPrescription: CreatePrescriptionPayload;
  /**
   * Electronic Prescription Service (EPS FHIR prescribing API) $process-message (prescription-order): send the signed
   * message (with its Provenance). An existing prescription id is user error DUPLICATE_PRESCRIPTION_ID; a retry with the
   * same `requestId` is applied once. A raw-message mutation, for apps that build the signed message themselves;
   * `createPrescription` signs off a prescription prepared from typed input.
   */
  createPrescriptionFromMessage: CreatePrescriptionFromMessagePayload;
  /**
   * Creates an e-RS referral (e-RS FHIR API, A011 create referral): a shortlist of one to twenty services found with
   * `ersServices`, for one patient, in the role context of the request. e-RS answers with the new referral and its UBRN;
   * it is NOT_BOOKED until an appointment is booked or the referral deferred (`bookReferralAppointment`,
   * `deferReferralToProvider`). The referral is then readable with `referral(ubrn)` and listed in `Patient.referrals`.
   * e-RS takes no idempotency key for this operation: the graph sends it once and never retries it, so after a timeout
   * read the patient's referrals before creating again. For a restricted patient (read from PDS first, one call) it is
   * NOT_FOUND before anything is sent, as `referral(ubrn)` is: booking, deferral and triage are refused the same way.
   */
  createReferral: CreateReferralPayload;
  /**
   * Defers booking to the provider of a directly bookable service on the referral's shortlist (e-RS FHIR API, A016 with
   * a proposed appointment), allowed only when the service has no free slot or a booking attempt failed. Answers the
   * referral as e-RS holds it afterwards (A005).
   */
  deferReferralToProvider: DeferReferralToProviderPayload;
  /**
   * Electronic Prescription Service (EPS FHIR dispensing API) $process-message (dispense-notification), built from typed
   * input: what the pharmacy handed over, item by item (dispensed, partially dispensed, or not dispensed with its
   * reason). The prescription becomes Dispensed (0006), With Dispenser - Active (0003) while an item is only partly
   * dispensed, or Not Dispensed (0007) when nothing was. Refused before any call: no items, a malformed dm+d code, a
   * dispensed quantity of 0 or less, a not-dispensed item without a reason (NOT_DISPENSED_REASON_REQUIRED). A
   * prescription this pharmacy does not hold is PRESCRIPTION_INVALID_STATE_TRANSITION. Calls: one ODS read, one EPS call.
   */
  notifyDispense: NotifyDispensePayload;
  /**
   * Electronic Prescription Service (EPS FHIR dispensing API) $process-message (dispense-notification): record what was
   * dispensed, from the dispensing system's message. A raw-message mutation, for apps that build the message
   * themselves; `notifyDispense` builds it from typed input.
   */
  notifyDispenseFromMessage: NotifyDispenseFromMessagePayload;
  /**
   * Prescribing, step 1 of 2: the graph builds the EPS prescription-order message from typed input (the patient from
   * the Personal Demographics Service (PDS), the prescribing and nominated organisations from the Organisation Data
   * Service (ODS), the prescriber from the signed-in CIS2 session), allocates the short-form prescription id (the
   * prescriber's ODS code with its check character) and calls EPS $prepare (EPS FHIR prescribing API) for the digest the
   * prescriber signs. Answers the digest and `preparedId`, which names the built message for `createPrescription`: the
   * app has the prescriber's smartcard (or the NHS Signing Service) sign `digest` and passes the signature with
   * `preparedId`. The graph holds the prepared message for 15 minutes for the user who prepared it (in Redis with
   * REDIS_URL, so any replica can create it; in this process otherwise), so what is created is exactly what was signed.
   * Refused before any call, as user errors: a malformed dm+d code (INVALID_MEDICATION_CODE), a quantity of 0 or less
   * (INVALID_QUANTITY), no items, an empty name, unit or dosage, a malformed prescription type; after reading PDS and
   * before EPS: a patient with no nominated pharmacy (NO_NOMINATED_PHARMACY) or a `nominatedPharmacy` that is not the
   * patient's (NOMINATED_PHARMACY_MISMATCH). The caller's role must reach PDS as well as EPS (FORBIDDEN, reason ROLE,
   * otherwise). Calls: one PDS read, one ODS search (both organisations), one EPS $prepare.
   */
  preparePrescription: PreparePrescriptionPayload;
  /**
   * Electronic Prescription Service (EPS FHIR prescribing API) $prepare: send the unsigned prescription-order message (a
   * FHIR `message` Bundle); get the digest to sign with the prescriber's smartcard. A raw-message mutation, for apps that build
   * the FHIR Bundle themselves (it is passed through as built); `preparePrescription` builds it from typed input.
   */
  preparePrescriptionFromMessage: PreparePrescriptionFromMessagePayload;
  /**
   * Electronic Prescription Service (EPS FHIR dispensing API) Task/$release: download one prescription (with
   * `prescriptionId`) or the pharmacy's nominated prescriptions (without). The pharmacy is read from the Organisation
   * Data Service (ODS) to describe it to EPS. A prescription held by another pharmacy is user error
   * PRESCRIPTION_WITH_ANOTHER_DISPENSER, an unknown one a NOT_FOUND error.
   */
  releasePrescription: ReleasePrescriptionPayload;
  /**
   * Electronic Prescription Service (EPS FHIR dispensing API) return (a Task with status rejected): give a released
   * prescription back to Spine, naming the release response that released it (`releaseResponseId`). A prescription this
   * pharmacy does not hold is user error PRESCRIPTION_INVALID_STATE_TRANSITION.
   */
  returnPrescription: ReturnPrescriptionPayload;
  /**
   * Sends a booking to a receiver over the Booking and Referral Standard (BaRS API): as sendBarsReferral, with event
   * booking-request and an Appointment as the focus. A raw-message mutation.
   */
  sendBarsBooking: SendBarsBookingPayload;
  /**
   * Sends a referral to a receiver over the Booking and Referral Standard (BaRS API): a FHIR message Bundle (type
   * message, a UUID `id`, MessageHeader first with event servicerequest-request and its focus a ServiceRequest in the
   * Bundle) posted to $process-message. A raw-message mutation. `useCase` (e.g. a1t1) leads the use-context header.
   * Sending the same Bundle id again is never applied twice: the receiver answers 409 REC_CONFLICT, which is user error
   * CONFLICT here. The graph never retries a send.
   */
  sendBarsReferral: SendBarsReferralPayload;
  /**
   * Sends an e-RS referral to a triage service on its shortlist (e-RS FHIR API, A016 with a proposed appointment and the
   * reason TRIAGE), under the referral `version` you read: the way the spec now asks for a referral to triage, A021
   * (create and send for triage) being deprecated. Answers the referral as e-RS holds it afterwards (A005).
   */
  sendReferralForTriage: SendReferralForTriagePayload;
  /**
   * Updates a patient in the Personal Demographics Service (PDS FHIR API) with JSON Patch under If-Match. `version` is
   * the `version` you read: if the record changed since, nothing is written and the payload's user error is
   * STALE_VERSION (read again, re-apply). Returns the updated record in `patient`.
   */
  updatePatient: UpdatePatientPayload;
  /**
   * Electronic Prescription Service (EPS FHIR dispensing API) withdraw (a Task with status in-progress): take back the
   * pharmacy's dispense notification (one dispensed in error); the prescription is With Dispenser again. The spec marks
   * this interaction available in the sandbox environment only. A prescription this pharmacy has not dispensed is
   * PRESCRIPTION_INVALID_STATE_TRANSITION. Calls: one ODS read, one EPS call.
   */
  withdrawDispense: WithdrawDispensePayload;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationAmendAppointmentArgs = {
  changes: AppointmentChangesInput;
  id: Scalars['ID']['input'];
  version: Scalars['String']['input'];
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationBookAppointmentArgs = {
  input: BookAppointmentInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationBookReferralAppointmentArgs = {
  input: BookReferralAppointmentInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationCancelAppointmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationCancelPrescriptionFromMessageArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationClaimPrescriptionArgs = {
  input: ClaimPrescriptionInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationCreatePrescriptionArgs = {
  input: CreatePrescriptionInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationCreatePrescriptionFromMessageArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationDeferReferralToProviderArgs = {
  input: DeferReferralToProviderInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationNotifyDispenseArgs = {
  input: DispenseNotificationInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationNotifyDispenseFromMessageArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationPreparePrescriptionArgs = {
  input: PrescriptionOrderInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationPreparePrescriptionFromMessageArgs = {
  message: Scalars['JSON']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationReleasePrescriptionArgs = {
  input: ReleasePrescriptionInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationReturnPrescriptionArgs = {
  input: ReturnPrescriptionInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationSendBarsBookingArgs = {
  message: Scalars['JSON']['input'];
  target: BarsTargetInput;
  useCase?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationSendBarsReferralArgs = {
  message: Scalars['JSON']['input'];
  target: BarsTargetInput;
  useCase?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationSendReferralForTriageArgs = {
  input: SendReferralForTriageInput;
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationUpdatePatientArgs = {
  changes: PatientChangesInput;
  nhsNumber: Scalars['NhsNumber']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Every mutation returns a `<Name>Payload`: the result (null when refused) and `userErrors`, the refusals the caller can
 * act on (invalid input, a stale version, a state that forbids the change), each with a typed `code`, a `message` and
 * the `field` path of the argument at fault. Failures the caller cannot fix by changing the request (unauthenticated,
 * forbidden, not found, upstream down or timing out, rate limited) stay GraphQL errors with `extensions.code` (ErrorCode).
 */
export type MutationWithdrawDispenseArgs = {
  input: WithdrawDispenseInput;
};

/** The use of a person's name (FHIR name-use). */
export type NameUse =
  /** An anonymous name. */
  | 'ANONYMOUS'
  /** A name before marriage. */
  | 'MAIDEN'
  /** A nickname. */
  | 'NICKNAME'
  /** The official (registered) name. */
  | 'OFFICIAL'
  /** A name no longer in use. */
  | 'OLD'
  /** A code outside FHIR name-use. */
  | 'OTHER'
  /** A temporary name. */
  | 'TEMP'
  /** The name normally used. */
  | 'USUAL';

/**
 * The NHS England APIs the graph calls, as `@source` names them. GP Connect Access Document shares GP Connect Access
 * Record's id (the same provider FHIR server); NHS login is the identity provider, not a `@source`.
 */
export type NhsApi =
  /** Booking and Referral Standard (BaRS): referrals and bookings between providers. */
  | 'BARS'
  /** NHS Website Content API: conditions, medicines and live-well pages of nhs.uk. */
  | 'CONTENT'
  /** Electronic Prescription Service, dispensing (EPS FHIR dispensing API). */
  | 'EPS_DISPENSING'
  /** Electronic Prescription Service, prescribing (EPS FHIR prescribing API). */
  | 'EPS_PRESCRIBING'
  /** Clinical Prescription Tracker (EPS tracker API): prescription reads. */
  | 'EPS_TRACKER'
  /** NHS e-Referral Service (e-RS FHIR API): referrals and worklists. */
  | 'ERS'
  /** GP Connect Access Record: Structured, and GP Connect Access Document (FHIR STU3). */
  | 'GPC_ACCESS_RECORD'
  /** GP Connect Appointment Management (FHIR STU3): slots and appointments. */
  | 'GPC_APPOINTMENTS'
  /** Organisation Data Service (the Organisation Data Terminology FHIR API): organisations, roles, relationships. */
  | 'ODS'
  /** Personal Demographics Service (PDS FHIR API): patients, search, updates. */
  | 'PDS'
  /** Spine Directory Service (SDS FHIR API): endpoints and accredited systems. */
  | 'SDS'
  /** Elective Waiting List Minimum Data Set (WLMDS) API. */
  | 'WLMDS';

/** The NHS environment the graph's sources point at (NHS_ENV). */
export type NhsEnvironment =
  /** The embedded stand-in for the NHS API platform (local, synthetic data). */
  | 'EMBEDDED'
  /** NHS's integration environment (int.api.service.nhs.uk). */
  | 'INT'
  /** NHS production (api.service.nhs.uk). */
  | 'PROD'
  /** NHS's public sandboxes (sandbox.api.service.nhs.uk). */
  | 'SANDBOX';

/** Why a typed dispensing mutation (notifyDispense, claimPrescription, withdrawDispense) was refused. */
export type NotifyDispenseErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** EPS refused the request as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** No items. */
  | 'INVALID_ITEMS'
  /** A medication code is not a dm+d (SNOMED CT concept) id. */
  | 'INVALID_MEDICATION_CODE'
  /** A dispensed quantity is 0 or less, or missing. */
  | 'INVALID_QUANTITY'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** A medication name or unit is empty. */
  | 'MISSING_VALUE'
  /** A not-dispensed item has no reason, or one outside medicationdispense-status-reason (0001 to 0011). */
  | 'NOT_DISPENSED_REASON_REQUIRED'
  /** The prescription is not with this pharmacy in a state that allows this. */
  | 'PRESCRIPTION_INVALID_STATE_TRANSITION';

/** Why notifyDispenseFromMessage was refused in a way the caller can correct or must accept. */
export type NotifyDispenseFromMessageErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** EPS refused the request as invalid (its code in `message`, e.g. R-5000, R-5888). */
  | 'INVALID_INPUT'
  /** The message is not a Bundle of the kind this mutation sends (see `message`). */
  | 'INVALID_MESSAGE'
  /** The message names an NHS number that fails the Modulus 11 check. */
  | 'INVALID_NHS_NUMBER'
  /** The message names a malformed prescription id. */
  | 'INVALID_PRESCRIPTION_ID'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** The prescription is not with this pharmacy in a state a dispense can be recorded for (another pharmacy, or not released). */
  | 'PRESCRIPTION_INVALID_STATE_TRANSITION';

/** What notifyDispenseFromMessage did: what EPS accepted, or why it was refused. */
export type NotifyDispenseFromMessagePayload = {
  __typename?: 'NotifyDispenseFromMessagePayload';
  /** What EPS accepted; null when refused (see `userErrors`). */
  result?: Maybe<EpsWriteResult>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<NotifyDispenseFromMessageUserError>;
};

/** A refusal of notifyDispenseFromMessage the caller can act on. */
export type NotifyDispenseFromMessageUserError = UserError & {
  __typename?: 'NotifyDispenseFromMessageUserError';
  /** Which refusal it is. */
  code: NotifyDispenseFromMessageErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** What notifyDispense did: the notification EPS accepted, or why it was refused. */
export type NotifyDispensePayload = {
  __typename?: 'NotifyDispensePayload';
  /** The notification EPS accepted; null when refused (see `userErrors`). */
  dispenseNotification?: Maybe<DispenseNotificationResult>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<NotifyDispenseUserError>;
};

/** A refusal of notifyDispense the caller can act on. */
export type NotifyDispenseUserError = UserError & {
  __typename?: 'NotifyDispenseUserError';
  /** Which refusal it is. */
  code: NotifyDispenseErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/**
 * An organisation or site in the Organisation Data Service (ODS) register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type Organisation = {
  __typename?: 'Organisation';
  /** False for a closed organisation (see `successors`); null when the ODS read failed. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** Its addresses; null when the ODS read failed. */
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
   * Free appointment slots at this GP practice from GP Connect Appointment Management, starting on or after `from` and
   * ending on or before `to` (dates at most 14 days apart: a wider window is BAD_USER_INPUT before any call). One call
   * per practice and window. Only slots the configured consumer organisation may book are returned.
   * An empty list means the practice has no free slot in the window; a failure is an error, never an empty list.
   */
  freeSlots?: Maybe<Array<Slot>>;
  /** When ODS last changed the record. */
  lastChangeDate?: Maybe<Scalars['Date']['output']>;
  /** Its name as ODS records it; null when the ODS read failed. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation's ODS code (upper case). */
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
  /** Every role it holds, current and past; null when the ODS read failed. */
  roles?: Maybe<Array<OrganisationRole>>;
  /**
   * The organisation's Spine message-handling endpoints from the Spine Directory Service (SDS FHIR API) for one service interaction
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
  /** Its phone numbers, emails and web addresses; null when the ODS read failed. */
  telecom?: Maybe<Array<ContactPoint>>;
};


/**
 * An organisation or site in the Organisation Data Service (ODS) register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type OrganisationAppointmentsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * An organisation or site in the Organisation Data Service (ODS) register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type OrganisationFreeSlotsArgs = {
  deliveryChannel?: InputMaybe<DeliveryChannel>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * An organisation or site in the Organisation Data Service (ODS) register: a GP practice, pharmacy, trust, ICB... When the graph has the code from
 * another source (a patient's GP practice from PDS), `odsCode` is always there; the other fields are read from ODS, and
 * when that read fails they are null with the error, the code kept.
 */
export type OrganisationSpineEndpointsArgs = {
  interaction: Scalars['InteractionId']['input'];
};

/** A page of an ODS organisation search. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** This page's organisations, in ODS's order. */
  nodes: Array<Organisation>;
  /** Whether there is a next page and its cursor. */
  pageInfo: PageInfo;
  /** How many organisations match, from ODS (`_summary=count`): one more ODS call, made only when this is asked for. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A current related entity of an organisation, from the ods-organization-code CodeSystem. */
export type OrganisationRelationship = {
  __typename?: 'OrganisationRelationship';
  /** ODSRelationship id: RE4 is commissioned by, RE6 is operated by, RE8 is partner to, RE10 nominated payee for... */
  code: Scalars['String']['output'];
  /** The related organisation, from ODS. */
  target?: Maybe<Organisation>;
  /** ODS code of the related organisation. */
  targetOdsCode: Scalars['OdsCode']['output'];
};

/** A role an organisation holds in ODS (GP practice, pharmacy, ...). */
export type OrganisationRole = {
  __typename?: 'OrganisationRole';
  /** True while the organisation holds the role. */
  active: Scalars['Boolean']['output'];
  /** ODS role id: RO76, RO177, RO182... */
  code: Scalars['String']['output'];
  /** The role's name (e.g. GP PRACTICE). */
  display?: Maybe<Scalars['String']['output']>;
  /** When the organisation legally held the role. */
  legalPeriod?: Maybe<Period>;
  /** When the organisation operated in the role. */
  operationalPeriod?: Maybe<Period>;
  /** A primary role, as the ODSOrganisationRole CodeSystem says (one lookup per role code, cached as reference data). */
  primary: Scalars['Boolean']['output'];
};

/** Search terms for `organisations`, sent to ODS as its search parameters. */
export type OrganisationSearchInput = {
  /** Only active (true) or only inactive (false) organisations; both when absent. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Town or city of the address. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The start of the name (case-insensitive). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Any part of the name (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Postcode (whole or its start). */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** ODS role ids, any of: RO76 GP practice, RO182 pharmacy, RO197 NHS trust... */
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Paging state of a list read from an upstream that pages. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to read the next page; null when there is none. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there is at least one more page after this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A patient as the Personal Demographics Service (PDS FHIR API) records them. Fields that cross to another source are
 * nullable: their failure never hides the rest.
 */
export type Patient = {
  __typename?: 'Patient';
  /** Home, temporary and correspondence addresses; empty for a restricted record. */
  addresses: Array<Address>;
  /**
   * The patient's GP appointments from GP Connect Appointment Management, starting from `from` to `to` (inclusive),
   * cancelled ones included. Null with an error for a restricted patient.
   * A healthcare worker's search through the Spine Secure Proxy (the default addressing) allows no part of the window in
   * the past: a `from` before today (UK date) is BAD_USER_INPUT with reason PAST_WINDOW, before any call. A citizen's
   * search may start in the past.
   * An empty list means the practice holds no appointment for the patient in the window; a failure is an error, never
   * an empty list.
   */
  appointments?: Maybe<Array<Appointment>>;
  /** Date of birth. */
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
  /** Date and time of death, when PDS records one. */
  deceasedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Documents in the patient's GP record (letters, scans, reports) from GP Connect Access Document (FHIR STU3): two calls (find the
   * patient on the documents server, then search), whatever you select; each file only when its `content` is asked for.
   * Null with NOT_FOUND when the practice has no record of the patient it may share (sensitive patients look the same).
   * An empty list means the practice holds no document matching the filters; a failure is an error, never an empty list.
   */
  documents?: Maybe<Array<ClinicalDocument>>;
  /** True when this object came from a PDS search (PDS's reduced record). */
  fromSearch: Scalars['Boolean']['output'];
  /** Administrative gender. */
  gender?: Maybe<Gender>;
  /**
   * The patient's GP record from GP Connect Access Record: Structured (FHIR STU3); the call is made by its areas' fields. Only the areas you select are asked
   * for, all together: one $gpc.getstructuredrecord call per patient, whatever the number of areas. Null with NOT_FOUND
   * when the practice has no record it may share: unknown, deceased, inactive and sensitive patients look the same, by
   * design. Dates in the record are FHIR dateTimes as the practice recorded them (a date, or a date and time with offset).
   */
  gpRecord?: Maybe<GpRecord>;
  /** The usual name (else the first one). */
  name?: Maybe<HumanName>;
  /** Every name PDS holds, current and historic. */
  names: Array<HumanName>;
  /** The record's NHS number (PDS `id`): the current one, which differs from the number asked for when that was superseded. */
  nhsNumber: Scalars['NhsNumber']['output'];
  /** The nominated pharmacy, from the Organisation Data Service (ODS); null for a restricted record. */
  nominatedPharmacy?: Maybe<Organisation>;
  /** ODS code of the nominated pharmacy (full records only; read from PDS when the patient came from a search). */
  nominatedPharmacyOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /**
   * The patient's prescriptions from the Clinical Prescription Tracker (EPS tracker API), newest first, paged: `first`
   * (1 to 50, default 20) from the cursor `after`, with `totalCount` so a client always knows whether it has them all.
   * The tracker's window is the last two years unless `authoredFrom` / `authoredTo` bound the date the prescriptions
   * were created (sent to the tracker as its `lowDate` / `highDate`). Optionally only those in the given statuses. One
   * tracker search per patient and window, whatever the page; asking for line items, history or organisations reads
   * each listed prescription's detail too (one call per prescription of the page).
   * An empty list means the tracker holds no prescription for the patient in the window (`totalCount` 0); a failure is
   * an error, never an empty list.
   */
  prescriptions?: Maybe<PrescriptionConnection>;
  /**
   * The patient's referrals on the caller's organisation's worklist in the NHS e-Referral Service (e-RS FHIR API, A008).
   * e-RS has no search by patient: a worklist is the only list it serves, so this needs a role context (headers as for
   * `referral`; without one, BAD_USER_INPUT reason ERS_ROLE_CONTEXT_REQUIRED). `worklist` defaults to AWAITING_BOOKING
   * for referrer roles and REFERRALS_FOR_REVIEW for the others. One A008 call per worklist per query, however many
   * patients ask; fields the worklist does not carry (attachments, appointment, referrer) read the referral itself
   * (A005) once per referral.
   * An empty list means e-RS holds no referral for the patient in the worklist read; a failure is an error, never an
   * empty list.
   */
  referrals?: Maybe<Array<Referral>>;
  /** The registered GP practice, from the Organisation Data Service (ODS); null for a restricted record. */
  registeredGp?: Maybe<Organisation>;
  /** ODS code of the registered GP practice; null for a restricted record. */
  registeredGpOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /**
   * The people PDS records as related to the patient: next of kin, guardians, carers, proxies (Personal Demographics
   * Service FHIR API, GET /Patient/{id}/RelatedPerson). An empty list means PDS records none. A failure is an error,
   * never an empty list. Null, with no error and no call, for a restricted patient: PDS returns no related people for
   * them, and the graph does not ask.
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
  /** Phone numbers and email addresses; empty for a restricted record. */
  telecom: Array<ContactPoint>;
  /** The record's version (PDS meta.versionId). Pass it to updatePatient. */
  version?: Maybe<Scalars['Int']['output']>;
  /**
   * The patient's open elective (referral-to-treatment) pathways from the Elective Waiting List API (Waiting List
   * Minimum Data Set, WLMDS): a weekly
   * national snapshot, not real time. An empty list when the patient is on no waiting list. One WLMDS call per distinct
   * patient in a query; providers are read from ODS in one batched call. For a restricted (sensitive) patient: null
   * with NOT_FOUND and no WLMDS call, as for their GP record, since every entry names the provider trust.
   * An empty list means the waiting list data set holds no entry for the patient; a failure is an error, never an
   * empty list.
   */
  waitingList?: Maybe<Array<WaitingListEntry>>;
};


/**
 * A patient as the Personal Demographics Service (PDS FHIR API) records them. Fields that cross to another source are
 * nullable: their failure never hides the rest.
 */
export type PatientAppointmentsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * A patient as the Personal Demographics Service (PDS FHIR API) records them. Fields that cross to another source are
 * nullable: their failure never hides the rest.
 */
export type PatientDocumentsArgs = {
  author?: InputMaybe<Scalars['OdsCode']['input']>;
  createdFrom?: InputMaybe<Scalars['Date']['input']>;
  createdTo?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A patient as the Personal Demographics Service (PDS FHIR API) records them. Fields that cross to another source are
 * nullable: their failure never hides the rest.
 */
export type PatientPrescriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  authoredFrom?: InputMaybe<Scalars['Date']['input']>;
  authoredTo?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<PrescriptionStatus>>;
};


/**
 * A patient as the Personal Demographics Service (PDS FHIR API) records them. Fields that cross to another source are
 * nullable: their failure never hides the rest.
 */
export type PatientReferralsArgs = {
  worklist?: InputMaybe<ReferralWorklist>;
};

/** Changes to a patient's PDS record for updatePatient. */
export type PatientChangesInput = {
  /** Adds an address (a temporary address needs `periodStart`, `periodEnd` and `text`). */
  addAddress?: InputMaybe<Array<AddressInput>>;
  /** Adds names (PDS allows one usual name and one nickname). */
  addNames?: InputMaybe<Array<HumanNameInput>>;
  /** Adds contact points (phone, email...). */
  addTelecom?: InputMaybe<Array<ContactPointInput>>;
  /** The corrected date of birth. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Sets the communication needs (replaces any recorded). */
  communication?: InputMaybe<CommunicationInput>;
  /** Sets the contact preferences (replaces any recorded; PDS records at most one). Staff only: PDS refuses it in patient access. */
  contactPreferences?: InputMaybe<ContactPreferencesInput>;
  /** The new administrative gender. */
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

/** One record a PDS search matched. */
export type PatientMatch = {
  __typename?: 'PatientMatch';
  /** The matched patient (PDS's reduced search record). */
  patient: Patient;
  /** PDS's match score, 0 to 1. */
  score?: Maybe<Scalars['Float']['output']>;
};

/** Search terms for `patients`, sent to PDS as its search parameters. */
export type PatientSearchInput = {
  /** Exact date of birth. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Start of a date-of-birth range (inclusive); may be left open. */
  birthDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** End of a date-of-birth range (inclusive); may be left open. */
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
  /** An email address the patient recorded. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Exact matching only (no wildcards, no variations). */
  exact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Family name (surname), at most 35 characters; wildcards as PDS allows (at least two characters before a `*`, none in a fuzzy search). */
  family?: InputMaybe<Scalars['String']['input']>;
  /** PDS's fuzzy (phonetic, transposition-tolerant) match, which takes no wildcards and is more likely than a non-fuzzy search to find several patients. */
  fuzzy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Administrative gender. */
  gender?: InputMaybe<Gender>;
  /** First then middle names, each at most 35 characters; wildcards as for `family`. */
  given?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Include historic names, addresses and other data in matching. */
  history?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 50 (default 50). */
  maxResults?: InputMaybe<Scalars['Int']['input']>;
  /** A phone number the patient recorded. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postcode of any address (PDS ignores spaces); wildcards as for `family`. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** The ODS code of the registered GP practice. */
  registeredGp?: InputMaybe<Scalars['OdsCode']['input']>;
};

/** The matches of a PDS search, complete. */
export type PatientSearchResult = {
  __typename?: 'PatientSearchResult';
  /** Every match, best first. */
  matches: Array<PatientMatch>;
  /** How many records matched (the length of `matches`). */
  total: Scalars['Int']['output'];
};

/** A FHIR Period as dates: either end may be open (null). */
export type Period = {
  __typename?: 'Period';
  /** Last day (inclusive); null when open (ongoing). */
  end?: Maybe<Scalars['Date']['output']>;
  /** First day (inclusive); null when open. */
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

/** Why preparePrescription was refused in a way the caller can correct or must accept. */
export type PreparePrescriptionErrorCode =
  /** EPS refused the request as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** No items, or more than four. */
  | 'INVALID_ITEMS'
  /** A medication code is not a dm+d (SNOMED CT concept) id. */
  | 'INVALID_MEDICATION_CODE'
  /** `prescriptionType` is not a four-digit prescription-type code. */
  | 'INVALID_PRESCRIPTION_TYPE'
  /** A quantity is 0 or less, or a supply duration less than 1 day. */
  | 'INVALID_QUANTITY'
  /** A medication name, unit or dosage is empty. */
  | 'MISSING_VALUE'
  /** `nominatedPharmacy` is not the patient's nominated pharmacy in PDS. */
  | 'NOMINATED_PHARMACY_MISMATCH'
  /** The patient has no nominated pharmacy in PDS: this mutation sends prescriptions to the nominated pharmacy only. */
  | 'NO_NOMINATED_PHARMACY';

/** Why preparePrescriptionFromMessage was refused in a way the caller can correct or must accept. */
export type PreparePrescriptionFromMessageErrorCode =
  /** EPS refused the request as invalid (its code in `message`, e.g. R-5000, R-5888). */
  | 'INVALID_INPUT'
  /** The message is not a Bundle of the kind this mutation sends (see `message`). */
  | 'INVALID_MESSAGE'
  /** The message names an NHS number that fails the Modulus 11 check. */
  | 'INVALID_NHS_NUMBER'
  /** The message names a malformed prescription id. */
  | 'INVALID_PRESCRIPTION_ID'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID';

/** What preparePrescriptionFromMessage did: the digest to sign, or why it was refused. */
export type PreparePrescriptionFromMessagePayload = {
  __typename?: 'PreparePrescriptionFromMessagePayload';
  /** The digest to sign; null when refused (see `userErrors`). */
  preparedPrescription?: Maybe<PreparedPrescription>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<PreparePrescriptionFromMessageUserError>;
};

/** A refusal of preparePrescriptionFromMessage the caller can act on. */
export type PreparePrescriptionFromMessageUserError = UserError & {
  __typename?: 'PreparePrescriptionFromMessageUserError';
  /** Which refusal it is. */
  code: PreparePrescriptionFromMessageErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** What preparePrescription did: the digest to sign, or why it was refused. */
export type PreparePrescriptionPayload = {
  __typename?: 'PreparePrescriptionPayload';
  /** The prepared prescription and its digest; null when refused (see `userErrors`). */
  preparedPrescription?: Maybe<PreparedPrescriptionOrder>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<PreparePrescriptionUserError>;
};

/** A refusal of preparePrescription the caller can act on. */
export type PreparePrescriptionUserError = UserError & {
  __typename?: 'PreparePrescriptionUserError';
  /** Which refusal it is. */
  code: PreparePrescriptionErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** What EPS $prepare returned: the digest the prescriber signs. */
export type PreparedPrescription = {
  __typename?: 'PreparedPrescription';
  /** The signature algorithm EPS expects (RS1). */
  algorithm?: Maybe<Scalars['String']['output']>;
  /** Base64 of the XML SignedInfo to sign. */
  digest: Scalars['String']['output'];
  /** The X-Request-ID the call went with: pass it again only to retry. */
  requestId: Scalars['ID']['output'];
  /** EPS's Parameters answer, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The timestamp EPS put in the SignedInfo (to put in the Provenance). */
  timestamp?: Maybe<Scalars['String']['output']>;
};

/** A prescription the graph built and EPS digested, waiting for the prescriber's signature. */
export type PreparedPrescriptionOrder = {
  __typename?: 'PreparedPrescriptionOrder';
  /** The signature algorithm EPS expects (RS1). */
  algorithm?: Maybe<Scalars['String']['output']>;
  /** Base64 of the XML SignedInfo to sign with the prescriber's smartcard. */
  digest: Scalars['String']['output'];
  /** When `preparedId` expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** The patient's NHS number. */
  nhsNumber: Scalars['NhsNumber']['output'];
  /** The pharmacy it is sent to (the patient's nominated pharmacy); null for a restricted patient, whose pharmacy is never shown. */
  nominatedPharmacyOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** Names the prepared message for createPrescription (15 minutes, for the user who prepared it). */
  preparedId: Scalars['ID']['output'];
  /** The short-form prescription id the graph allocated (with its check character). */
  prescriptionId: Scalars['PrescriptionId']['output'];
  /** The X-Request-ID the $prepare call went with. */
  requestId: Scalars['ID']['output'];
  /** The timestamp EPS put in the SignedInfo. */
  timestamp: Scalars['String']['output'];
};

/** Who prescribes, and where: the user is the signed-in CIS2 prescriber (their role profile, SDS user id and job role). */
export type PrescriberInput = {
  /** The prescribing organisation (the GP practice): its ODS code, read from ODS for its name, address and telephone. */
  organisation: Scalars['OdsCode']['input'];
  /** The prescriber's professional registration number (GMC), when the prescription type needs it. */
  professionalCode?: InputMaybe<Scalars['String']['input']>;
};

/** A prescription as the Clinical Prescription Tracker (EPS tracker API) shows it. */
export type Prescription = {
  __typename?: 'Prescription';
  /** When the prescription was created (signed). */
  authoredOn?: Maybe<Scalars['DateTime']['output']>;
  /** The dispensing pharmacy, from the Organisation Data Service (ODS); null while no pharmacy has released it. */
  dispenser?: Maybe<Organisation>;
  /** The pharmacy holding or having dispensed the prescription; null while no pharmacy has released it. */
  dispenserOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The short-form prescription id. */
  id: Scalars['PrescriptionId']['output'];
  /** ORDER, or REFLEX_ORDER for a repeat-dispensing instance. */
  intent?: Maybe<PrescriptionIntent>;
  /** The issue of a repeat-dispensing prescription (numberOfRepeatsIssued). */
  issueNumber?: Maybe<Scalars['Int']['output']>;
  /**
   * The medications prescribed, each with its dispensing status and dispenses (one tracker detail read).
   * An empty list means the tracker lists no item for the prescription; a failure is an error, never an empty list.
   */
  lineItems: Array<PrescriptionLineItem>;
  /** The nominated pharmacy, from the Organisation Data Service (ODS). */
  nominatedPharmacy?: Maybe<Organisation>;
  /** ODS code of the pharmacy the patient nominated, when the prescription was sent to it. */
  nominatedPharmacyOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** True when a cancellation was requested and awaits the dispenser. */
  pendingCancellation: Scalars['Boolean']['output'];
  /** The prescribing organisation, from the Organisation Data Service (ODS). */
  prescriber?: Maybe<Organisation>;
  /** ODS code of the prescribing organisation (one tracker detail read). */
  prescriberOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** prescription-type, e.g. 0101 Primary Care Prescriber - Medical Prescriber (one tracker detail read). */
  prescriptionType?: Maybe<Coding>;
  /** How many issues a repeat prescription allows. */
  repeatsAllowed?: Maybe<Scalars['Int']['output']>;
  /** How many issues of a repeat prescription have been made. */
  repeatsIssued?: Maybe<Scalars['Int']['output']>;
  /** The tracker's RequestGroup this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The prescription's current (Task business) status. */
  status?: Maybe<PrescriptionStatus>;
  /** The tracker's code and display for the status, verbatim. */
  statusCoding?: Maybe<Coding>;
  /**
   * Every status transition: when, to which status, and the organisation involved (one tracker detail read).
   * An empty list means the tracker records no status change; a failure is an error, never an empty list.
   */
  statusHistory: Array<PrescriptionStatusTransition>;
};

/** EPS's answer to a cancellation it did not refuse. */
export type PrescriptionCancellation = {
  __typename?: 'PrescriptionCancellation';
  /** True when cancelled now; false when marked for cancellation at the dispenser. */
  cancelled: Scalars['Boolean']['output'];
  /** medicationrequest-status-history code: R-0001, R-0002 or R-0003. */
  code: Scalars['String']['output'];
  /** EPS's display for the code. */
  display?: Maybe<Scalars['String']['output']>;
  /** The prescription the cancel response is about. */
  prescriptionId?: Maybe<Scalars['PrescriptionId']['output']>;
  /** The X-Request-ID the write went with. */
  requestId: Scalars['ID']['output'];
  /** The cancel response Bundle, verbatim. */
  resource: Scalars['JSON']['output'];
};

/** A page of a patient's prescriptions. */
export type PrescriptionConnection = {
  __typename?: 'PrescriptionConnection';
  /** This page's prescriptions, newest first. */
  nodes: Array<Prescription>;
  /** Whether there is a next page and its cursor. */
  pageInfo: PageInfo;
  /** How many prescriptions match (status and window), across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A dispense of a line item, from the Clinical Prescription Tracker. */
export type PrescriptionDispense = {
  __typename?: 'PrescriptionDispense';
  /** ODS code of the dispensing pharmacy. */
  dispenserOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The medication dispensed (dm+d display). */
  medication?: Maybe<Scalars['String']['output']>;
  /** The quantity dispensed, in `unit`. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** The MedicationDispense, verbatim. */
  resource: Scalars['JSON']['output'];
  /** medicationdispense-type of the dispense (dispensed, partially dispensed, ...). */
  type?: Maybe<Coding>;
  /** The unit of `quantity`. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** The order intent of a prescription or instance (FHIR request-intent as EPS uses it). */
export type PrescriptionIntent =
  /** An instance order. */
  | 'INSTANCE_ORDER'
  /** An order (an acute or repeat prescription). */
  | 'ORDER'
  /** The original order of a repeat-dispensing prescription. */
  | 'ORIGINAL_ORDER'
  /** An intent outside the value set (the raw code is in `resource`). */
  | 'OTHER'
  /** One issue (instance) of a repeat-dispensing prescription. */
  | 'REFLEX_ORDER';

/** One medicine on a prescription. */
export type PrescriptionItemInput = {
  /** The dosage instructions as text, e.g. 2 times a day for 10 days. */
  dosage: Scalars['String']['input'];
  /** The medicine. */
  medication: MedicationInput;
  /** The quantity to supply, in `unit`: more than 0. */
  quantity: Scalars['Float']['input'];
  /** How many days the supply should last, when given (1 or more). */
  supplyDays?: InputMaybe<Scalars['Int']['input']>;
  /** The unit of `quantity` (dm+d unit of measure, e.g. tablet, capsule, ml). */
  unit: Scalars['String']['input'];
  /** The SNOMED CT code of `unit` (e.g. 428673006 for tablet), when known. */
  unitCode?: InputMaybe<Scalars['String']['input']>;
};

/** One medication on a prescription, from the Clinical Prescription Tracker. */
export type PrescriptionLineItem = {
  __typename?: 'PrescriptionLineItem';
  /** Acute, repeat or repeat dispensing. */
  courseOfTherapy?: Maybe<CourseOfTherapy>;
  /** What was dispensed against this item, oldest first; empty when nothing was. */
  dispenses: Array<PrescriptionDispense>;
  /** The dosage instructions as text. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The line item id (prescription-order-item-number). */
  id?: Maybe<Scalars['String']['output']>;
  /** The medication's name (dm+d display). */
  medication?: Maybe<Scalars['String']['output']>;
  /** True when a cancellation of this item awaits the dispenser. */
  pendingCancellation: Scalars['Boolean']['output'];
  /** The quantity prescribed, in `unit`. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** The MedicationRequest, verbatim. */
  resource: Scalars['JSON']['output'];
  /** medicationdispense-type: 0001 dispensed, 0002 not dispensed, 0003 partially dispensed, 0005 cancelled, ... */
  status?: Maybe<Coding>;
  /** Why an item was cancelled or not dispensed. */
  statusReason?: Maybe<Coding>;
  /** The unit of `quantity` (tablet, ml, ...). */
  unit?: Maybe<Scalars['String']['output']>;
};

/** An acute prescription to prepare, sent to the patient's nominated pharmacy. */
export type PrescriptionOrderInput = {
  /** The medicines: one to four items (an EPS prescription holds at most four). */
  items: Array<PrescriptionItemInput>;
  /**
   * The pharmacy to send it to: the patient's nominated pharmacy in PDS. When absent, PDS's nomination is used; when
   * given, it must be the same (NOMINATED_PHARMACY_MISMATCH otherwise), so the app confirms where it goes.
   */
  nominatedPharmacy?: InputMaybe<Scalars['OdsCode']['input']>;
  /** The patient's NHS number. */
  patient: Scalars['NhsNumber']['input'];
  /** The prescriber's organisation and registration. */
  prescriber: PrescriberInput;
  /** prescription-type code (four digits), e.g. 0101 Primary Care Prescriber - Medical Prescriber (the default). */
  prescriptionType?: InputMaybe<Scalars['String']['input']>;
};

/** What EPS Task/$release returned. */
export type PrescriptionRelease = {
  __typename?: 'PrescriptionRelease';
  /** The prescriptions EPS could not release, with why. */
  failed: Array<FailedRelease>;
  /** The prescriptions released to the pharmacy. */
  released: Array<ReleasedPrescription>;
  /** The X-Request-ID the call went with. */
  requestId: Scalars['ID']['output'];
  /** EPS's Parameters answer, verbatim. */
  resource: Scalars['JSON']['output'];
  /**
   * The release response's own id (its Parameters.id): a return of these prescriptions names it as `releaseResponseId`.
   * Null only when EPS answered without one.
   */
  responseId?: Maybe<Scalars['ID']['output']>;
};

/** The prescription (Task business) status, EPS-task-business-status (the code in each value's description). */
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

/** One status change in a prescription's history, from the Clinical Prescription Tracker. */
export type PrescriptionStatusTransition = {
  __typename?: 'PrescriptionStatusTransition';
  /** When it happened. */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation involved, from the Organisation Data Service (ODS). */
  organisation?: Maybe<Organisation>;
  /** ODS code of the organisation involved. */
  organisationOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The status the prescription moved to. */
  status?: Maybe<PrescriptionStatus>;
  /** The tracker's code and display for that status, verbatim. */
  statusCoding?: Maybe<Coding>;
  /** The tracker's title for the event (e.g. Prescription upload successful). */
  title?: Maybe<Scalars['String']['output']>;
};

/** A problem's clinical status (FHIR STU3 condition-clinical as GP Connect uses it). */
export type ProblemStatus =
  /** A current problem. */
  | 'active'
  /** A past (inactive or resolved) problem. */
  | 'inactive';

export type Query = {
  __typename?: 'Query';
  /** The graph's version and the NHS environment it points at. Calls no NHS API. */
  about: About;
  /**
   * One GP appointment from GP Connect Appointment Management (FHIR STU3) by its id, with the version amend and cancel
   * need: one read at the practice's GP Connect endpoint. Null with NOT_FOUND when unknown; an id the graph cannot have
   * issued is BAD_USER_INPUT (INVALID_APPOINTMENT_ID) before any call.
   */
  appointment?: Maybe<Appointment>;
  /** An Appointment (booking) held by a receiver over the Booking and Referral Standard (BaRS API): one call. */
  barsAppointment?: Maybe<BarsAppointment>;
  /**
   * A patient's Appointments at a receiver over the Booking and Referral Standard (BaRS API): one call.
   * An empty list means the receiver holds no booking for the patient; a failure is an error, never an empty list.
   */
  barsAppointments?: Maybe<Array<BarsAppointment>>;
  /**
   * A ServiceRequest (referral) held by a receiver over the Booking and Referral Standard (BaRS API): one call. Every BaRS
   * call needs the sending organisation: the request header NHSD-End-User-Organisation-ODS (else BAD_USER_INPUT, reason
   * BARS_ORGANISATION_REQUIRED, and no call).
   */
  barsServiceRequest?: Maybe<BarsServiceRequest>;
  /**
   * A patient's ServiceRequests at a receiver over the Booking and Referral Standard (BaRS API): one call.
   * An empty list means the receiver holds no referral for the patient; a failure is an error, never an empty list.
   */
  barsServiceRequests?: Maybe<Array<BarsServiceRequest>>;
  /**
   * Slots a receiver offers over the Booking and Referral Standard (BaRS API) starting between `start` (default now) and
   * `end` (default 14 days after `start`; at most 31 days), optionally at one of its HealthcareServices. BaRS requires
   * both bounds. One call.
   * An empty list means the receiver offers no slot in the window; a failure is an error, never an empty list.
   */
  barsSlots?: Maybe<Array<BarsSlot>>;
  /**
   * Services a patient can be referred to, from the NHS e-Referral Service's patient service search (e-RS FHIR API,
   * A010): one e-RS call. Needs a referrer role context (REFERRING_CLINICIAN or REFERRING_CLINICIAN_ADMIN, from the
   * request headers or the user's e-RS roles, A030). Bad input (an invalid NHS number, no specialty and no clinic type,
   * an empty code, a bad postcode) is refused before any call, with BAD_USER_INPUT and a reason.
   * Without a `postcode`, e-RS measures distances (and orders nearest first) from the patient's own address, so the graph
   * first reads the patient from PDS (one call, shared with the rest of the request): for a restricted (sensitive)
   * patient, whose whereabouts are never revealed, the search is refused before any e-RS call with BAD_USER_INPUT, reason
   * ERS_POSTCODE_REQUIRED; give the postcode to measure from (e.g. the referrer's). A search with a postcode needs no PDS
   * read.
   * An empty list means e-RS found no service matching the search; a failure is an error, never an empty list.
   */
  ersServices?: Maybe<Array<ErsService>>;
  /**
   * One page of nhs.uk from the NHS Website Content API, by path (`/conditions/acne/`, `conditions/acne`, or the page's
   * nhs.uk URL). Null with NOT_FOUND when there is no such page. Pages are public: they are cached for every caller
   * for at most the contract's 7 days, so a repeated read makes no upstream call. A malformed path is BAD_USER_INPUT
   * (INVALID_CONTENT_PATH).
   */
  healthContent?: Maybe<HealthContent>;
  /**
   * Pages of one section of the NHS Website Content API with a word of their name starting with `text` ("pain" finds "Back pain"; live-well: of the
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
  /**
   * An organisation or site from the Organisation Data Service (ODS, the Organisation Data Terminology FHIR API): one
   * ODS read, cached across callers as public reference data. Null with NOT_FOUND when ODS does not know the code.
   */
  organisation?: Maybe<Organisation>;
  /**
   * Organisation search in the Organisation Data Service (ODS, the Organisation Data Terminology FHIR API), paged: `first` (1 to 100, default 20) from the cursor `after`; `pageInfo.hasNextPage`
   * follows ODS's `next` link. `totalCount` is ODS's own count (a separate `_summary=count` call, made only when asked).
   * An empty list means no organisation matches the search; a failure is an error, never an empty list.
   */
  organisations?: Maybe<OrganisationConnection>;
  /**
   * A patient's full record from the Personal Demographics Service (PDS FHIR API): one PDS read. Null with NOT_FOUND
   * when PDS has no such record. A restricted (sensitive) record comes without address, telecom, GP or pharmacy.
   */
  patient?: Maybe<Patient>;
  /**
   * Patient search in the Personal Demographics Service (PDS FHIR API): one PDS search. Lists are complete or an error:
   * more matches than `maxResults` (at most 50) is BAD_USER_INPUT with reason TOO_MANY_MATCHES, never a cut list. Search
   * results carry PDS's reduced record; following `nominatedPharmacy` from one reads the full record. Null with an error
   * when the search is refused (citizens may not search) or fails, so the rest of the query still resolves.
   */
  patients?: Maybe<PatientSearchResult>;
  /**
   * One prescription's full detail from the Clinical Prescription Tracker (EPS tracker API): one tracker call.
   * Null with NOT_FOUND when the tracker has no such prescription.
   */
  prescription?: Maybe<Prescription>;
  /**
   * One referral from the NHS e-Referral Service (e-RS FHIR API, A005) by its UBRN: one e-RS call. e-RS acts for the
   * caller's role context, declared with the request headers NHSD-eRS-Business-Function and
   * NHSD-End-User-Organisation-ODS (plus NHSD-eRS-On-Behalf-Of-User-ID for SERVICE_PROVIDER_CLINICIAN_ADMIN); without
   * them the call is application-restricted. Null with NOT_FOUND-class errors when e-RS refuses or does not know it.
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
  status?: InputMaybe<SlotStatus>;
  target: BarsTargetInput;
};


export type QueryErsServicesArgs = {
  search: ErsServiceSearch;
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

/** A referral in the NHS e-Referral Service (e-RS FHIR API). */
export type Referral = {
  __typename?: 'Referral';
  /**
   * What the calling user may do to the referral now (e-RS FHIR API, A029, for the referral's current version): read it
   * just before acting, never cache it.
   * An empty list means e-RS allows this user no action on the referral now; a failure is an error, never an empty list.
   */
  allowedActions?: Maybe<Array<ReferralAction>>;
  /** The appointment, embedded in the referral or read from e-RS (A038). Null when there is none. */
  appointment?: Maybe<ReferralAppointment>;
  /**
   * The referral's clinical attachments (referral letters, results), read from the referral (A005).
   * An empty list means the referral has no attachment; a failure is an error, never an empty list.
   */
  attachments?: Maybe<Array<ReferralAttachment>>;
  /**
   * Free appointment slots of one directly bookable service on the referral's shortlist (e-RS FHIR API, A015), for the
   * referral's priority and under its commissioning organisation: one e-RS call per page. Refused before any call when
   * the service is not on the shortlist (BAD_USER_INPUT, reason ERS_SERVICE_NOT_SHORTLISTED).
   * An empty list means the service has no free slot on that page; a failure is an error, never an empty list.
   */
  freeSlots?: Maybe<Array<ReferralSlot>>;
  /** The e-Referral pathway start: when the referral-to-treatment clock started. */
  pathwayStart?: Maybe<Scalars['DateTime']['output']>;
  /** The referred patient's NHS number. */
  patientNhsNumber?: Maybe<Scalars['NhsNumber']['output']>;
  /** ROUTINE, URGENT or TWO_WEEK_WAIT (eRS-Priority-1). */
  priority?: Maybe<Coding>;
  /**
   * The organisation providing the service (the trust of the service's site), from e-RS's R4 service directory and the
   * Organisation Data Service (ODS).
   */
  providerOrganisation?: Maybe<Organisation>;
  /**
   * ODS code of the referring organisation as e-RS records it: the organisation whose commissioning rules the referral
   * was made under (Extension-eRS-Commissioning-Rule-Org), the only organisation A005 names.
   */
  referrerOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The referring organisation, from the Organisation Data Service (ODS). */
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
  /** The specialty referred to (eRS-Specialty-1). */
  specialty?: Maybe<Coding>;
  /** The at-a-glance state (eRS-ReferralState-1), with its reason and comment when e-RS gives them. */
  state?: Maybe<ReferralState>;
  /** The Unique Booking Reference Number. */
  ubrn: Scalars['Ubrn']['output'];
  /** The referral's version (meta.versionId), which e-RS's writes take in If-Match. */
  version?: Maybe<Scalars['String']['output']>;
};


/** A referral in the NHS e-Referral Service (e-RS FHIR API). */
export type ReferralFreeSlotsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  serviceId: Scalars['String']['input'];
};

/** An action the user may take on a referral now (eRS-AvailableActionsForUser-1). */
export type ReferralAction = {
  __typename?: 'ReferralAction';
  /** CREATE_APPOINTMENT, CHANGE_SHORTLIST, CANCEL_REFERRAL, ... (an extensible list). */
  code: Scalars['String']['output'];
  /** e-RS's words for it. */
  display?: Maybe<Scalars['String']['output']>;
};

/** An appointment booked for an e-RS referral. */
export type ReferralAppointment = {
  __typename?: 'ReferralAppointment';
  /** When it was booked. */
  created?: Maybe<Scalars['DateTime']['output']>;
  /** When it ends. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** The appointment's id in e-RS. */
  id?: Maybe<Scalars['String']['output']>;
  /** The e-RS Appointment, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The e-RS service the appointment is at. */
  serviceId?: Maybe<Scalars['String']['output']>;
  /** The id of the slot booked. */
  slotId?: Maybe<Scalars['String']['output']>;
  /** When it starts. */
  start?: Maybe<Scalars['DateTime']['output']>;
  /** booked, cancelled, ... (FHIR STU3 appointmentstatus as e-RS sends it). */
  status?: Maybe<Scalars['String']['output']>;
};

/** A clinical attachment of a referral in e-RS. Download needs availability AVAILABLE. */
export type ReferralAttachment = {
  __typename?: 'ReferralAttachment';
  /** ODS code of the organisation that attached it. */
  attachedByOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** Whether it can be downloaded yet. */
  availability?: Maybe<ReferralAttachmentAvailability>;
  /**
   * The attachment's file (e-RS FHIR API, A042, following e-RS's temporary redirect to its object store): base64, whole,
   * with its content type and size. Only AVAILABLE attachments can be downloaded: for any other, null with
   * BAD_USER_INPUT (reason ERS_ATTACHMENT_NOT_AVAILABLE) and no call. Files over 5 MB (e-RS's limit for this endpoint)
   * are an error, never a truncated file.
   */
  content?: Maybe<DocumentContent>;
  /** MIME type of the file. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** When it was attached. */
  createdOn?: Maybe<Scalars['Date']['output']>;
  /** The attachment's id in e-RS. */
  id?: Maybe<Scalars['String']['output']>;
  /** Size in bytes. */
  size?: Maybe<Scalars['Int']['output']>;
  /** Its title (usually the file name). */
  title?: Maybe<Scalars['String']['output']>;
  /** REFERRER or PROVIDER: who attached it (eRS-DocumentReferenceType, an extensible list). */
  type?: Maybe<Scalars['String']['output']>;
  /** e-RS's relative URL of the file (Binary/{id}). */
  url?: Maybe<Scalars['String']['output']>;
};

/** Whether a referral attachment can be downloaded (eRS-AvailabilityStatus-1). */
export type ReferralAttachmentAvailability =
  /** Ready to download. */
  | 'AVAILABLE'
  /** A code outside eRS-AvailabilityStatus-1 (the raw code is in the referral's `resource`). */
  | 'OTHER'
  /** Virus scan in progress: try later. */
  | 'PENDING'
  /** The virus scan found threats: it will never be available. */
  | 'THREATS_FOUND'
  /** The file failed e-RS's validation. */
  | 'VALIDATION_FAILED';

/** Why booking is deferred to the provider (eRS-ReviewReason-1, the codes A016 allows). */
export type ReferralDeferralReason =
  /** A booking attempt failed (no answer within the message timeout). */
  | 'BOOKING_ATTEMPT_PROBLEM'
  /** The service has no free slot. */
  | 'NO_SLOTS_AT_SERVICE'
  /** The slot offered was no longer available when booking was tried. */
  | 'SLOT_NOT_AVAILABLE';

/** When the referrer will add the referral letter (eRS-ReferralLetterIntention-1). */
export type ReferralLetterIntention =
  /** The letter will be added later (the referral is on the LETTERS_OUTSTANDING worklist meanwhile). */
  | 'NEED_TO_ADD_LATER'
  /** No letter will be added. */
  | 'NOT_INTENDING_TO_ADD';

/** A referral's priority (eRS-Priority-1). */
export type ReferralPriority =
  /** Routine. */
  | 'ROUTINE'
  /** Two-week wait (suspected cancer). */
  | 'TWO_WEEK_WAIT'
  /** Urgent. */
  | 'URGENT';

/** An e-RS service, as a referral names it. */
export type ReferralService = {
  __typename?: 'ReferralService';
  /** The e-RS service id. */
  id: Scalars['String']['output'];
  /** The service's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation providing the service, from the Organisation Data Service (ODS). */
  provider?: Maybe<Organisation>;
  /** The service's site (ODS site code), from e-RS's R4 HealthcareService (A035, one call for every service in a query). */
  siteOdsCode?: Maybe<Scalars['OdsCode']['output']>;
};

/** A free appointment slot of an e-RS service (CareConnect-Slot-1). */
export type ReferralSlot = {
  __typename?: 'ReferralSlot';
  /** The SDS user id of the named clinician of the slot's schedule, when it has one. */
  clinicianSdsUserId?: Maybe<Scalars['String']['output']>;
  /** When it ends. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** The slot's id, what `bookReferralAppointment` takes. */
  id: Scalars['String']['output'];
  /** The e-RS service it belongs to. */
  serviceId: Scalars['String']['output'];
  /** When it starts. */
  start?: Maybe<Scalars['DateTime']['output']>;
};

/** A referral's state in e-RS (eRS-ReferralState-1). */
export type ReferralState = {
  __typename?: 'ReferralState';
  /** NOT_BOOKED, BOOKED, DEFERRED_TO_PROVIDER, AWAITING_TRIAGE, ... (eRS-ReferralState-1, an extensible list). */
  code: Scalars['String']['output'];
  /** The comment recorded with the state change. */
  comment?: Maybe<Scalars['String']['output']>;
  /** e-RS's display for the state. */
  display?: Maybe<Scalars['String']['output']>;
  /** Why the referral is in this state (e.g. a rejection reason), when e-RS gives one. */
  reason?: Maybe<Coding>;
};

/** e-RS worklists (eRS-ReferralListSelector-1): the first four are a referring organisation's, the last two a provider's. */
export type ReferralWorklist =
  /** Referrals the patient could not book a slot for (provider). */
  | 'APPOINTMENT_SLOT_ISSUES'
  /** Referrals returned after assessment, cancellation or a missed appointment (referrer). */
  | 'ASSESSMENT_RETURNED_CANCELLED_DNA'
  /** Referrals not yet booked (referrer). */
  | 'AWAITING_BOOKING'
  /** Referrals whose referral letter is still to be attached (referrer). */
  | 'LETTERS_OUTSTANDING'
  /** Referrals awaiting the provider's review (provider). */
  | 'REFERRALS_FOR_REVIEW'
  /** Referrals the provider rejected at triage (referrer). */
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

/** Why releasePrescription was refused in a way the caller can correct or must accept. */
export type ReleasePrescriptionErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** EPS refused the request as invalid (its code in `message`, e.g. R-5000, R-5888). */
  | 'INVALID_INPUT'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** Another pharmacy holds the prescription (its ODS code in `message`). */
  | 'PRESCRIPTION_WITH_ANOTHER_DISPENSER';

/** What releasePrescription asks EPS for. */
export type ReleasePrescriptionInput = {
  /** The releasing pharmacy. */
  pharmacy: Scalars['OdsCode']['input'];
  /** One prescription; without it, the pharmacy's nominated download (up to 25). */
  prescriptionId?: InputMaybe<Scalars['PrescriptionId']['input']>;
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

/** What releasePrescription did: what EPS released, or why it was refused. */
export type ReleasePrescriptionPayload = {
  __typename?: 'ReleasePrescriptionPayload';
  /** What EPS released; null when refused (see `userErrors`). */
  release?: Maybe<PrescriptionRelease>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<ReleasePrescriptionUserError>;
};

/** A refusal of releasePrescription the caller can act on. */
export type ReleasePrescriptionUserError = UserError & {
  __typename?: 'ReleasePrescriptionUserError';
  /** Which refusal it is. */
  code: ReleasePrescriptionErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** A medication of a released prescription. */
export type ReleasedLineItem = {
  __typename?: 'ReleasedLineItem';
  /** The dosage instructions as text. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The line item id (prescription-order-item-number): what notifyDispense and claimPrescription name as `lineItemId`. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The medication (dm+d display). */
  medication?: Maybe<Scalars['String']['output']>;
  /** The medication's dm+d code. */
  medicationCode?: Maybe<Scalars['String']['output']>;
  /** The quantity to dispense, in `unit`. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** The unit of `quantity`. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** A prescription released to the pharmacy. */
export type ReleasedPrescription = {
  __typename?: 'ReleasedPrescription';
  /** The medications to dispense. */
  lineItems: Array<ReleasedLineItem>;
  /** The patient's NHS number, as the message names it. */
  nhsNumber?: Maybe<Scalars['String']['output']>;
  /** The prescription as the tracker now shows it (Clinical Prescription Tracker). */
  prescription?: Maybe<Prescription>;
  /** Its short-form id. */
  prescriptionId: Scalars['String']['output'];
  /** The prescription-order message Bundle, verbatim. */
  resource: Scalars['JSON']['output'];
};

/** Why returnPrescription was refused in a way the caller can correct or must accept. */
export type ReturnPrescriptionErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** EPS refused the request as invalid (its code in `message`, e.g. R-5000, R-5888). */
  | 'INVALID_INPUT'
  /** `reasonCode` is not a four-digit EPS-task-dispense-return-status-reason code. */
  | 'INVALID_REASON_CODE'
  /** `releaseResponseId` is not a UUID. */
  | 'INVALID_RELEASE_RESPONSE_ID'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** The pharmacy does not hold the prescription in a state that can be returned. */
  | 'PRESCRIPTION_INVALID_STATE_TRANSITION';

/** What returnPrescription sends to EPS. */
export type ReturnPrescriptionInput = {
  /** The patient the prescription is for. */
  nhsNumber: Scalars['NhsNumber']['input'];
  /** The pharmacy returning it (the one that released it). */
  pharmacy: Scalars['OdsCode']['input'];
  /** The prescription to give back. */
  prescriptionId: Scalars['PrescriptionId']['input'];
  /** EPS-task-dispense-return-status-reason code (four digits, e.g. 0003). */
  reasonCode: Scalars['String']['input'];
  /** The display for `reasonCode`; the code itself when absent. */
  reasonDisplay?: InputMaybe<Scalars['String']['input']>;
  /** The release response that released the prescription to this pharmacy: `PrescriptionRelease.responseId` (a UUID). */
  releaseResponseId: Scalars['ID']['input'];
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

/** What returnPrescription did: what EPS accepted, or why it was refused. */
export type ReturnPrescriptionPayload = {
  __typename?: 'ReturnPrescriptionPayload';
  /** What EPS accepted; null when refused (see `userErrors`). */
  result?: Maybe<EpsWriteResult>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<ReturnPrescriptionUserError>;
};

/** A refusal of returnPrescription the caller can act on. */
export type ReturnPrescriptionUserError = UserError & {
  __typename?: 'ReturnPrescriptionUserError';
  /** Which refusal it is. */
  code: ReturnPrescriptionErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** What sendBarsBooking did: the receiver's answer, or why it was refused. */
export type SendBarsBookingPayload = {
  __typename?: 'SendBarsBookingPayload';
  /** The receiver's answer; null when refused (see `userErrors`). */
  result?: Maybe<BarsMessageResult>;
  /** Refusals the caller can act on; empty when the receiver took the message. */
  userErrors: Array<SendBarsBookingUserError>;
};

/** A refusal of sendBarsBooking the caller can act on. */
export type SendBarsBookingUserError = UserError & {
  __typename?: 'SendBarsBookingUserError';
  /** Which refusal it is. */
  code: SendBarsMessageErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** Why sendBarsReferral or sendBarsBooking was refused in a way the caller can correct. */
export type SendBarsMessageErrorCode =
  /** The request lacks the NHSD-End-User-Organisation-ODS header naming the sending organisation. */
  | 'BARS_ORGANISATION_REQUIRED'
  /** The receiver has already processed a Bundle with this id (REC_CONFLICT): it was not applied again. */
  | 'CONFLICT'
  /** The message is not a BaRS message Bundle of the right event and focus, or `useCase` is malformed. */
  | 'INVALID_BARS_MESSAGE'
  /** `target` is not a usable receiver identifier. */
  | 'INVALID_BARS_TARGET'
  /** The receiver refused the message as invalid (its BaRS code in `message`). */
  | 'INVALID_INPUT';

/** What sendBarsReferral did: the receiver's answer, or why it was refused. */
export type SendBarsReferralPayload = {
  __typename?: 'SendBarsReferralPayload';
  /** The receiver's answer; null when refused (see `userErrors`). */
  result?: Maybe<BarsMessageResult>;
  /** Refusals the caller can act on; empty when the receiver took the message. */
  userErrors: Array<SendBarsReferralUserError>;
};

/** A refusal of sendBarsReferral the caller can act on. */
export type SendBarsReferralUserError = UserError & {
  __typename?: 'SendBarsReferralUserError';
  /** Which refusal it is. */
  code: SendBarsMessageErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** Why sendReferralForTriage refused what the caller can correct. */
export type SendReferralForTriageErrorCode =
  /** e-RS refused it as conflicting. */
  | 'CONFLICT'
  /** The service is not a triage service (INAPPROPRIATE_VALUE). */
  | 'INAPPROPRIATE_VALUE'
  /** e-RS refused it as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** The referral is not in a state that can be sent for triage (INVALID_REQUEST_STATE). */
  | 'INVALID_REQUEST_STATE'
  /** The service id is empty, malformed or not on the referral's shortlist. */
  | 'INVALID_SERVICE_ID'
  /** The version is not a referral version. */
  | 'INVALID_VERSION'
  /** The service could not be resolved (REFERENCE_NOT_FOUND). */
  | 'REFERENCE_NOT_FOUND'
  /** The referral changed since you read it: read it again. */
  | 'STALE_VERSION';

/** What `sendReferralForTriage` sends. */
export type SendReferralForTriageInput = {
  /** The shortlisted triage service (an `ErsService` whose `requestFlowType` is TRIAGE_REQUEST). */
  serviceId: Scalars['String']['input'];
  /** The referral. */
  ubrn: Scalars['Ubrn']['input'];
  /** The referral's `version` you read. */
  version: Scalars['String']['input'];
};

/** What sendReferralForTriage did: the referral after it was sent for triage, or why it was refused. */
export type SendReferralForTriagePayload = {
  __typename?: 'SendReferralForTriagePayload';
  /** The referral as e-RS holds it afterwards (AWAITING_TRIAGE); null when refused. */
  referral?: Maybe<Referral>;
  /** Refusals the caller can act on; empty when sent. */
  userErrors: Array<SendReferralForTriageUserError>;
};

/** A refusal of sendReferralForTriage the caller can act on. */
export type SendReferralForTriageUserError = UserError & {
  __typename?: 'SendReferralForTriageUserError';
  /** Which refusal it is. */
  code: SendReferralForTriageErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** A free appointment slot at a GP practice, from GP Connect Appointment Management. */
export type Slot = {
  __typename?: 'Slot';
  /** How the appointment would be delivered. */
  deliveryChannel?: Maybe<DeliveryChannel>;
  /** When the slot ends. */
  end: Scalars['DateTime']['output'];
  /** Opaque: pass it to bookAppointment. */
  id: Scalars['ID']['output'];
  /** Where the appointment would take place. */
  location?: Maybe<GpLocation>;
  /** The practice, from the Organisation Data Service (ODS). */
  practice?: Maybe<Organisation>;
  /** ODS code of the practice offering the slot. */
  practiceOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The clinician whose schedule the slot is in. */
  practitioner?: Maybe<GpPractitioner>;
  /** The clinician's role (e.g. General Medical Practitioner). */
  practitionerRole?: Maybe<GpCode>;
  /** The STU3 Slot, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The schedule's service category (e.g. GP consultation). */
  serviceCategory?: Maybe<Scalars['String']['output']>;
  /** The schedule's service type (e.g. General practice), as the practice names it. */
  serviceType?: Maybe<Scalars['String']['output']>;
  /** The GP system's slot id. */
  slotId: Scalars['String']['output'];
  /** When the slot starts. */
  start: Scalars['DateTime']['output'];
  /** The slot's status (FREE for freeSlots). */
  status?: Maybe<SlotStatus>;
};

/** The status of a slot (FHIR slotstatus). */
export type SlotStatus =
  /** Booked. */
  | 'BUSY'
  /** Held, not confirmed. */
  | 'BUSY_TENTATIVE'
  /** Not available to book (blocked). */
  | 'BUSY_UNAVAILABLE'
  /** Recorded in error. */
  | 'ENTERED_IN_ERROR'
  /** Free to book. */
  | 'FREE'
  /** A status outside the value set (the raw code is in `resource`). */
  | 'OTHER';

/** An MHS (message handling system) record in SDS: where to send one interaction to an organisation. */
export type SpineEndpoint = {
  __typename?: 'SpineEndpoint';
  /** The endpoint URL (nhsMhsEndPoint): for GP Connect the provider's FHIR service root; for Spine-intermediated services Spine's own address. */
  address?: Maybe<Scalars['String']['output']>;
  /** The ASID of the accredited system with this party key (GP Connect's Ssp-To). Null when SDS has no AS record for it. */
  asid?: Maybe<Scalars['String']['output']>;
  /** The ebXML collaboration protocol agreement id. */
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
  /** The MHS's fully qualified domain name. */
  mhsFqdn?: Maybe<Scalars['String']['output']>;
  /** The MHS record's id in SDS. */
  mhsId?: Maybe<Scalars['String']['output']>;
  /** The MHS party key. */
  partyKey?: Maybe<Scalars['String']['output']>;
  /** ebXML reliability settings, for Spine-intermediated interactions. */
  reliability?: Maybe<SpineReliability>;
  /** The SDS FHIR Endpoint resource this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  /** active, ... (FHIR endpoint-status as SDS sends it). */
  status?: Maybe<Scalars['String']['output']>;
};

/** ebXML reliability settings of a Spine-intermediated endpoint (SDS Extension-SDS-ReliabilityConfiguration). */
export type SpineReliability = {
  __typename?: 'SpineReliability';
  /** nhsMHSAckRequested: always or never. */
  ackRequested?: Maybe<Scalars['String']['output']>;
  /** nhsMHSActor: the ebXML actor (urn:oasis:names:tc:ebxml-msg:actor:toPartyMSH, ...). */
  actor?: Maybe<Scalars['String']['output']>;
  /** nhsMHSDuplicateElimination: always or never. */
  duplicateElimination?: Maybe<Scalars['String']['output']>;
  /** nhsMHSPersistDuration: ISO 8601 duration a message is kept for duplicate elimination. */
  persistDuration?: Maybe<Scalars['String']['output']>;
  /** nhsMHSRetries: how many times a message is retried. */
  retries?: Maybe<Scalars['Int']['output']>;
  /** nhsMHSRetryInterval: ISO 8601 duration between retries (PT1M). */
  retryInterval?: Maybe<Scalars['String']['output']>;
  /** nhsMHSSyncReplyMode: MSHSignalsOnly, None, ... */
  syncReplyMode?: Maybe<Scalars['String']['output']>;
};

/** Events pushed over WebSocket (graphql-ws protocol at /graphql). */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each response a BaRS receiver posts to this graph's BaRS endpoint ($process-message) about the referral or the
   * booking from now on (Booking and Referral Standard, BaRS API), over WebSocket (graphql-ws protocol) at /graphql, with
   * the bearer token in connection_init's `Authorization`. Give exactly one of `serviceRequestId` and `appointmentId`
   * (otherwise BAD_USER_INPUT, reason EXACTLY_ONE_ID). Responses received before subscribing are in `responses` of
   * `barsServiceRequest(...)` or `barsAppointment(...)`. With Redis, responses received by any replica are delivered.
   */
  barsResponses: BarsResponse;
};


/** Events pushed over WebSocket (graphql-ws protocol at /graphql). */
export type SubscriptionBarsResponsesArgs = {
  appointmentId?: InputMaybe<Scalars['ID']['input']>;
  serviceRequestId?: InputMaybe<Scalars['ID']['input']>;
};

/** An NHS Data Dictionary treatment function (the specialty a pathway is reported under). */
export type TreatmentFunction = {
  __typename?: 'TreatmentFunction';
  /** The three-digit treatment function code (e.g. 100 General Surgery). */
  code: Scalars['String']['output'];
  /** The treatment function's name, when the graph knows the code. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Why updatePatient refused a change the caller can correct. */
export type UpdatePatientErrorCode =
  /** The record's state forbids the change. */
  | 'CONFLICT'
  /**
   * A change PDS would refuse (a temporary address without its period or text; a name with characters, a suffix, a
   * use or a count of given names PDS refuses, or a second usual name or nickname; contact times over 40 characters or
   * without a method; a language that is not a UKCore-HumanLanguage code, or English; a set and a removal of the same
   * thing; ...).
   */
  | 'INVALID_CHANGE'
  /** Any other invalid input (PDS's own validation): see `message`. */
  | 'INVALID_INPUT'
  /** `version` is not a positive integer. */
  | 'INVALID_VERSION'
  /** `changes` names nothing to change. */
  | 'NO_CHANGES'
  /** The record changed since `version` was read: read it again and re-apply. */
  | 'STALE_VERSION'
  /**
   * `removeTelecomIds`, `removeAddressIds` or `removeNameIds` names an id the current record does not have, or a
   * removal (`removeNominatedPharmacy`, `removeContactPreferences`, `removeCommunication`) names something the record
   * does not hold: read it again.
   */
  | 'UNKNOWN_ID'
  /** No version was sent with the write. */
  | 'VERSION_REQUIRED';

/** What updatePatient did: the updated patient, or why it was refused. */
export type UpdatePatientPayload = {
  __typename?: 'UpdatePatientPayload';
  /** The patient as PDS holds them after the update; null when refused (see `userErrors`). */
  patient?: Maybe<Patient>;
  /** Refusals the caller can act on; empty when the update was applied. */
  userErrors: Array<UpdatePatientUserError>;
};

/** A refusal of updatePatient the caller can act on. */
export type UpdatePatientUserError = UserError & {
  __typename?: 'UpdatePatientUserError';
  /** Which refusal it is. */
  code: UpdatePatientErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/**
 * Common fields of every mutation's user error (`<Name>UserError`): a refusal the caller can act on. Each
 * implementation adds `code`, typed with its mutation's own enum.
 */
export type UserError = {
  /** The path of the argument at fault (`["input", "description"]`); null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
};

/** One open RTT pathway as a provider reported it to WLMDS. */
export type WaitingListEntry = {
  __typename?: 'WaitingListEntry';
  /** The RTT clock start: the date the patient began waiting. */
  clockStart?: Maybe<Scalars['Date']['output']>;
  /** The patient pathway identifier the provider assigned. */
  pathwayId?: Maybe<Scalars['String']['output']>;
  /** The provider, from the Organisation Data Service (ODS). */
  provider?: Maybe<Organisation>;
  /** ODS code of the provider (WLMDS ReportingOrganisation). */
  providerOdsCode?: Maybe<Scalars['OdsCode']['output']>;
  /** The WLMDS entry this was mapped from, verbatim. */
  resource: Scalars['JSON']['output'];
  /** The specialty the pathway is reported under. */
  treatmentFunction?: Maybe<TreatmentFunction>;
  /** The census (week-ending) date of the submission this entry comes from. */
  weekEnding?: Maybe<Scalars['Date']['output']>;
  /** Whole weeks from clock start to the census date. */
  weeksWaitingAtCensus?: Maybe<Scalars['Int']['output']>;
};

/** Why withdrawDispense was refused in a way the caller can correct or must accept. */
export type WithdrawDispenseErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** `dispenseNotificationId` is not a UUID. */
  | 'INVALID_DISPENSE_NOTIFICATION_ID'
  /** EPS refused the request as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** `reasonCode` is not a two-letter EPS-task-dispense-withdraw-reason code. */
  | 'INVALID_REASON_CODE'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** The prescription is not dispensed by this pharmacy. */
  | 'PRESCRIPTION_INVALID_STATE_TRANSITION';

/** What withdrawDispense sends to EPS. */
export type WithdrawDispenseInput = {
  /** The dispense notification withdrawn: `DispenseNotificationResult.notificationId` (a UUID). */
  dispenseNotificationId: Scalars['ID']['input'];
  /** The patient the prescription is for. */
  nhsNumber: Scalars['NhsNumber']['input'];
  /** The pharmacy that sent the dispense notification. */
  pharmacy: Scalars['OdsCode']['input'];
  /** The prescription whose dispense is withdrawn. */
  prescriptionId: Scalars['PrescriptionId']['input'];
  /** EPS-task-dispense-withdraw-reason code (two letters, e.g. MU Medication Update, DA Dosage Amendments). */
  reasonCode: Scalars['String']['input'];
  /** The display for `reasonCode`; the code itself when absent. */
  reasonDisplay?: InputMaybe<Scalars['String']['input']>;
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

/** What withdrawDispense did: what EPS accepted, or why it was refused. */
export type WithdrawDispensePayload = {
  __typename?: 'WithdrawDispensePayload';
  /** What EPS accepted; null when refused (see `userErrors`). */
  result?: Maybe<EpsWriteResult>;
  /** Refusals the caller can act on; empty when EPS accepted the request. */
  userErrors: Array<WithdrawDispenseUserError>;
};

/** A refusal of withdrawDispense the caller can act on. */
export type WithdrawDispenseUserError = UserError & {
  __typename?: 'WithdrawDispenseUserError';
  /** Which refusal it is. */
  code: WithdrawDispenseErrorCode;
  /** The path of the argument at fault; null when the refusal is about the whole request. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a developer (no patient data). */
  message: Scalars['String']['output'];
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




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  UserError:
    | ( AmendAppointmentUserError )
    | ( BookAppointmentUserError )
    | ( BookReferralAppointmentUserError )
    | ( CancelAppointmentUserError )
    | ( CancelPrescriptionFromMessageUserError )
    | ( ClaimPrescriptionUserError )
    | ( CreatePrescriptionFromMessageUserError )
    | ( CreatePrescriptionUserError )
    | ( CreateReferralUserError )
    | ( DeferReferralToProviderUserError )
    | ( NotifyDispenseFromMessageUserError )
    | ( NotifyDispenseUserError )
    | ( PreparePrescriptionFromMessageUserError )
    | ( PreparePrescriptionUserError )
    | ( ReleasePrescriptionUserError )
    | ( ReturnPrescriptionUserError )
    | ( SendBarsBookingUserError )
    | ( SendBarsReferralUserError )
    | ( SendReferralForTriageUserError )
    | ( UpdatePatientUserError )
    | ( WithdrawDispenseUserError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  About: ResolverTypeWrapper<About>;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AddressUse: AddressUse;
  AmendAppointmentErrorCode: AmendAppointmentErrorCode;
  AmendAppointmentPayload: ResolverTypeWrapper<Omit<AmendAppointmentPayload, 'appointment'> & { appointment?: Maybe<ResolversTypes['Appointment']> }>;
  AmendAppointmentUserError: ResolverTypeWrapper<AmendAppointmentUserError>;
  Appointment: ResolverTypeWrapper<AppointmentModel>;
  AppointmentChangesInput: AppointmentChangesInput;
  AppointmentStatus: AppointmentStatus;
  BarsAppointment: ResolverTypeWrapper<BarsAppointmentModel>;
  BarsMessageResult: ResolverTypeWrapper<BarsMessageResultModel>;
  BarsResponse: ResolverTypeWrapper<BarsResponseModel>;
  BarsServiceRequest: ResolverTypeWrapper<BarsServiceRequestModel>;
  BarsServiceRequestStatus: BarsServiceRequestStatus;
  BarsSlot: ResolverTypeWrapper<BarsSlotModel>;
  BarsTargetInput: BarsTargetInput;
  BookAppointmentErrorCode: BookAppointmentErrorCode;
  BookAppointmentInput: BookAppointmentInput;
  BookAppointmentPayload: ResolverTypeWrapper<Omit<BookAppointmentPayload, 'appointment'> & { appointment?: Maybe<ResolversTypes['Appointment']> }>;
  BookAppointmentUserError: ResolverTypeWrapper<BookAppointmentUserError>;
  BookReferralAppointmentErrorCode: BookReferralAppointmentErrorCode;
  BookReferralAppointmentInput: BookReferralAppointmentInput;
  BookReferralAppointmentPayload: ResolverTypeWrapper<Omit<BookReferralAppointmentPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  BookReferralAppointmentUserError: ResolverTypeWrapper<BookReferralAppointmentUserError>;
  BookingOrganisation: ResolverTypeWrapper<BookingOrganisation>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelAppointmentErrorCode: CancelAppointmentErrorCode;
  CancelAppointmentPayload: ResolverTypeWrapper<Omit<CancelAppointmentPayload, 'appointment'> & { appointment?: Maybe<ResolversTypes['Appointment']> }>;
  CancelAppointmentUserError: ResolverTypeWrapper<CancelAppointmentUserError>;
  CancelPrescriptionFromMessageErrorCode: CancelPrescriptionFromMessageErrorCode;
  CancelPrescriptionFromMessagePayload: ResolverTypeWrapper<Omit<CancelPrescriptionFromMessagePayload, 'cancellation'> & { cancellation?: Maybe<ResolversTypes['PrescriptionCancellation']> }>;
  CancelPrescriptionFromMessageUserError: ResolverTypeWrapper<CancelPrescriptionFromMessageUserError>;
  Citizen: ResolverTypeWrapper<CitizenPrincipal>;
  ClaimPrescriptionErrorCode: ClaimPrescriptionErrorCode;
  ClaimPrescriptionInput: ClaimPrescriptionInput;
  ClaimPrescriptionPayload: ResolverTypeWrapper<Omit<ClaimPrescriptionPayload, 'result'> & { result?: Maybe<ResolversTypes['EpsWriteResult']> }>;
  ClaimPrescriptionUserError: ResolverTypeWrapper<ClaimPrescriptionUserError>;
  ClaimedItemInput: ClaimedItemInput;
  ClinicalDocument: ResolverTypeWrapper<ClinicalDocumentModel>;
  Coding: ResolverTypeWrapper<Coding>;
  Communication: ResolverTypeWrapper<Communication>;
  CommunicationInput: CommunicationInput;
  ContactPoint: ResolverTypeWrapper<ContactPoint>;
  ContactPointInput: ContactPointInput;
  ContactPointSystem: ContactPointSystem;
  ContactPointUse: ContactPointUse;
  ContactPreferences: ResolverTypeWrapper<ContactPreferences>;
  ContactPreferencesInput: ContactPreferencesInput;
  CourseOfTherapy: CourseOfTherapy;
  CreatePrescriptionErrorCode: CreatePrescriptionErrorCode;
  CreatePrescriptionFromMessageErrorCode: CreatePrescriptionFromMessageErrorCode;
  CreatePrescriptionFromMessagePayload: ResolverTypeWrapper<Omit<CreatePrescriptionFromMessagePayload, 'result'> & { result?: Maybe<ResolversTypes['EpsWriteResult']> }>;
  CreatePrescriptionFromMessageUserError: ResolverTypeWrapper<CreatePrescriptionFromMessageUserError>;
  CreatePrescriptionInput: CreatePrescriptionInput;
  CreatePrescriptionPayload: ResolverTypeWrapper<Omit<CreatePrescriptionPayload, 'createdPrescription'> & { createdPrescription?: Maybe<ResolversTypes['CreatedPrescription']> }>;
  CreatePrescriptionUserError: ResolverTypeWrapper<CreatePrescriptionUserError>;
  CreateReferralErrorCode: CreateReferralErrorCode;
  CreateReferralInput: CreateReferralInput;
  CreateReferralPayload: ResolverTypeWrapper<Omit<CreateReferralPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  CreateReferralUserError: ResolverTypeWrapper<CreateReferralUserError>;
  CreatedPrescription: ResolverTypeWrapper<Omit<CreatedPrescription, 'prescription'> & { prescription?: Maybe<ResolversTypes['Prescription']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeferReferralToProviderErrorCode: DeferReferralToProviderErrorCode;
  DeferReferralToProviderInput: DeferReferralToProviderInput;
  DeferReferralToProviderPayload: ResolverTypeWrapper<Omit<DeferReferralToProviderPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  DeferReferralToProviderUserError: ResolverTypeWrapper<DeferReferralToProviderUserError>;
  DeliveryChannel: DeliveryChannel;
  DispenseNotificationInput: DispenseNotificationInput;
  DispenseNotificationResult: ResolverTypeWrapper<DispenseNotificationResult>;
  DispenseOutcome: DispenseOutcome;
  DispensedItemInput: DispensedItemInput;
  DocumentContent: ResolverTypeWrapper<DocumentContentModel>;
  EpsWriteResult: ResolverTypeWrapper<WriteOutcomeModel>;
  ErrorCode: ErrorCode;
  ErsService: ResolverTypeWrapper<ErsService>;
  ErsServiceSearch: ErsServiceSearch;
  ErsServiceSort: ErsServiceSort;
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
  HealthContentSkipReason: HealthContentSkipReason;
  HealthContentSkippedListing: ResolverTypeWrapper<HealthContentSkippedListing>;
  HealthContentSummary: ResolverTypeWrapper<HealthContentSummaryModel>;
  HumanName: ResolverTypeWrapper<HumanName>;
  HumanNameInput: HumanNameInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdentityLevel: IdentityLevel;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InteractionId: ResolverTypeWrapper<Scalars['InteractionId']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MedicationInput: MedicationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameUse: NameUse;
  NhsApi: NhsApi;
  NhsEnvironment: NhsEnvironment;
  NhsNumber: ResolverTypeWrapper<Scalars['NhsNumber']['output']>;
  NotifyDispenseErrorCode: NotifyDispenseErrorCode;
  NotifyDispenseFromMessageErrorCode: NotifyDispenseFromMessageErrorCode;
  NotifyDispenseFromMessagePayload: ResolverTypeWrapper<Omit<NotifyDispenseFromMessagePayload, 'result'> & { result?: Maybe<ResolversTypes['EpsWriteResult']> }>;
  NotifyDispenseFromMessageUserError: ResolverTypeWrapper<NotifyDispenseFromMessageUserError>;
  NotifyDispensePayload: ResolverTypeWrapper<NotifyDispensePayload>;
  NotifyDispenseUserError: ResolverTypeWrapper<NotifyDispenseUserError>;
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
  PreparePrescriptionErrorCode: PreparePrescriptionErrorCode;
  PreparePrescriptionFromMessageErrorCode: PreparePrescriptionFromMessageErrorCode;
  PreparePrescriptionFromMessagePayload: ResolverTypeWrapper<Omit<PreparePrescriptionFromMessagePayload, 'preparedPrescription'> & { preparedPrescription?: Maybe<ResolversTypes['PreparedPrescription']> }>;
  PreparePrescriptionFromMessageUserError: ResolverTypeWrapper<PreparePrescriptionFromMessageUserError>;
  PreparePrescriptionPayload: ResolverTypeWrapper<PreparePrescriptionPayload>;
  PreparePrescriptionUserError: ResolverTypeWrapper<PreparePrescriptionUserError>;
  PreparedPrescription: ResolverTypeWrapper<PreparedModel>;
  PreparedPrescriptionOrder: ResolverTypeWrapper<PreparedPrescriptionOrder>;
  PrescriberInput: PrescriberInput;
  Prescription: ResolverTypeWrapper<PrescriptionModel>;
  PrescriptionCancellation: ResolverTypeWrapper<CancellationModel>;
  PrescriptionConnection: ResolverTypeWrapper<Omit<PrescriptionConnection, 'nodes'> & { nodes: Array<ResolversTypes['Prescription']> }>;
  PrescriptionDispense: ResolverTypeWrapper<DispenseModel>;
  PrescriptionId: ResolverTypeWrapper<Scalars['PrescriptionId']['output']>;
  PrescriptionIntent: PrescriptionIntent;
  PrescriptionItemInput: PrescriptionItemInput;
  PrescriptionLineItem: ResolverTypeWrapper<LineItemModel>;
  PrescriptionOrderInput: PrescriptionOrderInput;
  PrescriptionRelease: ResolverTypeWrapper<ReleaseModel>;
  PrescriptionStatus: PrescriptionStatus;
  PrescriptionStatusTransition: ResolverTypeWrapper<StatusTransitionModel>;
  ProblemStatus: ProblemStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Referral: ResolverTypeWrapper<ReferralModel>;
  ReferralAction: ResolverTypeWrapper<ReferralAction>;
  ReferralAppointment: ResolverTypeWrapper<ReferralAppointmentModel>;
  ReferralAttachment: ResolverTypeWrapper<ReferralAttachmentModel>;
  ReferralAttachmentAvailability: ReferralAttachmentAvailability;
  ReferralDeferralReason: ReferralDeferralReason;
  ReferralLetterIntention: ReferralLetterIntention;
  ReferralPriority: ReferralPriority;
  ReferralService: ResolverTypeWrapper<ReferralServiceModel>;
  ReferralSlot: ResolverTypeWrapper<ReferralSlot>;
  ReferralState: ResolverTypeWrapper<ReferralState>;
  ReferralWorklist: ReferralWorklist;
  RelatedPerson: ResolverTypeWrapper<RelatedPerson>;
  ReleasePrescriptionErrorCode: ReleasePrescriptionErrorCode;
  ReleasePrescriptionInput: ReleasePrescriptionInput;
  ReleasePrescriptionPayload: ResolverTypeWrapper<Omit<ReleasePrescriptionPayload, 'release'> & { release?: Maybe<ResolversTypes['PrescriptionRelease']> }>;
  ReleasePrescriptionUserError: ResolverTypeWrapper<ReleasePrescriptionUserError>;
  ReleasedLineItem: ResolverTypeWrapper<ReleasedLineItem>;
  ReleasedPrescription: ResolverTypeWrapper<ReleasedPrescriptionModel>;
  ReturnPrescriptionErrorCode: ReturnPrescriptionErrorCode;
  ReturnPrescriptionInput: ReturnPrescriptionInput;
  ReturnPrescriptionPayload: ResolverTypeWrapper<Omit<ReturnPrescriptionPayload, 'result'> & { result?: Maybe<ResolversTypes['EpsWriteResult']> }>;
  ReturnPrescriptionUserError: ResolverTypeWrapper<ReturnPrescriptionUserError>;
  SendBarsBookingPayload: ResolverTypeWrapper<Omit<SendBarsBookingPayload, 'result'> & { result?: Maybe<ResolversTypes['BarsMessageResult']> }>;
  SendBarsBookingUserError: ResolverTypeWrapper<SendBarsBookingUserError>;
  SendBarsMessageErrorCode: SendBarsMessageErrorCode;
  SendBarsReferralPayload: ResolverTypeWrapper<Omit<SendBarsReferralPayload, 'result'> & { result?: Maybe<ResolversTypes['BarsMessageResult']> }>;
  SendBarsReferralUserError: ResolverTypeWrapper<SendBarsReferralUserError>;
  SendReferralForTriageErrorCode: SendReferralForTriageErrorCode;
  SendReferralForTriageInput: SendReferralForTriageInput;
  SendReferralForTriagePayload: ResolverTypeWrapper<Omit<SendReferralForTriagePayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  SendReferralForTriageUserError: ResolverTypeWrapper<SendReferralForTriageUserError>;
  Slot: ResolverTypeWrapper<SlotModel>;
  SlotStatus: SlotStatus;
  SpineEndpoint: ResolverTypeWrapper<SpineEndpointModel>;
  SpineReliability: ResolverTypeWrapper<SpineReliability>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TreatmentFunction: ResolverTypeWrapper<TreatmentFunction>;
  Ubrn: ResolverTypeWrapper<Scalars['Ubrn']['output']>;
  UpdatePatientErrorCode: UpdatePatientErrorCode;
  UpdatePatientPayload: ResolverTypeWrapper<Omit<UpdatePatientPayload, 'patient'> & { patient?: Maybe<ResolversTypes['Patient']> }>;
  UpdatePatientUserError: ResolverTypeWrapper<UpdatePatientUserError>;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
  WaitingListEntry: ResolverTypeWrapper<WaitingListEntryModel>;
  WithdrawDispenseErrorCode: WithdrawDispenseErrorCode;
  WithdrawDispenseInput: WithdrawDispenseInput;
  WithdrawDispensePayload: ResolverTypeWrapper<Omit<WithdrawDispensePayload, 'result'> & { result?: Maybe<ResolversTypes['EpsWriteResult']> }>;
  WithdrawDispenseUserError: ResolverTypeWrapper<WithdrawDispenseUserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  About: About;
  Address: Address;
  AddressInput: AddressInput;
  AmendAppointmentPayload: Omit<AmendAppointmentPayload, 'appointment'> & { appointment?: Maybe<ResolversParentTypes['Appointment']> };
  AmendAppointmentUserError: AmendAppointmentUserError;
  Appointment: AppointmentModel;
  AppointmentChangesInput: AppointmentChangesInput;
  BarsAppointment: BarsAppointmentModel;
  BarsMessageResult: BarsMessageResultModel;
  BarsResponse: BarsResponseModel;
  BarsServiceRequest: BarsServiceRequestModel;
  BarsSlot: BarsSlotModel;
  BarsTargetInput: BarsTargetInput;
  BookAppointmentInput: BookAppointmentInput;
  BookAppointmentPayload: Omit<BookAppointmentPayload, 'appointment'> & { appointment?: Maybe<ResolversParentTypes['Appointment']> };
  BookAppointmentUserError: BookAppointmentUserError;
  BookReferralAppointmentInput: BookReferralAppointmentInput;
  BookReferralAppointmentPayload: Omit<BookReferralAppointmentPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  BookReferralAppointmentUserError: BookReferralAppointmentUserError;
  BookingOrganisation: BookingOrganisation;
  Boolean: Scalars['Boolean']['output'];
  CancelAppointmentPayload: Omit<CancelAppointmentPayload, 'appointment'> & { appointment?: Maybe<ResolversParentTypes['Appointment']> };
  CancelAppointmentUserError: CancelAppointmentUserError;
  CancelPrescriptionFromMessagePayload: Omit<CancelPrescriptionFromMessagePayload, 'cancellation'> & { cancellation?: Maybe<ResolversParentTypes['PrescriptionCancellation']> };
  CancelPrescriptionFromMessageUserError: CancelPrescriptionFromMessageUserError;
  Citizen: CitizenPrincipal;
  ClaimPrescriptionInput: ClaimPrescriptionInput;
  ClaimPrescriptionPayload: Omit<ClaimPrescriptionPayload, 'result'> & { result?: Maybe<ResolversParentTypes['EpsWriteResult']> };
  ClaimPrescriptionUserError: ClaimPrescriptionUserError;
  ClaimedItemInput: ClaimedItemInput;
  ClinicalDocument: ClinicalDocumentModel;
  Coding: Coding;
  Communication: Communication;
  CommunicationInput: CommunicationInput;
  ContactPoint: ContactPoint;
  ContactPointInput: ContactPointInput;
  ContactPreferences: ContactPreferences;
  ContactPreferencesInput: ContactPreferencesInput;
  CreatePrescriptionFromMessagePayload: Omit<CreatePrescriptionFromMessagePayload, 'result'> & { result?: Maybe<ResolversParentTypes['EpsWriteResult']> };
  CreatePrescriptionFromMessageUserError: CreatePrescriptionFromMessageUserError;
  CreatePrescriptionInput: CreatePrescriptionInput;
  CreatePrescriptionPayload: Omit<CreatePrescriptionPayload, 'createdPrescription'> & { createdPrescription?: Maybe<ResolversParentTypes['CreatedPrescription']> };
  CreatePrescriptionUserError: CreatePrescriptionUserError;
  CreateReferralInput: CreateReferralInput;
  CreateReferralPayload: Omit<CreateReferralPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  CreateReferralUserError: CreateReferralUserError;
  CreatedPrescription: Omit<CreatedPrescription, 'prescription'> & { prescription?: Maybe<ResolversParentTypes['Prescription']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeferReferralToProviderInput: DeferReferralToProviderInput;
  DeferReferralToProviderPayload: Omit<DeferReferralToProviderPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  DeferReferralToProviderUserError: DeferReferralToProviderUserError;
  DispenseNotificationInput: DispenseNotificationInput;
  DispenseNotificationResult: DispenseNotificationResult;
  DispensedItemInput: DispensedItemInput;
  DocumentContent: DocumentContentModel;
  EpsWriteResult: WriteOutcomeModel;
  ErsService: ErsService;
  ErsServiceSearch: ErsServiceSearch;
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
  MedicationInput: MedicationInput;
  Mutation: Record<PropertyKey, never>;
  NhsNumber: Scalars['NhsNumber']['output'];
  NotifyDispenseFromMessagePayload: Omit<NotifyDispenseFromMessagePayload, 'result'> & { result?: Maybe<ResolversParentTypes['EpsWriteResult']> };
  NotifyDispenseFromMessageUserError: NotifyDispenseFromMessageUserError;
  NotifyDispensePayload: NotifyDispensePayload;
  NotifyDispenseUserError: NotifyDispenseUserError;
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
  PreparePrescriptionFromMessagePayload: Omit<PreparePrescriptionFromMessagePayload, 'preparedPrescription'> & { preparedPrescription?: Maybe<ResolversParentTypes['PreparedPrescription']> };
  PreparePrescriptionFromMessageUserError: PreparePrescriptionFromMessageUserError;
  PreparePrescriptionPayload: PreparePrescriptionPayload;
  PreparePrescriptionUserError: PreparePrescriptionUserError;
  PreparedPrescription: PreparedModel;
  PreparedPrescriptionOrder: PreparedPrescriptionOrder;
  PrescriberInput: PrescriberInput;
  Prescription: PrescriptionModel;
  PrescriptionCancellation: CancellationModel;
  PrescriptionConnection: Omit<PrescriptionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Prescription']> };
  PrescriptionDispense: DispenseModel;
  PrescriptionId: Scalars['PrescriptionId']['output'];
  PrescriptionItemInput: PrescriptionItemInput;
  PrescriptionLineItem: LineItemModel;
  PrescriptionOrderInput: PrescriptionOrderInput;
  PrescriptionRelease: ReleaseModel;
  PrescriptionStatusTransition: StatusTransitionModel;
  Query: Record<PropertyKey, never>;
  Referral: ReferralModel;
  ReferralAction: ReferralAction;
  ReferralAppointment: ReferralAppointmentModel;
  ReferralAttachment: ReferralAttachmentModel;
  ReferralService: ReferralServiceModel;
  ReferralSlot: ReferralSlot;
  ReferralState: ReferralState;
  RelatedPerson: RelatedPerson;
  ReleasePrescriptionInput: ReleasePrescriptionInput;
  ReleasePrescriptionPayload: Omit<ReleasePrescriptionPayload, 'release'> & { release?: Maybe<ResolversParentTypes['PrescriptionRelease']> };
  ReleasePrescriptionUserError: ReleasePrescriptionUserError;
  ReleasedLineItem: ReleasedLineItem;
  ReleasedPrescription: ReleasedPrescriptionModel;
  ReturnPrescriptionInput: ReturnPrescriptionInput;
  ReturnPrescriptionPayload: Omit<ReturnPrescriptionPayload, 'result'> & { result?: Maybe<ResolversParentTypes['EpsWriteResult']> };
  ReturnPrescriptionUserError: ReturnPrescriptionUserError;
  SendBarsBookingPayload: Omit<SendBarsBookingPayload, 'result'> & { result?: Maybe<ResolversParentTypes['BarsMessageResult']> };
  SendBarsBookingUserError: SendBarsBookingUserError;
  SendBarsReferralPayload: Omit<SendBarsReferralPayload, 'result'> & { result?: Maybe<ResolversParentTypes['BarsMessageResult']> };
  SendBarsReferralUserError: SendBarsReferralUserError;
  SendReferralForTriageInput: SendReferralForTriageInput;
  SendReferralForTriagePayload: Omit<SendReferralForTriagePayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  SendReferralForTriageUserError: SendReferralForTriageUserError;
  Slot: SlotModel;
  SpineEndpoint: SpineEndpointModel;
  SpineReliability: SpineReliability;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TreatmentFunction: TreatmentFunction;
  Ubrn: Scalars['Ubrn']['output'];
  UpdatePatientPayload: Omit<UpdatePatientPayload, 'patient'> & { patient?: Maybe<ResolversParentTypes['Patient']> };
  UpdatePatientUserError: UpdatePatientUserError;
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
  WaitingListEntry: WaitingListEntryModel;
  WithdrawDispenseInput: WithdrawDispenseInput;
  WithdrawDispensePayload: Omit<WithdrawDispensePayload, 'result'> & { result?: Maybe<ResolversParentTypes['EpsWriteResult']> };
  WithdrawDispenseUserError: WithdrawDispenseUserError;
};

export type SourceDirectiveArgs = {
  api: NhsApi;
};

export type SourceDirectiveResolver<Result, Parent, ContextType = Context, Args = SourceDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AboutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = {
  environment?: Resolver<ResolversTypes['NhsEnvironment'], ParentType, ContextType>;
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
  use?: Resolver<Maybe<ResolversTypes['AddressUse']>, ParentType, ContextType>;
};

export type AmendAppointmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AmendAppointmentPayload'] = ResolversParentTypes['AmendAppointmentPayload']> = {
  appointment?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AmendAppointmentUserError']>, ParentType, ContextType>;
};

export type AmendAppointmentUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AmendAppointmentUserError'] = ResolversParentTypes['AmendAppointmentUserError']> = {
  code?: Resolver<ResolversTypes['AmendAppointmentErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  status?: Resolver<Maybe<ResolversTypes['AppointmentStatus']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BarsAppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsAppointment'] = ResolversParentTypes['BarsAppointment']> = {
  created?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  patientNhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  responses?: Resolver<Array<ResolversTypes['BarsResponse']>, ParentType, ContextType>;
  serviceRequestReferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  slotReferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AppointmentStatus']>, ParentType, ContextType>;
};

export type BarsMessageResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsMessageResult'] = ResolversParentTypes['BarsMessageResult']> = {
  appointment?: Resolver<Maybe<ResolversTypes['BarsAppointment']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  responseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceRequest?: Resolver<Maybe<ResolversTypes['BarsServiceRequest']>, ParentType, ContextType>;
};

export type BarsResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsResponse'] = ResolversParentTypes['BarsResponse']> = {
  appointment?: Resolver<Maybe<ResolversTypes['BarsAppointment']>, ParentType, ContextType>;
  appointmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inResponseTo?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  responseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceRequest?: Resolver<Maybe<ResolversTypes['BarsServiceRequest']>, ParentType, ContextType>;
  serviceRequestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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
  responses?: Resolver<Array<ResolversTypes['BarsResponse']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['BarsServiceRequestStatus']>, ParentType, ContextType>;
};

export type BarsSlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarsSlot'] = ResolversParentTypes['BarsSlot']> = {
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  scheduleReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['SlotStatus']>, ParentType, ContextType>;
};

export type BookAppointmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookAppointmentPayload'] = ResolversParentTypes['BookAppointmentPayload']> = {
  appointment?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BookAppointmentUserError']>, ParentType, ContextType>;
};

export type BookAppointmentUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookAppointmentUserError'] = ResolversParentTypes['BookAppointmentUserError']> = {
  code?: Resolver<ResolversTypes['BookAppointmentErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookReferralAppointmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookReferralAppointmentPayload'] = ResolversParentTypes['BookReferralAppointmentPayload']> = {
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BookReferralAppointmentUserError']>, ParentType, ContextType>;
};

export type BookReferralAppointmentUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookReferralAppointmentUserError'] = ResolversParentTypes['BookReferralAppointmentUserError']> = {
  code?: Resolver<ResolversTypes['BookReferralAppointmentErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingOrganisation'] = ResolversParentTypes['BookingOrganisation']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  odsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
};

export type CancelAppointmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelAppointmentPayload'] = ResolversParentTypes['CancelAppointmentPayload']> = {
  appointment?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CancelAppointmentUserError']>, ParentType, ContextType>;
};

export type CancelAppointmentUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelAppointmentUserError'] = ResolversParentTypes['CancelAppointmentUserError']> = {
  code?: Resolver<ResolversTypes['CancelAppointmentErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancelPrescriptionFromMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelPrescriptionFromMessagePayload'] = ResolversParentTypes['CancelPrescriptionFromMessagePayload']> = {
  cancellation?: Resolver<Maybe<ResolversTypes['PrescriptionCancellation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CancelPrescriptionFromMessageUserError']>, ParentType, ContextType>;
};

export type CancelPrescriptionFromMessageUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelPrescriptionFromMessageUserError'] = ResolversParentTypes['CancelPrescriptionFromMessageUserError']> = {
  code?: Resolver<ResolversTypes['CancelPrescriptionFromMessageErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type ClaimPrescriptionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPrescriptionPayload'] = ResolversParentTypes['ClaimPrescriptionPayload']> = {
  result?: Resolver<Maybe<ResolversTypes['EpsWriteResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ClaimPrescriptionUserError']>, ParentType, ContextType>;
};

export type ClaimPrescriptionUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPrescriptionUserError'] = ResolversParentTypes['ClaimPrescriptionUserError']> = {
  code?: Resolver<ResolversTypes['ClaimPrescriptionErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  system?: Resolver<Maybe<ResolversTypes['ContactPointSystem']>, ParentType, ContextType>;
  use?: Resolver<Maybe<ResolversTypes['ContactPointUse']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactPreferencesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPreferences'] = ResolversParentTypes['ContactPreferences']> = {
  method?: Resolver<Maybe<ResolversTypes['PreferredContactMethod']>, ParentType, ContextType>;
  times?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  writtenFormat?: Resolver<Maybe<ResolversTypes['PreferredWrittenFormat']>, ParentType, ContextType>;
};

export type CreatePrescriptionFromMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePrescriptionFromMessagePayload'] = ResolversParentTypes['CreatePrescriptionFromMessagePayload']> = {
  result?: Resolver<Maybe<ResolversTypes['EpsWriteResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CreatePrescriptionFromMessageUserError']>, ParentType, ContextType>;
};

export type CreatePrescriptionFromMessageUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePrescriptionFromMessageUserError'] = ResolversParentTypes['CreatePrescriptionFromMessageUserError']> = {
  code?: Resolver<ResolversTypes['CreatePrescriptionFromMessageErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatePrescriptionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePrescriptionPayload'] = ResolversParentTypes['CreatePrescriptionPayload']> = {
  createdPrescription?: Resolver<Maybe<ResolversTypes['CreatedPrescription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CreatePrescriptionUserError']>, ParentType, ContextType>;
};

export type CreatePrescriptionUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePrescriptionUserError'] = ResolversParentTypes['CreatePrescriptionUserError']> = {
  code?: Resolver<ResolversTypes['CreatePrescriptionErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateReferralPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateReferralPayload'] = ResolversParentTypes['CreateReferralPayload']> = {
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CreateReferralUserError']>, ParentType, ContextType>;
};

export type CreateReferralUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateReferralUserError'] = ResolversParentTypes['CreateReferralUserError']> = {
  code?: Resolver<ResolversTypes['CreateReferralErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatedPrescriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedPrescription'] = ResolversParentTypes['CreatedPrescription']> = {
  nhsNumber?: Resolver<ResolversTypes['NhsNumber'], ParentType, ContextType>;
  prescription?: Resolver<Maybe<ResolversTypes['Prescription']>, ParentType, ContextType>;
  prescriptionId?: Resolver<ResolversTypes['PrescriptionId'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeferReferralToProviderPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeferReferralToProviderPayload'] = ResolversParentTypes['DeferReferralToProviderPayload']> = {
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['DeferReferralToProviderUserError']>, ParentType, ContextType>;
};

export type DeferReferralToProviderUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeferReferralToProviderUserError'] = ResolversParentTypes['DeferReferralToProviderUserError']> = {
  code?: Resolver<ResolversTypes['DeferReferralToProviderErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DispenseNotificationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DispenseNotificationResult'] = ResolversParentTypes['DispenseNotificationResult']> = {
  notificationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PrescriptionStatus'], ParentType, ContextType>;
};

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

export type ErsServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErsService'] = ResolversParentTypes['ErsService']> = {
  bookableType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayProminently?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  distanceMiles?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicativeAppointmentWaitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  indicativeAppointmentWaitDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  locationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locationOdsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nhsWebsiteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referralLetterRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  requestFlowType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestFlowTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  specialty?: Resolver<Maybe<ResolversTypes['Coding']>, ParentType, ContextType>;
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
  reason?: Resolver<ResolversTypes['HealthContentSkipReason'], ParentType, ContextType>;
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
  use?: Resolver<Maybe<ResolversTypes['NameUse']>, ParentType, ContextType>;
};

export interface InteractionIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['InteractionId'], any> {
  name: 'InteractionId';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  amendAppointment?: Resolver<ResolversTypes['AmendAppointmentPayload'], ParentType, ContextType, RequireFields<MutationAmendAppointmentArgs, 'changes' | 'id' | 'version'>>;
  bookAppointment?: Resolver<ResolversTypes['BookAppointmentPayload'], ParentType, ContextType, RequireFields<MutationBookAppointmentArgs, 'input'>>;
  bookReferralAppointment?: Resolver<ResolversTypes['BookReferralAppointmentPayload'], ParentType, ContextType, RequireFields<MutationBookReferralAppointmentArgs, 'input'>>;
  cancelAppointment?: Resolver<ResolversTypes['CancelAppointmentPayload'], ParentType, ContextType, RequireFields<MutationCancelAppointmentArgs, 'id' | 'reason' | 'version'>>;
  cancelPrescriptionFromMessage?: Resolver<ResolversTypes['CancelPrescriptionFromMessagePayload'], ParentType, ContextType, RequireFields<MutationCancelPrescriptionFromMessageArgs, 'message'>>;
  claimPrescription?: Resolver<ResolversTypes['ClaimPrescriptionPayload'], ParentType, ContextType, RequireFields<MutationClaimPrescriptionArgs, 'input'>>;
  createPrescription?: Resolver<ResolversTypes['CreatePrescriptionPayload'], ParentType, ContextType, RequireFields<MutationCreatePrescriptionArgs, 'input'>>;
  createPrescriptionFromMessage?: Resolver<ResolversTypes['CreatePrescriptionFromMessagePayload'], ParentType, ContextType, RequireFields<MutationCreatePrescriptionFromMessageArgs, 'message'>>;
  createReferral?: Resolver<ResolversTypes['CreateReferralPayload'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  deferReferralToProvider?: Resolver<ResolversTypes['DeferReferralToProviderPayload'], ParentType, ContextType, RequireFields<MutationDeferReferralToProviderArgs, 'input'>>;
  notifyDispense?: Resolver<ResolversTypes['NotifyDispensePayload'], ParentType, ContextType, RequireFields<MutationNotifyDispenseArgs, 'input'>>;
  notifyDispenseFromMessage?: Resolver<ResolversTypes['NotifyDispenseFromMessagePayload'], ParentType, ContextType, RequireFields<MutationNotifyDispenseFromMessageArgs, 'message'>>;
  preparePrescription?: Resolver<ResolversTypes['PreparePrescriptionPayload'], ParentType, ContextType, RequireFields<MutationPreparePrescriptionArgs, 'input'>>;
  preparePrescriptionFromMessage?: Resolver<ResolversTypes['PreparePrescriptionFromMessagePayload'], ParentType, ContextType, RequireFields<MutationPreparePrescriptionFromMessageArgs, 'message'>>;
  releasePrescription?: Resolver<ResolversTypes['ReleasePrescriptionPayload'], ParentType, ContextType, RequireFields<MutationReleasePrescriptionArgs, 'input'>>;
  returnPrescription?: Resolver<ResolversTypes['ReturnPrescriptionPayload'], ParentType, ContextType, RequireFields<MutationReturnPrescriptionArgs, 'input'>>;
  sendBarsBooking?: Resolver<ResolversTypes['SendBarsBookingPayload'], ParentType, ContextType, RequireFields<MutationSendBarsBookingArgs, 'message' | 'target'>>;
  sendBarsReferral?: Resolver<ResolversTypes['SendBarsReferralPayload'], ParentType, ContextType, RequireFields<MutationSendBarsReferralArgs, 'message' | 'target'>>;
  sendReferralForTriage?: Resolver<ResolversTypes['SendReferralForTriagePayload'], ParentType, ContextType, RequireFields<MutationSendReferralForTriageArgs, 'input'>>;
  updatePatient?: Resolver<ResolversTypes['UpdatePatientPayload'], ParentType, ContextType, RequireFields<MutationUpdatePatientArgs, 'changes' | 'nhsNumber' | 'version'>>;
  withdrawDispense?: Resolver<ResolversTypes['WithdrawDispensePayload'], ParentType, ContextType, RequireFields<MutationWithdrawDispenseArgs, 'input'>>;
};

export interface NhsNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NhsNumber'], any> {
  name: 'NhsNumber';
}

export type NotifyDispenseFromMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotifyDispenseFromMessagePayload'] = ResolversParentTypes['NotifyDispenseFromMessagePayload']> = {
  result?: Resolver<Maybe<ResolversTypes['EpsWriteResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['NotifyDispenseFromMessageUserError']>, ParentType, ContextType>;
};

export type NotifyDispenseFromMessageUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotifyDispenseFromMessageUserError'] = ResolversParentTypes['NotifyDispenseFromMessageUserError']> = {
  code?: Resolver<ResolversTypes['NotifyDispenseFromMessageErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotifyDispensePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotifyDispensePayload'] = ResolversParentTypes['NotifyDispensePayload']> = {
  dispenseNotification?: Resolver<Maybe<ResolversTypes['DispenseNotificationResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['NotifyDispenseUserError']>, ParentType, ContextType>;
};

export type NotifyDispenseUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotifyDispenseUserError'] = ResolversParentTypes['NotifyDispenseUserError']> = {
  code?: Resolver<ResolversTypes['NotifyDispenseErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

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

export type PreparePrescriptionFromMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparePrescriptionFromMessagePayload'] = ResolversParentTypes['PreparePrescriptionFromMessagePayload']> = {
  preparedPrescription?: Resolver<Maybe<ResolversTypes['PreparedPrescription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PreparePrescriptionFromMessageUserError']>, ParentType, ContextType>;
};

export type PreparePrescriptionFromMessageUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparePrescriptionFromMessageUserError'] = ResolversParentTypes['PreparePrescriptionFromMessageUserError']> = {
  code?: Resolver<ResolversTypes['PreparePrescriptionFromMessageErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PreparePrescriptionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparePrescriptionPayload'] = ResolversParentTypes['PreparePrescriptionPayload']> = {
  preparedPrescription?: Resolver<Maybe<ResolversTypes['PreparedPrescriptionOrder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PreparePrescriptionUserError']>, ParentType, ContextType>;
};

export type PreparePrescriptionUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparePrescriptionUserError'] = ResolversParentTypes['PreparePrescriptionUserError']> = {
  code?: Resolver<ResolversTypes['PreparePrescriptionErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PreparedPrescriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparedPrescription'] = ResolversParentTypes['PreparedPrescription']> = {
  algorithm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreparedPrescriptionOrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparedPrescriptionOrder'] = ResolversParentTypes['PreparedPrescriptionOrder']> = {
  algorithm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nhsNumber?: Resolver<ResolversTypes['NhsNumber'], ParentType, ContextType>;
  nominatedPharmacyOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  preparedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescriptionId?: Resolver<ResolversTypes['PrescriptionId'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrescriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Prescription'] = ResolversParentTypes['Prescription']> = {
  authoredOn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dispenser?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  dispenserOdsCode?: Resolver<Maybe<ResolversTypes['OdsCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['PrescriptionId'], ParentType, ContextType>;
  intent?: Resolver<Maybe<ResolversTypes['PrescriptionIntent']>, ParentType, ContextType>;
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
  courseOfTherapy?: Resolver<Maybe<ResolversTypes['CourseOfTherapy']>, ParentType, ContextType>;
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
  ersServices?: Resolver<Maybe<Array<ResolversTypes['ErsService']>>, ParentType, ContextType, RequireFields<QueryErsServicesArgs, 'search'>>;
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
  allowedActions?: Resolver<Maybe<Array<ResolversTypes['ReferralAction']>>, ParentType, ContextType>;
  appointment?: Resolver<Maybe<ResolversTypes['ReferralAppointment']>, ParentType, ContextType>;
  attachments?: Resolver<Maybe<Array<ResolversTypes['ReferralAttachment']>>, ParentType, ContextType>;
  freeSlots?: Resolver<Maybe<Array<ResolversTypes['ReferralSlot']>>, ParentType, ContextType, RequireFields<ReferralFreeSlotsArgs, 'first' | 'page' | 'serviceId'>>;
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

export type ReferralActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralAction'] = ResolversParentTypes['ReferralAction']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  availability?: Resolver<Maybe<ResolversTypes['ReferralAttachmentAvailability']>, ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['DocumentContent']>, ParentType, ContextType>;
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

export type ReferralSlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralSlot'] = ResolversParentTypes['ReferralSlot']> = {
  clinicianSdsUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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

export type ReleasePrescriptionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleasePrescriptionPayload'] = ResolversParentTypes['ReleasePrescriptionPayload']> = {
  release?: Resolver<Maybe<ResolversTypes['PrescriptionRelease']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ReleasePrescriptionUserError']>, ParentType, ContextType>;
};

export type ReleasePrescriptionUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleasePrescriptionUserError'] = ResolversParentTypes['ReleasePrescriptionUserError']> = {
  code?: Resolver<ResolversTypes['ReleasePrescriptionErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReleasedLineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleasedLineItem'] = ResolversParentTypes['ReleasedLineItem']> = {
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicationCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type ReturnPrescriptionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnPrescriptionPayload'] = ResolversParentTypes['ReturnPrescriptionPayload']> = {
  result?: Resolver<Maybe<ResolversTypes['EpsWriteResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ReturnPrescriptionUserError']>, ParentType, ContextType>;
};

export type ReturnPrescriptionUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnPrescriptionUserError'] = ResolversParentTypes['ReturnPrescriptionUserError']> = {
  code?: Resolver<ResolversTypes['ReturnPrescriptionErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SendBarsBookingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendBarsBookingPayload'] = ResolversParentTypes['SendBarsBookingPayload']> = {
  result?: Resolver<Maybe<ResolversTypes['BarsMessageResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['SendBarsBookingUserError']>, ParentType, ContextType>;
};

export type SendBarsBookingUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendBarsBookingUserError'] = ResolversParentTypes['SendBarsBookingUserError']> = {
  code?: Resolver<ResolversTypes['SendBarsMessageErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SendBarsReferralPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendBarsReferralPayload'] = ResolversParentTypes['SendBarsReferralPayload']> = {
  result?: Resolver<Maybe<ResolversTypes['BarsMessageResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['SendBarsReferralUserError']>, ParentType, ContextType>;
};

export type SendBarsReferralUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendBarsReferralUserError'] = ResolversParentTypes['SendBarsReferralUserError']> = {
  code?: Resolver<ResolversTypes['SendBarsMessageErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SendReferralForTriagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendReferralForTriagePayload'] = ResolversParentTypes['SendReferralForTriagePayload']> = {
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['SendReferralForTriageUserError']>, ParentType, ContextType>;
};

export type SendReferralForTriageUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendReferralForTriageUserError'] = ResolversParentTypes['SendReferralForTriageUserError']> = {
  code?: Resolver<ResolversTypes['SendReferralForTriageErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  status?: Resolver<Maybe<ResolversTypes['SlotStatus']>, ParentType, ContextType>;
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

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  barsResponses?: SubscriptionResolver<ResolversTypes['BarsResponse'], "barsResponses", ParentType, ContextType, Partial<SubscriptionBarsResponsesArgs>>;
};

export type TreatmentFunctionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreatmentFunction'] = ResolversParentTypes['TreatmentFunction']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface UbrnScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Ubrn'], any> {
  name: 'Ubrn';
}

export type UpdatePatientPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePatientPayload'] = ResolversParentTypes['UpdatePatientPayload']> = {
  patient?: Resolver<Maybe<ResolversTypes['Patient']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UpdatePatientUserError']>, ParentType, ContextType>;
};

export type UpdatePatientUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePatientUserError'] = ResolversParentTypes['UpdatePatientUserError']> = {
  code?: Resolver<ResolversTypes['UpdatePatientErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  __resolveType: TypeResolveFn<'AmendAppointmentUserError' | 'BookAppointmentUserError' | 'BookReferralAppointmentUserError' | 'CancelAppointmentUserError' | 'CancelPrescriptionFromMessageUserError' | 'ClaimPrescriptionUserError' | 'CreatePrescriptionFromMessageUserError' | 'CreatePrescriptionUserError' | 'CreateReferralUserError' | 'DeferReferralToProviderUserError' | 'NotifyDispenseFromMessageUserError' | 'NotifyDispenseUserError' | 'PreparePrescriptionFromMessageUserError' | 'PreparePrescriptionUserError' | 'ReleasePrescriptionUserError' | 'ReturnPrescriptionUserError' | 'SendBarsBookingUserError' | 'SendBarsReferralUserError' | 'SendReferralForTriageUserError' | 'UpdatePatientUserError' | 'WithdrawDispenseUserError', ParentType, ContextType>;
};

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

export type WithdrawDispensePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawDispensePayload'] = ResolversParentTypes['WithdrawDispensePayload']> = {
  result?: Resolver<Maybe<ResolversTypes['EpsWriteResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['WithdrawDispenseUserError']>, ParentType, ContextType>;
};

export type WithdrawDispenseUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawDispenseUserError'] = ResolversParentTypes['WithdrawDispenseUserError']> = {
  code?: Resolver<ResolversTypes['WithdrawDispenseErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  About?: AboutResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  AmendAppointmentPayload?: AmendAppointmentPayloadResolvers<ContextType>;
  AmendAppointmentUserError?: AmendAppointmentUserErrorResolvers<ContextType>;
  Appointment?: AppointmentResolvers<ContextType>;
  BarsAppointment?: BarsAppointmentResolvers<ContextType>;
  BarsMessageResult?: BarsMessageResultResolvers<ContextType>;
  BarsResponse?: BarsResponseResolvers<ContextType>;
  BarsServiceRequest?: BarsServiceRequestResolvers<ContextType>;
  BarsSlot?: BarsSlotResolvers<ContextType>;
  BookAppointmentPayload?: BookAppointmentPayloadResolvers<ContextType>;
  BookAppointmentUserError?: BookAppointmentUserErrorResolvers<ContextType>;
  BookReferralAppointmentPayload?: BookReferralAppointmentPayloadResolvers<ContextType>;
  BookReferralAppointmentUserError?: BookReferralAppointmentUserErrorResolvers<ContextType>;
  BookingOrganisation?: BookingOrganisationResolvers<ContextType>;
  CancelAppointmentPayload?: CancelAppointmentPayloadResolvers<ContextType>;
  CancelAppointmentUserError?: CancelAppointmentUserErrorResolvers<ContextType>;
  CancelPrescriptionFromMessagePayload?: CancelPrescriptionFromMessagePayloadResolvers<ContextType>;
  CancelPrescriptionFromMessageUserError?: CancelPrescriptionFromMessageUserErrorResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  ClaimPrescriptionPayload?: ClaimPrescriptionPayloadResolvers<ContextType>;
  ClaimPrescriptionUserError?: ClaimPrescriptionUserErrorResolvers<ContextType>;
  ClinicalDocument?: ClinicalDocumentResolvers<ContextType>;
  Coding?: CodingResolvers<ContextType>;
  Communication?: CommunicationResolvers<ContextType>;
  ContactPoint?: ContactPointResolvers<ContextType>;
  ContactPreferences?: ContactPreferencesResolvers<ContextType>;
  CreatePrescriptionFromMessagePayload?: CreatePrescriptionFromMessagePayloadResolvers<ContextType>;
  CreatePrescriptionFromMessageUserError?: CreatePrescriptionFromMessageUserErrorResolvers<ContextType>;
  CreatePrescriptionPayload?: CreatePrescriptionPayloadResolvers<ContextType>;
  CreatePrescriptionUserError?: CreatePrescriptionUserErrorResolvers<ContextType>;
  CreateReferralPayload?: CreateReferralPayloadResolvers<ContextType>;
  CreateReferralUserError?: CreateReferralUserErrorResolvers<ContextType>;
  CreatedPrescription?: CreatedPrescriptionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeferReferralToProviderPayload?: DeferReferralToProviderPayloadResolvers<ContextType>;
  DeferReferralToProviderUserError?: DeferReferralToProviderUserErrorResolvers<ContextType>;
  DispenseNotificationResult?: DispenseNotificationResultResolvers<ContextType>;
  DocumentContent?: DocumentContentResolvers<ContextType>;
  EpsWriteResult?: EpsWriteResultResolvers<ContextType>;
  ErsService?: ErsServiceResolvers<ContextType>;
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
  NotifyDispenseFromMessagePayload?: NotifyDispenseFromMessagePayloadResolvers<ContextType>;
  NotifyDispenseFromMessageUserError?: NotifyDispenseFromMessageUserErrorResolvers<ContextType>;
  NotifyDispensePayload?: NotifyDispensePayloadResolvers<ContextType>;
  NotifyDispenseUserError?: NotifyDispenseUserErrorResolvers<ContextType>;
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
  PreparePrescriptionFromMessagePayload?: PreparePrescriptionFromMessagePayloadResolvers<ContextType>;
  PreparePrescriptionFromMessageUserError?: PreparePrescriptionFromMessageUserErrorResolvers<ContextType>;
  PreparePrescriptionPayload?: PreparePrescriptionPayloadResolvers<ContextType>;
  PreparePrescriptionUserError?: PreparePrescriptionUserErrorResolvers<ContextType>;
  PreparedPrescription?: PreparedPrescriptionResolvers<ContextType>;
  PreparedPrescriptionOrder?: PreparedPrescriptionOrderResolvers<ContextType>;
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
  ReferralAction?: ReferralActionResolvers<ContextType>;
  ReferralAppointment?: ReferralAppointmentResolvers<ContextType>;
  ReferralAttachment?: ReferralAttachmentResolvers<ContextType>;
  ReferralService?: ReferralServiceResolvers<ContextType>;
  ReferralSlot?: ReferralSlotResolvers<ContextType>;
  ReferralState?: ReferralStateResolvers<ContextType>;
  RelatedPerson?: RelatedPersonResolvers<ContextType>;
  ReleasePrescriptionPayload?: ReleasePrescriptionPayloadResolvers<ContextType>;
  ReleasePrescriptionUserError?: ReleasePrescriptionUserErrorResolvers<ContextType>;
  ReleasedLineItem?: ReleasedLineItemResolvers<ContextType>;
  ReleasedPrescription?: ReleasedPrescriptionResolvers<ContextType>;
  ReturnPrescriptionPayload?: ReturnPrescriptionPayloadResolvers<ContextType>;
  ReturnPrescriptionUserError?: ReturnPrescriptionUserErrorResolvers<ContextType>;
  SendBarsBookingPayload?: SendBarsBookingPayloadResolvers<ContextType>;
  SendBarsBookingUserError?: SendBarsBookingUserErrorResolvers<ContextType>;
  SendBarsReferralPayload?: SendBarsReferralPayloadResolvers<ContextType>;
  SendBarsReferralUserError?: SendBarsReferralUserErrorResolvers<ContextType>;
  SendReferralForTriagePayload?: SendReferralForTriagePayloadResolvers<ContextType>;
  SendReferralForTriageUserError?: SendReferralForTriageUserErrorResolvers<ContextType>;
  Slot?: SlotResolvers<ContextType>;
  SpineEndpoint?: SpineEndpointResolvers<ContextType>;
  SpineReliability?: SpineReliabilityResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TreatmentFunction?: TreatmentFunctionResolvers<ContextType>;
  Ubrn?: GraphQLScalarType;
  UpdatePatientPayload?: UpdatePatientPayloadResolvers<ContextType>;
  UpdatePatientUserError?: UpdatePatientUserErrorResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WaitingListEntry?: WaitingListEntryResolvers<ContextType>;
  WithdrawDispensePayload?: WithdrawDispensePayloadResolvers<ContextType>;
  WithdrawDispenseUserError?: WithdrawDispenseUserErrorResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  source?: SourceDirectiveResolver<any, any, ContextType>;
};
