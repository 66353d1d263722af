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

describe('e-RS sandbox: the referrer journey (A010, A011, A015, A016, A029, A042)', () => {
  const EX = 'ers/specification/components/stu3/examples/';
  const rc = referrer('Y12345');

  it("answers the contract's example requests of A010, A011 and A016 with their example responses, which match the spec", async () => {
    const cases: [string, string, string, number, Record<string, string>][] = [
      [
        '/STU3/HealthcareService/$ers.searchHealthcareServicesForPatient',
        'patientServiceSearch/requests/RcMinimal',
        'patientServiceSearch/responses/FetchServiceListWithMultipleServices',
        200,
        rc,
      ],
      ['/STU3/ReferralRequest/$ers.createReferral', 'createReferral/requests/MinimalRequest', 'createReferral/responses/ReferralRequest', 201, rc],
      ['/STU3/Appointment', 'bookOrDeferAppointment/requests/MinimalBooking', 'bookOrDeferAppointment/responses/MinimalBooking', 201, rc],
      ['/STU3/Appointment', 'bookOrDeferAppointment/requests/MinimalDeferral', 'bookOrDeferAppointment/responses/MinimalDeferral', 201, rc],
    ];
    for (const [path, request, response, status, headers] of cases) {
      const res = await call('POST', path, headers, loadFixture(`${EX}${request}.json`));
      expect(res.status, request).toBe(status);
      expect(res.body).toEqual(loadFixture(`${EX}${response}.json`));
      expect(spec.validate('POST', path, status, res.body)).toEqual([]);
    }
  });

  it("answers A015's sandbox scenarios (a015's table), page 5 of service 11000 being its 400", async () => {
    const q = (service: string, count: string, page: string) =>
      `/STU3/Slot?schedule.actor%3AHealthcareService=${service}&appointmentType=ROUTINE&status=free&_count=${count}&page=${page}`;
    const headers = { ...rc, 'nhsd-ers-comm-rule-org': 'R69' };
    const minimum = await call('GET', q('12000', '20', '1'), headers);
    expect(minimum.status).toBe(200);
    expect(minimum.body.entry.filter((e: any) => e.resource.resourceType === 'Slot')).toHaveLength(3);
    expect(spec.validate('GET', '/STU3/Slot', 200, minimum.body)).toEqual([]);
    const error = await call('GET', q('11000', '5', '5'), headers);
    expect(error.status).toBe(400);
    expect(error.body.issue[0].details.coding[0].code).toBe('INVALID_VALUE');
  });

  it('creates a referral over seeded services, serves it with A005, its slots with A015, books it with A016 and lists its actions with A029', async () => {
    const patient = sandbox.population.patients.find((p) => !p.restricted)!;
    const service = [...records.services.values()].find((s) => s.specialty === 'DERMATOLOGY')!;
    const body = {
      resourceType: 'Parameters',
      meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/eRS-CreateReferral-Parameters-1'] },
      parameter: [
        { name: 'patient', valueIdentifier: { system: 'http://fhir.nhs.net/Id/nhs-number', value: patient.nhsNumber } },
        {
          name: 'intentionToAddReferralLetter',
          valueCoding: { system: 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-ReferralLetterIntention-1', code: 'NEED_TO_ADD_LATER' },
        },
        { name: 'firstReminderLetterFollowUpDays', valueUnsignedInt: 0 },
        {
          name: 'shortlist',
          resource: {
            meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/eRS-Shortlist-List-1'] },
            resourceType: 'List',
            status: 'current',
            mode: 'snapshot',
            contained: [
              {
                resourceType: 'Parameters',
                meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/eRS-ServiceSearchCriteria-Parameters-1'] },
                id: 'c',
                parameter: [
                  { name: 'priority', valueCoding: { system: 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-Priority-1', code: 'ROUTINE' } },
                  { name: 'ageAndGenderAppropriate', valueBoolean: true },
                ],
              },
            ],
            entry: [{ item: { identifier: { system: 'http://fhir.nhs.net/Id/ers-service', value: service.id } } }],
            extension: [{ url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-eRS-Shortlist-SearchCriteria-1', valueReference: { reference: '#c' } }],
          },
        },
      ],
    };
    const created = await call('POST', '/STU3/ReferralRequest/$ers.createReferral', rc, body);
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('W/"1"');
    expect(spec.validate('POST', '/STU3/ReferralRequest/$ers.createReferral', 201, created.body)).toEqual([]);
    const ubrn = created.body.id as string;
    expect((await call('GET', `/STU3/ReferralRequest/${ubrn}`, rc)).body.meta.versionId).toBe('1');

    const slots = await call('GET', `/STU3/Slot?schedule.actor%3AHealthcareService=${service.id}&appointmentType=ROUTINE&status=free&_count=2&page=1`, {
      ...rc,
      'nhsd-ers-comm-rule-org': 'Y12345',
    });
    expect(slots.status).toBe(200);
    expect(spec.validate('GET', '/STU3/Slot', 200, slots.body)).toEqual([]);
    const slotId = slots.body.entry.find((e: any) => e.resource.resourceType === 'Slot').resource.id;

    const booking = (version: number) => ({
      id: 'appointment',
      meta: {
        profile: [
          'https://fhir.nhs.uk/STU3/StructureDefinition/eRS-Appointment-1',
          'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Appointment-1',
        ],
      },
      resourceType: 'Appointment',
      status: 'booked',
      description: 'e-Referral Appointment',
      slot: [{ reference: `Slot/${slotId}` }],
      incomingReferral: [{ reference: `ReferralRequest/${ubrn}/_history/${version}` }],
      participant: [
        { actor: { identifier: { system: 'http://fhir.nhs.net/Id/ers-service', value: service.id } }, status: 'accepted' },
        { actor: { identifier: { system: 'http://fhir.nhs.net/Id/nhs-number', value: patient.nhsNumber } }, status: 'accepted' },
      ],
    });
    expect((await call('POST', '/STU3/Appointment', rc, booking(3))).status).toBe(409);
    const booked = await call('POST', '/STU3/Appointment', rc, booking(1));
    expect(booked.status).toBe(201);
    expect(spec.validate('POST', '/STU3/Appointment', 201, booked.body)).toEqual([]);

    const tasks = await call('GET', `/STU3/Task?focus=ReferralRequest/${ubrn}/_history/2&intent=proposal&status=ready`, rc);
    expect(tasks.status).toBe(200);
    expect(spec.validate('GET', '/STU3/Task', 200, tasks.body)).toEqual([]);
    expect(tasks.body.entry.map((e: any) => e.resource.code.coding[0].code)).toEqual(['CANCEL_DIRECTLY_BOOKED_APPOINTMENT', 'CANCEL_REFERRAL']);
    const old = await call('GET', `/STU3/Task?focus=ReferralRequest/${ubrn}/_history/1&intent=proposal&status=ready`, rc);
    expect(old.status).toBe(400);
    expect(old.body.issue[0].details.coding[0].code).toBe('HISTORY_NOT_SUPPORTED');
  });

  it('A042 answers 307 to a single-use location in the object store; a PENDING attachment is 422 PENDING', async () => {
    const ref = sample((r) => r.attachments.some((a) => a.availability === 'AVAILABLE'), 1)[0]!;
    const available = ref.attachments.find((a) => a.availability === 'AVAILABLE')!;
    const res = await call('GET', `/R4/Binary/att-${available.id}`, referrer(ref.referrerOdsCode));
    expect(res.status).toBe(307);
    const file = await request(String(res.headers.location));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect((await file.body.text()).startsWith('%PDF-')).toBe(true);
    const again = await request(String(res.headers.location));
    expect(again.statusCode).toBe(404);
    await again.body.dump();

    const pendingRef = sample((r) => r.attachments.some((a) => a.availability === 'PENDING'), 1)[0]!;
    const pending = pendingRef.attachments.find((a) => a.availability === 'PENDING')!;
    const refused = await call('GET', `/R4/Binary/att-${pending.id}`, referrer(pendingRef.referrerOdsCode));
    expect(refused.status).toBe(422);
    expect(refused.body.issue[0].details.coding[0]).toEqual({ system: 'https://fhir.nhs.uk/CodeSystem/ers-error-codes', code: 'PENDING' });
    expect(spec.validate('GET', '/R4/Binary/{id}', 422, refused.body)).toEqual([]);
  });
});
