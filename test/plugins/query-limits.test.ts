import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
let closed: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
  closed = await startTestGraph({
    graph: { introspection: false, limits: { maxDepth: 4, maxCost: 5, maxAliases: 2, maxDirectives: 1, maxTokens: 100, maxBatch: 1 } },
  });
});
afterAll(async () => {
  await t.close();
  await closed.close();
});
beforeEach(() => {
  t.resetCalls();
  closed.resetCalls();
});

/** Six levels deep. */
const DEEP = '{ patient(nhsNumber: "9000000009") { waitingList { provider { addresses { period { start } } } } } }';

/** Posts a raw body (a batch, say) to the graph. */
async function post(graph: TestGraph, body: unknown) {
  const res = await request(`${graph.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.statusCode, body: (await res.body.json()) as any };
}

describe('query limits (QUERY_TOO_COMPLEX before execution, zero upstream calls)', () => {
  it.each([
    ['depth', DEEP, 'MAX_DEPTH'],
    ['aliases', '{ a: about { version } b: about { version } c: about { version } }', 'MAX_ALIASES'],
    ['directives', '{ about { version @include(if: true) environment @skip(if: false) } }', 'MAX_DIRECTIVES'],
    ['tokens', `{ about { ${Array.from({ length: 120 }, () => 'version').join(' ')} } }`, 'MAX_TOKENS'],
    [
      'cost',
      '{ organisations(search: { name: "a" }, first: 10) { nodes { registeredName: name } } organisation(odsCode: ' +
        '"RR8") { spineEndpoints(interaction: "urn:nhs:names:services:psis:REPC_IN150016UK05") { asid } } }',
      'MAX_COST',
    ],
  ])('refuses a query over the %s limit', async (_, query, reason) => {
    const r = await closed.run(query);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0]!.extensions!.reason).toBe(reason);
    expect(r.data).toBeUndefined();
    expect(closed.calls()).toEqual({});
  });

  it('says what the cost was and what the limit is', async () => {
    const r = await closed.run(
      'query($n: Int) { organisations(search: { name: "a" }, first: $n) { nodes { spineEndpoints(interaction: ' +
        '"urn:nhs:names:services:psis:REPC_IN150016UK05") { asid } } } }',
      { n: 3 },
    );
    // 1 ODS search + 3 organisations x (1 SDS Endpoint + 10 assumed endpoints x 1 Device) = 34.
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST', cost: 34, limit: 5 });
    expect(r.errors![0]!.extensions).not.toHaveProperty('http');
    expect(closed.calls()).toEqual({});
  });

  it('lets a query under every limit run', async () => {
    const r = await closed.run('{ organisation(odsCode: "RR8") { name } }');
    expect(r.errors).toBeUndefined();
    expect(closed.calls()).toEqual({ ods: 1 });
  });

  it('the default limits let the representative queries through', async () => {
    const r = await t.run<any>(
      '{ patient(nhsNumber: "9000000009") { nhsNumber registeredGp { name spineEndpoints(interaction: ' +
        '"urn:nhs:names:services:psis:REPC_IN150016UK05") { address asid } } waitingList { provider ' +
        '{ name } } } }',
    );
    expect(codes(r)).not.toContain('QUERY_TOO_COMPLEX');
    expect(r.data.patient.nhsNumber).toBe('9000000009');
  });

  it('the default cost limit refuses a search that would fan out to hundreds of calls', async () => {
    const q =
      '{ patients(search: { family: "Smith", maxResults: 50 }) { matches { patient { registeredGp ' +
      '{ name } nominatedPharmacy { name } waitingList { provider { name } } } } } }';
    const r = await t.run(q);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0]!.extensions).toMatchObject({ reason: 'MAX_COST', cost: 651, limit: 500 });
    expect(t.calls()).toEqual({});
  });

  it('refuses a batch over the batch limit, and runs one within it', async () => {
    const op = { query: '{ about { version } }' };
    const over = await post(t, [op, op, op, op, op, op]);
    expect(over.status).toBe(400);
    expect(over.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_BATCH' });
    const within = await post(t, [op, { query: '{ organisation(odsCode: "RR8") { name } }' }]);
    expect(within.status).toBe(200);
    expect(within.body).toHaveLength(2);
    expect(within.body[1].data.organisation.name).toBeTruthy();
    expect(t.calls()).toEqual({ ods: 1 });
    const off = await post(closed, [op, op]);
    expect(off.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_BATCH' });
  });
});

describe('introspection', () => {
  it('is on by default (embedded, sandbox, int)', async () => {
    const r = await t.run<any>('{ __schema { queryType { name } } }');
    expect(r.data.__schema.queryType.name).toBe('Query');
  });

  it('can be switched off: a coded error and no schema', async () => {
    const r = await closed.run('{ __schema { queryType { name } } }');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.data).toBeUndefined();
  });
});
