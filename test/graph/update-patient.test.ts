import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const UPDATE = /* GraphQL */ `
  mutation Update($nhsNumber: NhsNumber!, $version: Int!, $changes: PatientChangesInput!) {
    updatePatient(nhsNumber: $nhsNumber, version: $version, changes: $changes) {
      nhsNumber version gender telecom { id system value } addresses { id use }
    }
  }
`;
const READ = `query($n: NhsNumber!) { patient(nhsNumber: $n) { version gender telecom { id system value } } }`;

// Synthetic population patients: each test uses its own so the persisted writes do not interfere.
const A = '9990000328';
const B = '9990000336';
const C = '9990000344';

describe('updatePatient', () => {
  it('patches PDS under If-Match and returns the new version in one call', async () => {
    const before = await t.run<{ patient: { version: number; gender: string } }>(READ, { n: A });
    t.resetCalls();
    const r = await t.run<{ updatePatient: { version: number; gender: string } }>(UPDATE, { nhsNumber: A, version: before.data!.patient.version, changes: { gender: 'other' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePatient).toMatchObject({ version: before.data!.patient.version + 1, gender: 'other' });
    expect(t.calls()).toEqual({ pds: 1 });
    const patch = t.sandbox.receivedRequests('pds').find((q) => q.method === 'PATCH')!;
    expect(patch.headers['if-match']).toBe(`W/"${before.data!.patient.version}"`);
    expect(patch.headers['content-type']).toBe('application/json-patch+json');
  });

  it('refuses a stale version with VERSION_CONFLICT and changes nothing (no lost update)', async () => {
    const first = await t.run<{ updatePatient: { version: number } }>(UPDATE, { nhsNumber: B, version: 1, changes: { gender: 'female' } });
    expect(first.data!.updatePatient.version).toBe(2);
    // A second writer who read version 1 tries to write over the first.
    const stale = await t.run(UPDATE, { nhsNumber: B, version: 1, changes: { gender: 'unknown' } });
    expect(stale.data).toBeNull();
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors![0]!.extensions!.upstream).toMatchObject({ api: 'pds', status: 409, issueCode: 'RESOURCE_VERSION_MISMATCH' });
    const now = await t.run<{ patient: { version: number; gender: string } }>(READ, { n: B });
    expect(now.data!.patient).toMatchObject({ version: 2, gender: 'female' });
  });

  it('refuses a missing version before any upstream call', async () => {
    const r = await t.run(UPDATE, { nhsNumber: C, changes: { gender: 'male' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(t.calls()).toEqual({});
  });

  it.each([
    ['a version of 0', { version: 0, changes: { gender: 'male' } }, 'INVALID_VERSION'],
    ['no changes', { version: 1, changes: {} }, 'NO_CHANGES'],
    ['a temp address without its period', { version: 1, changes: { addAddress: [{ use: 'temp', lines: ['1 High St'], text: 'Staying with family' }] } }, 'INVALID_CHANGE'],
  ])('refuses %s before any upstream call', async (_, vars, reason) => {
    const r = await t.run(UPDATE, { nhsNumber: C, ...vars });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe(reason);
    expect(t.calls()).toEqual({});
  });

  it('adds and removes contact points by id, with the test-before-remove PDS requires', async () => {
    const before = await t.run<{ patient: { version: number; telecom: { id: string; system: string }[] } }>(READ, { n: C });
    const phone = before.data!.patient.telecom.find((x) => x.system === 'phone')!;
    t.resetCalls();
    const r = await t.run<{ updatePatient: { telecom: { id: string | null; system: string; value: string }[] } }>(UPDATE, {
      nhsNumber: C,
      version: before.data!.patient.version,
      changes: { removeTelecomIds: [phone.id], addTelecom: [{ system: 'phone', value: '01632 960000', use: 'mobile' }] },
    });
    expect(r.errors).toBeUndefined();
    const telecom = r.data!.updatePatient.telecom;
    expect(telecom.some((x) => x.id === phone.id)).toBe(false);
    expect(telecom.some((x) => x.value === '01632 960000')).toBe(true);
    // One read to find the item's index, one PATCH.
    expect(t.calls()).toEqual({ pds: 2 });
  });

  it('refuses to remove an id the record does not have, after reading it, without writing', async () => {
    const r = await t.run(UPDATE, { nhsNumber: C, version: 1, changes: { removeTelecomIds: ['no-such-id'] } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('UNKNOWN_ID');
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toHaveLength(0);
  });

  it('is NOT_FOUND for a valid NHS number PDS does not know', async () => {
    const r = await t.run(UPDATE, { nhsNumber: '9111231130', version: 1, changes: { gender: 'male' } });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});
