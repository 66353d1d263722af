import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('ods', undefined));

const odsPaths = () => t.sandbox.receivedRequests('ods').map((r) => `${r.path.replace('/organisation-data-terminology-api/fhir', '')}${r.search}`);

describe('ODS primary role: the ODSOrganisationRole CodeSystem decides, never the order of the roles', () => {
  it('gives a GP practice (roles RO76, RO177) the primary role RO177 the CodeSystem names, with one lookup per role code', async () => {
    const r = await t.run<any>(`{ organisation(odsCode: "Y12345") { roles { code primary } primaryRole { code display } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.roles).toEqual([
      { code: 'RO76', primary: false },
      { code: 'RO177', primary: true },
    ]);
    expect(r.data.organisation.primaryRole).toEqual({ code: 'RO177', display: 'PRESCRIBING COST CENTRE' });
    const lookups = odsPaths().filter((p) => p.startsWith('/CodeSystem/'));
    expect(lookups.map((p) => new URLSearchParams(p.split('?')[1]).get('code')).sort()).toEqual(['RO177', 'RO76']);
    expect(
      lookups.every(
        (p) =>
          new URLSearchParams(p.split('?')[1]).get('system') === 'https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSOrganisationRole',
      ),
    ).toBe(true);
  });
});

describe('ODS search totals: no invented total', () => {
  it('asks ODS to count (_summary=count) only when totalCount is selected, and reports its figure', async () => {
    const page = await t.run<any>(`{ organisations(search: { city: "LEEDS" }, first: 3) { nodes { odsCode } pageInfo { hasNextPage } } }`);
    expect(page.errors).toBeUndefined();
    expect(t.calls()).toEqual({ ods: 1 });
    t.resetCalls();
    const counted = await t.run<any>(`{ organisations(search: { city: "LEEDS" }, first: 3) { totalCount nodes { odsCode } } }`);
    expect(counted.errors).toBeUndefined();
    const leeds = t.sandbox.population.organisations.filter((o) => o.city === 'LEEDS').length;
    expect(counted.data.organisations.totalCount).toBe(leeds);
    expect(odsPaths().some((p) => p.includes('_summary=count'))).toBe(true);
  });
});

describe('ODS relationships and successors (ods-organization-code CodeSystem)', () => {
  it("exposes the spec's G81086 related entities, and follows one to its organisation", async () => {
    const r = await t.run<any>(`{ organisation(odsCode: "G81086") { relationships { code targetOdsCode } successorOdsCodes } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation).toEqual({
      relationships: [
        { code: 'RE4', targetOdsCode: '97R' },
        { code: 'RE6', targetOdsCode: '97R' },
        { code: 'RE8', targetOdsCode: 'U36842' },
      ],
      successorOdsCodes: [],
    });
    const partner = await t.run<any>(`{ organisation(odsCode: "Y12345") { relationships { code target { odsCode name } } } }`);
    expect(partner.errors).toBeUndefined();
    expect(partner.data.organisation.relationships).toContainEqual({ code: 'RE8', target: { odsCode: 'U36842', name: 'TEST PRIMARY CARE NETWORK U36842' } });
  });

  it('names the successor of a closed organisation', async () => {
    const closed = t.sandbox.population.organisations.find((o) => !o.active)!;
    const r = await t.run<any>(`query($c: OdsCode!) { organisation(odsCode: $c) { active successorOdsCodes successors { odsCode active } } }`, {
      c: closed.odsCode,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.active).toBe(false);
    expect(r.data.organisation.successorOdsCodes).toHaveLength(1);
    expect(r.data.organisation.successors).toEqual([{ odsCode: r.data.organisation.successorOdsCodes[0], active: true }]);
  });
});

describe('ODS answers are the records asked for', () => {
  const rr8 = loadFixture('ods/examples/extracted-from-spec/Organization-read-200.json');

  it('asked Y12345, answered RR8: UPSTREAM_ERROR, never the wrong organisation', async () => {
    t.sandbox.setFault('ods', { kind: 'answer', status: 200, body: rr8 });
    const r = await t.run<any>(`{ organisation(odsCode: "Y12345") { odsCode name } }`);
    expect(r.data.organisation).toBeNull();
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
  });

  it('a batched _id search answering other organisations, or a Bundle of another kind, is UPSTREAM_ERROR, never NOT_FOUND or an empty list', async () => {
    t.sandbox.setFault('ods', { kind: 'answer', status: 200, body: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: rr8 }] } });
    const batch = await t.run<any>(`{ a: organisation(odsCode: "Y12345") { name } b: organisation(odsCode: "FA565") { name } }`);
    expect(codes(batch)).toEqual(['UPSTREAM_ERROR', 'UPSTREAM_ERROR']);
    t.sandbox.setFault('ods', { kind: 'answer', status: 200, body: { resourceType: 'Bundle', type: 'history', entry: [] } });
    const search = await t.run<any>(`{ organisations(search: { city: "LEEDS" }) { nodes { odsCode } } }`);
    expect(search.data).toEqual({ organisations: null });
    expect(codes(search)).toEqual(['UPSTREAM_ERROR']);
  });
});

describe("a patient's GP practice code from PDS is kept when ODS cannot give its details", () => {
  it('returns registeredGp with its odsCode, and the ODS error on the detail fields', async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 500 });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { registeredGpOdsCode registeredGp { odsCode name } } }`);
    expect(r.data.patient.registeredGp).toEqual({ odsCode: 'Y12345', name: null });
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
    expect(r.errors![0]!.path).toEqual(['patient', 'registeredGp', 'name']);
  });

  it('asks ODS nothing when only the code is selected', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { registeredGp { odsCode } nominatedPharmacy { odsCode } } }`);
    expect(r.data.patient).toEqual({ registeredGp: { odsCode: 'Y12345' }, nominatedPharmacy: { odsCode: 'Y12345' } });
    expect(t.calls()).toEqual({ pds: 1 });
  });
});
