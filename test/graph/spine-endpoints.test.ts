import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, sds: 500 } });
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('sds', undefined));

/** The GP Connect interaction ids, as the contracts name them (gpc-structured and gpc-documents CONTRACT.md). */
const STRUCTURED = 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1';
const DOCUMENTS = 'urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1';
const REPC = 'urn:nhs:names:services:psis:REPC_IN150016UK05';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ten synthetic practices SDS has GP Connect endpoints for. */
const TEN = Array.from({ length: 40 }, (_, i) => `P8${String(i + 1).padStart(4, '0')}`)
  .filter((c) => !withoutGpConnect(c))
  .slice(0, 10);

function tenPractices(fields: string): string {
  const practices = TEN.map((c, n) => `p${n}: organisation(odsCode: "${c}") { odsCode spineEndpoints(interaction: $i) { ${fields} } }`);
  return `query($i: InteractionId!) { ${practices.join(' ')} }`;
}

describe('Organisation.spineEndpoints', () => {
  it('maps the Spine core endpoint the contract names (YES, REPC_IN150016UK05) with its ASID and reliability', async () => {
    const r = await t.run<any>(
      `query($i: InteractionId!) { organisation(odsCode: "YES") { spineEndpoints(interaction: $i) {
      interaction address partyKey status mhsFqdn cpaId mhsId asid interactions manufacturingOrganisation
      reliability { syncReplyMode retries retryInterval persistDuration duplicateElimination ackRequested actor } resource } } }`,
      { i: REPC },
    );
    expect(r.errors).toBeUndefined();
    const [endpoint] = r.data.organisation.spineEndpoints;
    expect(endpoint).toMatchObject({
      interaction: REPC,
      address: 'https://msg.opentest.hscic.gov.uk/reliablemessaging/reliablerequest',
      partyKey: 'YES-0000806',
      status: 'active',
      mhsFqdn: 'msg.opentest.hscic.gov.uk',
      cpaId: 'S20001A000182',
      asid: '928942012545',
      manufacturingOrganisation: 'YES',
      reliability: {
        syncReplyMode: 'MSHSignalsOnly',
        retries: 2,
        retryInterval: 'PT1M',
        persistDuration: 'PT5M',
        duplicateElimination: 'always',
        ackRequested: 'always',
        actor: 'urn:oasis:names:tc:ebxml-msg:actor:toPartyMSH',
      },
    });
    expect(endpoint.interactions).toContain(REPC);
    expect(endpoint.resource.resourceType).toBe('Endpoint');
    expect(t.calls()).toEqual({ ods: 1, sds: 2 });
  });

  it("gives a practice's GP Connect service root and ASID", async () => {
    const r = await t.run<any>(
      `query($i: InteractionId!) { organisation(odsCode: "${TEN[0]}") { spineEndpoints(interaction: $i) { address partyKey asid interactions } } }`,
      { i: STRUCTURED },
    );
    const [endpoint] = r.data.organisation.spineEndpoints;
    expect(endpoint.address).toMatch(new RegExp(`^https://[a-z.-]+/${TEN[0]}/STU3/1/gpconnect/structured$`));
    expect(endpoint.partyKey).toMatch(new RegExp(`^${TEN[0]}-\\d{6}$`));
    expect(endpoint.asid).toMatch(/^\d{12}$/);
    expect(endpoint.interactions).toContain(STRUCTURED);
  });

  it('reads 10 practices with one SDS Endpoint call each and, for ASIDs, one Device call each: the minimum SDS allows', async () => {
    const addresses = await t.run<any>(tenPractices('address'), { i: STRUCTURED });
    expect(addresses.errors).toBeUndefined();
    for (const n of TEN.keys()) expect(addresses.data[`p${n}`].spineEndpoints[0].address).toContain(TEN[n]);
    expect(t.calls()).toEqual({ ods: 1, sds: 10 });

    t.resetCalls();
    const withAsid = await t.run<any>(tenPractices('address asid interactions'), { i: STRUCTURED });
    expect(withAsid.errors).toBeUndefined();
    expect(new Set(TEN.map((_, n) => withAsid.data[`p${n}`].spineEndpoints[0].asid)).size).toBe(10);
    expect(t.calls()).toEqual({ ods: 1, sds: 20 });
  });

  it('reads a repeated (organisation, interaction) once per request', async () => {
    const r = await t.run<any>(
      `query($i: InteractionId!) {
      a: organisation(odsCode: "YES") { spineEndpoints(interaction: $i) { address asid } }
      b: organisation(odsCode: "yes") { spineEndpoints(interaction: $i) { partyKey interactions } }
    }`,
      { i: REPC },
    );
    expect(r.errors).toBeUndefined();
    expect(t.calls()).toEqual({ ods: 1, sds: 2 });
  });

  it('is an empty list for a practice SDS has no endpoint for, after one call', async () => {
    const none = Array.from({ length: 200 }, (_, i) => `P8${String(i + 1).padStart(4, '0')}`).find(withoutGpConnect)!;
    const r = await t.run<any>(`query($i: InteractionId!) { organisation(odsCode: "${none}") { spineEndpoints(interaction: $i) { address asid } } }`, {
      i: STRUCTURED,
    });
    expect(r.data.organisation.spineEndpoints).toEqual([]);
    expect(t.calls()).toEqual({ ods: 1, sds: 1 });
  });

  it('serves B82617 (the GP Connect demonstrator) with no ASID, as SDS has no Device for it', async () => {
    const r = await t.run<any>(`query($i: InteractionId!) { organisation(odsCode: "B82617") { spineEndpoints(interaction: $i) { address partyKey asid } } }`, {
      i: DOCUMENTS,
    });
    expect(r.data.organisation.spineEndpoints).toEqual([
      { address: 'https://orange.testlab.nhs.uk/B82617/STU3/1/gpconnect/', partyKey: 'B82617-0000806', asid: null },
    ]);
  });

  it("answers a Spine-intermediated interaction with Spine's intermediary address", async () => {
    const r = await t.run<any>(
      `{ organisation(odsCode: "X26") { spineEndpoints(interaction: "urn:nhs:names:services:gp2gp:COPC_IN000001UK01") { address partyKey } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.spineEndpoints.length).toBeGreaterThan(0);
    for (const e of r.data.organisation.spineEndpoints) expect(e.address).toBe('https://msg.int.spine2.ncrs.nhs.uk/reliablemessaging/intermediary');
  });

  it('refuses a malformed interaction id before any upstream call', async () => {
    const r = await t.run(`query($i: InteractionId!) { organisation(odsCode: "YES") { spineEndpoints(interaction: $i) { address } } }`, {
      i: 'gpc.getstructuredrecord',
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_INTERACTION_ID');
    expect(t.calls()).toEqual({});
  });

  it('sends the apikey, a fresh X-Request-ID and a UUID X-Correlation-Id (derived from a caller id that is not one)', async () => {
    const q = `query($i: InteractionId!) { organisation(odsCode: "YES") { spineEndpoints(interaction: $i) { asid } } }`;
    await t.run(q, { i: REPC }, { headers: { 'x-correlation-id': 'trace-abc-123' } });
    await t.run(q, { i: REPC }, { headers: { 'x-correlation-id': 'trace-abc-123' } });
    const sds = t.sandbox.receivedRequests('sds');
    expect(sds).toHaveLength(4);
    const correlation = sds[0]!.headers['x-correlation-id'];
    expect(correlation).toMatch(UUID);
    for (const q of sds) {
      expect(q.headers.apikey).toMatch(/^\w+$/);
      expect(q.headers.authorization).toBeUndefined();
      expect(q.headers['x-request-id']).toMatch(UUID);
      expect(q.headers['x-correlation-id']).toBe(correlation);
    }
    expect(new Set(sds.map((q) => q.headers['x-request-id'])).size).toBe(4);
  });

  it.each([
    [500, 'UPSTREAM_ERROR'],
    [502, 'UPSTREAM_ERROR'],
    [504, 'UPSTREAM_TIMEOUT'],
    [429, 'RATE_LIMITED'],
  ])('an SDS %i nulls spineEndpoints with %s and keeps the organisation', async (status, code) => {
    t.sandbox.setFault('sds', { kind: 'status', status });
    const r = await t.run<any>(`query($i: InteractionId!) { organisation(odsCode: "YES") { name spineEndpoints(interaction: $i) { address } } }`, { i: REPC });
    expect(r.data.organisation.name).toBe('NHS ENGLAND SPINE CORE YES');
    expect(r.data.organisation.spineEndpoints).toBeNull();
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'sds', status });
  });

  it('a Device failure nulls only the ASID', async () => {
    t.sandbox.setFault('sds', { kind: 'status', status: 500, rate: 0.5 });
    const r = await t.run<any>(`query($i: InteractionId!) { organisation(odsCode: "YES") { spineEndpoints(interaction: $i) { address asid } } }`, { i: REPC });
    expect(r.data.organisation.spineEndpoints[0].address).toBeTruthy();
    expect(r.data.organisation.spineEndpoints[0].asid).toBeNull();
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
  });

  it('a hanging SDS is UPSTREAM_TIMEOUT within its timeout', async () => {
    t.sandbox.setFault('sds', { kind: 'hang' });
    const r = await t.run<any>(`query($i: InteractionId!) { organisation(odsCode: "YES") { name spineEndpoints(interaction: $i) { address } } }`, { i: REPC });
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
    // A hang is never answered: the client's timeout ended the one Endpoint search it sent.
    expect(t.calls().sds).toBe(1);
    expect(r.data.organisation.name).toBeTruthy();
  });
});
