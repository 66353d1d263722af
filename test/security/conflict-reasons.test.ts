import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, low item: CONFLICT and VERSION_CONFLICT always carry a `reason` (read again, or it cannot change), and
 * amending a cancelled appointment is a CONFLICT decided before any write is sent, not the caller's BAD_USER_INPUT.
 */
let t: TestGraph;
let practices: { odsCode: string; nhsNumber: string }[];
beforeAll(async () => {
  t = await startTestGraph();
  const world = new GpcWorld(t.sandbox.population);
  practices = [...world.practices.keys()]
    .filter((ods) => /^P8/.test(ods) && !practiceSwitchedOff(ods, 'appointments') && !withoutGpConnect(ods))
    .map((odsCode) => ({
      odsCode,
      nhsNumber: world.patientsAt(odsCode).find((p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal')?.nhsNumber ?? '',
    }))
    .filter((p) => p.nhsNumber);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const APPOINTMENT = 'id version status description';
const today = () => ukDate(new Date());

async function booked(index: number): Promise<{ id: string; version: string }> {
  const { odsCode, nhsNumber } = practices[index]!;
  const slots = await t.run<any>(`query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { freeSlots(from: $f, to: $t) { id } } }`, {
    o: odsCode,
    f: addDays(today(), 1),
    t: addDays(today(), 7),
  });
  const r = await t.run<any>(`mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { appointment { ${APPOINTMENT} } } }`, {
    i: { nhsNumber, slotIds: [slots.data.organisation.freeSlots[0].id], description: 'Review' },
  });
  expect(r.errors).toBeUndefined();
  return r.data.bookAppointment.appointment;
}
const amend = (id: string, v: string, d: string) =>
  t.run<any>(
    `mutation($id: ID!, $v: String!, $d: String!) { amendAppointment(id: $id, version: $v, changes: ` +
      `{ description: $d }) { appointment { ${APPOINTMENT} } userErrors { code message field } } }`,
    { id, v, d },
  );
const cancel = (id: string, v: string) =>
  t.run<any>(
    `mutation($id: ID!, $v: String!) { cancelAppointment(id: $id, version: $v, reason: "Feeling ` +
      `better") { appointment { ${APPOINTMENT} } userErrors { code message field } } }`,
    { id, v },
  );

describe('appointment conflicts', () => {
  it('amending a cancelled appointment is user error APPOINTMENT_CANCELLED, and no write is sent', async () => {
    const appointment = await booked(10);
    const cancelled = await cancel(appointment.id, appointment.version);
    expect(cancelled.errors).toBeUndefined();
    t.resetCalls();
    const r = await amend(appointment.id, cancelled.data.cancelAppointment.appointment.version, 'Changed my mind');
    expect(r.errors).toBeUndefined();
    expect(r.data.amendAppointment).toEqual({ appointment: null, userErrors: [{ code: 'APPOINTMENT_CANCELLED', message: expect.any(String), field: null }] });
    expect(t.sandbox.receivedRequests('gpc-appointments').map((q) => q.method)).toEqual(['GET']);
  });

  it('cancelling it again is user error APPOINTMENT_NOT_CHANGEABLE; a stale version is user error STALE_VERSION', async () => {
    const appointment = await booked(11);
    expect((await amend(appointment.id, appointment.version, 'First')).data.amendAppointment.userErrors).toEqual([]);
    const stale = await amend(appointment.id, appointment.version, 'Lost');
    expect(stale.data.amendAppointment.userErrors.map((e: { code: string }) => e.code)).toEqual(['STALE_VERSION']);
    const done = await cancel(appointment.id, '2');
    expect(done.data.cancelAppointment.userErrors).toEqual([]);
    const again = await cancel(appointment.id, done.data.cancelAppointment.appointment.version);
    expect(again.data.cancelAppointment.userErrors.map((e: { code: string }) => e.code)).toEqual(['APPOINTMENT_NOT_CHANGEABLE']);
  });
});

describe('conflicts from any API', () => {
  it.each([
    [409, 'CONFLICT'],
    [412, 'VERSION_CONFLICT'],
  ])('an e-RS %i is %s with a reason', async (status, code) => {
    t.sandbox.setFault('ers', { kind: 'status', status });
    try {
      const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`);
      expect(codes(r)).toEqual([code]);
      expect(r.errors![0]!.extensions!.reason).toMatch(/^[A-Z_]+$/);
    } finally {
      t.sandbox.setFault('ers', undefined);
    }
  });
});
