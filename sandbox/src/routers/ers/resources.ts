import type { ErsRecords, SeededAppointment, SeededReferral, SeededService } from './records.js';
import { seededAttachmentSize } from './attachments.js';
import { ODS_CODE_SYSTEM as ODS_ORG, SPECIALTY_SYSTEM } from '../../fhir-systems.js';

/** FHIR payloads of the seeded e-RS data, in the shapes of the contract's examples (eRS STU3 profiles, R4 services). */
const SD = 'https://fhir.nhs.uk/STU3/StructureDefinition/';
const CS = 'https://fhir.nhs.uk/STU3/CodeSystem/';
const NHS_NUMBER = 'http://fhir.nhs.net/Id/nhs-number';
const ERS_SERVICE = 'http://fhir.nhs.net/Id/ers-service';

/** ReferralState displays as A005's Extension-eRS-ReferralState-1 enumerates them (title case). */
const STATE_DISPLAY: Record<string, string> = {
  NOT_BOOKED: 'Not Booked',
  BOOKED: 'Booked',
  AWAITING_TRIAGE: 'Awaiting Triage',
  DEFERRED_TO_PROVIDER: 'Deferred To Provider',
  APPT_CANCELLED_BY_PATIENT: 'Appointment Cancelled By Patient',
  REJECTED: 'Rejected',
  TRIAGE_RESPONSE: 'Triage Response',
  CANCELLED_REFERRAL: 'Cancelled Referral',
  DID_NOT_ATTEND: 'Did Not Attend',
  ASSESSMENT_RESULT: 'Assessment Result',
};
/**
 * Worklist items spell states their own way (Extension-WorklistItem-Status: sentence case, and `APP_` where A005 says
 * `APPT_`); the sandbox follows each schema, the graph's mapper reads both.
 */
const WORKLIST_STATE: Record<string, [string, string]> = {
  NOT_BOOKED: ['NOT_BOOKED', 'Not booked'],
  BOOKED: ['BOOKED', 'Booked'],
  AWAITING_TRIAGE: ['AWAITING_TRIAGE', 'Awaiting triage'],
  DEFERRED_TO_PROVIDER: ['DEFERRED_TO_PROVIDER', 'Deferred to provider'],
  APPT_CANCELLED_BY_PATIENT: ['APP_CANCELLED_BY_PATIENT', 'Appointment cancelled by patient'],
  REJECTED: ['REJECTED', 'Rejected'],
  TRIAGE_RESPONSE: ['TRIAGE_RESPONSE', 'Triage Response'],
  CANCELLED_REFERRAL: ['CANCELLED_REFERRAL', 'Cancelled referral'],
  DID_NOT_ATTEND: ['DID_NOT_ATTEND', 'Did not attend'],
  ASSESSMENT_RESULT: ['ASSESSMENT_RESULT', 'Assessment result'],
};
const PRIORITY_DISPLAY: Record<string, string> = { ROUTINE: 'Routine', URGENT: 'Urgent', TWO_WEEK_WAIT: '2 Week Wait' };

function serviceRef(s: SeededService) {
  return { identifier: { system: ERS_SERVICE, value: s.id }, display: s.name };
}

/** A038's Appointment (eRS-Appointment-1). `participant.type` is left out, as in the contract's DBS example. */
export function appointmentResource(a: SeededAppointment, service: SeededService, contained = false): Record<string, unknown> {
  return {
    id: contained ? 'appointment' : a.id,
    meta: {
      versionId: contained ? '0' : '1',
      profile: [`${SD}eRS-Appointment-1`, 'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Appointment-1'],
    },
    language: 'en',
    resourceType: 'Appointment',
    status: a.status,
    ...(a.reason ? { reason: [{ coding: [{ system: `${CS}eRS-ReviewReason-1`, code: a.reason }] }] } : {}),
    description: 'e-Referral Appointment',
    ...(a.status === 'proposed' ? {} : { start: a.start, end: a.end }),
    ...(a.slotId ? { slot: [{ reference: `Slot/${a.slotId}` }] } : {}),
    created: a.created,
    ...(a.comment ? { comment: a.comment } : {}),
    incomingReferral: [{ reference: `ReferralRequest/${a.ubrn}` }],
    participant: [
      { actor: serviceRef(service), status: 'accepted' },
      { actor: { identifier: { system: NHS_NUMBER, value: a.nhsNumber } }, status: 'accepted' },
    ],
  };
}

function documentReference(r: SeededReferral, index: number): Record<string, unknown> {
  const att = r.attachments[index]!;
  return {
    id: `DocumentReference-${att.id}`,
    meta: { profile: [`${SD}eRS-DocumentReference-1`] },
    resourceType: 'DocumentReference',
    type: { coding: [{ system: `${CS}eRS-AttachmentType-1`, code: 'REFERRER', display: 'Referrer' }] },
    status: 'current',
    indexed: `${att.created}T09:00:00.000Z`,
    description: att.title,
    content: [
      {
        attachment: {
          id: att.id,
          extension: [
            { url: `${SD}Extension-eRS-AvailabilityStatus-1`, valueCoding: { system: `${CS}eRS-AvailabilityStatus-1`, code: att.availability } },
            { url: `${SD}Extension-eRS-AttachedByOrganisation-1`, valueReference: { identifier: { system: ODS_ORG, value: att.attachedByOdsCode } } },
          ],
          contentType: 'application/pdf',
          url: `Binary/att-${att.id}`,
          size: seededAttachmentSize(index),
          title: att.title,
          creation: att.created,
        },
      },
    ],
  };
}

/** A005's ReferralRequest (eRS-ReferralRequest-1) for a seeded referral. */
export function referralResource(r: SeededReferral): Record<string, unknown> {
  const stateExt = {
    url: `${SD}Extension-eRS-ReferralState-1`,
    extension: [
      { url: 'state', valueCoding: { system: `${CS}eRS-ReferralState-1`, code: r.state, display: STATE_DISPLAY[r.state] } },
      ...(r.stateReason ? [{ url: 'reason', valueCoding: { system: `${CS}eRS-ReviewReason-1`, code: r.stateReason } }] : []),
    ],
  };
  const extension: Record<string, unknown>[] = [];
  const contained: Record<string, unknown>[] = [];
  if (r.appointment?.embedded) {
    extension.push({ url: `${SD}Extension-eRS-Appointment-1`, valueReference: { reference: '#appointment' } });
    contained.push(appointmentResource(r.appointment, r.service, true));
  }
  if (r.appointment) extension.push({ url: `${SD}Extension-eRS-Appointment-Reference-1`, valueReference: { reference: `Appointment/${r.appointment.id}` } });
  extension.push(
    { url: `${SD}Extension-eRS-eReferralPathwayStart-1`, valueInstant: r.created },
    {
      url: `${SD}Extension-eRS-ReferralPriority-1`,
      valueCodeableConcept: { coding: [{ system: `${CS}eRS-Priority-1`, code: r.priority, display: PRIORITY_DISPLAY[r.priority] }] },
    },
    { url: `${SD}Extension-eRS-ReferralShortlist-1`, valueReference: { reference: '#shortlist' } },
    { url: `${SD}Extension-eRS-Commissioning-Rule-Org-1`, valueIdentifier: { system: ODS_ORG, value: r.referrerOdsCode } },
    stateExt,
  );
  contained.unshift({
    id: 'shortlist',
    meta: { profile: [`${SD}eRS-Shortlist-List-1`] },
    resourceType: 'List',
    status: 'current',
    mode: 'snapshot',
    entry: r.shortlist.map((s) => ({ item: serviceRef(s) })),
  });
  r.attachments.forEach((_, i) => contained.push(documentReference(r, i)));
  return {
    id: r.ubrn,
    meta: { versionId: String(r.version), profile: [`${SD}eRS-ReferralRequest-1`] },
    resourceType: 'ReferralRequest',
    extension,
    contained,
    status: r.state === 'CANCELLED_REFERRAL' ? 'cancelled' : 'active',
    specialty: { coding: [{ system: SPECIALTY_SYSTEM, code: r.service.specialty }] },
    subject: { identifier: { system: NHS_NUMBER, value: r.nhsNumber } },
    supportingInfo: r.attachments.map((a) => ({ reference: `#DocumentReference-${a.id}` })),
    intent: 'plan',
    identifier: [{ system: 'https://fhir.nhs.uk/Id/ers-request-id', value: `r.${r.ubrn}` }],
  };
}

/** A033/A035's HealthcareService (eRS-HealthcareService, R4). */
export function healthcareServiceResource(s: SeededService): Record<string, unknown> {
  return {
    id: s.id,
    meta: { versionId: '1' },
    language: 'en',
    resourceType: 'HealthcareService',
    active: true,
    location: [{ identifier: { system: 'https://fhir.nhs.uk/Id/ods-site-code', value: s.siteOdsCode } }],
    name: s.name,
  };
}

/** Which states each worklist holds (a008-retrieve-worklist.yaml's descriptions), and its item extension's name. */
export const WORKLISTS: Record<string, { referrer: boolean; states?: readonly string[]; item: string }> = {
  AWAITING_BOOKING: { referrer: true, states: ['NOT_BOOKED', 'AWAITING_TRIAGE', 'DEFERRED_TO_PROVIDER', 'APPT_CANCELLED_BY_PATIENT'], item: 'AwaitingBooking' },
  LETTERS_OUTSTANDING: { referrer: true, item: 'LettersOutstanding' },
  REJECTED_TRIAGE_RESPONSE: { referrer: true, states: ['REJECTED', 'TRIAGE_RESPONSE'], item: 'RejectedTriageResponse' },
  ASSESSMENT_RETURNED_CANCELLED_DNA: {
    referrer: true,
    states: ['ASSESSMENT_RESULT', 'CANCELLED_REFERRAL', 'DID_NOT_ATTEND'],
    item: 'AssessmentReturnedCancelledDna',
  },
  REFERRALS_FOR_REVIEW: { referrer: false, states: ['BOOKED', 'AWAITING_TRIAGE'], item: 'ReferralsforReview' },
  APPOINTMENT_SLOT_ISSUES: { referrer: false, states: ['DEFERRED_TO_PROVIDER'], item: 'AppointmentSlotIssues' },
};

function coded(system: string, code: string, display?: string) {
  return { coding: [{ system: `${CS}${system}`, code, ...(display ? { display } : {}) }] };
}

function referrerItem(r: SeededReferral, listType: string): Record<string, unknown>[] {
  const parts: Record<string, unknown>[] = [
    { url: 'patient', valueReference: { identifier: { system: NHS_NUMBER, value: r.nhsNumber } } },
    { url: 'priority', valueCodeableConcept: coded('eRS-Priority-1', r.priority) },
    { url: 'referralCreated', valueDateTime: r.created },
    { url: 'clinicalContext', valueString: r.service.specialty },
    { url: 'referrer', valueReference: { identifier: { system: 'http://fhir.nhs.net/Id/sds-user-id', value: '021600556514' } } },
  ];
  if (listType === 'LETTERS_OUTSTANDING') return [...parts, { url: 'letterDue', valueDate: r.created.slice(0, 10) }];
  return [
    ...parts,
    { url: 'referralLastUpdated', valueDateTime: r.created },
    { url: 'status', valueCodeableConcept: coded('eRS-ReferralState-1', ...WORKLIST_STATE[r.state]!) },
  ];
}

function providerItem(r: SeededReferral, listType: string): Record<string, unknown>[] {
  const common = [
    { url: 'priority', valueCodeableConcept: coded('eRS-Priority-1', r.priority) },
    { url: 'specialty', valueCodeableConcept: { coding: [{ system: SPECIALTY_SYSTEM, code: r.service.specialty }] } },
  ];
  if (listType === 'APPOINTMENT_SLOT_ISSUES') {
    return [
      ...common,
      { url: 'patient', valueReference: { identifier: { system: NHS_NUMBER, value: r.nhsNumber } } },
      { url: 'eReferralPathwayStart', valueDateTime: r.created },
      { url: 'clinicalInfoPrinted', valueBoolean: false },
      { url: 'ubrnReceived', valueDateTime: r.created },
      { url: 'service', valueReference: serviceRef(r.service) },
    ];
  }
  return [
    ...common,
    { url: 'patient', valueReference: { reference: `#Patient-${r.nhsNumber}` } },
    { url: 'eReferralPathwayStart', valueDateTime: r.created },
    { url: 'clinicalInfoPrinted', valueBoolean: false },
    { url: 'requestContextStatus', valueCodeableConcept: coded('eRS-RequestContextStatus-1', 'NEVER_REVIEWED', 'Never Reviewed') },
    { url: 'referralType', valueCodeableConcept: coded('eRS-ReferralType-1', r.state === 'BOOKED' ? 'APPOINTMENT' : 'TRIAGE_DEFERRAL') },
    { url: 'service', valueReference: serviceRef(r.service) },
    { url: 'referralRequestVersion', valueInteger: r.version },
  ];
}

/** An organisation's worklist (A008's eRS-FetchWorklist-List-1): referrers see what they referred, providers what they provide. */
export function worklistResource(records: ErsRecords, listType: string, odsCode: string): Record<string, unknown> {
  const spec = WORKLISTS[listType]!;
  const mine = [...records.referrals.values()].filter((r) => (spec.referrer ? r.referrerOdsCode === odsCode : r.service.providerOdsCode === odsCode));
  const listed = mine.filter((r) => (spec.states ? spec.states.includes(r.state) : r.attachments.length === 0 && r.state !== 'CANCELLED_REFERRAL'));
  const list: Record<string, unknown> = {
    meta: { profile: [`${SD}eRS-FetchWorklist-List-1`] },
    resourceType: 'List',
    status: 'current',
    mode: 'snapshot',
    entry: listed.map((r) => ({
      extension: [{ url: `${SD}Extension-eRS-${spec.item}-WorkListItem-1`, extension: spec.referrer ? referrerItem(r, listType) : providerItem(r, listType) }],
      item: { reference: `ReferralRequest/${r.ubrn}` },
    })),
  };
  if (listType === 'REFERRALS_FOR_REVIEW') {
    const patients = [...new Set(listed.map((r) => r.nhsNumber))];
    list.contained = patients.map((n) => ({
      id: `Patient-${n}`,
      meta: { profile: [`${SD}eRS-Patient-1`] },
      resourceType: 'Patient',
      identifier: [{ system: NHS_NUMBER, value: n }],
    }));
  }
  return list;
}
