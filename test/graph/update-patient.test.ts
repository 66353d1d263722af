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
      patient { nhsNumber version gender telecom { id system value use } addresses { id use } }
      userErrors { code message field }
    }
  }
`;
interface Payload<P> {
  updatePatient: { patient: P | null; userErrors: { code: string; message: string; field: string[] | null }[] };
}
const READ = `query($n: NhsNumber!) { patient(nhsNumber: $n) { version gender telecom { id system value } } }`;

// Synthetic population patients: each test uses its own so the persisted writes do not interfere.
const A = '9990000328';
const B = '9990000336';
const C = '9990000344';

describe('updatePatient', () => {
  it('adds the first address and phone of a record that has none at `-`, as patient-patch.yaml requires (its minimal record 9000000033)', async () => {
    const r = await t.run<Payload<{ version: number; addresses: { use: string }[]; telecom: { system: string; value: string }[] }>>(UPDATE, {
      nhsNumber: '9000000033',
      version: 2,
      changes: {
        addAddress: [{ use: 'HOME', lines: ['1 Trevelyan Square'], postalCode: 'LS1 6AE' }],
        addTelecom: [{ system: 'PHONE', value: '01632960587', use: 'HOME' }],
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePatient.userErrors).toEqual([]);
    expect(r.data!.updatePatient.patient).toMatchObject({ version: 3, addresses: [{ use: 'HOME' }], telecom: [{ system: 'PHONE', value: '01632960587' }] });
    const patch = JSON.parse(t.sandbox.receivedRequests('pds').find((q) => q.method === 'PATCH')!.body);
    expect(patch.patches.filter((p: any) => p.op === 'add').map((p: any) => p.path)).toEqual(['/telecom/-', '/address/-']);
  });

  it('patches PDS under If-Match and returns the new version in one call', async () => {
    const before = await t.run<{ patient: { version: number; gender: string } }>(READ, { n: A });
    t.resetCalls();
    const r = await t.run<Payload<{ version: number; gender: string }>>(UPDATE, {
      nhsNumber: A,
      version: before.data!.patient.version,
      // `unknown`, not `other`: PDS never lets gender be set to other (patient-patch.yaml, "Gender").
      changes: { gender: 'unknown' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePatient.userErrors).toEqual([]);
    expect(r.data!.updatePatient.patient).toMatchObject({ version: before.data!.patient.version + 1, gender: 'unknown' });
    expect(t.calls()).toEqual({ pds: 1 });
    const patch = t.sandbox.receivedRequests('pds').find((q) => q.method === 'PATCH')!;
    expect(patch.headers['if-match']).toBe(`W/"${before.data!.patient.version}"`);
    expect(patch.headers['content-type']).toBe('application/json-patch+json');
  });

  it('refuses a stale version with user error STALE_VERSION on `version` and changes nothing (no lost update)', async () => {
    const first = await t.run<Payload<{ version: number }>>(UPDATE, { nhsNumber: B, version: 1, changes: { gender: 'female' } });
    expect(first.data!.updatePatient.patient!.version).toBe(2);
    // A second writer who read version 1 tries to write over the first.
    const stale = await t.run<Payload<unknown>>(UPDATE, { nhsNumber: B, version: 1, changes: { gender: 'unknown' } });
    expect(stale.errors).toBeUndefined();
    expect(stale.data!.updatePatient.patient).toBeNull();
    expect(stale.data!.updatePatient.userErrors).toEqual([{ code: 'STALE_VERSION', message: expect.any(String), field: ['version'] }]);
    expect(
      t.sandbox
        .receivedRequests('pds')
        .filter((q) => q.method === 'PATCH')
        .map((q) => q.headers['if-match']),
    ).toEqual(['W/"1"', 'W/"1"']);
    const now = await t.run<{ patient: { version: number; gender: string } }>(READ, { n: B });
    expect(now.data!.patient).toMatchObject({ version: 2, gender: 'female' });
  });

  it('refuses a missing version before any upstream call (a GraphQL validation error: the request is malformed)', async () => {
    const r = await t.run(UPDATE, { nhsNumber: C, changes: { gender: 'male' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(t.calls()).toEqual({});
  });

  it.each([
    ['a version of 0', { version: 0, changes: { gender: 'male' } }, 'INVALID_VERSION'],
    ['no changes', { version: 1, changes: {} }, 'NO_CHANGES'],
    [
      'a temp address without its period',
      { version: 1, changes: { addAddress: [{ use: 'TEMP', lines: ['1 High St'], text: 'Staying with family' }] } },
      'INVALID_CHANGE',
    ],
    ['an address use of OTHER', { version: 1, changes: { addAddress: [{ use: 'OTHER', lines: ['1 High St'] }] } }, 'INVALID_CHANGE'],
  ])('refuses %s before any upstream call, as a typed user error', async (_, vars, code) => {
    const r = await t.run<Payload<unknown>>(UPDATE, { nhsNumber: C, ...vars });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePatient).toEqual({
      patient: null,
      userErrors: [{ code, message: expect.any(String), field: [code === 'INVALID_VERSION' ? 'version' : 'changes'] }],
    });
    expect(t.calls()).toEqual({});
  });

  it('adds and removes contact points by id, with the test-before-remove PDS requires', async () => {
    const before = await t.run<{ patient: { version: number; telecom: { id: string; system: string }[] } }>(READ, { n: C });
    const phone = before.data!.patient.telecom.find((x) => x.system === 'PHONE')!;
    t.resetCalls();
    const r = await t.run<Payload<{ telecom: { id: string | null; system: string; value: string; use: string }[] }>>(UPDATE, {
      nhsNumber: C,
      version: before.data!.patient.version,
      changes: { removeTelecomIds: [phone.id], addTelecom: [{ system: 'PHONE', value: '01632 960000', use: 'MOBILE' }] },
    });
    expect(r.errors).toBeUndefined();
    const telecom = r.data!.updatePatient.patient!.telecom;
    expect(telecom.some((x) => x.id === phone.id)).toBe(false);
    expect(telecom.find((x) => x.value === '01632 960000')).toMatchObject({ system: 'PHONE', use: 'MOBILE' });
    // PDS received FHIR's codes, not the graph's enum names.
    const patch = t.sandbox.receivedRequests('pds').find((q) => q.method === 'PATCH')!;
    expect(patch.body).toContain('{"system":"phone","value":"01632 960000","use":"mobile"}');
    // One read to find the item's index, one PATCH.
    expect(t.calls()).toEqual({ pds: 2 });
  });

  it('refuses to remove an id the record does not have, after reading it, without writing', async () => {
    const r = await t.run<Payload<unknown>>(UPDATE, { nhsNumber: C, version: 1, changes: { removeTelecomIds: ['no-such-id'] } });
    expect(r.data!.updatePatient.userErrors).toEqual([{ code: 'UNKNOWN_ID', message: expect.any(String), field: ['changes'] }]);
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toHaveLength(0);
  });

  it('is a NOT_FOUND GraphQL error (not a user error) for a valid NHS number PDS does not know', async () => {
    const r = await t.run(UPDATE, { nhsNumber: '9111231130', version: 1, changes: { gender: 'male' } });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});
