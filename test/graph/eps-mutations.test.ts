import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import type { SandboxPrescription } from '../../sandbox/src/routers/eps/records.js';
import { cancellation, dispenseNotification, newPrescriptionId, signedOrder, unsignedOrder } from '../support/eps-messages.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => {
  t.sandbox.setFault('eps-prescribing', undefined);
  t.sandbox.setFault('eps-dispensing', undefined);
  epsState(t.sandbox).gatewayTimeouts = 0;
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PREPARE =
  `mutation($m: JSON!, $r: ID) { preparePrescriptionFromMessage(message: $m, requestId: $r) { preparedPrescription ` +
  `{ digest timestamp algorithm requestId } userErrors { code message field } } }`;
const CREATE =
  `mutation($m: JSON!, $r: ID) { createPrescriptionFromMessage(message: $m, requestId: $r) { result { accepted ` +
  `requestId } userErrors { code message field } } }`;
const CANCEL =
  `mutation($m: JSON!) { cancelPrescriptionFromMessage(message: $m) { cancellation { prescriptionId code ` +
  `display cancelled requestId } userErrors { code message field } } }`;
const RELEASE =
  `mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { requestId ` +
  `responseId released { prescriptionId nhsNumber lineItems { medication quantity } prescription ` +
  `{ status dispenserOdsCode } } failed { code } } userErrors { code message field } } }`;
const RETURN = `mutation($i: ReturnPrescriptionInput!) { returnPrescription(input: $i) { result { accepted requestId } userErrors { code message field } } }`;
const DISPENSE = `mutation($m: JSON!) { notifyDispenseFromMessage(message: $m) { result { accepted requestId } userErrors { code message field } } }`;
const READ =
  `query($id: PrescriptionId!) { prescription(id: $id) { status dispenserOdsCode pendingCancellation ` +
  `lineItems { status { code } dispenses { quantity } } statusHistory { status organisationOdsCode } } }`;

/** The first typed user error of a mutation's answer (a refusal the caller can act on is data, not a GraphQL error). */
function userError(r: { data?: any; errors?: unknown }): { code: string; message: string; field: string[] | null } | undefined {
  expect(r.errors).toBeUndefined();
  const [payload] = Object.values(r.data) as { userErrors: { code: string; message: string; field: string[] | null }[] }[];
  return payload!.userErrors[0];
}

const read = async (id: string) => (await t.run<any>(READ, { id })).data.prescription;
const seeded = (test: (p: SandboxPrescription) => boolean) =>
  [...epsState(t.sandbox).prescriptions.values()].find((p) => p.id !== '24F5DA-A83008-7EFE6Z' && test(p))!;

async function created(): Promise<string> {
  const id = newPrescriptionId();
  const r = await t.run<any>(CREATE, { m: signedOrder(id) });
  expect(r.errors).toBeUndefined();
  return id;
}

describe('preparePrescriptionFromMessage', () => {
  it("returns the digest to sign for the contract's unsigned order, in one call with the EPS headers", async () => {
    const r = await t.run<any>(PREPARE, { m: unsignedOrder() }, { headers: { 'x-correlation-id': 'prep-1' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.preparePrescriptionFromMessage.preparedPrescription).toMatchObject({ algorithm: 'RS1', requestId: expect.stringMatching(UUID) });
    expect(Buffer.from(r.data.preparePrescriptionFromMessage.preparedPrescription.digest, 'base64').toString()).toMatch(
      /^<SignedInfo .*<DigestValue>.+<\/DigestValue>/,
    );
    expect(t.calls()).toEqual({ 'eps-prescribing': 1 });
    const [sent] = t.sandbox.receivedRequests('eps-prescribing');
    expect(sent!.path).toBe('/fhir-prescribing/FHIR/R4/$prepare');
    expect(sent!.headers).toMatchObject({
      'content-type': 'application/fhir+json',
      'x-correlation-id': 'prep-1',
      'x-request-id': r.data.preparePrescriptionFromMessage.preparedPrescription.requestId,
      'nhsd-session-urid': '555000000100',
    });
    expect(sent!.headers.authorization).toMatch(/^Bearer \S+$/);
  });

  it.each([
    ['a message for another event', () => cancellation('24F5DA-A83008-7EFE6Z', '9449304130'), 'INVALID_MESSAGE'],
    ['a message that is not a Bundle', () => ({ resourceType: 'Parameters' }), 'INVALID_MESSAGE'],
    ['a prescription id with a wrong check character', () => unsignedOrder('24F5DA-A83008-7EFE6A'), 'INVALID_PRESCRIPTION_ID'],
    ['a malformed prescription id', () => unsignedOrder('24F5DA-A83008-7EFE'), 'INVALID_PRESCRIPTION_ID'],
  ])('refuses %s before any call, as a typed user error', async (_, message, code) => {
    const r = await t.run<any>(PREPARE, { m: message() });
    expect(userError(r)).toEqual({ code, message: expect.any(String), field: ['message'] });
    expect(r.data.preparePrescriptionFromMessage.preparedPrescription).toBeNull();
    expect(t.calls()).toEqual({});
  });

  it('refuses a requestId that is not a UUID before any call', async () => {
    const r = await t.run<any>(PREPARE, { m: unsignedOrder(), r: 'again' });
    expect(userError(r)).toEqual({ code: 'INVALID_REQUEST_ID', message: expect.any(String), field: ['requestId'] });
    expect(t.calls()).toEqual({});
  });
});

describe('createPrescriptionFromMessage', () => {
  it('sends the signed order; the tracker then shows it to be dispensed with its items', async () => {
    const id = newPrescriptionId();
    const r = await t.run<any>(CREATE, { m: signedOrder(id) });
    expect(r.data.createPrescriptionFromMessage.result).toEqual({ accepted: true, requestId: expect.stringMatching(UUID) });
    expect(t.calls()).toEqual({ 'eps-prescribing': 1 });
    const p = await read(id);
    expect(p.status).toBe('TO_BE_DISPENSED');
    expect(p.lineItems).toHaveLength(4);
  });

  it('refuses an order without its signature before any call', async () => {
    const r = await t.run<any>(CREATE, { m: unsignedOrder() });
    expect(userError(r)).toMatchObject({ code: 'UNSIGNED_PRESCRIPTION', field: ['message'] });
    expect(t.calls()).toEqual({});
  });

  it('an existing prescription id is user error DUPLICATE_PRESCRIPTION_ID', async () => {
    const r = await t.run<any>(CREATE, { m: signedOrder('24F5DA-A83008-7EFE6Z') });
    expect(userError(r)).toMatchObject({ code: 'DUPLICATE_PRESCRIPTION_ID' });
    expect(t.calls()).toEqual({ 'eps-prescribing': 1 });
  });

  it('an NHS number Spine refuses is user error INVALID_INPUT naming FAILURE_TO_PROCESS_MESSAGE', async () => {
    const m = signedOrder();
    delete m.entry.find((e: any) => e.resource.resourceType === 'Patient').resource.identifier;
    const r = await t.run<any>(CREATE, { m });
    expect(userError(r)).toEqual({ code: 'INVALID_INPUT', message: expect.stringContaining('FAILURE_TO_PROCESS_MESSAGE'), field: null });
  });

  it('a retried mutation with the same requestId is applied once and answers the same', async () => {
    const eps = epsState(t.sandbox);
    const m = signedOrder();
    const requestId = randomUUID();
    const applied = eps.applied;
    const first = await t.run<any>(CREATE, { m, r: requestId });
    const second = await t.run<any>(CREATE, { m, r: requestId });
    expect(first.data.createPrescriptionFromMessage.result).toEqual({ accepted: true, requestId });
    expect(second.data.createPrescriptionFromMessage.result).toEqual({ accepted: true, requestId });
    expect(eps.applied - applied).toBe(1);
    expect(t.sandbox.receivedRequests('eps-prescribing').map((q) => q.headers['x-request-id'])).toEqual([requestId, requestId]);
  });

  it('a 504 (Spine did not answer in 30 s) is retried with the identical request and applied once', async () => {
    const eps = epsState(t.sandbox);
    eps.gatewayTimeouts = 1;
    const applied = eps.applied;
    const id = newPrescriptionId();
    const r = await t.run<any>(CREATE, { m: signedOrder(id) });
    expect(r.errors).toBeUndefined();
    expect(t.calls()).toEqual({ 'eps-prescribing': 2 });
    const ids = t.sandbox.receivedRequests('eps-prescribing').map((q) => q.headers['x-request-id']);
    expect(ids[0]).toBe(ids[1]);
    expect(eps.applied - applied).toBe(1);
    expect((await read(id)).statusHistory).toHaveLength(1);
  });

  it('a 504 on every attempt is UPSTREAM_TIMEOUT with the request id; retrying with it then succeeds without a duplicate', async () => {
    const eps = epsState(t.sandbox);
    eps.gatewayTimeouts = 3;
    const m = signedOrder();
    const r = await t.run<any>(CREATE, { m });
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(t.calls()).toEqual({ 'eps-prescribing': 3 });
    const requestId = r.errors![0]!.extensions!.upstream!.requestId as string;
    const applied = eps.applied;
    const again = await t.run<any>(CREATE, { m, r: requestId });
    expect(again.errors).toBeUndefined();
    expect(again.data.createPrescriptionFromMessage.result).toEqual({ accepted: true, requestId });
    expect(eps.applied).toBe(applied);
  });

  it.each([
    [401, 'UNAUTHENTICATED'], // the caller's exchanged token, refused again after one refresh
    [403, 'FORBIDDEN'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('an EPS %i is %s', async (status, code) => {
    t.sandbox.setFault('eps-prescribing', { kind: 'status', status });
    const r = await t.run<any>(CREATE, { m: signedOrder() });
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'eps-prescribing', status });
  });
});

describe('cancelPrescriptionFromMessage', () => {
  it('cancels a prescription still to be dispensed (R-0001); the tracker shows it cancelled', async () => {
    const id = await created();
    t.resetCalls();
    const r = await t.run<any>(CANCEL, { m: cancellation(id, '5839945242') });
    expect(r.data.cancelPrescriptionFromMessage.cancellation).toMatchObject({ prescriptionId: id, code: 'R-0001', cancelled: true });
    expect(t.calls()).toEqual({ 'eps-prescribing': 1 });
    expect((await read(id)).status).toBe('CANCELLED');
    const again = await t.run<any>(CANCEL, { m: cancellation(id, '5839945242') });
    expect(userError(again)).toMatchObject({ code: 'ALREADY_CANCELLED', message: expect.stringContaining('R-0006') });
  });

  it.each([
    ['0002', 'R-0002'],
    ['0003', 'R-0003'],
  ])(
    'marks a prescription in status %s (with the dispenser) for cancellation: EPS answers 400 with its %s Bundle, the graph data; a second request is R-0007',
    async (status, code) => {
      const p = seeded((x) => x.status === status && !x.pendingCancellation);
      const r = await t.run<any>(CANCEL, { m: cancellation(p.id, p.patient.nhsNumber) });
      expect(r.errors).toBeUndefined();
      expect(r.data.cancelPrescriptionFromMessage.cancellation).toMatchObject({
        prescriptionId: p.id,
        code,
        cancelled: false,
        display: expect.stringContaining('Marked for cancellation'),
      });
      expect((await read(p.id)).pendingCancellation).toBe(true);
      const again = await t.run<any>(CANCEL, { m: cancellation(p.id, p.patient.nhsNumber) });
      expect(userError(again)).toMatchObject({ code: 'CANCELLATION_BY_ANOTHER_PRESCRIBER', message: expect.stringContaining('R-0007') });
    },
  );

  it.each([
    ['0006', 'ALREADY_DISPENSED', 'R-0004'],
    ['0004', 'EXPIRED', 'R-0005'],
    ['0007', 'NOT_DISPENSED', 'R-0010'],
  ])('refuses a prescription in status %s with user error %s', async (status, reason, code) => {
    const p = seeded((x) => x.status === status);
    const r = await t.run<any>(CANCEL, { m: cancellation(p.id, p.patient.nhsNumber) });
    expect(r.data.cancelPrescriptionFromMessage.cancellation).toBeNull();
    expect(userError(r)).toEqual({ code: reason, message: expect.stringContaining(code), field: null });
  });

  it(
    'EPS’s R-0009 OperationOutcome (the spec example) is UPSTREAM_UNAVAILABLE with reason CANCELLATION_DISABLED: ' +
      'a GraphQL error, nothing the caller can fix',
    async () => {
      // Outcomes the stand-in never reaches by itself: EPS's own example answer, at the status the spec gives it.
      t.sandbox.setFault('eps-prescribing', {
        kind: 'answer',
        status: 400,
        body: loadFixture('eps/specification/examples/spec/errors/prescription-order-update/R-0009-Cancellation.json'),
      });
      const p = seeded((x) => x.status === '0001');
      const r = await t.run<any>(CANCEL, { m: cancellation(p.id, p.patient.nhsNumber) });
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        reason: 'CANCELLATION_DISABLED',
        upstream: { api: 'eps-prescribing', status: 400, issueCode: 'R-0009' },
      });
    },
  );

  it('EPS’s R-5888 OperationOutcome (the spec example: a message Spine finds invalid) is user error INVALID_INPUT naming R-5888', async () => {
    t.sandbox.setFault('eps-prescribing', {
      kind: 'answer',
      status: 400,
      body: loadFixture('eps/specification/examples/spec/errors/prescription-order-update/R-5888-Cancellation.json'),
    });
    const p = seeded((x) => x.status === '0001');
    const r = await t.run<any>(CANCEL, { m: cancellation(p.id, p.patient.nhsNumber) });
    expect(userError(r)).toEqual({ code: 'INVALID_INPUT', message: expect.stringContaining('R-5888'), field: null });
  });

  it('a cancel response about another prescription than the one asked is UPSTREAM_ERROR, not an outcome', async () => {
    const asked = seeded((x) => x.status === '0001');
    const other = seeded((x) => x.status === '0001' && x.id !== asked.id);
    const eps = epsState(t.sandbox);
    // The stand-in's store answers for the asked id with (a copy of) another prescription: its cancel response names that one.
    eps.prescriptions.set(asked.id, { ...structuredClone(other), patient: asked.patient });
    try {
      const r = await t.run<any>(CANCEL, { m: cancellation(asked.id, asked.patient.nhsNumber) });
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reason: 'WRONG_ANSWER', upstream: { api: 'eps-prescribing', status: 200 } });
    } finally {
      eps.prescriptions.set(asked.id, asked);
    }
  });

  it('an answer of another kind than a cancel response Bundle is UPSTREAM_ERROR', async () => {
    t.sandbox.setFault('eps-prescribing', { kind: 'malformed', body: 'wrong-resource' });
    const p = seeded((x) => x.status === '0001');
    const r = await t.run<any>(CANCEL, { m: cancellation(p.id, p.patient.nhsNumber) });
    expect(r.data).toBeNull();
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
  });

  it('an unknown prescription is NOT_FOUND (R-0008) and another patient is BAD_USER_INPUT (R-5000)', async () => {
    const unknown = await t.run<any>(CANCEL, { m: cancellation(newPrescriptionId(), '9449304130') });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'R-0008' });
    const p = seeded((x) => x.status === '0001');
    const mismatch = await t.run<any>(CANCEL, { m: cancellation(p.id, '9449304130') });
    expect(userError(mismatch)).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('R-5000') });
  });
});

describe('release, return and dispense notification', () => {
  /** The release response that released 24F5DA-A83008-7EFE6Z to VNE51, for its return. */
  let releaseResponseId: string;

  it('releases the contract prescription 24F5DA-A83008-7EFE6Z to VNE51: one ODS read, one EPS call', async () => {
    const r = await t.run<any>(RELEASE, { i: { pharmacy: 'VNE51', prescriptionId: '24F5DA-A83008-7EFE6Z' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.releasePrescription.release.released).toEqual([
      {
        prescriptionId: '24F5DA-A83008-7EFE6Z',
        nhsNumber: '9449304130',
        lineItems: [
          { medication: 'Amoxicillin 250mg capsules', quantity: 20 },
          { medication: 'Co-codamol 30mg/500mg tablets', quantity: 20 },
        ],
        prescription: { status: 'WITH_DISPENSER', dispenserOdsCode: 'VNE51' },
      },
    ]);
    expect(t.calls()).toEqual({ ods: 1, 'eps-dispensing': 1, 'eps-tracker': 1 });
    const sent = t.sandbox.receivedRequests('eps-dispensing')[0]!;
    expect(sent.path).toBe('/fhir-dispensing/FHIR/R4/Task/$release');
    expect(sent.headers['x-request-id']).toBe(r.data.releasePrescription.release.requestId);
    // The release response has its own id, which a return of the prescription names.
    releaseResponseId = r.data.releasePrescription.release.responseId;
    expect(releaseResponseId).toMatch(UUID);
    expect(releaseResponseId).not.toBe(r.data.releasePrescription.release.requestId);
  });

  it('names the signed-in pharmacist as the agent: their SDS user id, role profile, full job role code and name', async () => {
    const p = seeded((x) => x.status === '0001' && x.nominatedPharmacyOds === 'FA565') ?? seeded((x) => x.status === '0001');
    const r = await t.run<any>(RELEASE, { i: { pharmacy: 'FA565', prescriptionId: p.id } }, { principal: { staff: 'pharmacist' } });
    expect(r.errors).toBeUndefined();
    const sent = t.sandbox.receivedRequests('eps-dispensing')[0]!;
    const agent = JSON.parse(sent.body).parameter.find((x: any) => x.name === 'agent').resource;
    // The CIS2 stand-in's pharmacist: SDS user id 555000000103, role profile 555000000100, role S8003:G8003:R8003 at FA565.
    expect(agent.identifier).toEqual([{ system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: '555000000100' }]);
    expect(agent.practitioner).toEqual({ identifier: { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '555000000103' }, display: 'Pat Pharmacist' });
    expect(agent.code).toEqual([{ coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/NHSDigital-SDS-JobRoleCode', code: 'S8003:G8003:R8003' }] }]);
    expect(sent.body).not.toContain('3415870201');
    expect(sent.body).not.toContain('Jackie Clark');
    expect(sent.headers['nhsd-session-urid']).toBe('555000000100');
  });

  it('a release of one prescription that passes another is UPSTREAM_ERROR', async () => {
    const asked = seeded((x) => x.status === '0001' && x.nominatedPharmacyOds !== null);
    const other = seeded((x) => x.status === '0001' && x.id !== asked.id);
    const eps = epsState(t.sandbox);
    eps.prescriptions.set(asked.id, structuredClone(other));
    try {
      const r = await t.run<any>(RELEASE, { i: { pharmacy: 'VNE51', prescriptionId: asked.id } });
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reason: 'WRONG_ANSWER', upstream: { api: 'eps-dispensing', status: 200 } });
    } finally {
      eps.prescriptions.set(asked.id, asked);
    }
  });

  it('a prescription another pharmacy holds is CONFLICT naming that pharmacy', async () => {
    const r = await t.run<any>(RELEASE, { i: { pharmacy: 'FA565', prescriptionId: '24F5DA-A83008-7EFE6Z' } });
    expect(userError(r)).toEqual({
      code: 'PRESCRIPTION_WITH_ANOTHER_DISPENSER',
      message: expect.stringContaining('VNE51'),
      field: ['input', 'prescriptionId'],
    });
  });

  it(
    'returns it from VNE51, naming the release response as focus and the signed-in user as requester: ' +
      'back to be dispensed; a second return is an invalid transition',
    async () => {
      const input = {
        prescriptionId: '24F5DA-A83008-7EFE6Z',
        pharmacy: 'VNE51',
        nhsNumber: '9449304130',
        reasonCode: '0003',
        reasonDisplay: 'Patient requested release',
        releaseResponseId,
      };
      const r = await t.run<any>(RETURN, { i: input });
      expect(r.data.returnPrescription.result).toEqual({ accepted: true, requestId: expect.stringMatching(UUID) });
      expect(t.calls()).toEqual({ ods: 1, 'eps-dispensing': 1 });
      const task = JSON.parse(t.sandbox.receivedRequests('eps-dispensing')[0]!.body);
      expect(task.focus).toEqual({ identifier: { system: 'https://tools.ietf.org/html/rfc4122', value: releaseResponseId } });
      const requester = task.contained.find((c: any) => c.id === 'requester');
      expect(requester.practitioner).toEqual({
        identifier: { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '555000000101' },
        display: 'Casey Clinician',
      });
      expect(requester.code[0].coding[0].code).toBe('S8000:G8000:R8000');
      expect(await read('24F5DA-A83008-7EFE6Z')).toMatchObject({ status: 'TO_BE_DISPENSED', dispenserOdsCode: null });
      const again = await t.run<any>(RETURN, { i: input });
      expect(userError(again)).toMatchObject({ code: 'PRESCRIPTION_INVALID_STATE_TRANSITION' });
    },
  );

  it('records a dispense notification from the releasing pharmacy; the tracker shows it dispensed', async () => {
    const p = seeded((x) => x.status === '0001' && x.nominatedPharmacyOds !== null);
    const pharmacy = p.nominatedPharmacyOds as string;
    await t.run<any>(RELEASE, { i: { pharmacy, prescriptionId: p.id } });
    t.resetCalls();
    const wrong = await t.run<any>(DISPENSE, { m: dispenseNotification(p.id, 'FA565') });
    expect(userError(wrong)).toMatchObject({ code: 'PRESCRIPTION_INVALID_STATE_TRANSITION' });
    const r = await t.run<any>(DISPENSE, { m: dispenseNotification(p.id, pharmacy) });
    expect(r.data.notifyDispenseFromMessage.result).toEqual({ accepted: true, requestId: expect.stringMatching(UUID) });
    expect(t.calls()).toEqual({ 'eps-dispensing': 2 });
    const after = await read(p.id);
    expect(after).toMatchObject({ status: 'DISPENSED', dispenserOdsCode: pharmacy });
    expect(after.statusHistory.at(-1)).toEqual({ status: 'DISPENSED', organisationOdsCode: pharmacy });
    expect(after.lineItems[0].dispenses.length).toBe(1);
  });

  it('downloads a pharmacy’s nominated prescriptions without an id, each released once', async () => {
    const eps = epsState(t.sandbox);
    const pharmacy = t.sandbox.population.pharmacies.find(
      (ph) => [...eps.prescriptions.values()].filter((p) => p.nominatedPharmacyOds === ph.odsCode && p.status === '0001').length >= 2,
    )!.odsCode;
    const waiting = [...eps.prescriptions.values()].filter((p) => p.nominatedPharmacyOds === pharmacy && p.status === '0001').map((p) => p.id);
    const r = await t.run<any>(`mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { released { prescriptionId } } } }`, {
      i: { pharmacy },
    });
    expect(r.data.releasePrescription.release.released.map((x: any) => x.prescriptionId).sort()).toEqual(waiting.slice(0, 25).sort());
    const again = await t.run<any>(`mutation($i: ReleasePrescriptionInput!) { releasePrescription(input: $i) { release { released { prescriptionId } } } }`, {
      i: { pharmacy },
    });
    expect(again.data.releasePrescription.release.released.map((x: any) => x.prescriptionId).sort()).toEqual(waiting.slice(25, 50).sort());
  });

  it('an unknown prescription is NOT_FOUND (RESOURCE_NOT_FOUND)', async () => {
    const r = await t.run<any>(RELEASE, { i: { pharmacy: 'VNE51', prescriptionId: newPrescriptionId() } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RESOURCE_NOT_FOUND' });
  });

  it.each([
    ['a bad pharmacy code', { pharmacy: 'V!', prescriptionId: '24F5DA-A83008-7EFE6Z' }, 'INVALID_ODS_CODE'],
    ['a bad prescription id', { pharmacy: 'VNE51', prescriptionId: '24F5DA-A83008-7EFE6A' }, 'INVALID_PRESCRIPTION_ID'],
  ])('refuses %s before any call (a malformed scalar: the request is not executed)', async (_, input, reason) => {
    const r = await t.run<any>(RELEASE, { i: input });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(t.calls()).toEqual({});
  });

  it('refuses a bad request id before any call, as user error INVALID_REQUEST_ID on input.requestId', async () => {
    const r = await t.run<any>(RELEASE, { i: { pharmacy: 'VNE51', requestId: 'x' } });
    expect(userError(r)).toEqual({ code: 'INVALID_REQUEST_ID', message: expect.any(String), field: ['input', 'requestId'] });
    expect(t.calls()).toEqual({});
  });

  it.each([
    ['a malformed reason code', { reasonCode: 'patient' }, 'INVALID_REASON_CODE'],
    ['a release response id that is not a UUID', { releaseResponseId: 'release-1' }, 'INVALID_RELEASE_RESPONSE_ID'],
  ])('a return with %s is refused before any call, as a typed user error', async (_, change, code) => {
    const input = {
      prescriptionId: '24F5DA-A83008-7EFE6Z',
      pharmacy: 'VNE51',
      nhsNumber: '9449304130',
      reasonCode: '0003',
      releaseResponseId: randomUUID(),
      ...change,
    };
    const r = await t.run<any>(RETURN, { i: input });
    expect(userError(r)).toMatchObject({ code, field: ['input', code === 'INVALID_REASON_CODE' ? 'reasonCode' : 'releaseResponseId'] });
    expect(t.calls()).toEqual({});
  });

  it('an organisation ODS does not know is NOT_FOUND and nothing is sent to EPS', async () => {
    const r = await t.run<any>(RELEASE, { i: { pharmacy: 'FZZ99', prescriptionId: '24F5DA-A83008-7EFE6Z' } });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()).toEqual({ ods: 1 });
  });
});
