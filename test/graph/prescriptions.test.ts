import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import type { SandboxPrescription } from '../../sandbox/src/routers/eps/records.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, 'eps-tracker': 500 } });
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('eps-tracker', undefined));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const newestFirst = (list: SandboxPrescription[]) => [...list].sort((a, b) => b.authoredOn.localeCompare(a.authoredOn));
const PATIENT_PRESCRIPTIONS = `query($n: NhsNumber!, $s: [PrescriptionStatus!], $first: Int, $after: String, $from: Date, $to: Date) {
  patient(nhsNumber: $n) { nhsNumber prescriptions(status: $s, first: $first, after: $after, authoredFrom: $from, authoredTo: $to) {
    totalCount nodes { id status } pageInfo { hasNextPage endCursor } } } }`;
const ids = (r: any) => r.data.patient.prescriptions.nodes.map((p: any) => p.id);

/** The NHS numbers of the stand-in's restricted patients (PDS withholds their pharmacy: the graph lists nothing). */
const restrictedPatients = () => new Set(t.sandbox.population.patients.filter((p) => p.restricted).map((p) => p.nhsNumber));

/** A synthetic patient whose seeded prescriptions satisfy `test` (PDS knows them; restricted ones are skipped). */
function patientWith(test: (list: SandboxPrescription[]) => boolean): { nhsNumber: string; list: SandboxPrescription[] } {
  const eps = epsState(t.sandbox);
  for (const p of t.sandbox.population.patients) {
    const list = eps.byPatient(p.nhsNumber);
    if (!p.restricted && list.length > 0 && test(list)) return { nhsNumber: p.nhsNumber, list };
  }
  throw new Error('no such patient in the population');
}

describe('Patient.prescriptions', () => {
  it('lists the seeded prescriptions newest first with one tracker search and no detail call', async () => {
    const { nhsNumber, list } = patientWith((l) => l.length >= 2);
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: nhsNumber });
    expect(r.errors).toBeUndefined();
    expect(ids(r)).toEqual(newestFirst(list).map((p) => p.id));
    expect(r.data.patient.prescriptions.totalCount).toBe(list.length);
    expect(t.calls()).toEqual({ pds: 1, 'eps-tracker': 1 });
    // No window asked: the tracker's own (the last two years) applies; no date is sent.
    expect(t.sandbox.receivedRequests('eps-tracker')[0]!.search).toBe(`?nhsNumber=${nhsNumber}`);
  });

  it('gives a good share of the population prescriptions, at practices and pharmacies ODS knows', () => {
    const eps = epsState(t.sandbox);
    const withAny = t.sandbox.population.patients.filter((p) => eps.byPatient(p.nhsNumber).length > 0).length;
    expect(withAny / t.sandbox.population.patients.length).toBeGreaterThan(0.5);
    const known = new Set(t.sandbox.population.organisations.map((o) => o.odsCode));
    for (const p of eps.prescriptions.values()) {
      expect(known.has(p.prescriberOds)).toBe(true);
      if (p.dispenserOds) expect(known.has(p.dispenserOds)).toBe(true);
    }
  });

  it('with dispensers, prescribers and items: one search, one detail read per prescription and one batched ODS call', async () => {
    // Literal statuses: a patient with three prescriptions, at least two of them dispensed (0006) or not dispensed (0007).
    const { nhsNumber, list } = patientWith((l) => l.length === 3 && l.filter((p) => ['0006', '0007'].includes(p.status)).length >= 2);
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { prescriptions { nodes { id status dispenser { odsCode name } prescriber { odsCode name }
        lineItems { medication quantity status { code } } statusHistory { status organisation { odsCode } } } } } }`,
      { n: nhsNumber },
    );
    expect(r.errors).toBeUndefined();
    const got = r.data.patient.prescriptions.nodes as any[];
    for (const record of list) {
      const p = got.find((x) => x.id === record.id);
      expect(p.dispenser?.odsCode ?? null).toBe(record.dispenserOds);
      if (p.dispenser) expect(p.dispenser.name).toBeTruthy();
      expect(p.prescriber.odsCode).toBe(record.prescriberOds);
      expect(p.lineItems.map((i: any) => i.medication)).toEqual(record.items.map((i) => i.medication));
      expect(p.statusHistory.map((h: any) => h.organisation.odsCode)).toEqual(record.history.map((h) => h.ods));
    }
    expect(t.calls()).toEqual({ pds: 1, 'eps-tracker': 1 + list.length, ods: 1 });
  });

  // The contract's statuses in which a pharmacy holds or has held the prescription, written out (eps-tracker/CONTRACT.md,
  // "Statuses"), and the stand-in's own record of which pharmacy that is: never the product's predicate.
  it.each([
    ['0002', 'WITH_DISPENSER'],
    ['0003', 'WITH_DISPENSER_ACTIVE'],
    ['0006', 'DISPENSED'],
    ['0007', 'NOT_DISPENSED'],
  ])('names the pharmacy of a prescription in status %s (%s) in a patient’s list', async (status, name) => {
    const record = [...epsState(t.sandbox).prescriptions.values()].find(
      (p) => p.status === status && p.dispenserOds && !restrictedPatients().has(p.patient.nhsNumber),
    )!;
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { prescriptions { nodes { id status dispenserOdsCode } } } }`, {
      n: record.patient.nhsNumber,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.prescriptions.nodes.find((p: any) => p.id === record.id)).toEqual({
      id: record.id,
      status: name,
      dispenserOdsCode: record.dispenserOds,
    });
  });

  it.each([
    ['0001', 'TO_BE_DISPENSED'],
    ['0004', 'EXPIRED'],
    ['0005', 'CANCELLED'],
  ])('knows without a detail read that no pharmacy holds a prescription in status %s (%s)', async (status) => {
    const { nhsNumber } = patientWith((l) => l.every((p) => p.status === status));
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { prescriptions { nodes { id dispenser { name } dispenserOdsCode } } } }`, {
      n: nhsNumber,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.prescriptions.nodes.length).toBeGreaterThan(0);
    for (const p of r.data.patient.prescriptions.nodes) expect(p).toMatchObject({ dispenser: null, dispenserOdsCode: null });
    expect(t.calls()).toEqual({ pds: 1, 'eps-tracker': 1 });
  });

  it('filters by status and caps with first', async () => {
    const { nhsNumber, list } = patientWith((l) => l.length === 3 && new Set(l.map((p) => p.status)).size >= 2);
    const status = list[0]!.status;
    const names: Record<string, string> = {
      '0001': 'TO_BE_DISPENSED',
      '0002': 'WITH_DISPENSER',
      '0003': 'WITH_DISPENSER_ACTIVE',
      '0004': 'EXPIRED',
      '0005': 'CANCELLED',
      '0006': 'DISPENSED',
      '0007': 'NOT_DISPENSED',
    };
    const filtered = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: nhsNumber, s: [names[status]] });
    expect(ids(filtered)).toEqual(newestFirst(list.filter((p) => p.status === status)).map((p) => p.id));
    expect(filtered.data.patient.prescriptions.totalCount).toBe(list.filter((p) => p.status === status).length);
    const capped = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: nhsNumber, first: 1 });
    expect(ids(capped)).toEqual([newestFirst(list)[0]!.id]);
  });

  it('is never cut silently: totalCount counts every match and the cursor pages through all of them, one search per page', async () => {
    const { nhsNumber, list } = patientWith((l) => l.length === 3);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      t.resetCalls();
      const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: nhsNumber, first: 1, after });
      expect(r.errors).toBeUndefined();
      expect(r.data.patient.prescriptions.totalCount).toBe(3);
      expect(r.data.patient.prescriptions.pageInfo.hasNextPage).toBe(page < 2);
      seen.push(...ids(r));
      after = r.data.patient.prescriptions.pageInfo.endCursor;
      expect(t.calls()).toEqual({ pds: 1, 'eps-tracker': 1 });
    }
    expect(seen).toEqual(newestFirst(list).map((p) => p.id));
    const beyond = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: nhsNumber, first: 1, after });
    expect(beyond.data.patient.prescriptions).toEqual({ totalCount: 3, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('sends a creation-date window to the tracker as lowDate / highDate and lists only what it answers', async () => {
    const { nhsNumber, list } = patientWith((l) => l.length === 3 && new Set(l.map((p) => p.authoredOn.slice(0, 10))).size === 3);
    const middle = newestFirst(list)[1]!.authoredOn.slice(0, 10);
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: nhsNumber, from: middle, to: middle });
    expect(r.errors).toBeUndefined();
    expect(ids(r)).toEqual([newestFirst(list)[1]!.id]);
    expect(r.data.patient.prescriptions.totalCount).toBe(1);
    const compact = middle.replace(/-/g, '');
    expect(t.sandbox.receivedRequests('eps-tracker')[0]!.search).toBe(`?nhsNumber=${nhsNumber}&lowDate=${compact}&highDate=${compact}`);
  });

  it.each([
    ['a window that ends before it starts', { from: '2026-05-02', to: '2026-05-01' }, 'INVALID_DATE'],
    ['a date that does not exist', { from: '2026-02-30' }, 'INVALID_DATE'],
    ['a cursor that is not one of the list’s', { after: 'not-a-cursor' }, 'INVALID_CURSOR'],
  ])('refuses %s before any tracker call', async (_, args, reason) => {
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: '9000000009', ...args });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(t.calls()['eps-tracker']).toBeUndefined();
  });

  it.each([0, 51])('refuses first: %i before any tracker call', async (first) => {
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: '9000000009', first });
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE' });
    expect(t.calls()['eps-tracker']).toBeUndefined();
  });

  it('reads a multi-item clinical view example with its items in the order the RequestGroup lists them', async () => {
    const r = await t.run<any>(`{ prescription(id: "9BD1F0-A83008-D1BF3X") { id lineItems { medication } prescriber { odsCode } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.prescription.lineItems.length).toBeGreaterThan(1);
    expect(r.data.prescription.prescriber.odsCode).toMatch(/^A(83008|99968)$/);
  });

  it('is an empty list for a patient with no prescriptions', async () => {
    const eps = epsState(t.sandbox);
    const none = t.sandbox.population.patients.find((p) => !p.restricted && eps.byPatient(p.nhsNumber).length === 0)!;
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: none.nhsNumber });
    expect(r.data.patient.prescriptions).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('an answer that is not a searchset Bundle is UPSTREAM_ERROR, never an empty list', async () => {
    t.sandbox.setFault('eps-tracker', { kind: 'malformed', body: 'wrong-resource' });
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: '9000000009' });
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', prescriptions: null });
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
  });

  it('a search answered with another patient’s prescriptions is UPSTREAM_ERROR', async () => {
    const { nhsNumber, list } = patientWith((l) => l.length >= 1);
    const other = patientWith((l) => l.length >= 1 && l[0]!.patient.nhsNumber !== nhsNumber).list[0]!;
    list.unshift(other);
    try {
      const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: nhsNumber });
      expect(r.data.patient.prescriptions).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reason: 'WRONG_ANSWER', upstream: { api: 'eps-tracker' } });
      expect(JSON.stringify(r.errors)).not.toContain(other.patient.nhsNumber);
    } finally {
      list.shift();
    }
  });

  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'], // the caller's exchanged token, refused again after one refresh
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [408, 'UPSTREAM_TIMEOUT'],
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('a tracker %i nulls prescriptions with %s and keeps the patient', async (status, code) => {
    t.sandbox.setFault('eps-tracker', { kind: 'status', status });
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: '9000000009' });
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', prescriptions: null });
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'eps-tracker', status, requestId: expect.stringMatching(UUID) });
  });

  it('a tracker that does not answer is UPSTREAM_TIMEOUT within the configured timeout', async () => {
    t.sandbox.setFault('eps-tracker', { kind: 'hang' });
    const r = await t.run<any>(PATIENT_PRESCRIPTIONS, { n: '9000000009' });
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
    // A hang is never answered: the answer came from the client's timeout on its one call, not from the tracker.
    expect(t.calls()['eps-tracker']).toBe(1);
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', prescriptions: null });
  });
});

describe('prescription(id)', () => {
  const DETAIL = `query($id: PrescriptionId!) { prescription(id: $id) { id status statusCoding { code display } prescriptionType { code }
    prescriber { odsCode name } dispenser { odsCode name } nominatedPharmacy { odsCode name }
    lineItems { id medication quantity unit dosage status { code display } dispenses { quantity dispenserOdsCode } }
    statusHistory { title at status organisationOdsCode organisation { name } } resource } }`;

  it('reads the clinical view example 689CD8-A83008-EBBE3S with its organisations in one tracker and one ODS call', async () => {
    const r = await t.run<any>(DETAIL, { id: '689CD8-A83008-EBBE3S' });
    expect(r.errors).toBeUndefined();
    expect(r.data.prescription).toMatchObject({
      id: '689CD8-A83008-EBBE3S',
      status: 'DISPENSED',
      statusCoding: { code: '0006', display: 'Dispensed' },
      prescriptionType: { code: '1001' },
      prescriber: { odsCode: 'A99968', name: 'TEST GP PRACTICE A99968' },
      dispenser: { odsCode: 'FA565', name: 'TEST PHARMACY FA565' },
      nominatedPharmacy: { odsCode: 'X25' },
      lineItems: [
        { id: 'BB61EF23-705E-4A59-BCD7-D04DAD742237', quantity: 1, status: { code: '0001' }, dispenses: [{ quantity: 1, dispenserOdsCode: 'FA565' }] },
      ],
    });
    expect(r.data.prescription.statusHistory.map((h: any) => [h.status, h.organisationOdsCode, h.organisation.name])).toEqual([
      ['TO_BE_DISPENSED', 'A99968', 'TEST GP PRACTICE A99968'],
      ['WITH_DISPENSER', 'VNFKT', 'THE SIMPLE PHARMACY'],
      ['DISPENSED', 'FA565', 'TEST PHARMACY FA565'],
    ]);
    expect(r.data.prescription.resource.resourceType).toBe('RequestGroup');
    // The tracker read, the PDS read that checks the patient it names is not restricted, one ODS search.
    expect(t.calls()).toEqual({ 'eps-tracker': 1, pds: 1, ods: 1 });
  });

  it('accepts a lower-case id and reads it once', async () => {
    const r = await t.run<any>(`{ a: prescription(id: "689cd8-a83008-ebbe3s") { id } b: prescription(id: "689CD8-A83008-EBBE3S") { status } }`);
    expect(r.data).toEqual({ a: { id: '689CD8-A83008-EBBE3S' }, b: { status: 'DISPENSED' } });
    expect(t.calls()).toEqual({ 'eps-tracker': 1, pds: 1 });
  });

  it('percent-encodes a + check character in the path', async () => {
    const record = [...epsState(t.sandbox).prescriptions.values()].find((p) => p.id.endsWith('+'))!;
    const r = await t.run<any>(DETAIL, { id: record.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.prescription.id).toBe(record.id);
    const [sent] = t.sandbox.receivedRequests('eps-tracker');
    expect(sent!.path).toBe(`/clinical-prescription-tracker/RequestGroup/${record.id.slice(0, -1)}%2B`);
  });

  it('sends the issue number of a repeat-dispensing prescription', async () => {
    const record = [...epsState(t.sandbox).prescriptions.values()].find((p) => p.courseOfTherapy === 'continuous-repeat-dispensing')!;
    const r = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id, issueNumber: 1) { id repeatsIssued repeatsAllowed intent } }`, {
      id: record.id,
    });
    expect(r.data.prescription).toEqual({ id: record.id, repeatsIssued: 1, repeatsAllowed: record.repeatsAllowed, intent: 'REFLEX_ORDER' });
  });

  it('a clinical view of another prescription than the one asked is UPSTREAM_ERROR, not that prescription', async () => {
    const eps = epsState(t.sandbox);
    const [asked, other] = [...eps.prescriptions.values()].filter((p) => p.status === '0006' && !restrictedPatients().has(p.patient.nhsNumber));
    eps.prescriptions.set(asked!.id, other!);
    try {
      const r = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id) { id } }`, { id: asked!.id });
      expect(r.data.prescription).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reason: 'WRONG_ANSWER', upstream: { api: 'eps-tracker' } });
      expect(t.calls()).toEqual({ 'eps-tracker': 1 });
    } finally {
      eps.prescriptions.set(asked!.id, asked!);
    }
  });

  it('an issue of a repeat-dispensing prescription the tracker does not hold is NOT_FOUND', async () => {
    const record = [...epsState(t.sandbox).prescriptions.values()].find(
      (p) => p.courseOfTherapy === 'continuous-repeat-dispensing' && !restrictedPatients().has(p.patient.nhsNumber),
    )!;
    const r = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id, issueNumber: 2) { id issueNumber } }`, { id: record.id });
    expect(r.data.prescription).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { api: 'eps-tracker', status: 404 } });
    expect(t.sandbox.receivedRequests('eps-tracker')[0]!.search).toBe('?issueNumber=2');
  });

  it('a clinical view of another issue than the one asked is UPSTREAM_ERROR', async () => {
    // The tracker's eRD example shows issue 1 of 592847-A83008-F3BD6I; issue 3 was asked.
    t.sandbox.setFault('eps-tracker', {
      kind: 'answer',
      status: 200,
      body: loadFixture('eps-tracker/specification/examples/clinicalView/200_ErdWithSingleItem_Dispensed.json'),
    });
    const r = await t.run<any>(`{ prescription(id: "592847-A83008-F3BD6I", issueNumber: 3) { id issueNumber } }`);
    expect(r.data.prescription).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reason: 'WRONG_ANSWER' });
    t.sandbox.setFault('eps-tracker', undefined);
    const right = await t.run<any>(`{ prescription(id: "592847-A83008-F3BD6I", issueNumber: 1) { id issueNumber } }`);
    expect(right.data.prescription).toEqual({ id: '592847-A83008-F3BD6I', issueNumber: 1 });
  });

  it('is null with NOT_FOUND for a valid id the tracker does not know, after one call', async () => {
    const r = await t.run<any>(`{ prescription(id: "B57FE1-A83008-196009") { id } }`);
    expect(r.data.prescription).toBeNull();
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { api: 'eps-tracker', status: 404, issueCode: 'NOT_FOUND' } });
    expect(t.calls()).toEqual({ 'eps-tracker': 1 });
  });

  it("sends the signed-in worker's CIS2 session headers, the bearer token, a fresh X-Request-ID and the caller correlation id", async () => {
    // The default test principal is the CIS2 test clinician: role profile 555000000100, organisation id 555000000Y12345
    // (person_orgid of the selected role), job role S8000:G8000:R8000 (its role_code, in full).
    await t.run(`{ prescription(id: "689CD8-A83008-EBBE3S") { id } }`, undefined, { headers: { 'x-correlation-id': 'eps-1' } });
    const [sent] = t.sandbox.receivedRequests('eps-tracker');
    expect(sent!.headers).toMatchObject({
      'nhsd-session-urid': '555000000100',
      'nhsd-organization-uuid': '555000000Y12345',
      'nhsd-session-jobrole': 'S8000:G8000:R8000',
      'x-correlation-id': 'eps-1',
      accept: 'application/fhir+json',
    });
    expect(sent!.headers['x-request-id']).toMatch(UUID);
    expect(sent!.headers.authorization).toMatch(/^Bearer \S+$/);
  });
});

describe('prescription ids are checked before any call', () => {
  it.each([
    ['a wrong check character', 'B57FE1-A83008-196008'],
    ['the EPS sandbox id that fails its checksum', 'ABC5F7-ZA0448-77E88X'],
    ['a short id', 'B57FE1-A83008-19600'],
    ['no hyphens', 'B57FE1A83008196009'],
    ['a non-hex first part', 'Z57FE1-A83008-196009'],
    ['a space for the + check character', 'B57FE1-A83008-19600 '],
    ['an empty string', ''],
    ['an NHS number', '9000000009'],
  ])('refuses %s with INVALID_PRESCRIPTION_ID', async (_, id) => {
    for (const r of [
      await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id) { id } }`, { id }),
      await t.run<any>(`{ prescription(id: ${JSON.stringify(id)}) { id } }`),
    ]) {
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PRESCRIPTION_ID' });
      expect(r.errors![0]!.message).not.toContain(id || '\u0000');
    }
    expect(t.calls()).toEqual({});
  });
});

describe('a restricted patient', () => {
  /** A restricted patient the tracker holds prescriptions for, naming their practice and pharmacies. */
  function restrictedWithPrescriptions(): { nhsNumber: string; list: SandboxPrescription[] } {
    const eps = epsState(t.sandbox);
    const patient = t.sandbox.population.patients.find((p) => p.restricted && eps.byPatient(p.nhsNumber).some((rx) => rx.dispenserOds))!;
    return { nhsNumber: patient.nhsNumber, list: eps.byPatient(patient.nhsNumber) };
  }

  it('has no prescriptions shown: NOT_FOUND before any tracker call, since each names their prescriber and pharmacy', async () => {
    const { nhsNumber, list } = restrictedWithPrescriptions();
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { restricted prescriptions { nodes { id dispenser { odsCode } resource } } } }`,
      { n: nhsNumber },
    );
    expect(r.data.patient).toEqual({ restricted: true, prescriptions: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()).toEqual({ pds: 1 });
    const answer = JSON.stringify(r);
    for (const rx of list) expect(answer).not.toContain(rx.id);
  });

  it('read by prescription id, is NOT_FOUND once the tracker names them, and no pharmacy or practice is returned', async () => {
    const { list } = restrictedWithPrescriptions();
    const rx = list.find((p) => p.dispenserOds)!;
    const r = await t.run<any>(`query($id: PrescriptionId!) { prescription(id: $id) { id prescriber { odsCode } dispenser { odsCode } resource } }`, {
      id: rx.id,
    });
    expect(r.data.prescription).toBeNull();
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()).toEqual({ 'eps-tracker': 1, pds: 1 });
    const answer = JSON.stringify(r);
    expect(answer).not.toContain(rx.dispenserOds!);
    expect(answer).not.toContain(rx.patient.nhsNumber);
  });
});
