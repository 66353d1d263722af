import { randomUUID } from 'node:crypto';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { dispenseNotification, newPrescriptionId, signedOrder, unsignedOrder, cancellation } from './eps-messages.js';
import type { PrincipalSpec, TestGraph } from './harness.js';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import { seedErsRecords } from '../../sandbox/src/routers/ers/records.js';
import { barsBooking, barsReferral } from './bars-messages.js';

/**
 * One query per field that reaches an NHS API (`@source` in schema/), for the generated suites: the access matrix
 * (test/access/access-matrix.test.ts) and the fault sweep (test/faults/fault-sweep.test.ts). A field added to the schema
 * with a `@source` and no probe here fails both suites, so a new field is covered by construction.
 *
 * Fixtures are literal ids of the embedded stand-in's seeded population (written out here), or found in the stand-in's
 * own data; never picked with a predicate of the product.
 */

/** A synthetic patient the stand-in holds something for in every source (the full-picture patient). */
export const SUBJECT = '9990000832';
export const PRACTICE = 'P80310';
/** One of the subject's seeded prescriptions, dispensed by FX049; one of their referrals; one of their appointments. */
export const SUBJECT_PRESCRIPTION = '52077C-P80310-525E4S';
export const SUBJECT_UBRN = '200000007500';
export const SUBJECT_APPOINTMENT = `${PRACTICE}:${PRACTICE}-1`;
/** A patient whose GP record has something in every area, and nhs.uk pages for some medicines and problems. */
export const GP_SUBJECT = '9990000603';
/** A restricted (sensitive) patient of the seeded population. */
export const RESTRICTED = '9990004544';
/** The contract's BaRS DoS service and the requesting organisation the BaRS tests use. */
export const DOS = { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000072489' };
export const BARS_ORG = { 'NHSD-End-User-Organisation-ODS': 'A83008' };
/** e-RS acts for the worker in a role: a referring clinician at the subject's practice. */
export const ERS_HEADERS = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': PRACTICE };
export const STRUCTURED = 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1';

export interface ProbeRun {
  query: string;
  variables: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface Probe {
  /** Whose data the target belongs to (audited under that NHS number); null for data of no patient. */
  subject: string | null;
  /**
   * The query, its variables and headers, for a patient (`nhs`: the subject, or the restricted patient), asked by `as`
   * (the default principal when absent): a probe that needs something made first makes it as the one who will ask.
   */
  build(t: TestGraph, nhs: string, as?: PrincipalSpec): ProbeRun | Promise<ProbeRun>;
  /** A write: data is not asserted (the stand-in's state moves on), only that the upstream was reached, and audited. */
  write?: boolean;
  /**
   * How a restricted patient's record is asked for: `'patient'` swaps the patient (a query rooted at the patient's NHS
   * number), `'none'` when the probe reaches no patient's record (reference data, a practice's slots).
   */
  restricted: 'patient' | 'none' | ((t: TestGraph) => Promise<ProbeRun>);
}

export const today = () => ukDate(new Date());
/**
 * A patient's appointment window: from today, as route A (a worker's search, through the Spine Secure Proxy) requires
 * ("no part of the range in the past", gpc-appointments/CONTRACT.md). The subject's appointment in it is booked by the
 * suite first (bookForSubject): their seeded ones may all be past.
 */
const window = () => ({ from: today(), to: addDays(today(), 28) });
const slotWindow = () => ({ from: addDays(today(), 1), to: addDays(today(), 7) });

/** A query of the subject's record; `$from`/`$to` (an appointment window) are declared when used. */
function onPatient(body: string, headers?: Record<string, string>, subject = SUBJECT): Probe {
  const dated = body.includes('$from');
  return {
    subject,
    restricted: 'patient',
    build: (_t, nhs) => ({
      query: `query($n: NhsNumber!${dated ? ', $from: Date!, $to: Date!' : ''}) { patient(nhsNumber: $n) { ${body} } }`,
      variables: { n: nhs, ...(dated ? window() : {}) },
      ...(headers ? { headers } : {}),
    }),
  };
}

function fixed(query: string, subject: string | null, variables: Record<string, unknown> = {}, headers?: Record<string, string>): Probe {
  return { subject, restricted: 'none', build: () => ({ query, variables, ...(headers ? { headers } : {}) }) };
}

const onPractice = (body: string) => {
  const dated = body.includes('$from');
  return {
    subject: null,
    restricted: 'none' as const,
    build: () => ({
      query: `query${dated ? '($from: Date!, $to: Date!)' : ''} { organisation(odsCode: "${PRACTICE}") { ${body} } }`,
      variables: dated ? slotWindow() : {},
    }),
  };
};
const onEndpoints = (body: string) => fixed(`{ organisation(odsCode: "${PRACTICE}") { spineEndpoints(interaction: "${STRUCTURED}") { ${body} } } }`, null);
const APPTS = 'appointments(from: $from, to: $to)';

/** The seeded BaRS ServiceRequest and Appointment of one patient at the contract's DoS service (stand-in data). */
export interface BarsFixture {
  nhsNumber: string;
  serviceRequestId: string;
  appointmentId: string;
}

/** A free slot at the practice, read as a clinician, that no earlier booking took. */
async function freeSlot(t: TestGraph): Promise<string> {
  const r = await t.run<any>(
    `query($from: Date!, $to: Date!) { organisation(odsCode: "${PRACTICE}") { freeSlots(from: $from, to: $to) { id } } }`,
    slotWindow(),
  );
  const slot = r.data?.organisation?.freeSlots?.[0]?.id;
  if (!slot) throw new Error('no free slot left at the practice');
  return slot;
}

/**
 * Books, as a clinician through the graph, a free slot at the subject's practice in the coming week, so a search of
 * the subject's appointments from today (the only window route A allows) finds one: the stand-in seeds appointments
 * either side of its today, and the subject's may all be past. Returns the graph's id of the appointment.
 */
export async function bookForSubject(t: TestGraph): Promise<string> {
  const r = await t.run<any>(`mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { appointment { id } userErrors { code message } } }`, {
    i: { nhsNumber: SUBJECT, slotIds: [await freeSlot(t)], description: 'Upcoming review' },
  });
  const id = r.data?.bookAppointment?.appointment?.id as string | undefined;
  if (!id) throw new Error(`could not book the subject an appointment: ${JSON.stringify(r.errors ?? r.data?.bookAppointment?.userErrors)}`);
  return id;
}

/** A prescription created afresh (as a clinician) for the contract's patient, so a release has something to release. */
async function createdPrescription(t: TestGraph): Promise<string> {
  const id = newPrescriptionId();
  const r = await t.run<any>(`mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } userErrors { code message } } }`, {
    m: signedOrder(id),
  });
  if (!r.data?.createPrescriptionFromMessage?.result?.accepted)
    throw new Error(`could not create a prescription: ${JSON.stringify(r.errors ?? r.data?.createPrescriptionFromMessage?.userErrors)}`);
  return id;
}

/** A typed acute prescription for a patient, from the contract's prescriber A83008. */
const typedOrder = (nhs: string) => ({
  patient: nhs,
  prescriber: { organisation: 'A83008' },
  items: [{ medication: { code: '39732311000001104', name: 'Amoxicillin 250mg capsules' }, quantity: 20, unit: 'capsule', dosage: 'Twice a day' }],
});
/** Typed dispensed (or claimed) items of a prescription's one line item. */
const typedItems = [
  {
    lineItemId: 'a54219b8-f741-4c47-b662-e4f8dfa49ab6',
    medication: { code: '39732311000001104', name: 'Amoxicillin 250mg capsules' },
    outcome: 'DISPENSED',
    quantity: 20,
    unit: 'capsule',
  },
];

/**
 * A prescription prepared from typed input by `as`, for createPrescription to sign off (only its preparer may); a fresh
 * id when `as` may not prepare (the create is refused before it looks).
 */
async function preparedBy(t: TestGraph, nhs: string, as: PrincipalSpec | undefined): Promise<string> {
  const r = await t.run<any>(
    `mutation($i: PrescriptionOrderInput!) { preparePrescription(input: $i) { preparedPrescription { preparedId } } }`,
    { i: typedOrder(nhs) },
    as === undefined ? {} : { principal: as },
  );
  return r.data?.preparePrescription?.preparedPrescription?.preparedId ?? randomUUID();
}
const SIGNED = { signature: Buffer.from('signature').toString('base64'), certificate: Buffer.from('certificate').toString('base64') };

const restrictedPatients = (t: TestGraph) => t.sandbox.population.patients.filter((p) => p.restricted).map((p) => p.nhsNumber);

function onlyOne(value: string | undefined): string {
  if (!value) throw new Error('the stand-in holds no such record');
  return value;
}

/** The contract's prescription 24F5DA-A83008-7EFE6Z is for 9449304130 (eps/specification/examples). */
const EPS_PATIENT = '9449304130';

/** Every `@source` field (`Type.field`) and the probe that reaches it. */
export function probes(bars: BarsFixture): Record<string, Probe> {
  const barsQuery = (query: string, variables: Record<string, unknown>) => fixed(query, bars.nhsNumber, { t: DOS, ...variables }, BARS_ORG);
  const referral = (body: string) => onPatient(`referrals { ${body} }`, ERS_HEADERS);
  const prescription = (body: string) => onPatient(`prescriptions { nodes { ${body} } }`);
  const gp = (body: string) => onPatient(`gpRecord { ${body} }`, undefined, GP_SUBJECT);
  return {
    // Patient (PDS) and what hangs from it.
    'Query.patient': onPatient('nhsNumber'),
    'Query.patients': fixed(
      `{ patients(search: { family: "Smith", gender: female, birthDate: "2010-10-22" }) { total matches { patient { nhsNumber } } } }`,
      '9000000009',
    ),
    // The code is PDS's; `name` is what reaches ODS.
    'Patient.registeredGp': onPatient('registeredGp { odsCode name }'),
    'Patient.nominatedPharmacyOdsCode': onPatient('nominatedPharmacyOdsCode'),
    'Patient.nominatedPharmacy': onPatient('nominatedPharmacy { odsCode name }'),
    'Patient.relatedPeople': onPatient('relatedPeople { id }'),
    'Citizen.patient': fixed(`{ me { patient { nhsNumber } } }`, SUBJECT),
    // GP Connect: structured record, documents, appointments.
    'GpRecord.practiceOdsCode': gp('practiceOdsCode'),
    'GpRecord.allergies': gp('allergies { id }'),
    'GpRecord.medicationStatements': gp('medicationStatements { id }'),
    'GpRecord.medications': gp('medications { id }'),
    'GpRecord.problems': gp('problems { id }'),
    'GpRecord.immunisations': gp('immunisations { id }'),
    'GpRecord.consultations': gp('consultations { id }'),
    'GpRecord.referrals': gp('referrals { id }'),
    'GpRecord.investigations': gp('investigations { id }'),
    'GpRecord.lists': gp('lists { area }'),
    'GpRecord.observations': gp('observations { id }'),
    'GpRecord.diaryEntries': gp('diaryEntries { id }'),
    'GpMedication.healthContent': gp('medications { healthContent { name } }'),
    'GpProblem.healthContent': gp('problems { healthContent { name } }'),
    'Patient.documents': onPatient('documents { id }'),
    'ClinicalDocument.author': onPatient('documents { author { odsCode } }'),
    'ClinicalDocument.content': onPatient('documents { content { size } }'),
    'Patient.appointments': onPatient(`${APPTS} { id }`),
    'Appointment.patient': onPatient(`${APPTS} { patient { nhsNumber } }`),
    'Appointment.practice': onPatient(`${APPTS} { practice { odsCode } }`),
    'Query.appointment': fixed(`query($id: ID!) { appointment(id: $id) { id } }`, SUBJECT, { id: SUBJECT_APPOINTMENT }),
    'Organisation.freeSlots': onPractice('freeSlots(from: $from, to: $to) { id }'),
    'Slot.practice': onPractice('freeSlots(from: $from, to: $to) { practice { odsCode } }'),
    'Organisation.appointments': onPractice(`${APPTS} { id }`),
    // Prescriptions (the tracker) and what hangs from them.
    'Patient.prescriptions': prescription('id'),
    'Query.prescription': {
      ...fixed(`query($id: PrescriptionId!) { prescription(id: $id) { id } }`, SUBJECT, { id: SUBJECT_PRESCRIPTION }),
      // A restricted patient's seeded prescription, from the stand-in's own store.
      restricted: async (t) => ({
        query: `query($id: PrescriptionId!) { prescription(id: $id) { id } }`,
        variables: { id: onlyOne(restrictedPatients(t).flatMap((n) => epsState(t.sandbox).byPatient(n))[0]?.id) },
      }),
    },
    'Prescription.prescriptionType': prescription('prescriptionType { code }'),
    'Prescription.lineItems': prescription('lineItems { id }'),
    'Prescription.statusHistory': prescription('statusHistory { title }'),
    'Prescription.prescriberOdsCode': prescription('prescriberOdsCode'),
    'Prescription.prescriber': prescription('prescriber { odsCode }'),
    'Prescription.dispenserOdsCode': prescription('dispenserOdsCode'),
    'Prescription.dispenser': prescription('dispenser { odsCode }'),
    'Prescription.nominatedPharmacyOdsCode': prescription('nominatedPharmacyOdsCode'),
    'Prescription.nominatedPharmacy': prescription('nominatedPharmacy { odsCode }'),
    'PrescriptionStatusTransition.organisation': prescription('statusHistory { organisation { odsCode } }'),
    // Referrals (e-RS).
    'Patient.referrals': referral('ubrn'),
    'Query.referral': {
      ...fixed(`query($u: Ubrn!) { referral(ubrn: $u) { ubrn } }`, SUBJECT, { u: SUBJECT_UBRN }, ERS_HEADERS),
      // A referral the stand-in seeded for a restricted patient, from its own records.
      restricted: async (t) => {
        const restricted = new Set(restrictedPatients(t));
        const found = [...seedErsRecords(t.sandbox.population).referrals.values()].find((r) => restricted.has(r.nhsNumber));
        return {
          query: `query($u: Ubrn!) { referral(ubrn: $u) { ubrn } }`,
          variables: { u: onlyOne(found?.ubrn) },
          headers: { ...ERS_HEADERS, 'NHSD-End-User-Organisation-ODS': onlyOne(found?.referrerOdsCode) },
        };
      },
    },
    'Referral.version': referral('version'),
    'Referral.state': referral('state { code }'),
    'Referral.priority': referral('priority { code }'),
    'Referral.specialty': referral('specialty { code }'),
    'Referral.pathwayStart': referral('pathwayStart'),
    'Referral.patientNhsNumber': referral('patientNhsNumber'),
    'Referral.service': referral('service { id }'),
    'Referral.shortlist': referral('shortlist { id }'),
    'Referral.referrerOdsCode': referral('referrerOdsCode'),
    'Referral.referrerOrganisation': referral('referrerOrganisation { odsCode }'),
    'Referral.providerOrganisation': referral('providerOrganisation { odsCode }'),
    'Referral.attachments': referral('attachments { id }'),
    'Referral.appointment': referral('appointment { id }'),
    'Referral.resource': referral('resource'),
    'ReferralService.siteOdsCode': referral('service { siteOdsCode }'),
    'ReferralService.provider': referral('service { provider { odsCode } }'),
    // Waiting list.
    'Patient.waitingList': onPatient('waitingList { pathwayId }'),
    'WaitingListEntry.provider': onPatient('waitingList { provider { odsCode } }'),
    // Public reference data.
    'Query.organisation': fixed(`{ organisation(odsCode: "RR8") { name } }`, null),
    'Query.organisations': fixed(`{ organisations(search: { nameContains: "pharmacy leeds", roles: ["RO182"] }, first: 5) { nodes { odsCode } } }`, null),
    'Organisation.relationships': fixed(`{ organisation(odsCode: "Y12345") { relationships { code } } }`, null),
    'Organisation.successorOdsCodes': fixed(`{ organisation(odsCode: "84H") { successorOdsCodes } }`, null),
    'Organisation.successors': fixed(`{ organisation(odsCode: "84H") { successors { odsCode } } }`, null),
    'OrganisationRelationship.target': fixed(`{ organisation(odsCode: "Y12345") { relationships { target { odsCode } } } }`, null),
    'Organisation.spineEndpoints': onEndpoints('address'),
    'SpineEndpoint.asid': onEndpoints('asid'),
    'SpineEndpoint.interactions': onEndpoints('interactions'),
    'SpineEndpoint.manufacturingOrganisation': onEndpoints('manufacturingOrganisation'),
    'Query.healthContent': fixed(`{ healthContent(path: "/conditions/acne/") { name } }`, null),
    'Query.healthContentSearch': fixed(`{ healthContentSearch(section: MEDICINES, text: "metformin", first: 1) { nodes { path } } }`, null),
    'HealthContentSummary.page': fixed(`{ healthContentSearch(section: MEDICINES, text: "metformin", first: 1) { nodes { page { name } } } }`, null),
    // Referring (e-RS): the subject's seeded referral SUBJECT_UBRN (APPT_CANCELLED_BY_PATIENT, back on the referrer's
    // AWAITING_BOOKING worklist; shortlist GASTROENTEROLOGY 30303 and 30203; one AVAILABLE attachment).
    'Query.ersServices': {
      subject: SUBJECT,
      restricted: 'patient',
      build: (_t, nhs) => ({
        query: `query($s: ErsServiceSearch!) { ersServices(search: $s) { id } }`,
        variables: { s: { nhsNumber: nhs, priority: 'ROUTINE', specialty: 'GASTROENTEROLOGY' } },
        headers: ERS_HEADERS,
      }),
    },
    'Referral.freeSlots': fixed(
      `query($u: Ubrn!) { referral(ubrn: $u) { freeSlots(serviceId: "30303", first: 2) { id } } }`,
      SUBJECT,
      { u: SUBJECT_UBRN },
      ERS_HEADERS,
    ),
    'Referral.allowedActions': referral('allowedActions { code }'),
    'ReferralAttachment.content': referral('attachments { content { size } }'),
    // Writes e-RS refuses (a service it does not know, a stale referral version): the call is made, nothing changes.
    'Mutation.createReferral': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: CreateReferralInput!) { createReferral(input: $i) { referral { ubrn } userErrors { code } } }`,
        variables: {
          i: { nhsNumber: SUBJECT, priority: 'ROUTINE', specialty: 'GASTROENTEROLOGY', serviceIds: ['999999'], referralLetter: 'NEED_TO_ADD_LATER' },
        },
        headers: ERS_HEADERS,
      }),
    },
    'Mutation.bookReferralAppointment': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: BookReferralAppointmentInput!) { bookReferralAppointment(input: $i) { referral { ubrn } userErrors { code } } }`,
        variables: { i: { ubrn: SUBJECT_UBRN, version: '999', serviceId: '30303', slotId: '30303001' } },
        headers: ERS_HEADERS,
      }),
    },
    'Mutation.sendReferralForTriage': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: SendReferralForTriageInput!) { sendReferralForTriage(input: $i) { referral { ubrn } userErrors { code } } }`,
        variables: { i: { ubrn: SUBJECT_UBRN, version: '999', serviceId: '30303' } },
        headers: ERS_HEADERS,
      }),
    },
    'Mutation.deferReferralToProvider': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: DeferReferralToProviderInput!) { deferReferralToProvider(input: $i) { referral { ubrn } userErrors { code } } }`,
        variables: { i: { ubrn: SUBJECT_UBRN, version: '999', serviceId: '30303', reason: 'BOOKING_ATTEMPT_PROBLEM' } },
        headers: ERS_HEADERS,
      }),
    },
    // Booking and Referral Standard.
    'Query.barsServiceRequest': barsQuery(`query($t: BarsTargetInput!, $id: ID!) { barsServiceRequest(target: $t, id: $id) { id } }`, {
      id: bars.serviceRequestId,
    }),
    'Query.barsServiceRequests': barsQuery(`query($t: BarsTargetInput!, $n: NhsNumber!) { barsServiceRequests(target: $t, nhsNumber: $n) { id } }`, {
      n: bars.nhsNumber,
    }),
    'Query.barsAppointment': barsQuery(`query($t: BarsTargetInput!, $id: ID!) { barsAppointment(target: $t, id: $id) { id } }`, { id: bars.appointmentId }),
    'Query.barsAppointments': barsQuery(`query($t: BarsTargetInput!, $n: NhsNumber!) { barsAppointments(target: $t, nhsNumber: $n) { id } }`, {
      n: bars.nhsNumber,
    }),
    'Query.barsSlots': fixed(`query($t: BarsTargetInput!) { barsSlots(target: $t) { id } }`, null, { t: DOS }, BARS_ORG),
    'Mutation.sendBarsReferral': {
      subject: bars.nhsNumber,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($t: BarsTargetInput!, $m: JSON!) { sendBarsReferral(target: $t, message: $m) { result { messageId } } }`,
        variables: { t: DOS, m: barsReferral(bars.nhsNumber) },
        headers: BARS_ORG,
      }),
    },
    'Mutation.sendBarsBooking': {
      subject: null,
      restricted: 'none',
      build: () => ({
        query: `mutation($t: BarsTargetInput!, $m: JSON!) { sendBarsBooking(target: $t, message: $m) { result { messageId } } }`,
        variables: { t: DOS, m: barsBooking() },
        headers: BARS_ORG,
      }),
    },
    // Writes. Each is sent as the caller would send it; what the upstream makes of it is not the access rule's business.
    'Mutation.updatePatient': {
      subject: SUBJECT,
      write: true,
      restricted: 'patient',
      // A stale version: PDS refuses it (VERSION_CONFLICT), so the record is never changed, but the call is made.
      build: (_t, nhs) => ({
        query:
          `mutation($n: NhsNumber!) { updatePatient(nhsNumber: $n, version: 999, changes: { communication: { language: "q4" } ` +
          `}) { patient { version } userErrors { code } } }`,
        variables: { n: nhs },
      }),
    },
    'Mutation.bookAppointment': {
      subject: SUBJECT,
      write: true,
      restricted: 'patient',
      build: async (t, nhs) => ({
        query: `mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { appointment { id } userErrors { code } } }`,
        variables: { i: { nhsNumber: nhs, slotIds: [await freeSlot(t)], description: 'Access matrix' } },
      }),
    },
    'Mutation.amendAppointment': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($id: ID!) { amendAppointment(id: $id, version: "0", changes: { comment: "matrix" }) { appointment { id } userErrors { code } } }`,
        variables: { id: SUBJECT_APPOINTMENT },
      }),
    },
    'Mutation.cancelAppointment': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($id: ID!) { cancelAppointment(id: $id, version: "0", reason: "matrix") { appointment { id } userErrors { code } } }`,
        variables: { id: SUBJECT_APPOINTMENT },
      }),
    },
    'Mutation.preparePrescriptionFromMessage': {
      subject: null,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($m: JSON!) { preparePrescriptionFromMessage(message: $m) { preparedPrescription { digest } userErrors { code } } }`,
        variables: { m: unsignedOrder() },
      }),
    },
    'Mutation.createPrescriptionFromMessage': {
      subject: null,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } userErrors { code } } }`,
        variables: { m: signedOrder() },
      }),
    },
    'Mutation.cancelPrescriptionFromMessage': {
      subject: null,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($m: JSON!) { cancelPrescriptionFromMessage(message: $m) { cancellation { code } userErrors { code } } }`,
        variables: { m: cancellation(newPrescriptionId(), EPS_PATIENT) },
      }),
    },
    'Mutation.preparePrescription': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: (_, nhs) => ({
        query: `mutation($i: PrescriptionOrderInput!) { preparePrescription(input: $i) { preparedPrescription { digest } userErrors { code } } }`,
        variables: { i: typedOrder(nhs) },
      }),
    },
    'Mutation.createPrescription': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: async (t, nhs, as) => ({
        query: `mutation($i: CreatePrescriptionInput!) { createPrescription(input: $i) { createdPrescription { prescriptionId } userErrors { code } } }`,
        variables: { i: { preparedId: await preparedBy(t, nhs, as), patient: nhs, ...SIGNED } },
      }),
    },
    // A tracker read of what the mutation created: asserted and audited as a read.
    'CreatedPrescription.prescription': {
      subject: SUBJECT,
      restricted: 'none',
      build: async (t, nhs, as) => ({
        query: `mutation($i: CreatePrescriptionInput!) { createPrescription(input: $i) { createdPrescription { prescription { id } } } }`,
        variables: { i: { preparedId: await preparedBy(t, nhs, as), patient: nhs, ...SIGNED } },
      }),
    },
    'Mutation.notifyDispense': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: DispenseNotificationInput!) { notifyDispense(input: $i) { dispenseNotification { status } userErrors { code } } }`,
        variables: { i: { prescriptionId: newPrescriptionId(), pharmacy: 'VNE51', nhsNumber: SUBJECT, items: typedItems } },
      }),
    },
    'Mutation.claimPrescription': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: ClaimPrescriptionInput!) { claimPrescription(input: $i) { result { accepted } userErrors { code } } }`,
        variables: { i: { prescriptionId: newPrescriptionId(), pharmacy: 'VNE51', nhsNumber: SUBJECT, items: typedItems } },
      }),
    },
    'Mutation.withdrawDispense': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: WithdrawDispenseInput!) { withdrawDispense(input: $i) { result { accepted } userErrors { code } } }`,
        variables: {
          i: { prescriptionId: newPrescriptionId(), pharmacy: 'VNE51', nhsNumber: SUBJECT, dispenseNotificationId: randomUUID(), reasonCode: 'MU' },
        },
      }),
    },
    'Mutation.releasePrescription': {
      subject: null,
      write: true,
      restricted: 'none',
      build: async (t) => ({
        query: `mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { requestId } userErrors { code } } }`,
        variables: { i: { pharmacy: 'VNE51', prescriptionId: await createdPrescription(t) } },
      }),
    },
    'ReleasedPrescription.prescription': {
      subject: null,
      write: true,
      restricted: 'none',
      build: async (t) => ({
        query: `mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { released { prescription { id } } } } }`,
        variables: { i: { pharmacy: 'VNE51', prescriptionId: await createdPrescription(t) } },
      }),
    },
    'Mutation.returnPrescription': {
      subject: SUBJECT,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($i: ReturnPrescriptionInput!) { returnPrescription(input: $i) { result { accepted } userErrors { code } } }`,
        variables: { i: { prescriptionId: newPrescriptionId(), pharmacy: 'VNE51', nhsNumber: SUBJECT, reasonCode: '0003', releaseResponseId: randomUUID() } },
      }),
    },
    'Mutation.notifyDispenseFromMessage': {
      subject: null,
      write: true,
      restricted: 'none',
      build: () => ({
        query: `mutation($m: JSON!) { notifyDispenseFromMessage(message: $m) { result { accepted } userErrors { code } } }`,
        variables: { m: dispenseNotification(newPrescriptionId(), 'VNE51') },
      }),
    },
  };
}
