import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

describe('organisation(odsCode)', () => {
  it('maps an ODS Organization with its roles, address and the resource verbatim', async () => {
    const r = await t.run<{ organisation: Record<string, any> }>(`{
      organisation(odsCode: "rr8") {
        odsCode name active recordClass recordUseType lastChangeDate
        primaryRole { code display primary active legalPeriod { start } operationalPeriod { start end } }
        addresses { lines city postalCode } telecom { system value } resource
      }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.organisation).toMatchObject({
      odsCode: 'RR8',
      name: 'LEEDS TEACHING HOSPITALS NHS TRUST',
      active: true,
      recordClass: 'RC1',
      recordUseType: 'Full',
      lastChangeDate: '2023-11-14',
      primaryRole: {
        code: 'RO197',
        display: 'NHS TRUST',
        primary: true,
        active: true,
        legalPeriod: { start: '1998-04-01' },
        operationalPeriod: { start: '1998-04-01', end: null },
      },
      addresses: [{ lines: ["ST. JAMES'S UNIVERSITY HOSPITAL", 'BECKETT STREET'], city: 'LEEDS', postalCode: 'LS9 7TF' }],
    });
    expect(r.data!.organisation.resource.meta.versionId).toBe('4');
    // The Organization read, and RO197's lookup in the ODSOrganisationRole CodeSystem: which role is primary.
    expect(t.calls()).toEqual({ ods: 2 });
  });

  it('is null with NOT_FOUND when ODS does not know the code', async () => {
    const r = await t.run(`{ organisation(odsCode: "ZZZ99") { name } }`);
    expect(r.data).toEqual({ organisation: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'ods', status: 404, issueCode: 'HAPI-2001' });
  });

  it('refuses a malformed ODS code before any upstream call', async () => {
    const r = await t.run(`query($c: OdsCode!) { organisation(odsCode: $c) { name } }`, { c: 'R-8' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_ODS_CODE');
    expect(t.calls()).toEqual({});
  });

  it('batches several codes into one ODS search, and reports the unknown ones alone', async () => {
    const r = await t.run<Record<string, any>>(`{
      a: organisation(odsCode: "P80001") { name }
      b: organisation(odsCode: "FX001") { name }
      c: organisation(odsCode: "ZZZ99") { name }
    }`);
    expect(r.data!.a.name).toBeTruthy();
    expect(r.data!.b.name).toContain('PHARMACY');
    expect(r.data!.c).toBeNull();
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.path).toEqual(['c']);
    expect(t.calls()).toEqual({ ods: 1 });
  });
});

describe('organisations(search)', () => {
  const SEARCH = `query($s: OrganisationSearchInput!, $first: Int, $after: String) {
    organisations(search: $s, first: $first, after: $after) { totalCount nodes { odsCode name primaryRole { code } } pageInfo { hasNextPage endCursor } }
  }`;

  it('pages through every GP practice in a city with cursors, and the pages add up to the total', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    let pages = 0;
    do {
      const r: any = await t.run(SEARCH, { s: { city: 'LEEDS', roles: ['RO76'] }, first: 10, after });
      expect(r.errors).toBeUndefined();
      total = r.data.organisations.totalCount;
      for (const n of r.data.organisations.nodes) seen.add(n.odsCode);
      after = r.data.organisations.pageInfo.endCursor;
      pages++;
    } while (after);
    expect(total).toBeGreaterThan(20);
    expect(seen.size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 10));
  });

  it('finds pharmacies by name and follows them without another ODS call', async () => {
    const r = await t.run<any>(`{ organisations(search: { nameContains: "pharmacy leeds", roles: ["RO182"] }, first: 5) { nodes { odsCode } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisations.nodes.length).toBeGreaterThan(0);
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it.each([
    ['no criteria', { s: {} }, 'INVALID_SEARCH'],
    ['a name under 3 characters', { s: { name: 'Le' } }, 'INVALID_SEARCH'],
    ['a page over 100', { s: { city: 'LEEDS' }, first: 101 }, 'INVALID_PAGE'],
    ['a cursor it did not issue', { s: { city: 'LEEDS' }, after: 'bm9wZQ' }, 'INVALID_CURSOR'],
  ])('refuses %s before any upstream call', async (_, vars, reason) => {
    const r = await t.run(SEARCH, vars);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe(reason);
    expect(t.calls()).toEqual({});
  });
});
