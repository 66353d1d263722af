import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { nhsNumber birthDate } ... on Organisation { odsCode name } } }';
/** A valid NHS number (Modulus 11) with no PDS record. */
const UNKNOWN = '9111231130';

type Entities = { _entities: (Record<string, unknown> | null)[] };

/** Each error's path and code, ordered by the index it names. */
function errorsByIndex(r: { errors?: { path?: (string | number)[]; extensions?: { code?: string; reason?: string } }[] }) {
  return (r.errors ?? [])
    .map((e) => ({ path: e.path, code: e.extensions?.code, ...(e.extensions?.reason ? { reason: e.extensions.reason } : {}) }))
    .sort((a, b) => Number(a.path?.[1]) - Number(b.path?.[1]));
}

describe('_entities settles per representation', () => {
  let t: TestGraph;
  let other: string;
  beforeAll(async () => {
    t = await startTestGraph({ server: { federation: true } });
    other = t.sandbox.population.patients.find((p) => !p.restricted && p.nhsNumber !== '9000000009')!.nhsNumber;
  });
  afterAll(() => t.close());

  it('gives a ward of patients with one unknown NHS number: the others arrive, the unknown one is null with NOT_FOUND at its index', async () => {
    const r = await t.run<Entities>(ENTITIES, {
      r: [
        { __typename: 'Patient', nhsNumber: '9000000009' },
        { __typename: 'Patient', nhsNumber: UNKNOWN },
        { __typename: 'Patient', nhsNumber: other },
      ],
    });
    expect(r.data?._entities.map((e) => e?.nhsNumber ?? null)).toEqual(['9000000009', null, other]);
    expect(errorsByIndex(r)).toEqual([{ path: ['_entities', 1], code: 'NOT_FOUND' }]);
  });

  it('answers invalid keys and unknown types each at their own index, before any upstream call for them', async () => {
    t.resetCalls();
    const r = await t.run<Entities>(ENTITIES, {
      r: [
        { __typename: 'Organisation', odsCode: 'Y12345' },
        { __typename: 'Organisation', odsCode: '!!' },
        { __typename: 'Patient', nhsNumber: '9000000001' },
        { __typename: 'Slot', id: 'A20047:1' },
        { __typename: 'Organisation', odsCode: 'ZZZ999' },
      ],
    });
    expect(r.data?._entities).toEqual([{ odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' }, null, null, null, null]);
    expect(errorsByIndex(r)).toEqual([
      { path: ['_entities', 1], code: 'BAD_USER_INPUT', reason: 'INVALID_ODS_CODE' },
      { path: ['_entities', 2], code: 'BAD_USER_INPUT', reason: 'INVALID_NHS_NUMBER' },
      { path: ['_entities', 3], code: 'BAD_USER_INPUT', reason: 'INVALID_REPRESENTATION' },
      { path: ['_entities', 4], code: 'NOT_FOUND' },
    ]);
    // One batched ODS read for Y12345 and ZZZ999: the invalid keys never reached ODS, and nothing reached PDS.
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it("gives a citizen their own record and refuses someone else's at its index, with FORBIDDEN", async () => {
    const r = await t.run<Entities>(
      ENTITIES,
      {
        r: [
          { __typename: 'Patient', nhsNumber: other },
          { __typename: 'Patient', nhsNumber: '9000000009' },
        ],
      },
      { principal: { citizen: '9000000009' } },
    );
    expect(r.data?._entities.map((e) => e?.nhsNumber ?? null)).toEqual([null, '9000000009']);
    expect(errorsByIndex(r)).toEqual([{ path: ['_entities', 0], code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD' }]);
    const audit = await t.auditRecords();
    expect(audit.some((a) => a.nhsNumber === other)).toBe(true);
  });
});

describe('Appointment, Prescription and Referral entities resolve through their root fields', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { federation: true } });
  });
  afterAll(() => t.close());

  const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on Appointment { id status nhsNumber }
    ... on Prescription { prescriptionId: id prescriptionStatus: status }
    ... on Referral { ubrn state { code } }
  } }`;
  /** The platform sandbox's GP appointment 1, a tracker example prescription, and e-RS's Unbooked.json referral. */
  const REPRESENTATIONS = [
    { __typename: 'Appointment', id: '1' },
    { __typename: 'Prescription', id: '9BD1F0-A83008-D1BF3X' },
    { __typename: 'Referral', ubrn: '000000070000' },
  ];
  const ERS_ROLE = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': 'R69' };

  it('gives a clinician each entity, one upstream read each, audited under the root field', async () => {
    t.resetCalls();
    const r = await t.run<Entities>(QUERY, { r: REPRESENTATIONS }, { headers: ERS_ROLE });
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities).toEqual([
      { id: '1', status: expect.any(String), nhsNumber: expect.stringMatching(/^\d{10}$/) },
      { prescriptionId: '9BD1F0-A83008-D1BF3X', prescriptionStatus: expect.any(String) },
      { ubrn: '000000070000', state: { code: 'NOT_BOOKED' } },
    ]);
    expect(t.calls()).toMatchObject({ 'gpc-appointments': 1, 'eps-tracker': 1, ers: 1 });
    const fields = (await t.auditRecords()).flatMap((a) => a.fields);
    expect(fields).toEqual(expect.arrayContaining(['Query.appointment', 'Query.prescription', 'Query.referral']));
  });

  it('refuses an anonymous caller each entity at its own index with UNAUTHENTICATED, before any upstream call', async () => {
    t.resetCalls();
    const r = await t.run<Entities>(QUERY, { r: REPRESENTATIONS }, { principal: null, headers: ERS_ROLE });
    expect(r.data?._entities).toEqual([null, null, null]);
    expect(errorsByIndex(r).map((e) => [e.path?.[1], e.code])).toEqual([
      [0, 'UNAUTHENTICATED'],
      [1, 'UNAUTHENTICATED'],
      [2, 'UNAUTHENTICATED'],
    ]);
    expect(t.calls()).toEqual({});
  });

  it("checks each key with its root field's scalar: a malformed UBRN or prescription id is BAD_USER_INPUT at its index", async () => {
    t.resetCalls();
    const r = await t.run<Entities>(
      QUERY,
      {
        r: [
          { __typename: 'Referral', ubrn: '12' },
          { __typename: 'Prescription', id: 'not-an-id' },
        ],
      },
      { headers: ERS_ROLE },
    );
    expect(r.data?._entities).toEqual([null, null]);
    expect(errorsByIndex(r).map((e) => [e.path?.[1], e.code])).toEqual([
      [0, 'BAD_USER_INPUT'],
      [1, 'BAD_USER_INPUT'],
    ]);
    expect(t.calls()).toEqual({});
  });
});
