import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../src/audit/trail.js';
import { seedErsRecords } from '../../sandbox/src/routers/ers/records.js';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import type { SandboxPrescription } from '../../sandbox/src/routers/eps/records.js';
import { cancellation, dispenseNotification, newPrescriptionId, signedOrder, unsignedOrder } from '../support/eps-messages.js';
import { startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';
import { barsBooking, barsReferral } from '../support/bars-messages.js';

/**
 * Issue 14, item 2: every read or write of personal data leaves an audit record naming the patient and the caller,
 * decided by the NHS API each field reaches (`@source`), whatever the client selected. A write also leaves an intent
 * record, written before the write is sent.
 */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const CLINICIAN = { kind: 'staff', subject: '555000000101' };
const ORG = { 'NHSD-End-User-Organisation-ODS': 'A83008' };
const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';

/** The NHS number a FHIR message names its patient by (the Patient resource, else the first subject identifier). */
function patientOf(bundle: Record<string, any>): string {
  const resources = (bundle.entry as { resource: Record<string, any> }[]).map((e) => e.resource);
  const patient = resources.find((r) => r.resourceType === 'Patient');
  const fromPatient = (patient?.identifier as { system: string; value: string }[] | undefined)?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
  const fromSubject = resources.map((r) => r.subject?.identifier).find((i) => i?.system === NHS_NUMBER_SYSTEM)?.value;
  const found = fromPatient ?? fromSubject;
  if (!found) throw new Error('the example names no patient');
  return found;
}

async function recordsOf(r: GraphQLResult): Promise<AuditRecord[]> {
  return (await t.auditRecords()).filter((x) => x.requestId === r.headers['x-request-id']);
}

/** One completed record for the patient, naming the caller, and (for a write) an intent record before it. */
async function expectAudited(
  r: GraphQLResult,
  nhsNumber: string,
  action: 'read' | 'write',
  options: { intentNames?: string | null } = {},
): Promise<AuditRecord[]> {
  const records = await recordsOf(r);
  const done = records.filter((x) => x.outcome !== 'intended');
  expect(done.filter((x) => x.nhsNumber === nhsNumber)).toEqual([expect.objectContaining({ action, nhsNumber, actor: expect.objectContaining(CLINICIAN) })]);
  if (action === 'write') {
    const intent = records.filter((x) => x.outcome === 'intended');
    expect(intent).toEqual([
      expect.objectContaining({
        action: 'write',
        nhsNumber: options.intentNames === undefined ? nhsNumber : options.intentNames,
        actor: expect.objectContaining(CLINICIAN),
      }),
    ]);
    expect(records.indexOf(intent[0]!)).toBeLessThan(records.indexOf(done[0]!));
  }
  return records;
}

const seeded = (test: (p: SandboxPrescription) => boolean) =>
  [...epsState(t.sandbox).prescriptions.values()].find((p) => p.id !== '24F5DA-A83008-7EFE6Z' && test(p))!;

describe('reads of prescriptions', () => {
  it('prescription(id) is audited under its patient even when no field naming the patient is selected', async () => {
    const p = seeded((x) => x.status === '0001');
    const r = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id) { id } }`, { id: p.id });
    expect(r.errors).toBeUndefined();
    const [record] = await expectAudited(r, p.patient.nhsNumber, 'read');
    expect(record).toMatchObject({
      sources: expect.arrayContaining(['eps-tracker']),
      fields: expect.arrayContaining(['Query.prescription']),
      outcome: 'success',
    });
  });

  it('prescription(id) with its medications lists the fields read for the patient', async () => {
    const p = seeded((x) => x.status === '0001');
    const r = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id) { lineItems { medication } statusHistory { status } } }`, { id: p.id });
    expect(r.data.prescription.lineItems.length).toBeGreaterThan(0);
    const [record] = await expectAudited(r, p.patient.nhsNumber, 'read');
    expect(record!.fields).toEqual(expect.arrayContaining(['Query.prescription', 'Prescription.lineItems', 'Prescription.statusHistory']));
  });

  it('a prescription the tracker does not know is still recorded as an attempted read by the caller', async () => {
    const r = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id) { id } }`, { id: newPrescriptionId() });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await recordsOf(r)).toEqual([
      expect.objectContaining({
        action: 'read',
        nhsNumber: null,
        outcome: 'error',
        errorCodes: ['NOT_FOUND'],
        sources: ['eps-tracker'],
        actor: expect.objectContaining(CLINICIAN),
      }),
    ]);
  });
});

describe('reads below a patient', () => {
  it("a patient-data field of an object of no patient type (a referral's service) is recorded under the referral's patient", async () => {
    const ref = [...seedErsRecords(t.sandbox.population).referrals.values()].find((x) => x.shortlist.length === 2)!;
    const headers = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': ref.referrerOdsCode };
    const r = await t.run<any>(`query($u: Ubrn!) { referral(ubrn: $u) { shortlist { siteOdsCode } } }`, { u: ref.ubrn }, { headers });
    expect(r.errors).toBeUndefined();
    const records = await recordsOf(r);
    expect(records).toEqual([expect.objectContaining({ nhsNumber: ref.nhsNumber, action: 'read', actor: expect.objectContaining(CLINICIAN) })]);
    expect(records[0]!.fields).toEqual(expect.arrayContaining(['Query.referral', 'Referral.shortlist', 'ReferralService.siteOdsCode']));
  });
});

describe('EPS writes', () => {
  it('preparePrescriptionFromMessage', async () => {
    const m = unsignedOrder();
    const r = await t.run<any>(
      `mutation($m: JSON!) { preparePrescriptionFromMessage(message: $m) { preparedPrescription { algorithm } userErrors { code } } }`,
      { m },
    );
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0]!.userErrors ?? []).toEqual([]);
    await expectAudited(r, patientOf(m), 'write');
  });

  it('createPrescriptionFromMessage', async () => {
    const m = signedOrder();
    const r = await t.run<any>(`mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } userErrors { code } } }`, { m });
    expect(r.errors).toBeUndefined();
    const records = await expectAudited(r, patientOf(m), 'write');
    expect(records.at(-1)).toMatchObject({ sources: ['eps-prescribing'], fields: ['Mutation.createPrescriptionFromMessage'], outcome: 'success' });
  });

  it('cancelPrescriptionFromMessage', async () => {
    const p = seeded((x) => x.status === '0001');
    const m = cancellation(p.id, p.patient.nhsNumber);
    const r = await t.run<any>(`mutation($m: JSON!) { cancelPrescriptionFromMessage(message: $m) { cancellation { code } userErrors { code } } }`, { m });
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0]!.userErrors ?? []).toEqual([]);
    await expectAudited(r, p.patient.nhsNumber, 'write');
  });

  it('releasePrescription: the intent names what is known before the call, the record names the patient released', async () => {
    const p = seeded((x) => x.status === '0001' && x.nominatedPharmacyOds !== null);
    const r = await t.run<any>(`mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { requestId } userErrors { code } } }`, {
      i: { pharmacy: p.nominatedPharmacyOds, prescriptionId: p.id },
    });
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0]!.userErrors ?? []).toEqual([]);
    await expectAudited(r, p.patient.nhsNumber, 'write', { intentNames: null });
  });

  it('returnPrescription', async () => {
    const p = seeded((x) => x.status === '0001' && x.nominatedPharmacyOds !== null && x.patient.nhsNumber !== '9449304130');
    const pharmacy = p.nominatedPharmacyOds as string;
    const released = await t.run<any>(`mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { responseId } } }`, {
      i: { pharmacy, prescriptionId: p.id },
    });
    const input = {
      prescriptionId: p.id,
      pharmacy,
      nhsNumber: p.patient.nhsNumber,
      reasonCode: '0003',
      releaseResponseId: released.data.releasePrescription.release.responseId,
    };
    const r = await t.run<any>(`mutation($i: ReturnPrescriptionInput!) { returnPrescription(input: $i) { result { accepted } userErrors { code } } }`, {
      i: input,
    });
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0]!.userErrors ?? []).toEqual([]);
    await expectAudited(r, p.patient.nhsNumber, 'write');
  });

  it('notifyDispenseFromMessage', async () => {
    const p = seeded((x) => x.status === '0001' && x.nominatedPharmacyOds !== null);
    const pharmacy = p.nominatedPharmacyOds as string;
    await t.run<any>(`mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { requestId } } }`, {
      i: { pharmacy, prescriptionId: p.id },
    });
    const m = dispenseNotification(p.id, pharmacy);
    const r = await t.run<any>(`mutation($m: JSON!) { notifyDispenseFromMessage(message: $m) { result { accepted } userErrors { code } } }`, { m });
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0]!.userErrors ?? []).toEqual([]);
    await expectAudited(r, patientOf(m), 'write');
  });
});

describe('BaRS writes', () => {
  const target = { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000012345' };

  it('sendBarsBooking, selecting only the message id', async () => {
    const m = barsBooking();
    const r = await t.run<any>(
      `mutation($t: BarsTargetInput!, $m: JSON!) { sendBarsBooking(target: $t, message: $m) { result { messageId } userErrors { code } } }`,
      { t: target, m },
      { headers: ORG },
    );
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0]!.userErrors ?? []).toEqual([]);
    await expectAudited(r, patientOf(m), 'write');
  });

  it('sendBarsReferral, without selecting its serviceRequest', async () => {
    const nhsNumber = t.sandbox.population.patients[7]!.nhsNumber;
    const m = barsReferral(nhsNumber);
    const r = await t.run<any>(
      `mutation($t: BarsTargetInput!, $m: JSON!) { sendBarsReferral(target: $t, message: $m) { result { messageId } userErrors { code } } }`,
      { t: target, m },
      { headers: ORG },
    );
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0]!.userErrors ?? []).toEqual([]);
    await expectAudited(r, nhsNumber, 'write');
  });
});

describe('what is not personal data', () => {
  it('public reference data (ODS) leaves no record', async () => {
    const r = await t.run(`{ organisation(odsCode: "RR8") { name } }`);
    expect(await recordsOf(r)).toEqual([]);
  });
});
