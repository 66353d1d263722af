import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * A document runs through graphql-js the first time and as a compiled plan (graphql-jit) from the second
 * (src/execution/compiled-executor.ts). Each question here is asked three times: the answers must be the same, and right,
 * whichever executor gave them.
 */
const THRICE = [1, 2, 3];

/** What a client sees of an answer: its data and its errors, without the ids of this request and its upstream calls. */
const answer = (r: { data?: unknown; errors?: unknown }) =>
  JSON.parse(JSON.stringify({ data: r.data, errors: r.errors }).replace(/"requestId":"[^"]+"/g, '"requestId":"-"'));

describe('compiled execution answers as graphql-js does', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph();
  });
  afterEach(() => {
    t.sandbox.setFault('gpc-access-record', undefined);
    t.sandbox.setFault('ods', undefined);
  });
  afterAll(() => t.close());

  it('reports one error for a record nulled by several fields failing on the same refused answer, every time', async () => {
    t.sandbox.setFault('gpc-access-record', { kind: 'malformed', body: 'other-patient' });
    const query = '{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { allergies { id } lists { title } } } }';
    for (const _ of THRICE) {
      const r = await t.run<any>(query);
      expect(r.data.patient).toEqual({ nhsNumber: '9000000009', gpRecord: null });
      expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
    }
  });

  it("gives a bad variable graphql-js's message with our scalar's reason, every time, before any upstream call", async () => {
    t.resetCalls();
    for (const _ of THRICE) {
      const r = await t.run<any>('query ($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }', { n: '9000000008' });
      expect(r.data).toBeUndefined();
      expect(r.errors).toHaveLength(1);
      expect(r.errors?.[0]?.message).toMatch(/^Variable "\$n" got an invalid value; Not a valid NHS number/);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_NHS_NUMBER' });
    }
    expect(t.calls()).toEqual({});
  });

  it("gives the same partial answer every time: each practice's name null with its own error at its own index", async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 500 });
    const query = `query ($s: PatientSearchInput!) { patients(search: $s) { total matches { patient { nhsNumber registeredGp { odsCode name } } } } }`;
    const search = { family: 'Pemberton', birthDateFrom: '1980-01-01', birthDateTo: '1980-12-31' };
    const answers = [];
    for (const _ of THRICE) answers.push(answer(await t.run<any>(query, { s: search })));
    const first = answers[0] as { data: any; errors: { path: (string | number)[]; extensions: { code: string } }[] };
    expect(first.data.patients.matches.length).toBeGreaterThan(1);
    expect(first.data.patients.matches.every((m: any) => m.patient.nhsNumber && m.patient.registeredGp.name === null)).toBe(true);
    expect(first.errors.map((e) => e.extensions.code)).toEqual(first.data.patients.matches.map(() => 'UPSTREAM_ERROR'));
    expect(new Set(first.errors.map((e) => e.path[2])).size).toBe(first.data.patients.matches.length);
    expect(answers[1]).toEqual(first);
    expect(answers[2]).toEqual(first);
  });
});

describe('compiled execution of a list whose items settle on their own', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { federation: true } });
  });
  afterAll(() => t.close());

  it('keeps every item of _entities at its index when one fails after others have, every time', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { odsCode name } } }';
    const r = [
      { __typename: 'Organisation', odsCode: 'Y12345' },
      { __typename: 'Organisation', odsCode: '!!' },
      { __typename: 'Organisation', odsCode: '??' },
      { __typename: 'Organisation', odsCode: 'ZZZ999' },
    ];
    for (const _ of THRICE) {
      const result = await t.run<any>(query, { r });
      const org = { odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' };
      expect(result.data._entities).toEqual([org, null, null, null]);
      const byIndex = (result.errors ?? []).map((e) => [e.path?.[1], e.extensions?.code]).sort((a, b) => Number(a[0]) - Number(b[0]));
      expect(byIndex).toEqual([
        [1, 'BAD_USER_INPUT'],
        [2, 'BAD_USER_INPUT'],
        [3, 'NOT_FOUND'],
      ]);
    }
  });
});
