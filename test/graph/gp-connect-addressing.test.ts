import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../../src/config/index.js';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import type { ReceivedRequest } from '../../sandbox/src/server.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { buildDirectory, GP_CONNECT_CAPABILITIES, withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { createSources } from '../../src/sources/index.js';
import { createGpConnectAddresser } from '../../src/sources/gp-connect/addressing.js';
import { buildStructuredRecordParameters } from '../../src/sources/gp-connect/structured-request.js';
import { createPdsLoaders } from '../../src/sources/pds/loaders.js';
import { createSdsLoaders } from '../../src/sources/sds/loaders.js';
import type { CallContext } from '../../src/upstream/types.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * A healthcare worker's GP Connect calls are addressed as the Spine Secure Proxy route has it: the practice's service
 * root and provider ASID come from the Spine Directory, per practice and capability, looked up through the request's
 * loaders (never kept across requests). Over loopback, against the embedded SDS and the embedded GP Connect, which
 * checks Ssp-To and the JWT aud against the same directory and answers as the addressed practice's system.
 */
let t: TestGraph;
let world: GpcWorld;
beforeAll(async () => {
  t = await startTestGraph();
  world = new GpcWorld(t.sandbox.population);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const STRUCTURED = GP_CONNECT_CAPABILITIES.structured[0]!;

/** The practice's provider as the embedded SDS registers it for a capability. */
function registered(odsCode: string, capability: 'structured' | 'documents' | 'appointments') {
  const directory = buildDirectory(t.sandbox.population);
  const system = directory.accreditedSystems.find((a) => a.odsCode === odsCode)!;
  const root = directory.mhs.find((m) => m.partyKey === system.partyKey && m.interactions.includes(GP_CONNECT_CAPABILITIES[capability][0]!))!;
  return { asid: system.asid, serviceRoot: root.address };
}

function audience(request: ReceivedRequest): string {
  const token = /^Bearer (.+)$/.exec(String(request.headers.authorization))![1]!;
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).aud;
}

/** Normal patients (GP Connect answers for them) at practices SDS does, or does not, know. */
function patients(withSds: boolean) {
  return t.sandbox.population.patients.filter(
    (p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal' && withoutGpConnect(p.gpOdsCode) !== withSds,
  );
}

describe('GP Connect addressed through the Spine Directory', () => {
  it("sends the record call to the patient's practice: Ssp-To is its ASID from SDS, the JWT aud its structured service root", async () => {
    const patient = patients(true)[0]!;
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { practiceOdsCode allergies { id } } } }`, { n: patient.nhsNumber });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.gpRecord.practiceOdsCode).toBe(patient.gpOdsCode);
    expect(t.calls()).toEqual({ pds: 1, sds: 2, 'gpc-access-record': 1 });
    const [sent] = t.sandbox.receivedRequests('gpc-access-record');
    const expected = registered(patient.gpOdsCode, 'structured');
    // Route A's URL form: {ssp}/{provider service root}/Patient/$gpc.getstructuredrecord.
    expect(sent!.path).toBe(`/spine-secure-proxy/${expected.serviceRoot}/Patient/$gpc.getstructuredrecord`);
    expect(sent!.headers['ssp-to']).toBe(expected.asid);
    expect(sent!.headers['ssp-to']).not.toBe(EMBEDDED_GP_CONNECT_CONSUMER.providerAsid);
    expect(audience(sent!)).toBe(expected.serviceRoot);
    expect(sent!.headers).not.toHaveProperty('x-nhs-graph-gpc-audience');
  });

  it('a practice SDS has no GP Connect endpoint for (one in twenty) is NOT_FOUND for that field only, with no GP Connect call', async () => {
    const patient = patients(false)[0]!;
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber registeredGp { odsCode } gpRecord { allergies { id } } documents { id } } }`,
      { n: patient.nhsNumber },
    );
    expect(r.data.patient).toEqual({ nhsNumber: patient.nhsNumber, registeredGp: { odsCode: patient.gpOdsCode }, gpRecord: null, documents: null });
    expect(r.errors!.map((e) => [e.path!.join('.'), e.extensions!.code, e.extensions!.reason]).sort()).toEqual([
      ['patient.documents', 'NOT_FOUND', 'GP_CONNECT_ENDPOINT_NOT_FOUND'],
      ['patient.gpRecord.allergies', 'NOT_FOUND', 'GP_CONNECT_ENDPOINT_NOT_FOUND'],
    ]);
    expect(r.errors![0]!.extensions!.upstream).toEqual({ api: 'sds' });
    // The message names neither the patient nor the practice.
    expect(JSON.stringify(r.errors)).not.toContain(patient.nhsNumber);
    expect(JSON.stringify(r.errors)).not.toContain(patient.gpOdsCode);
    // PDS, and SDS for structured and documents (Endpoint and Device each); GP Connect never. The GP's odsCode is
    // PDS's own, so ODS is not asked.
    expect(t.calls()).toEqual({ pds: 1, sds: 4 });
  });

  it('an endpoint without an accredited system (the demonstrator B82617 in SDS) is NOT_FOUND GP_CONNECT_ASID_NOT_FOUND, no GP Connect call', async () => {
    const sources = createSources(t.platform);
    const ctx: CallContext = { correlationId: 'gpc-addressing', user: { kind: 'staff', userId: 'u1', sdsUserId: 'u1', familyName: 'Test', givenNames: ['A'] } };
    const addresser = createGpConnectAddresser(
      { pds: createPdsLoaders(sources.pds, ctx, { batching: true }), sds: createSdsLoaders(sources.sds, ctx, { batching: true }) },
      ctx,
    );
    t.resetCalls();
    await expect(addresser('documents', { practice: 'B82617' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND', reason: 'GP_CONNECT_ASID_NOT_FOUND' },
    });
    expect(t.calls()).toEqual({ sds: 2 });
    // A worker the addresser cannot name to GP Connect is refused before anything is looked up.
    const nameless: CallContext = { ...ctx, user: { kind: 'staff', userId: 'u2', sdsUserId: 'u2', familyName: null, givenNames: [] } };
    const refuse = createGpConnectAddresser(
      { pds: createPdsLoaders(sources.pds, nameless, { batching: true }), sds: createSdsLoaders(sources.sds, nameless, { batching: true }) },
      nameless,
    );
    await expect(refuse('structured', { practice: 'P80001' })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'GPC_PRACTITIONER_NAME_REQUIRED' },
    });
    expect(t.calls()).toEqual({ sds: 2 });
  });

  it('an SDS that fails is its own coded error on the GP Connect field (upstream sds), with no GP Connect call and the rest intact', async () => {
    const patient = patients(true)[1]!;
    t.sandbox.setFault('sds', { kind: 'status', status: 503 });
    try {
      const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber gpRecord { allergies { id } } } }`, { n: patient.nhsNumber });
      expect(r.data.patient.nhsNumber).toBe(patient.nhsNumber);
      expect(r.errors!.map((e) => [e.extensions!.code, (e.extensions!.upstream as { api: string }).api])).toEqual([['UPSTREAM_UNAVAILABLE', 'sds']]);
      expect(t.calls()['gpc-access-record']).toBeUndefined();
    } finally {
      t.sandbox.setFault('sds', undefined);
    }
  });

  it('looks each practice up once per capability in a request, however many patients and fields use it', async () => {
    // Two patients of one practice, each with record and documents, and the practice's spineEndpoints for the record's
    // interaction: 2 capabilities x (Endpoint + Device) = 4 SDS calls, not 10.
    const practice = [...world.practices.keys()].find(
      (ods) => !withoutGpConnect(ods) && !practiceSwitchedOff(ods, 'documents') && patients(true).filter((p) => p.gpOdsCode === ods).length >= 2,
    )!;
    const [a, b] = patients(true).filter((p) => p.gpOdsCode === practice);
    const r = await t.run<any>(
      `query($a: NhsNumber!, $b: NhsNumber!, $o: OdsCode!, $i: InteractionId!) {
        a: patient(nhsNumber: $a) { gpRecord { allergies { id } } documents { id } }
        b: patient(nhsNumber: $b) { gpRecord { allergies { id } } documents { id } }
        organisation(odsCode: $o) { spineEndpoints(interaction: $i) { address asid } } }`,
      { a: a!.nhsNumber, b: b!.nhsNumber, o: practice, i: STRUCTURED },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.spineEndpoints).toEqual([
      { address: registered(practice, 'structured').serviceRoot, asid: registered(practice, 'structured').asid },
    ]);
    expect(t.calls()).toEqual({ pds: 2, ods: 1, sds: 4, 'gpc-access-record': 6 });
    // A second request looks the practice up again: SDS answers are not kept across requests (patient encounters).
    t.resetCalls();
    await t.run<any>(`query($a: NhsNumber!) { patient(nhsNumber: $a) { gpRecord { allergies { id } } } }`, { a: a!.nhsNumber });
    expect(t.calls()).toEqual({ pds: 1, sds: 2, 'gpc-access-record': 1 });
  });

  it("addresses a practice's slot search to that practice's appointments root", async () => {
    const practice = [...world.practices.keys()].find((ods) => /^P8/.test(ods) && !withoutGpConnect(ods) && !practiceSwitchedOff(ods, 'appointments'))!;
    const today = ukDate(new Date());
    const r = await t.run<any>(`query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { freeSlots(from: $f, to: $t) { id } } }`, {
      o: practice,
      f: addDays(today, 1),
      t: addDays(today, 3),
    });
    expect(r.errors).toBeUndefined();
    const [sent] = t.sandbox.receivedRequests('gpc-appointments');
    expect(sent!.headers['ssp-to']).toBe(registered(practice, 'appointments').asid);
    expect(audience(sent!)).toBe(registered(practice, 'appointments').serviceRoot);
    expect(t.calls()).toEqual({ ods: 1, sds: 2, 'gpc-appointments': 1 });
  });

  it('a citizen goes the patient-facing way: the platform finds their practice, so no SDS call', async () => {
    const from = ukDate(new Date());
    const r = await t.run<any>(
      `query($f: Date!, $to: Date!) { patient(nhsNumber: "9000000009") { appointments(from: $f, to: $to) { id } } }`,
      { f: from, to: addDays(from, 14) },
      { principal: { citizen: '9000000009', level: 'P9' } },
    );
    expect(r.errors).toBeUndefined();
    expect(t.calls().sds).toBeUndefined();
    expect(t.calls()['gpc-appointments']).toBe(1);
  });
});

/** An address as the graph sends it: through the embedded Spine Secure Proxy, the service root in the URL. */
const viaSsp = (address: { practice: string; asid: string; serviceRoot: string }) => ({
  ...address,
  baseUrl: `${t.sandbox.origin}/spine-secure-proxy/${address.serviceRoot}`,
});

describe('the embedded Spine Secure Proxy checks the addressing against SDS', () => {
  const staff: CallContext = { correlationId: 'gpc-ssp', user: { kind: 'staff', userId: 'u1', sdsUserId: 'u1', familyName: 'Test', givenNames: ['A'] } };
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: { extensions: Record<string, unknown> }) => e.extensions,
    );

  it("a call addressed to one practice about another practice's patient is PATIENT_NOT_FOUND, as that practice's system answers", async () => {
    const [patient] = patients(true);
    const other = [...world.practices.keys()].find((ods) => ods !== patient!.gpOdsCode && !withoutGpConnect(ods))!;
    const wrong = createSources(t.platform).gpc.accessRecord.withAddresser(async () => viaSsp({ practice: other, ...registered(other, 'structured') }));
    const body = buildStructuredRecordParameters(patient!.nhsNumber, { allergies: { includeResolved: false } });
    expect(await failure(wrong.getStructuredRecord(body, staff))).toMatchObject({
      code: 'NOT_FOUND',
      upstream: { status: 404, issueCode: 'PATIENT_NOT_FOUND' },
    });
  });

  it("an aud that is not the SDS service root for the interaction is the SSP's 400 (the graph's fault), an unknown ASID its 403", async () => {
    const [patient] = patients(true);
    const ods = patient!.gpOdsCode;
    const body = buildStructuredRecordParameters(patient!.nhsNumber, { allergies: { includeResolved: false } });
    const client = (address: { asid: string; serviceRoot: string }) =>
      createSources(t.platform).gpc.accessRecord.withAddresser(async () => viaSsp({ practice: ods, ...address }));
    // The documents root used for a structured-record call: never reuse a root across capabilities.
    const documentsRoot = registered(ods, 'documents').serviceRoot;
    expect(await failure(client({ asid: registered(ods, 'structured').asid, serviceRoot: documentsRoot }).getStructuredRecord(body, staff))).toMatchObject({
      code: 'UPSTREAM_ERROR',
      upstream: { status: 400, issueCode: 'BAD_REQUEST' },
    });
    expect(
      await failure(client({ asid: '123456789012', serviceRoot: registered(ods, 'structured').serviceRoot }).getStructuredRecord(body, staff)),
    ).toMatchObject({ code: 'UPSTREAM_ERROR', upstream: { status: 403 } });
    // Addressed correctly, the same call is answered.
    await expect(client(registered(ods, 'structured')).getStructuredRecord(body, staff)).resolves.toMatchObject({ resourceType: 'Bundle' });
    // A practice's provider is not reached at the platform's base path: only through the SSP at its service root.
    const atPlatform = createSources(t.platform).gpc.accessRecord.withAddresser(async () => ({ practice: ods, ...registered(ods, 'structured') }));
    expect(await failure(atPlatform.getStructuredRecord(body, staff))).toMatchObject({
      code: 'UPSTREAM_ERROR',
      upstream: { status: 400, issueCode: 'BAD_REQUEST' },
    });
  });
});

describe('GPC_PROVIDER_ADDRESSING=platform', () => {
  it('names the configured provider and leaves the practice to the platform: no SDS call', async () => {
    const other = await startTestGraph({ gpConnect: { ...EMBEDDED_GP_CONNECT_CONSUMER, addressing: 'platform' } });
    try {
      const patient = t.sandbox.population.patients.find(
        (p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal' && withoutGpConnect(p.gpOdsCode),
      )!;
      const r = await other.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { allergies { id } } } }`, { n: patient.nhsNumber });
      // Even a practice SDS does not know: the platform's own GP Connect service finds it.
      expect(r.errors).toBeUndefined();
      expect(other.calls()).toEqual({ pds: 1, 'gpc-access-record': 1 });
      const [sent] = other.sandbox.receivedRequests('gpc-access-record');
      expect(sent!.headers['ssp-to']).toBe(EMBEDDED_GP_CONNECT_CONSUMER.providerAsid);
      expect(audience(sent!)).toBe(`${other.sandbox.origin}/gp-connect/patient-facing/access-record-fhir/FHIR/STU3`);
      expect(codes(r)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
