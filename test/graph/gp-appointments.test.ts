import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { encodeSlotKey, decodeSlotKey } from '../../src/sources/gp-connect/slot-key.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';

let t: TestGraph;
let world: GpcWorld;
/** Practices that book, each test its own, so one test's bookings never take another's slots. */
let practices: { odsCode: string; patients: string[] }[];
beforeAll(async () => {
  t = await startTestGraph();
  world = new GpcWorld(t.sandbox.population);
  practices = [...world.practices.keys()]
    .filter((ods) => /^P8/.test(ods) && !practiceSwitchedOff(ods, 'appointments') && !withoutGpConnect(ods))
    .map((odsCode) => ({
      odsCode,
      patients: world
        .patientsAt(odsCode)
        .filter((p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal')
        .map((p) => p.nhsNumber),
    }));
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const today = () => ukDate(new Date());
const SLOT = 'id slotId start end deliveryChannel serviceType practiceOdsCode practitioner { name } location { name }';
const APPOINTMENT = 'id version status start end description comment cancellationReason slotIds nhsNumber practiceOdsCode bookingOrganisation { odsCode }';

async function freeSlots(odsCode: string, from = addDays(today(), 1), to = addDays(today(), 7)): Promise<any[]> {
  const r = await t.run<any>(`query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { freeSlots(from: $f, to: $t) { ${SLOT} } } }`, {
    o: odsCode,
    f: from,
    t: to,
  });
  expect(r.errors).toBeUndefined();
  return r.data.organisation.freeSlots;
}

const USER_ERRORS = 'userErrors { code message field }';

async function book(nhsNumber: string, slotIds: string[], description = 'Review of blood pressure', comment?: string) {
  return t.run<any>(`mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { appointment { ${APPOINTMENT} } ${USER_ERRORS} } }`, {
    i: { nhsNumber, slotIds, description, comment },
  });
}

/** The typed user errors of a mutation's payload (a refusal the caller can act on comes as data, not as an error). */
function userErrors(r: { data?: any; errors?: unknown }, mutation: string): { code: string; message: string; field: string[] | null }[] {
  expect(r.errors).toBeUndefined();
  return r.data[mutation].userErrors;
}

async function patientAppointments(nhsNumber: string): Promise<any[]> {
  const r = await t.run<any>(`query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) { appointments(from: $f, to: $t) { ${APPOINTMENT} } } }`, {
    n: nhsNumber,
    f: today(),
    t: addDays(today(), 14),
  });
  expect(r.errors).toBeUndefined();
  return r.data.patient.appointments;
}

describe('Organisation.freeSlots', () => {
  it('lists free slots in the window, with practitioner and location, in one GP Connect call', async () => {
    const { odsCode } = practices[0]!;
    const from = addDays(today(), 1);
    const to = addDays(today(), 7);
    const slots = await freeSlots(odsCode, from, to);
    expect(slots.length).toBeGreaterThan(20);
    for (const s of slots) {
      expect(s.practiceOdsCode).toBe(odsCode);
      expect(s.start.slice(0, 10) >= from && s.end.slice(0, 10) <= to).toBe(true);
      expect(s.start).toMatch(/\+0[01]:00$/);
      expect(s.practitioner.name).toBeTruthy();
      expect(s.location.name).toBeTruthy();
    }
    // SDS: the practice's appointments endpoint and accredited system (its service root and ASID).
    expect(t.calls()).toEqual({ ods: 1, sds: 2, 'gpc-appointments': 1 });
  });

  it('refuses a window over 14 days with BAD_USER_INPUT and makes no call', async () => {
    const r = await t.run<any>(`query($f: Date!, $t: Date!) { organisation(odsCode: "P80001") { name freeSlots(from: $f, to: $t) { id } } }`, {
      f: today(),
      t: addDays(today(), 15),
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('SLOT_WINDOW_TOO_WIDE');
    expect(r.data.organisation.name).toBeTruthy();
    expect(t.calls()['gpc-appointments']).toBeUndefined();
  });

  it('refuses an inverted window with BAD_USER_INPUT and makes no call', async () => {
    const r = await t.run<any>(`query($f: Date!, $t: Date!) { organisation(odsCode: "P80001") { freeSlots(from: $f, to: $t) { id } } }`, {
      f: addDays(today(), 3),
      t: today(),
    });
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_DATE_RANGE');
    expect(t.calls()['gpc-appointments']).toBeUndefined();
  });

  it('asks once for the same practice and window however often the query names it', async () => {
    const r = await t.run<any>(
      `query($f: Date!, $t: Date!) { organisation(odsCode: "P80002") { a: freeSlots(from: $f, to: ` +
        `$t) { id } b: freeSlots(from: $f, to: $t, deliveryChannel: TELEPHONE) { id deliveryChannel } } }`,
      {
        f: addDays(today(), 1),
        t: addDays(today(), 5),
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.b.length).toBeGreaterThan(0);
    expect(r.data.organisation.b.every((s: any) => s.deliveryChannel === 'TELEPHONE')).toBe(true);
    expect(t.calls()['gpc-appointments']).toBe(1);
  });
});

describe('bookAppointment', () => {
  it('books a free slot: the appointment is the patient’s, and the slot is no longer free', async () => {
    const { odsCode, patients } = practices[1]!;
    const [slot] = await freeSlots(odsCode);
    t.resetCalls();
    const r = await book(patients[0]!, [slot.id], 'Asthma review', 'Bring inhaler');
    expect(r.errors).toBeUndefined();
    expect(r.data.bookAppointment.appointment).toMatchObject({
      version: '1',
      status: 'BOOKED',
      start: slot.start,
      end: slot.end,
      description: 'Asthma review',
      comment: 'Bring inhaler',
      slotIds: [slot.slotId],
      nhsNumber: patients[0],
      practiceOdsCode: odsCode,
      bookingOrganisation: { odsCode: 'A11111' },
    });
    // The slots' practice is looked up in SDS again: SDS answers are never kept from one request to the next.
    // Find Patient (the GP system's logical id, route A), then the booking naming the patient by it.
    expect(t.calls()).toEqual({ sds: 2, 'gpc-appointments': 2 });
    expect((await freeSlots(odsCode)).map((s) => s.id)).not.toContain(slot.id);
    expect((await patientAppointments(patients[0]!)).map((a) => a.id)).toContain(r.data.bookAppointment.appointment.id);
  });

  it('books adjacent slots of one schedule as one appointment spanning them', async () => {
    const { odsCode, patients } = practices[2]!;
    const slots = await freeSlots(odsCode);
    // The stand-in names its slots `{practice}-{day}-{schedule}-{time}` (the GP system's slot id): one schedule, next in time.
    const scheduleOf = (s: { slotId: string }) => s.slotId.split('-').slice(0, 3).join('-');
    const pair = slots.map((s) => [s, slots.find((n) => n.start === s.end && scheduleOf(n) === scheduleOf(s))]).find(([, n]) => n)!;
    expect(pair).toBeDefined();
    const r = await book(patients[0]!, [pair[1].id, pair[0].id]);
    expect(r.errors).toBeUndefined();
    expect(r.data.bookAppointment.appointment).toMatchObject({ start: pair[0].start, end: pair[1].end, slotIds: [pair[0].slotId, pair[1].slotId] });
  });

  it('a slot taken since it was listed is CONFLICT (DUPLICATE_REJECTED), and nothing is booked twice', async () => {
    const { odsCode, patients } = practices[3]!;
    const [slot] = await freeSlots(odsCode);
    // The seeded population may already hold appointments for the second patient: what matters is that none is added.
    const before = await patientAppointments(patients[1]!);
    expect(userErrors(await book(patients[0]!, [slot.id]), 'bookAppointment')).toEqual([]);
    const second = await book(patients[1]!, [slot.id]);
    expect(second.data.bookAppointment.appointment).toBeNull();
    expect(userErrors(second, 'bookAppointment')).toEqual([{ code: 'CONFLICT', message: expect.stringContaining('DUPLICATE_REJECTED'), field: null }]);
    expect(await patientAppointments(patients[1]!)).toEqual(before);
  });

  it('of two concurrent bookings of one slot exactly one succeeds', async () => {
    const { odsCode, patients } = practices[4]!;
    const [slot] = await freeSlots(odsCode);
    const results = await Promise.all([book(patients[0]!, [slot.id]), book(patients[1]!, [slot.id])]);
    expect(results.map((r) => userErrors(r, 'bookAppointment')[0]?.code ?? 'BOOKED').sort()).toEqual(['BOOKED', 'CONFLICT']);
    const booked = [...(await patientAppointments(patients[0]!)), ...(await patientAppointments(patients[1]!))].filter((a) => a.slotIds.includes(slot.slotId));
    expect(booked).toHaveLength(1);
  });

  it('refuses over-long text, a slot id it did not issue and slots that are not adjacent before any call', async () => {
    const { odsCode, patients } = practices[5]!;
    const slots = await freeSlots(odsCode);
    t.resetCalls();
    const long = await book(patients[0]!, [slots[0].id], 'x'.repeat(101));
    expect(userErrors(long, 'bookAppointment')).toEqual([{ code: 'INVALID_DESCRIPTION', message: expect.any(String), field: ['input', 'description'] }]);
    const forged = await book(patients[0]!, ['not-a-slot']);
    expect(userErrors(forged, 'bookAppointment')).toEqual([{ code: 'INVALID_SLOT_ID', message: expect.any(String), field: ['input', 'slotIds'] }]);
    const apart = await book(patients[0]!, [slots[0].id, slots[5].id]);
    expect(userErrors(apart, 'bookAppointment')).toEqual([{ code: 'SLOTS_NOT_ADJACENT', message: expect.any(String), field: ['input', 'slotIds'] }]);
    expect(t.calls()['gpc-appointments']).toBeUndefined();
  });

  it('a slot the practice does not have is user error INVALID_INPUT naming REFERENCE_NOT_FOUND from GP Connect', async () => {
    const { odsCode, patients } = practices[5]!;
    const [slot] = await freeSlots(odsCode);
    const key = decodeSlotKey(slot.id);
    const r = await book(patients[0]!, [encodeSlotKey({ ...key, slotId: `${key.slotId}-gone` })]);
    expect(userErrors(r, 'bookAppointment')).toEqual([{ code: 'INVALID_INPUT', message: expect.stringContaining('REFERENCE_NOT_FOUND'), field: null }]);
  });

  it('booking for a restricted patient is NOT_FOUND, as GP Connect answers for a sensitive patient', async () => {
    const restricted = t.sandbox.population.patients.find((p) => p.restricted && !withoutGpConnect(p.gpOdsCode))!;
    const [slot] = await freeSlots(restricted.gpOdsCode);
    const r = await book(restricted.nhsNumber, [slot.id]);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ issueCode: 'PATIENT_NOT_FOUND' });
  });
});

describe('amendAppointment and cancelAppointment', () => {
  async function booked(index: number) {
    const { odsCode, patients } = practices[index]!;
    const [slot] = await freeSlots(odsCode);
    const r = await book(patients[0]!, [slot.id]);
    expect(r.errors).toBeUndefined();
    return { appointment: r.data.bookAppointment.appointment, slot, odsCode };
  }

  it('amends description and comment under If-Match with the version read', async () => {
    const { appointment } = await booked(6);
    t.resetCalls();
    const r = await t.run<any>(
      `mutation($id: ID!, $v: String!) { amendAppointment(id: $id, version: $v, changes: { description: ` +
        `"Changed", comment: "Now by phone" }) { appointment { ${APPOINTMENT} } } }`,
      { id: appointment.id, v: appointment.version },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.amendAppointment.appointment).toMatchObject({
      id: appointment.id,
      version: '2',
      status: 'BOOKED',
      description: 'Changed',
      comment: 'Now by phone',
    });
    const [read, put] = t.sandbox.receivedRequests('gpc-appointments');
    expect(read!.method).toBe('GET');
    expect(put!.method).toBe('PUT');
    expect(put!.headers['if-match']).toBe('W/"1"');
    expect(put!.headers['ssp-interactionid']).toBe('urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1');
  });

  it('a stale version is user error STALE_VERSION and changes nothing', async () => {
    const { appointment } = await booked(7);
    const amend = (v: string, description: string) =>
      t.run<any>(
        `mutation($id: ID!, $v: String!, $d: String!) { amendAppointment(id: $id, version: $v, changes: ` +
          `{ description: $d }) { appointment { version description } ${USER_ERRORS} } }`,
        { id: appointment.id, v, d: description },
      );
    expect((await amend(appointment.version, 'First change')).data.amendAppointment).toEqual({
      appointment: { version: '2', description: 'First change' },
      userErrors: [],
    });
    const stale = await amend(appointment.version, 'Lost change');
    expect(userErrors(stale, 'amendAppointment')).toEqual([{ code: 'STALE_VERSION', message: expect.any(String), field: ['version'] }]);
    const now = await t.run<any>(`query($id: ID!) { appointment(id: $id) { version description } }`, { id: appointment.id });
    expect(now.data.appointment).toEqual({ version: '2', description: 'First change' });
  });

  it('cancels with a reason under If-Match, which frees the slot; a stale version is user error STALE_VERSION', async () => {
    const { appointment, slot, odsCode } = await booked(8);
    const cancel = (v: string) =>
      t.run<any>(
        `mutation($id: ID!, $v: String!) { cancelAppointment(id: $id, version: $v, reason: "Patient ` +
          `feels better") { appointment { ${APPOINTMENT} } ${USER_ERRORS} } }`,
        { id: appointment.id, v },
      );
    t.resetCalls();
    const r = await cancel(appointment.version);
    expect(r.errors).toBeUndefined();
    expect(r.data.cancelAppointment.appointment).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Patient feels better', version: '2' });
    const put = t.sandbox.receivedRequests('gpc-appointments').find((q) => q.method === 'PUT')!;
    expect(put.headers['if-match']).toBe('W/"1"');
    expect(put.headers['ssp-interactionid']).toBe('urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1');
    expect(userErrors(await cancel(appointment.version), 'cancelAppointment').map((e) => e.code)).toEqual(['STALE_VERSION']);
    const again = await cancel('2');
    expect(userErrors(again, 'cancelAppointment').map((e) => e.code)).toEqual(['APPOINTMENT_NOT_CHANGEABLE']);
    expect((await freeSlots(odsCode)).map((s) => s.id)).toContain(slot.id);
  });

  it(
    'cancelling an appointment that has already started is user error TOO_LATE_TO_CANCEL, decided ' + 'from its read without sending the cancellation',
    async () => {
      const { odsCode } = practices[9]!;
      const r = await t.run<any>(
        `query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { appointments(from: $f, to: $t) { id version status } } }`,
        { o: odsCode, f: addDays(today(), -20), t: addDays(today(), -1) },
      );
      const past = r.data.organisation.appointments.find((a: any) => a.status !== 'CANCELLED');
      t.resetCalls();
      const cancel = await t.run<any>(
        `mutation($id: ID!, $v: String!) { cancelAppointment(id: $id, version: $v, reason: "Too late") { appointment { id } ${USER_ERRORS} } }`,
        { id: past.id, v: past.version },
      );
      expect(userErrors(cancel, 'cancelAppointment')).toEqual([{ code: 'TOO_LATE_TO_CANCEL', message: expect.any(String), field: null }]);
      expect(cancel.data.cancelAppointment.appointment).toBeNull();
      // Route A's provider would refuse it (422 INVALID_RESOURCE; its status table has no 461): the read only, no PUT.
      expect(t.sandbox.receivedRequests('gpc-appointments').map((q) => q.method)).toEqual(['GET']);
    },
  );

  it('an unknown appointment is NOT_FOUND', async () => {
    const r = await t.run<any>(`{ appointment(id: "P80001-999999") { id } }`);
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});

describe('Patient.appointments', () => {
  it('lists the patient’s appointments in two calls (Find Patient, then the search by its id), cancelled ones included', async () => {
    const { odsCode, patients } = practices[10]!;
    const slots = await freeSlots(odsCode);
    const kept = (await book(patients[0]!, [slots[0].id])).data.bookAppointment.appointment;
    const dropped = (await book(patients[0]!, [slots[3].id])).data.bookAppointment.appointment;
    await t.run(`mutation($id: ID!) { cancelAppointment(id: $id, version: "1", reason: "Not needed") { appointment { id } } }`, { id: dropped.id });
    t.resetCalls();
    const list = await patientAppointments(patients[0]!);
    expect(list.map((a) => [a.id, a.status])).toEqual(
      expect.arrayContaining([
        [kept.id, 'BOOKED'],
        [dropped.id, 'CANCELLED'],
      ]),
    );
    expect(t.calls()).toEqual({ pds: 1, sds: 2, 'gpc-appointments': 2 });
    // Route A's search takes the two start bounds only (no _include:recurse): the practice is the one it was addressed to.
    const search = t.sandbox.receivedRequests('gpc-appointments').find((q) => q.path.endsWith('/Appointment'))!;
    expect([...new URLSearchParams(search.search).keys()]).toEqual(['start', 'start']);
    expect(list.every((a) => a.practiceOdsCode === odsCode)).toBe(true);
  });

  it('a window that starts in the past is BAD_USER_INPUT (PAST_WINDOW) on route A, refused before any SDS or GP Connect call', async () => {
    const { patients } = practices[10]!;
    const r = await t.run<any>(`query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) { appointments(from: $f, to: $t) { id } } }`, {
      n: patients[1]!,
      f: addDays(today(), -1),
      t: addDays(today(), 6),
    });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAST_WINDOW' });
    expect(r.data.patient.appointments).toBeNull();
    expect(t.calls().sds).toBeUndefined();
    expect(t.calls()['gpc-appointments']).toBeUndefined();
  });

  it('a window from today on route A is sent as it was asked: start=ge<today>&start=le<to>', async () => {
    const { patients } = practices[10]!;
    await patientAppointments(patients[1]!);
    const search = t.sandbox.receivedRequests('gpc-appointments').find((q) => q.path.endsWith('/Appointment'))!;
    expect(new URLSearchParams(search.search).getAll('start')).toEqual([`ge${today()}`, `le${addDays(today(), 14)}`]);
  });

  it('a citizen (route B, through the platform) may still ask for a window that starts in the past', async () => {
    const { patients } = practices[10]!;
    const r = await t.run<any>(
      `query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) { appointments(from: $f, to: $t) { id } } }`,
      { n: patients[1]!, f: addDays(today(), -21), t: addDays(today(), 6) },
      { principal: { citizen: patients[1]!, level: 'P9' } },
    );
    expect(r.errors).toBeUndefined();
    expect(Array.isArray(r.data.patient.appointments)).toBe(true);
    const search = t.sandbox.receivedRequests('gpc-appointments').find((q) => q.path.endsWith('/Appointment'))!;
    expect(new URLSearchParams(search.search).getAll('start')[0]).toBe(`ge${addDays(today(), -21)}`);
  });

  it('makes no GP Connect call for a restricted patient: NOT_FOUND', async () => {
    const restricted = t.sandbox.population.patients.find((p) => p.restricted)!;
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { appointments(from: "2026-01-01", to: "2026-01-31") { id } } }`, {
      n: restricted.nhsNumber,
    });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()['gpc-appointments']).toBeUndefined();
  });
});
