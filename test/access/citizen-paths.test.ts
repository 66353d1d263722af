import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CITIZEN_SOURCES, defaultAccessPolicy } from '../../src/access/policy.js';
import { seedErsRecords } from '../../sandbox/src/routers/ers/records.js';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { codes, startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';

/**
 * Issue 5: "a citizen cannot read another patient by any path in the graph (direct, via search, via a referral or
 * appointment that points to another patient)". Every root field and every non-patient entry that leads to a Patient,
 * asked by a P9 citizen with another patient's key, is refused before any upstream call, and the answer carries nothing
 * of the other patient: not their NHS number, not their name. Twice: under the default policy (e-RS, BaRS and EPS are
 * not offered to patients at all) and under a policy that offers every source to citizens, where the ownership rule
 * alone must hold.
 */
let t: TestGraph;
let open: TestGraph;
let OWN: string;
let CITIZEN: { citizen: string; level: 'P9' };
let ownAppointmentId: string;
let other: { nhsNumber: string; family: string };
let otherAppointmentId: string;
let otherUbrn: string;
const FROM = ukDate(new Date());
const TO = addDays(FROM, 14);
const TARGET = '{ system: "https://fhir.nhs.uk/Id/dos-service-id", value: "2000072489" }';
const BARS_ID = 'c3f6145e-1a26-4345-b3f2-dccbcba62049';
const PRESCRIPTION = '9BD1F0-A83008-D1BF3X';

beforeAll(async () => {
  [t, open] = await Promise.all([
    startTestGraph(),
    startTestGraph({
      access: { ...defaultAccessPolicy(), citizenSources: [...DEFAULT_CITIZEN_SOURCES, 'ers', 'bars', 'eps-tracker', 'eps-prescribing', 'eps-dispensing'] },
    }),
  ]);
  // Two patients with appointments at one practice, found as a clinician would: the citizen, and the other patient.
  for (const practice of [...new Set(t.sandbox.population.patients.filter((p) => !p.restricted).map((p) => p.gpOdsCode))].slice(0, 10)) {
    const found = await t.run<any>(
      `query($o: OdsCode!, $f: Date!, $to: Date!) { organisation(odsCode: $o) { appointments(from: ` +
        `$f, to: $to) { id status patient { nhsNumber name { family } } } } }`,
      { o: practice, f: FROM, to: TO },
    );
    const list = ((found.data?.organisation?.appointments ?? []) as any[]).filter((a) => a.patient);
    const mine = list[0];
    const theirs = list.find((a) => a.patient.nhsNumber !== mine?.patient.nhsNumber);
    if (!mine || !theirs) continue;
    OWN = mine.patient.nhsNumber;
    ownAppointmentId = mine.id;
    otherAppointmentId = theirs.id;
    other = { nhsNumber: theirs.patient.nhsNumber, family: theirs.patient.name.family };
    break;
  }
  if (!OWN) throw new Error('no practice with two patients’ appointments in the window');
  CITIZEN = { citizen: OWN, level: 'P9' };
  const referral = [...seedErsRecords(t.sandbox.population).referrals.values()].find((r) => r.nhsNumber !== OWN);
  if (!referral) throw new Error('no seeded referral');
  otherUbrn = referral.ubrn;
});
afterAll(async () => {
  await Promise.all([t.close(), open.close()]);
});
beforeEach(() => {
  t.resetCalls();
  open.resetCalls();
});

const reasons = (r: GraphQLResult) => (r.errors ?? []).map((e) => e.extensions?.reason);

/** Every path from a root (or a non-patient object) to a patient, keyed by a name, with another patient's key. */
const PATHS = [
  'patient(nhsNumber) of another',
  'patients(search)',
  'appointment(id) of another',
  'Organisation.appointments',
  'referral(ubrn) of another',
  'prescription(id)',
  'barsServiceRequest(id)',
  'barsAppointment(id)',
  'barsServiceRequests(nhsNumber) of another',
  'cancelAppointment(id) of another',
  'amendAppointment(id) of another',
  'bookAppointment for another',
  'updatePatient of another',
];

function path(name: string): [string, Record<string, unknown>] {
  const n = other.nhsNumber;
  const all: [string, string, Record<string, unknown>][] = [
    ['patient(nhsNumber) of another', `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber name { family } } }`, { n }],
    [
      'patients(search)',
      `{ patients(search: { family: "${other.family}", gender: female, birthDate: "2010-10-22" }) { matches { patient { nhsNumber } } } }`,
      {},
    ],
    ['appointment(id) of another', `query($id: ID!) { appointment(id: $id) { id patient { nhsNumber name { family } } } }`, { id: otherAppointmentId }],
    [
      'Organisation.appointments',
      `query($f: Date!, $to: Date!) { organisation(odsCode: "Y12345") { appointments(from: $f, to: $to) { patient { nhsNumber name { family } } } } }`,
      { f: FROM, to: TO },
    ],
    ['referral(ubrn) of another', `query($u: Ubrn!) { referral(ubrn: $u) { patientNhsNumber } }`, { u: otherUbrn }],
    ['prescription(id)', `query($id: PrescriptionId!) { prescription(id: $id) { id } }`, { id: PRESCRIPTION }],
    ['barsServiceRequest(id)', `query($id: ID!) { barsServiceRequest(target: ${TARGET}, id: $id) { id } }`, { id: BARS_ID }],
    ['barsAppointment(id)', `query($id: ID!) { barsAppointment(target: ${TARGET}, id: $id) { id } }`, { id: BARS_ID }],
    ['barsServiceRequests(nhsNumber) of another', `query($n: NhsNumber!) { barsServiceRequests(target: ${TARGET}, nhsNumber: $n) { id } }`, { n }],
    [
      'cancelAppointment(id) of another',
      `mutation($id: ID!) { cancelAppointment(id: $id, version: "1", reason: "Not mine") { appointment { id } } }`,
      { id: otherAppointmentId },
    ],
    [
      'amendAppointment(id) of another',
      `mutation($id: ID!) { amendAppointment(id: $id, version: "1", changes: { comment: "x" }) { appointment { id } } }`,
      { id: otherAppointmentId },
    ],
    [
      'bookAppointment for another',
      `mutation($n: NhsNumber!) { bookAppointment(input: { nhsNumber: $n, slotIds: ["x"], description: "x" }) { appointment { id } } }`,
      { n },
    ],
    [
      'updatePatient of another',
      `mutation($n: NhsNumber!) { updatePatient(nhsNumber: $n, version: 1, changes: { gender: female }) { patient { nhsNumber } } }`,
      { n },
    ],
  ];
  expect(all.map(([key]) => key)).toEqual(PATHS);
  const [, query, variables] = all.find(([key]) => key === name)!;
  return [query, variables];
}

/** The answer is the field refused and nothing else: null data, one FORBIDDEN, no trace of the other patient. */
function expectRefusedWithoutLeak(r: GraphQLResult, allowedReasons: string[]): void {
  expect(Object.values(r.data ?? {}).every((v) => v === null || (typeof v === 'object' && Object.values(v as object).some((x) => x === null)))).toBe(true);
  expect(codes(r)).toEqual(['FORBIDDEN']);
  expect(allowedReasons).toContain(reasons(r)[0]);
  const text = JSON.stringify({ data: r.data, errors: r.errors });
  expect(text).not.toContain(other.nhsNumber);
  expect(text).not.toContain(other.family);
}

describe('a P9 citizen and another patient, by every path (default policy)', () => {
  it('has the fixtures it needs: another patient with an appointment at the citizen’s practice', () => {
    expect(other.nhsNumber).not.toBe(OWN);
    expect(otherAppointmentId).not.toBe(ownAppointmentId);
  });

  it.each(PATHS)('%s: FORBIDDEN before any upstream call (beyond ODS for the practice)', async (name) => {
    const [query, variables] = path(name);
    const r = await t.run(query, variables, { principal: CITIZEN });
    expectRefusedWithoutLeak(r, ['NOT_OWN_RECORD', 'NOT_FOR_CITIZENS']);
    const calls = t.calls();
    delete calls.ods;
    expect(calls).toEqual({});
  });

  it('e-RS, BaRS and EPS are not offered to patients at all: even their own referral by UBRN is NOT_FOR_CITIZENS, no call', async () => {
    const r = await t.run(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { principal: CITIZEN });
    expect(reasons(r)).toEqual(['NOT_FOR_CITIZENS']);
    expect(t.calls()).toEqual({});
  });

  it('their own appointments lead only to themselves; a cancel or amend by id is refused before any call (no NHS number pins it)', async () => {
    const r = await t.run<any>(
      `query($f: Date!, $to: Date!) { me { patient { appointments(from: $f, to: $to) { id patient { nhsNumber } } } } }`,
      { f: FROM, to: TO },
      { principal: CITIZEN },
    );
    expect(r.errors).toBeUndefined();
    const own = r.data.me.patient.appointments as { id: string; patient: { nhsNumber: string } }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((a) => a.patient.nhsNumber === OWN)).toBe(true);
    t.resetCalls();
    const cancel = await t.run(
      `mutation($id: ID!) { cancelAppointment(id: $id, version: "1", reason: "x") { appointment { id } } }`,
      { id: ownAppointmentId },
      { principal: CITIZEN },
    );
    expect(reasons(cancel)).toEqual(['NOT_OWN_RECORD']);
    expect(t.calls()).toEqual({});
  });
});

describe('a P9 citizen and another patient, by every path, when every source is offered to citizens', () => {
  it.each(PATHS)('%s: FORBIDDEN NOT_OWN_RECORD before any upstream call (beyond ODS for the practice)', async (name) => {
    const [query, variables] = path(name);
    const r = await open.run(query, variables, { principal: CITIZEN });
    expectRefusedWithoutLeak(r, ['NOT_OWN_RECORD']);
    const calls = open.calls();
    delete calls.ods;
    expect(calls).toEqual({});
  });

  it('the audit trail records each refusal that names the other patient, under their NHS number and outcome denied', async () => {
    await open.run(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }`, { n: other.nhsNumber }, { principal: CITIZEN });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const records = await open.auditRecords();
    expect(records.some((rec) => JSON.stringify(rec).includes(other.nhsNumber) && JSON.stringify(rec).includes('denied'))).toBe(true);
  });
});
