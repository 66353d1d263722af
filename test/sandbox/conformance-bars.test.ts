import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { DEFAULT_TARGET, nhsNumberOf, seedReceivers } from '../../sandbox/src/routers/bars/records.js';
import type { Sandbox } from '../../sandbox/src/server.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { OpenApiSpec } from '../support/openapi.js';

/**
 * The embedded BaRS proxy and receivers validated against booking-and-referral-1.1.0.yaml's schemas, and its
 * refusals compared with the contract's example OperationOutcomes.
 */
let sandbox: Sandbox;
let platform: Platform;
let spec: OpenApiSpec;
let token: string;

beforeAll(async () => {
  const embedded = await startEmbeddedPlatform();
  sandbox = embedded.sandbox;
  platform = createPlatform({ origin: sandbox.origin, credentials: embedded.credentials, timeoutMs: { default: 5_000 } });
  token = await platform.appAuth!.token();
  spec = await OpenApiSpec.load('bars/specification/booking-and-referral-1.1.0.yaml');
});
afterAll(async () => {
  await platform.close();
  await sandbox.close();
});

const BARS = '/booking-and-referral/FHIR/R4';
const EX = 'bars/specification/examples1.1.0/';
const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64');
const DOS = { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000072489' };
/** A Slot search as getSlots requires it: `status`, `start` as a window of two prefixed date-times, the minimum `_include`. */
const SLOT_SEARCH =
  'status=free&start=ge2026-12-01T00:00:00%2B00:00&start=le2026-12-03T00:00:00%2B00:00&_include=Slot:schedule&_include=Schedule:actor:HealthcareService';

function headers(target: unknown = DOS, extra: Record<string, string> = {}): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    'x-request-id': randomUUID(),
    'x-correlation-id': randomUUID(),
    accept: 'application/fhir+json; version=1.1.0',
    'nhsd-end-user-organisation': b64({
      resourceType: 'Organization',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A83008' }],
    }),
    'nhsd-requesting-software': b64({ resourceType: 'Device', deviceName: { name: 'test' } }),
    ...(target === undefined ? {} : { 'nhsd-target-identifier': typeof target === 'string' ? target : b64(target) }),
    ...extra,
  };
}

async function call(method: 'GET' | 'POST', path: string, h: Record<string, string> = headers(), body?: unknown) {
  const res = await request(sandbox.origin + BARS + path, {
    method,
    headers: { ...h, ...(body ? { 'content-type': 'application/fhir+json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

describe('BaRS sandbox conforms to booking-and-referral-1.1.0.yaml', () => {
  it('GET /ServiceRequest and /Appointment by patient: seeded searchsets match SearchBundleRef and SearchBundleAppt', async () => {
    const store = seedReceivers(sandbox.population).get(DEFAULT_TARGET)!;
    const nhsNumber = nhsNumberOf([...store.appointments.values()][0]!)!;
    const q = `?patient:identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`)}`;
    const refs = await call('GET', `/ServiceRequest${q}`);
    expect(refs.status).toBe(200);
    expect(refs.body.total).toBeGreaterThan(0);
    expect(spec.validate('GET', '/ServiceRequest', 200, refs.body)).toEqual([]);
    const appts = await call('GET', `/Appointment${q}`);
    expect(appts.body.total).toBe(1);
    expect(spec.validate('GET', '/Appointment', 200, appts.body)).toEqual([]);
  });

  it("serves the contract's example patient 4857773456 the example searchsets, and the known ids their examples", async () => {
    const q = `?patient:identifier=${encodeURIComponent('https://fhir.nhs.uk/Id/nhs-number|4857773456')}`;
    expect((await call('GET', `/ServiceRequest${q}`)).body).toEqual(loadFixture(`${EX}service_request/GET-success.json`));
    expect((await call('GET', `/Appointment${q}`)).body).toEqual(loadFixture(`${EX}appointment/GET-success.json`));
    const sr = await call('GET', '/ServiceRequest/c3f6145e-1a26-4345-b3f2-dccbcba62049');
    expect(spec.validate('GET', '/ServiceRequest/{id}', 200, sr.body)).toEqual([]);
    const appt = await call('GET', '/Appointment/91607239-b002-470a-8709-6b25bd50fdd1');
    expect(spec.validate('GET', '/Appointment/{id}', 200, appt.body)).toEqual([]);
    expect((await call('GET', `/Appointment/${randomUUID()}`)).body).toEqual(loadFixture(`${EX}entity-not-found.json`));
  });

  it('GET /Slot: generated slots match SearchBundleSlot and honour status and the start window, with the Schedule and HealthcareService included', async () => {
    const res = await call('GET', `/Slot?${SLOT_SEARCH}`, headers({ ...DOS, value: '2000000042' }));
    expect(res.status).toBe(200);
    expect(spec.validate('GET', '/Slot', 200, res.body)).toEqual([]);
    const slots = res.body.entry.filter((e: any) => e.search.mode === 'match').map((e: any) => e.resource);
    expect(slots.length).toBe(2 * 4);
    expect(slots.every((s: any) => s.status === 'free' && s.start >= '2026-12-01' && s.start < '2026-12-03')).toBe(true);
    expect(res.body.entry.filter((e: any) => e.search.mode === 'include').map((e: any) => e.resource.resourceType)).toEqual(['Schedule', 'HealthcareService']);
  });

  it.each([
    ['no upper bound on start', 'status=free&start=ge2026-12-01T00:00:00%2B00:00&_include=Slot:schedule&_include=Schedule:actor:HealthcareService'],
    ['no _include', 'status=free&start=ge2026-12-01T00:00:00%2B00:00&start=le2026-12-03T00:00:00%2B00:00'],
    ['one of the two required _include', 'status=free&start=ge2026-12-01T00:00:00%2B00:00&start=le2026-12-03T00:00:00%2B00:00&_include=Slot:schedule'],
    ['no status', 'start=ge2026-12-01T00:00:00%2B00:00&start=le2026-12-03T00:00:00%2B00:00&_include=Slot:schedule&_include=Schedule:actor:HealthcareService'],
  ])('GET /Slot with %s is the receiver 400 REC_BAD_REQUEST (getSlots requires status, start twice and the minimum _include)', async (what, q) => {
    // Without _include or status the request itself breaks the spec (both `required: true`): a deliberate negative case.
    const negative = what === 'no _include' || what === 'no status' ? nonConforming(`a Slot search with ${what}`) : {};
    const res = await call('GET', `/Slot?${q}`, headers({ ...DOS, value: '2000000042' }, negative));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.coding[0].code).toBe('REC_BAD_REQUEST');
  });

  it('refuses an X-Correlation-Id that is not a UUID (format: uuid) with 400', async () => {
    const h = headers({ ...DOS, value: '2000000042' });
    h['x-correlation-id'] = 'not-a-uuid';
    const res = await call('GET', '/metadata', { ...h, ...nonConforming('a correlation id that is not a UUID') });
    expect(res.status).toBe(400);
  });

  it('POST /$process-message: the reply matches MessageBundle; the same Bundle again is 409 REC_CONFLICT', async () => {
    const body = { ...loadFixture<Record<string, unknown>>(`${EX}process_message/POST-body.json`), id: randomUUID() };
    const h = headers({ ...DOS, value: '2000000043' }, { 'use-context': 'a1t1|booking|booking-request|new' });
    const res = await call('POST', '/$process-message', h, body);
    expect(res.status).toBe(200);
    expect(spec.validate('POST', '/$process-message', 200, res.body)).toEqual([]);
    expect(res.body.entry[0].resource.response).toEqual({ identifier: body.id, code: 'ok' });
    const again = await call('POST', '/$process-message', h, body);
    expect(again.status).toBe(409);
    expect(again.body).toEqual(loadFixture(`${EX}conflict.json`));
  });

  it('GET /metadata without a target is the capability statement', async () => {
    const res = await call('GET', '/metadata', headers(undefined));
    expect(res.status).toBe(200);
    expect(res.body.resourceType).toBe('CapabilityStatement');
  });

  it('refuses like the proxy: missing ids, bad base64, incomplete or unknown targets, a missing version', async () => {
    // The search itself is the one getSlots requires (status, a start window, the minimum _include): only the header
    // each line names is wrong.
    const slots = `/Slot?${SLOT_SEARCH}`;
    const h = headers(DOS, nonConforming('no X-Correlation-Id'));
    delete h['x-correlation-id'];
    expect(await call('GET', slots, h)).toMatchObject({ status: 400, body: loadFixture(`${EX}OperationOutcome/PROXY-NONE/400-BAD_REQUEST-required.json`) });
    expect(await call('GET', slots, headers('not base64!', nonConforming('a target identifier that is not base64')))).toMatchObject({
      status: 400,
      body: loadFixture(`${EX}invalid-base64.json`),
    });
    expect(await call('GET', slots, headers({ system: 'tests' }))).toMatchObject({ status: 400, body: loadFixture(`${EX}malformed-target-identifier.json`) });
    expect(await call('GET', slots, headers({ ...DOS, value: '1234' }))).toMatchObject({ status: 404, body: loadFixture(`${EX}proxy-not-found.json`) });
    expect(await call('GET', slots, headers(DOS, { accept: 'application/fhir+json' }))).toMatchObject({
      status: 406,
      body: loadFixture(`${EX}not-acceptable.json`),
    });
    expect((await call('GET', slots, headers(DOS, { 'nhsd-end-user-organisation': '' }))).status).toBe(400);
    expect((await call('GET', '/Nothing', headers(DOS, nonConforming('a path BaRS does not have')))).body).toEqual(
      loadFixture(`${EX}OperationOutcome/PROXY-NONE/404-NOT_FOUND-not-found.json`),
    );
    expect((await call('GET', slots, { ...headers(), authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('every switchboard error with a body matches the OperationOutcome schema', async () => {
    for (const code of ['400', '400-1', '400-2', '401', '403', '406', '409', '422', '500', '500-2', '501']) {
      const res = await call(
        'GET',
        '/ServiceRequest/x',
        headers({ system: 'tests', value: `NHS0001-${code}` }, nonConforming('an id that is not a UUID: the switchboard answers before the id is read')),
      );
      expect(res.status).toBe(Number(code.slice(0, 3)));
      expect(spec.validate('GET', '/ServiceRequest/{id}', res.status, res.body)).toEqual([]);
    }
  });
});
