import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import { newPrescriptionId, signedOrder } from '../support/eps-messages.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

/** The contract's signed order is for this patient; the dispensing pharmacy is the examples' VNFKT. */
const PATIENT = '5839945242';
const PHARMACY = 'VNFKT';
const RELEASE =
  `mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { released { prescriptionId nhsNumber ` +
  `lineItems { id medicationCode medication quantity unit } } } userErrors { code message } } }`;
const DISPENSE =
  `mutation($i: DispenseNotificationInput!) { notifyDispense(input: $i) { dispenseNotification { notificationId status requestId } ` +
  `userErrors { code message field } } }`;
const CLAIM = `mutation($i: ClaimPrescriptionInput!) { claimPrescription(input: $i) { result { accepted requestId } userErrors { code message field } } }`;
const WITHDRAW = `mutation($i: WithdrawDispenseInput!) { withdrawDispense(input: $i) { result { accepted } userErrors { code message field } } }`;
const READ =
  `query($id: PrescriptionId!) { prescription(id: $id) { status dispenserOdsCode lineItems { id status { code } dispenses { quantity } } ` +
  `statusHistory { status organisationOdsCode } } }`;

interface Released {
  prescriptionId: string;
  nhsNumber: string;
  lineItems: { id: string; medicationCode: string; medication: string; quantity: number; unit: string }[];
}

function data<T = any>(r: { data?: any; errors?: unknown }, field: string): T {
  expect(r.errors).toBeUndefined();
  return r.data[field];
}

/** A prescription created (raw message, as a prescriber's system would) and released to the pharmacy. */
async function released(): Promise<Released> {
  const id = newPrescriptionId();
  const created = await t.run<any>(`mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } } }`, { m: signedOrder(id) });
  expect(created.errors).toBeUndefined();
  const r = await t.run<any>(RELEASE, { i: { pharmacy: PHARMACY, prescriptionId: id } });
  const release = data(r, 'releasePrescription');
  expect(release.userErrors).toEqual([]);
  return release.release.released[0];
}

/** Every item of a release handed over in full, named as the release named it. */
const dispensedItems = (p: Released) =>
  p.lineItems.map((i) => ({
    lineItemId: i.id,
    medication: { code: i.medicationCode, name: i.medication },
    outcome: 'DISPENSED',
    quantity: i.quantity,
    unit: i.unit,
  }));

describe('a dispenser’s journey: release, dispense notification, claim', () => {
  it('releases, records every item dispensed (the prescription becomes Dispensed) and claims (Claimed), through EPS and the tracker', async () => {
    const p = await released();
    expect(p.nhsNumber).toBe(PATIENT);
    expect(p.lineItems.length).toBeGreaterThan(0);
    expect(p.lineItems.every((i) => i.id && i.medicationCode)).toBe(true);

    t.resetCalls();
    const dispensed = data(
      await t.run<any>(DISPENSE, { i: { prescriptionId: p.prescriptionId, pharmacy: PHARMACY, nhsNumber: PATIENT, items: dispensedItems(p) } }),
      'notifyDispense',
    );
    expect(dispensed.userErrors).toEqual([]);
    expect(dispensed.dispenseNotification).toMatchObject({ status: 'DISPENSED' });
    expect(t.calls()['eps-dispensing']).toBe(1);
    const [notification] = t.sandbox.receivedRequests('eps-dispensing');
    expect(notification!.path).toBe('/fhir-dispensing/FHIR/R4/$process-message');
    const sentDispenses = JSON.parse(notification!.body)
      .entry.map((e: any) => e.resource)
      .filter((r: any) => r.resourceType === 'MedicationDispense');
    expect(sentDispenses.map((d: any) => d.contained[1].identifier[0].value)).toEqual(p.lineItems.map((i) => i.id));
    // The pharmacy names England's reimbursement authority, the NHS Business Services Authority (DispenseNotificationOrganization).
    const sentPharmacy = JSON.parse(notification!.body).entry.find((e: any) => e.resource.resourceType === 'Organization').resource;
    expect(sentPharmacy.extension).toEqual([
      {
        url: 'https://fhir.nhs.uk/StructureDefinition/Extension-ODS-OrganisationRelationships',
        extension: [{ url: 'reimbursementAuthority', valueIdentifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'T1450' } }],
      },
    ]);

    let read = data(await t.run<any>(READ, { id: p.prescriptionId }), 'prescription');
    expect(read.status).toBe('DISPENSED');
    expect(read.lineItems.every((i: any) => i.status.code === '0001')).toBe(true);

    t.resetCalls();
    const auditBefore = (await t.auditRecords()).length;
    const claimed = data(
      await t.run<any>(CLAIM, { i: { prescriptionId: p.prescriptionId, pharmacy: PHARMACY, nhsNumber: PATIENT, items: dispensedItems(p) } }),
      'claimPrescription',
    );
    expect(claimed.userErrors).toEqual([]);
    expect(claimed.result.accepted).toBe(true);
    const [claim] = t.sandbox.receivedRequests('eps-dispensing');
    expect(claim!.path).toBe('/fhir-dispensing/FHIR/R4/Claim');
    // The write is audited under the patient: its intent before the call, its outcome before the answer left.
    const audit = (await t.auditRecords()).slice(auditBefore);
    expect(audit.map((a) => [a.nhsNumber, a.outcome, a.sources])).toEqual([
      [PATIENT, 'intended', ['eps-dispensing']],
      [PATIENT, 'success', ['eps-dispensing']],
    ]);
    read = data(await t.run<any>(READ, { id: p.prescriptionId }), 'prescription');
    expect(read.status).toBe('CLAIMED');
    expect(read.statusHistory.map((h: any) => h.status)).toEqual(expect.arrayContaining(['WITH_DISPENSER', 'DISPENSED', 'CLAIMED']));
  });

  it('records a partial dispense (With Dispenser - Active) and an item not dispensed with its reason', async () => {
    const p = await released();
    const [first, ...rest] = dispensedItems(p);
    const items = [
      { ...first!, outcome: 'PARTIALLY_DISPENSED', quantity: 1 },
      ...rest.map((i) => ({ ...i, outcome: 'NOT_DISPENSED', quantity: null, notDispensedReason: '0002' })),
    ];
    const r = data(await t.run<any>(DISPENSE, { i: { prescriptionId: p.prescriptionId, pharmacy: PHARMACY, nhsNumber: PATIENT, items } }), 'notifyDispense');
    expect(r.userErrors).toEqual([]);
    expect(r.dispenseNotification.status).toBe('WITH_DISPENSER_ACTIVE');
    const read = data(await t.run<any>(READ, { id: p.prescriptionId }), 'prescription');
    expect(read.status).toBe('WITH_DISPENSER_ACTIVE');
    expect(read.lineItems.map((i: any) => i.status.code)).toEqual(['0003', ...rest.map(() => '0002')]);
    const sent = JSON.parse(t.sandbox.receivedRequests('eps-dispensing').at(-1)!.body);
    const notDispensed = sent.entry.map((e: any) => e.resource).filter((x: any) => x.resourceType === 'MedicationDispense' && x.type.coding[0].code === '0002');
    for (const d of notDispensed) expect(d.statusReasonCodeableConcept.coding[0]).toMatchObject({ code: '0002', display: 'Clinically unsuitable' });
  });

  it('withdraws a dispense notification: the prescription is with the dispenser again', async () => {
    const p = await released();
    const dispensed = data(
      await t.run<any>(DISPENSE, { i: { prescriptionId: p.prescriptionId, pharmacy: PHARMACY, nhsNumber: PATIENT, items: dispensedItems(p) } }),
      'notifyDispense',
    );
    t.resetCalls();
    const r = data(
      await t.run<any>(WITHDRAW, {
        i: {
          prescriptionId: p.prescriptionId,
          pharmacy: PHARMACY,
          nhsNumber: PATIENT,
          dispenseNotificationId: dispensed.dispenseNotification.notificationId,
          reasonCode: 'MU',
          reasonDisplay: 'Medication Update',
        },
      }),
      'withdrawDispense',
    );
    expect(r.userErrors).toEqual([]);
    expect(t.calls()['eps-dispensing']).toBe(1);
    const task = JSON.parse(t.sandbox.receivedRequests('eps-dispensing')[0]!.body);
    expect(task).toMatchObject({
      resourceType: 'Task',
      status: 'in-progress',
      focus: { identifier: { value: dispensed.dispenseNotification.notificationId } },
    });
    expect(data(await t.run<any>(READ, { id: p.prescriptionId }), 'prescription').status).toBe('WITH_DISPENSER');
  });

  it('a claim for a prescription this pharmacy has not dispensed is PRESCRIPTION_INVALID_STATE_TRANSITION', async () => {
    const p = await released();
    const r = data(
      await t.run<any>(CLAIM, { i: { prescriptionId: p.prescriptionId, pharmacy: PHARMACY, nhsNumber: PATIENT, items: dispensedItems(p) } }),
      'claimPrescription',
    );
    expect(r.userErrors).toMatchObject([{ code: 'PRESCRIPTION_INVALID_STATE_TRANSITION' }]);
  });
});

describe('typed dispensing refuses bad input before any upstream call', () => {
  const item = {
    lineItemId: 'a54219b8-f741-4c47-b662-e4f8dfa49ab6',
    medication: { code: '39732311000001104', name: 'Amoxicillin 250mg capsules' },
    outcome: 'DISPENSED',
    quantity: 20,
    unit: 'tablet',
  };
  const input = (change: Record<string, unknown>) => ({
    prescriptionId: newPrescriptionId(),
    pharmacy: PHARMACY,
    nhsNumber: PATIENT,
    items: [{ ...item, ...change }],
  });

  it.each([
    ['a dispensed quantity of 0', { quantity: 0 }, 'INVALID_QUANTITY'],
    ['a dispensed item without a quantity', { quantity: null }, 'INVALID_QUANTITY'],
    ['a malformed dm+d code', { medication: { code: '1234', name: 'x' } }, 'INVALID_MEDICATION_CODE'],
    ['an item not dispensed without a reason', { outcome: 'NOT_DISPENSED', quantity: null }, 'NOT_DISPENSED_REASON_REQUIRED'],
    ['an item not dispensed with a reason outside the code system', { outcome: 'NOT_DISPENSED', notDispensedReason: '0099' }, 'NOT_DISPENSED_REASON_REQUIRED'],
  ])('notifyDispense: %s', async (_, change, code) => {
    const r = data(await t.run<any>(DISPENSE, { i: input(change) }), 'notifyDispense');
    expect(r.userErrors).toEqual([{ code, message: expect.any(String), field: ['input', 'items'] }]);
    expect(t.calls()).toEqual({});
  });

  it.each([
    ['a claimed quantity below 0', { quantity: -1 }, 'INVALID_QUANTITY'],
    ['an empty endorsement', { endorsement: ' ' }, 'MISSING_VALUE'],
  ])('claimPrescription: %s', async (_, change, code) => {
    const r = data(await t.run<any>(CLAIM, { i: input(change) }), 'claimPrescription');
    expect(r.userErrors).toMatchObject([{ code }]);
    expect(t.calls()).toEqual({});
  });

  it('withdrawDispense: a reason code outside the code system shape, and a notification id that is not a UUID', async () => {
    const base = {
      prescriptionId: newPrescriptionId(),
      pharmacy: PHARMACY,
      nhsNumber: PATIENT,
      dispenseNotificationId: '6a2624a2-321b-470e-91a6-8ae7a065e2f0',
      reasonCode: 'MU',
    };
    const badReason = data(await t.run<any>(WITHDRAW, { i: { ...base, reasonCode: 'medication update' } }), 'withdrawDispense');
    expect(badReason.userErrors).toMatchObject([{ code: 'INVALID_REASON_CODE', field: ['input', 'reasonCode'] }]);
    const badId = data(await t.run<any>(WITHDRAW, { i: { ...base, dispenseNotificationId: 'last one' } }), 'withdrawDispense');
    expect(badId.userErrors).toMatchObject([{ code: 'INVALID_DISPENSE_NOTIFICATION_ID' }]);
    expect(t.calls()).toEqual({});
  });
});

describe('a typed dispensing write retried after a lost answer', () => {
  it('sends the identical message with the same X-Request-ID, and EPS applies it once', async () => {
    const p = await released();
    const eps = epsState(t.sandbox);
    const applied = eps.applied;
    const replays = eps.replays;
    const i = { prescriptionId: p.prescriptionId, pharmacy: PHARMACY, nhsNumber: PATIENT, items: dispensedItems(p), requestId: randomUUID() };
    t.resetCalls();
    const first = data(await t.run<any>(DISPENSE, { i }), 'notifyDispense');
    const second = data(await t.run<any>(DISPENSE, { i }), 'notifyDispense');
    expect(first.userErrors).toEqual([]);
    expect(second).toEqual(first);
    const sent = t.sandbox.receivedRequests('eps-dispensing');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toBe(sent[0]!.body);
    expect(sent.map((s) => s.headers['x-request-id'])).toEqual([i.requestId, i.requestId]);
    expect(eps.applied - applied).toBe(1);
    expect(eps.replays - replays).toBe(1);
  });
});

describe('returnPrescription retried after a lost answer', () => {
  it('sends the identical Task with the same X-Request-ID, and EPS applies it once', async () => {
    const id = newPrescriptionId();
    await t.run<any>(`mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } } }`, { m: signedOrder(id) });
    const r = await t.run<any>(`mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { responseId } } }`, {
      i: { pharmacy: PHARMACY, prescriptionId: id },
    });
    const eps = epsState(t.sandbox);
    const applied = eps.applied;
    const i = {
      prescriptionId: id,
      pharmacy: PHARMACY,
      nhsNumber: PATIENT,
      reasonCode: '0003',
      releaseResponseId: r.data.releasePrescription.release.responseId,
      requestId: randomUUID(),
    };
    const RETURN = `mutation($i: ReturnPrescriptionInput!) { returnPrescription(input: $i) { result { accepted requestId } userErrors { code } } }`;
    t.resetCalls();
    const first = data(await t.run<any>(RETURN, { i }), 'returnPrescription');
    const second = data(await t.run<any>(RETURN, { i }), 'returnPrescription');
    expect(first).toEqual({ result: { accepted: true, requestId: i.requestId }, userErrors: [] });
    expect(second).toEqual(first);
    const sent = t.sandbox.receivedRequests('eps-dispensing');
    expect(sent[1]!.body).toBe(sent[0]!.body);
    expect(eps.applied - applied).toBe(1);
  });
});
