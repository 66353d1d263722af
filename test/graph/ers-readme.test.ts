import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { readmeOperations } from '../support/readme.js';

/**
 * The README's e-RS referring journey (issue 16), run as written against the real server and the stand-in: find,
 * refer, see slots and actions, book, then read the referral by UBRN and on the patient's worklist.
 */
const operations = readmeOperations(/#### Referring a patient through e-RS[\s\S]*?```graphql\n([\s\S]*?)```/);

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());

describe('README example: referring a patient through e-RS', () => {
  it('Find, Refer, Slots, Book: the new referral is listed for the patient, and once booked leaves AWAITING_BOOKING and reads BOOKED by UBRN', async () => {
    const found = await t.run<any>(operations.get('Find')!);
    expect(found.errors).toBeUndefined();
    expect(found.data.ersServices.map((s: any) => s.id)).toContain('30000');

    const referred = await t.run<any>(operations.get('Refer')!);
    expect(referred.errors).toBeUndefined();
    expect(referred.data.createReferral.userErrors).toEqual([]);
    const { ubrn, version } = referred.data.createReferral.referral;
    expect(version).toBe('1');

    const LISTED = `{ patient(nhsNumber: "9990000603") { referrals(worklist: AWAITING_BOOKING) { ubrn } } }`;
    const waiting = await t.run<any>(LISTED);
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data.patient.referrals.map((r: any) => r.ubrn)).toContain(ubrn);

    const slots = await t.run<any>(operations.get('Slots')!, { ubrn });
    expect(slots.errors).toBeUndefined();
    expect(slots.data.referral.allowedActions.map((a: any) => a.code)).toContain('CREATE_APPOINTMENT');
    const slotId = slots.data.referral.freeSlots[0].id;

    const booked = await t.run<any>(operations.get('Book')!.replace('<a free slot id>', slotId), { ubrn });
    expect(booked.errors).toBeUndefined();
    expect(booked.data.bookReferralAppointment).toEqual({
      referral: { state: { code: 'BOOKED' }, appointment: { slotId, start: slots.data.referral.freeSlots[0].start } },
      userErrors: [],
    });

    const listed = await t.run<any>(LISTED);
    expect(listed.errors).toBeUndefined();
    // Booked, it has left the AWAITING_BOOKING worklist; it is still read by its UBRN.
    expect(listed.data.patient.referrals.map((r: any) => r.ubrn)).not.toContain(ubrn);
    const read = await t.run<any>(`query($u: Ubrn!) { referral(ubrn: $u) { state { code } patientNhsNumber } }`, { u: ubrn });
    expect(read.data.referral).toEqual({ state: { code: 'BOOKED' }, patientNhsNumber: '9990000603' });
  });
});
