import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startEmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { seedErsRecords, type ErsRecords, type SeededReferral } from '../../sandbox/src/routers/ers/records.js';
import { WORKLISTS } from '../../sandbox/src/routers/ers/resources.js';
import type { Sandbox } from '../../sandbox/src/server.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { OpenApiSpec } from '../support/openapi.js';

/**
 * The embedded e-RS answers, seeded and example alike, validated against the published e-RS OpenAPI spec's schemas
 * (e-referrals-service-api.yaml), and its refusals compared with the contract's.
 */
let sandbox: Sandbox;
let platform: Platform;
let spec: OpenApiSpec;
let token: string;
let workerToken: string;
let records: ErsRecords;
let embedded: Awaited<ReturnType<typeof startEmbeddedPlatform>>;

beforeAll(async () => {
  embedded = await startEmbeddedPlatform();
  sandbox = embedded.sandbox;
  platform = createPlatform({ origin: sandbox.origin, credentials: embedded.credentials, timeoutMs: { default: 5_000 } });
  token = await platform.appAuth!.token();
  workerToken = await platform.appAuth!.userToken(await signInAs(embedded, { staff: 'clinician' }));
  spec = await OpenApiSpec.load('ers/specification/e-referrals-service-api.yaml');
  records = seedErsRecords(sandbox.population);
});
afterAll(async () => {
  await platform.close();
  await sandbox.close();
});

const ERS = '/referrals/FHIR';
const referrer = (org: string) => ({ 'nhsd-ers-business-function': 'REFERRING_CLINICIAN', 'nhsd-end-user-organisation-ods': org });
const provider = (org: string) => ({ 'nhsd-ers-business-function': 'SERVICE_PROVIDER_CLINICIAN', 'nhsd-end-user-organisation-ods': org });

/** A call with a healthcare worker's platform token (CIS2, token exchange), or with the application's own. */
async function call(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: unknown, as: 'worker' | 'application' = 'worker') {
  const bearer = as === 'worker' ? workerToken : token;
  const res = await request(sandbox.origin + ERS + path, {
    method,
    headers: {
      'x-request-id': randomUUID(),
      'x-correlation-id': 'corr-1',
      authorization: `Bearer ${bearer}`,
      ...(body ? { 'content-type': 'application/fhir+json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

function worklistBody(listType: string) {
  return {
    resourceType: 'Parameters',
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/eRS-FetchWorklist-Parameters-1'] },
    parameter: [
      { name: 'listType', valueCodeableConcept: { coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-ReferralListSelector-1', code: listType }] } },
    ],
  };
}

function sample(predicate: (r: SeededReferral) => boolean, n = 5): SeededReferral[] {
  return [...records.referrals.values()].filter(predicate).slice(0, n);
}

describe('e-RS sandbox conforms to e-referrals-service-api.yaml', () => {
  it('seeds referrals for a good share of the population, at practices and trusts ODS knows', () => {
    const patients = new Set([...records.referrals.values()].map((r) => r.nhsNumber));
    expect(patients.size).toBeGreaterThan(sandbox.population.patients.length * 0.25);
    const known = new Set(sandbox.population.organisations.map((o) => o.odsCode));
    for (const r of records.referrals.values()) {
      expect(known.has(r.referrerOdsCode)).toBe(true);
      expect(known.has(r.service.providerOdsCode)).toBe(true);
    }
    expect(seedErsRecords(sandbox.population).referrals).toEqual(records.referrals);
  });

  it('A005: example and seeded referrals match eRS-ReferralRequest-1, with an ETag of their version and e-RS own X-Request-ID', async () => {
    const ubrns = ['000000070000', '000000070001', '000000070002', '000000070003', '000000070004', '000000070005', '000000070011', '000000070012'];
    const seeded = [
      ...sample((r) => r.appointment?.embedded === true, 3),
      ...sample((r) => r.attachments.length === 2, 3),
      ...sample((r) => r.state === 'CANCELLED_REFERRAL', 2),
    ];
    const orgOf = new Map(seeded.map((r) => [r.ubrn, r.referrerOdsCode]));
    for (const ubrn of [...ubrns, ...seeded.map((r) => r.ubrn)]) {
      const res = await call('GET', `/STU3/ReferralRequest/${ubrn}`, referrer(orgOf.get(ubrn) ?? 'R69'));
      expect(res.status).toBe(200);
      expect(spec.validate('GET', '/STU3/ReferralRequest/{ubrn}', 200, res.body)).toEqual([]);
      expect(res.headers.etag).toBe(`W/"${res.body.meta.versionId}"`);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}-1$/);
      expect(res.headers['x-correlation-id']).toBe('corr-1');
    }
  });

  it('A005: an unknown UBRN is the contract sandbox 422 SANDBOX_ERROR', async () => {
    const res = await call('GET', '/STU3/ReferralRequest/999999999999', referrer('R69'));
    expect(res.status).toBe(422);
    expect(res.body).toEqual(loadFixture('ers/specification/components/stu3/examples/STU3-SandboxErrorOutcome.json'));
  });

  it('A005: a business function the endpoint does not allow, or a missing organisation, is 403', async () => {
    expect(
      (await call('GET', '/STU3/ReferralRequest/000000070000', { 'nhsd-ers-business-function': 'REFERRING_ADMIN', 'nhsd-end-user-organisation-ods': 'R69' }))
        .status,
    ).toBe(403);
    expect((await call('GET', '/STU3/ReferralRequest/000000070000', { 'nhsd-ers-business-function': 'REFERRING_CLINICIAN' })).status).toBe(403);
    expect(
      (
        await call('GET', '/STU3/ReferralRequest/000000070000', {
          'nhsd-ers-business-function': 'SERVICE_PROVIDER_CLINICIAN_ADMIN',
          'nhsd-end-user-organisation-ods': 'R69',
        })
      ).status,
    ).toBe(403);
  });

  it('A008: every worklist of seeded organisations matches eRS-FetchWorklist-List-1', async () => {
    const ref = sample(() => true, 1)[0]!;
    for (const [listType, w] of Object.entries(WORKLISTS)) {
      const res = await call(
        'POST',
        '/STU3/ReferralRequest/$ers.fetchworklist',
        w.referrer ? referrer(ref.referrerOdsCode) : provider(ref.service.providerOdsCode),
        worklistBody(listType),
      );
      expect(res.status).toBe(200);
      expect(spec.validate('POST', '/STU3/ReferralRequest/$ers.fetchworklist', 200, res.body)).toEqual([]);
    }
  });

  it("A008: a referrer worklist asked for in a provider role is 403; the contract's example bodies get the example lists", async () => {
    expect((await call('POST', '/STU3/ReferralRequest/$ers.fetchworklist', provider('RR8'), worklistBody('AWAITING_BOOKING'))).status).toBe(403);
    const example = loadFixture('ers/specification/components/stu3/examples/retrieveWorklist/requests/FilteringByService.json');
    const res = await call('POST', '/STU3/ReferralRequest/$ers.fetchworklist', provider('VNE51'), example);
    expect(res.body).toEqual(loadFixture('ers/specification/components/stu3/examples/retrieveWorklist/responses/FilteredByService.json'));
  });

  it('A038: example and seeded appointments match eRS-Appointment-1', async () => {
    const booked = sample((r) => r.appointment !== null, 4);
    const orgOf = new Map(booked.map((r) => [r.appointment!.id, r.referrerOdsCode]));
    for (const id of ['70000', '70001', '70006', ...orgOf.keys()]) {
      const res = await call('GET', `/STU3/Appointment/${id}`, referrer(orgOf.get(id) ?? 'R69'));
      expect(res.status).toBe(200);
      expect(spec.validate('GET', '/STU3/Appointment/{id}', 200, res.body)).toEqual([]);
    }
  });

  it("A005 and A038: a worker acting for an organisation that is neither referrer nor provider is 422 NO_RELATIONSHIP (the spec's 422 table)", async () => {
    const [r] = sample((x) => x.appointment !== null && x.referrerOdsCode !== 'A81001' && x.service.providerOdsCode !== 'A81001', 1);
    for (const [path, route] of [
      [`/STU3/ReferralRequest/${r!.ubrn}`, '/STU3/ReferralRequest/{ubrn}'],
      [`/STU3/Appointment/${r!.appointment!.id}`, '/STU3/Appointment/{id}'],
    ] as const) {
      const res = await call('GET', path, referrer('A81001'));
      expect(res.status).toBe(422);
      expect(res.body.issue[0].details.coding[0]).toMatchObject({ system: 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-APIErrorCode-1', code: 'NO_RELATIONSHIP' });
      expect(spec.validate('GET', route, 422, res.body)).toEqual([]);
    }
  });

  it("A030: a worker's e-RS roles per organisation, without role headers; the application gets the contract's example", async () => {
    const res = await call('GET', '/R4/PractitionerRole');
    expect(res.status).toBe(200);
    expect(spec.validate('GET', '/R4/PractitionerRole', 200, res.body)).toEqual([]);
    expect(res.body.entry.map((e: any) => [e.resource.organization.identifier.value, e.resource.code.map((c: any) => c.coding[0].code)])).toEqual([
      ['Y12345', ['REFERRING_CLINICIAN']],
    ]);
  });

  it('A033 and A035: example and seeded services match eRS-HealthcareService; A035 takes several ids in one _id', async () => {
    for (const id of ['1', '2', '30000', '30101']) {
      const res = await call('GET', `/R4/HealthcareService/${id}`, referrer('R69'));
      expect(res.status).toBe(200);
      expect(spec.validate('GET', '/R4/HealthcareService/{id}', 200, res.body)).toEqual([]);
    }
    const search = await call('GET', `/R4/HealthcareService?_id=${encodeURIComponent('30000,30101,99')}`, referrer('R69'));
    expect(search.body.entry.map((e: any) => e.resource.id)).toEqual(['30000', '30101']);
    expect(spec.validate('GET', '/R4/HealthcareService', 200, search.body)).toEqual([]);
    expect((await call('GET', '/R4/HealthcareService?_id=1,2', provider('R69'))).status).toBe(403);
  });

  it(
    "A033 and A035 refuse in R4's NHSDigital-OperationOutcome: a role they do not serve 403 REC_FORBIDDEN, " +
      'an unknown service 404, a missing or 21-id _id 400',
    async () => {
      const refusals = [
        [403, 'REC_FORBIDDEN', 'GET', '/R4/HealthcareService', await call('GET', '/R4/HealthcareService?_id=1,2', provider('R69'))],
        [403, 'REC_FORBIDDEN', 'GET', '/R4/HealthcareService/{id}', await call('GET', '/R4/HealthcareService/1', provider('R69'))],
        [404, 'REC_NOT_FOUND', 'GET', '/R4/HealthcareService/{id}', await call('GET', '/R4/HealthcareService/99999', referrer('R69'))],
        [
          400,
          'REC_BAD_REQUEST',
          'GET',
          '/R4/HealthcareService',
          await call('GET', `/R4/HealthcareService?_id=${Array.from({ length: 21 }, (_, i) => 30000 + i).join(',')}`, referrer('R69')),
        ],
      ] as const;
      for (const [status, code, method, path, res] of refusals) {
        expect(res.status).toBe(status);
        expect(res.body.issue[0].details.coding[0]).toEqual({ system: 'https://fhir.nhs.uk/CodeSystem/http-error-codes', code });
        expect(spec.validate(method, path, status, res.body)).toEqual([]);
      }
    },
  );

  it('refuses a call without a platform token with 401 and serves unknown paths with its 404', async () => {
    const res = await request(`${sandbox.origin}${ERS}/STU3/ReferralRequest/000000070000`, { headers: nonConforming('no bearer token') });
    expect(res.statusCode).toBe(401);
    await res.body.dump();
    expect((await call('GET', '/STU3/Nothing/1', { ...referrer('R69'), ...nonConforming('a path e-RS does not have') })).body).toEqual({
      error: 'File not found',
    });
  });

  it(
    "checks who the platform token acts for: a worker's token needs the role context, an application's " +
      'may send none and reads no appointment, an NHS login token is refused',
    async () => {
      // A healthcare worker's token without its role context.
      expect((await call('GET', '/STU3/ReferralRequest/000000070000')).status).toBe(403);
      expect((await call('GET', '/STU3/ReferralRequest/000000070000', { 'nhsd-ers-business-function': 'REFERRING_CLINICIAN' })).status).toBe(403);
      // The application's own token: unattended endpoints without role headers only.
      expect((await call('GET', '/STU3/ReferralRequest/000000070000', {}, undefined, 'application')).status).toBe(200);
      expect((await call('GET', '/R4/HealthcareService/1', {}, undefined, 'application')).status).toBe(200);
      const withRole = await call('GET', '/STU3/ReferralRequest/000000070000', referrer('R69'), undefined, 'application');
      expect(withRole.status).toBe(403);
      expect(withRole.body.issue[0].details.coding[0].code).toBe('NO_ACCESS');
      expect((await call('GET', '/STU3/Appointment/70000', nonConforming('no role headers, which A038 requires'), undefined, 'application')).status).toBe(403);
      // A citizen's token (NHS login, token exchange).
      const citizen = await platform.appAuth!.userToken(await signInAs(embedded, { citizen: '9000000009', level: 'P9' }));
      const res = await request(`${sandbox.origin}${ERS}/STU3/ReferralRequest/000000070000`, {
        headers: { authorization: `Bearer ${citizen}`, ...referrer('R69') },
      });
      expect(res.statusCode).toBe(403);
      await res.body.dump();
    },
  );
});
