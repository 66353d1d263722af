import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedErsRecords, type ErsRecords, type SeededReferral } from '../../sandbox/src/routers/ers/records.js';
import { WORKLISTS } from '../../sandbox/src/routers/ers/resources.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { defaultAccessPolicy, DEFAULT_STAFF_ROLES } from '../../src/access/policy.js';
import type { SandboxRequest } from '../../sandbox/src/http.js';
import { TEST_STAFF } from '../../sandbox/src/identity/cis2.js';

let t: TestGraph;
let records: ErsRecords;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, ers: 400 } });
  records = seedErsRecords(t.sandbox.population);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('ers', undefined));

const REFERRER = (org: string) => ({ 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': org });
const PROVIDER = (org: string) => ({ 'NHSD-eRS-Business-Function': 'SERVICE_PROVIDER_CLINICIAN', 'NHSD-End-User-Organisation-ODS': org });
const ONE = `query($u: Ubrn!) { referral(ubrn: $u) { ubrn version state { code display reason { code } } priority { code } specialty { code }
  pathwayStart patientNhsNumber service { id name } shortlist { id } referrerOdsCode referrerOrganisation { odsCode name }
  attachments { id title contentType size url createdOn availability type attachedByOdsCode }
  appointment { id status start end created slotId serviceId } } }`;

function seeded(predicate: (r: SeededReferral) => boolean): SeededReferral {
  const found = [...records.referrals.values()].find(predicate);
  if (!found) throw new Error('no seeded referral fits');
  return found;
}

describe('referral(ubrn)', () => {
  it("maps the contract's booked DBS referral 000000070001 with its embedded appointment, attachment and referrer from ODS", async () => {
    const r = await t.run<any>(ONE, { u: '000000070001' });
    expect(r.errors).toBeUndefined();
    expect(r.data.referral).toEqual({
      ubrn: '000000070001',
      version: '5',
      state: { code: 'BOOKED', display: 'Booked', reason: null },
      priority: { code: 'ROUTINE' },
      specialty: { code: 'CARDIOLOGY' },
      pathwayStart: '2024-05-08T09:54:23.167Z',
      patientNhsNumber: '9912003888',
      service: { id: '11002', name: 'Good Cardiology Business Service' },
      shortlist: [{ id: '11002' }],
      referrerOdsCode: 'R69',
      referrerOrganisation: { odsCode: 'R69', name: 'TEST PROVIDER R69' },
      attachments: [
        {
          id: '80000',
          title: 'referralletter.pdf',
          contentType: 'application/pdf',
          size: 6,
          url: 'Binary/719f6045-e791-4029-8e0f-1201c02b0a55',
          createdOn: '2021-06-11',
          availability: 'AVAILABLE',
          type: 'REFERRER',
          attachedByOdsCode: 'R69',
        },
      ],
      // The embedded appointment's id is local ("appointment"): its e-RS id is in Extension-eRS-Appointment-Reference-1.
      appointment: {
        id: '70009',
        status: 'booked',
        start: '2021-06-13T12:30:00.000Z',
        end: '2021-06-13T12:45:00.000Z',
        created: '2021-06-11T12:33:25.664Z',
        slotId: '11002001',
        serviceId: '11002',
      },
    });
    // A030 (the worker's e-RS roles), A005, the PDS read that checks the patient it names is not restricted, ODS for the referrer.
    expect(t.calls()).toEqual({ ers: 2, pds: 1, ods: 1 });
  });

  it('accepts a UBRN in groups of four and reads the deferred referral with its reason', async () => {
    const r = await t.run<any>(`{ referral(ubrn: "0000 0007 0003") { ubrn state { code reason { code } } priority { code } } }`);
    expect(r.data.referral).toEqual({
      ubrn: '000000070003',
      state: { code: 'DEFERRED_TO_PROVIDER', reason: { code: 'NO_SLOTS_AT_SERVICE' } },
      priority: { code: 'URGENT' },
    });
  });

  it.each(['12345', '0000000700001', '00000007000A', '0000-0007 0000x'])('refuses the UBRN %s before any call', async (ubrn) => {
    const r = await t.run<any>(ONE, { u: ubrn });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('INVALID_UBRN');
    expect(t.calls()).toEqual({});
  });

  it('reads a seeded referral whose cancelled appointment is only referenced: A005 then A038', async () => {
    const ref = seeded((x) => x.state === 'APPT_CANCELLED_BY_PATIENT');
    const r = await t.run<any>(
      `query($u: Ubrn!) { referral(ubrn: $u) { state { code } patientNhsNumber appointment { id status serviceId } } }`,
      { u: ref.ubrn },
      { headers: REFERRER(ref.referrerOdsCode) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.referral).toEqual({
      state: { code: 'APPT_CANCELLED_BY_PATIENT' },
      patientNhsNumber: ref.nhsNumber,
      appointment: { id: ref.appointment!.id, status: 'cancelled', serviceId: ref.service.id },
    });
    expect(t.calls()).toEqual({ ers: 2, pds: 1 });
  });

  it("reads the service's site and provider through the R4 service directory and ODS", async () => {
    const ref = seeded((x) => x.shortlist.length === 2);
    const r = await t.run<any>(
      `query($u: Ubrn!) { referral(ubrn: $u) { shortlist { id siteOdsCode provider { odsCode } } providerOrganisation { odsCode } } }`,
      { u: ref.ubrn },
      { headers: REFERRER(ref.referrerOdsCode) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.referral.shortlist).toEqual(ref.shortlist.map((s) => ({ id: s.id, siteOdsCode: s.siteOdsCode, provider: { odsCode: s.providerOdsCode } })));
    expect(r.data.referral.providerOrganisation).toEqual({ odsCode: ref.service.providerOdsCode });
    // A005 (and PDS for the patient's restriction), then one A035 for both services; one batched ODS call.
    expect(t.calls()).toEqual({ ers: 2, pds: 1, ods: 1 });
  });
});

describe('the R4 service directory (A035) in batches', () => {
  it('asks for at most 20 services a call, as a035 allows, however many one request reads', async () => {
    // One referrer's referrals, enough of them to name more than 20 distinct services between their shortlists.
    const restricted = new Set(t.sandbox.population.patients.filter((p) => p.restricted).map((p) => p.nhsNumber));
    const byReferrer = new Map<string, SeededReferral[]>();
    for (const ref of records.referrals.values())
      if (!restricted.has(ref.nhsNumber)) byReferrer.set(ref.referrerOdsCode, [...(byReferrer.get(ref.referrerOdsCode) ?? []), ref]);
    const distinct = (refs: SeededReferral[]) => new Set(refs.flatMap((x) => x.shortlist.map((s) => s.id)));
    // At most 20 referrals (the graph's alias limit), each adding services not named yet.
    const pick = (refs: SeededReferral[]) =>
      refs.reduce<SeededReferral[]>((chosen, ref) => {
        const named = distinct(chosen);
        return chosen.length < 20 && ref.shortlist.some((s) => !named.has(s.id)) ? [...chosen, ref] : chosen;
      }, []);
    const [referrer, chosen] = [...byReferrer]
      .map(([org, refs]) => [org, pick(refs.sort((x, y) => y.shortlist.length - x.shortlist.length))] as const)
      .sort(([, a], [, b]) => distinct(b).size - distinct(a).size)[0]!;
    const wanted = distinct(chosen);
    expect(wanted.size).toBeGreaterThan(20);
    const query = `{ ${chosen.map((ref, i) => `r${i}: referral(ubrn: "${ref.ubrn}") { shortlist { id siteOdsCode } }`).join(' ')} }`;
    const r = await t.run<any>(query, undefined, { headers: REFERRER(referrer) });
    expect(r.errors).toBeUndefined();
    chosen.forEach((ref, i) => expect(r.data[`r${i}`].shortlist).toEqual(ref.shortlist.map((s) => ({ id: s.id, siteOdsCode: s.siteOdsCode }))));
    const searches = t.sandbox.receivedRequests('ers').filter((q) => q.method === 'GET' && q.path.endsWith('/R4/HealthcareService'));
    const asked = searches.map((q) => new URLSearchParams(q.search).get('_id')!.split(','));
    expect(asked.every((ids) => ids.length <= 20)).toBe(true);
    expect(new Set(asked.flat())).toEqual(wanted);
    expect(searches).toHaveLength(Math.ceil(wanted.size / 20));
  });
});

describe('e-RS role headers', () => {
  it('sends the business function and organisation exactly as declared, and keeps e-RS own X-Request-ID', async () => {
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { headers: REFERRER('r69') });
    expect(r.errors).toBeUndefined();
    const [received] = t.sandbox.receivedRequests('ers');
    expect(received?.headers['nhsd-ers-business-function']).toBe('REFERRING_CLINICIAN');
    expect(received?.headers['nhsd-end-user-organisation-ods']).toBe('R69');
    expect(received?.headers['nhsd-ers-on-behalf-of-user-id']).toBeUndefined();
    expect(received?.headers.authorization).toMatch(/^Bearer /);
  });

  it('sends the on-behalf-of user only for SERVICE_PROVIDER_CLINICIAN_ADMIN', async () => {
    const headers = {
      'NHSD-eRS-Business-Function': 'SERVICE_PROVIDER_CLINICIAN_ADMIN',
      'NHSD-End-User-Organisation-ODS': 'R69',
      'NHSD-eRS-On-Behalf-Of-User-ID': '021600556514',
    };
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { headers });
    expect(r.errors).toBeUndefined();
    expect(t.sandbox.receivedRequests('ers')[0]?.headers['nhsd-ers-on-behalf-of-user-id']).toBe('021600556514');
  });

  it("acts for the signed-in worker when the caller declares nothing: their exchanged CIS2 token and the role e-RS's A030 names", async () => {
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`);
    expect(r.errors).toBeUndefined();
    const [a030, received] = t.sandbox.receivedRequests('ers');
    expect(a030?.path).toBe('/referrals/FHIR/R4/PractitionerRole');
    expect(a030?.headers['nhsd-ers-business-function']).toBeUndefined();
    const clinician = TEST_STAFF.find((s) => s.id === 'clinician')!;
    expect(received?.headers['nhsd-ers-business-function']).toBe('REFERRING_CLINICIAN');
    expect(received?.headers['nhsd-end-user-organisation-ods']).toBe(clinician.roles[0]!.orgCode);
    expect(received?.headers['nhsd-session-urid']).toBe(clinician.roles[0]!.roleProfileId);
    // The bearer is the platform token the worker's ID token was exchanged for, never the application's own.
    const grant = t.sandbox.auth.grantOf({ headers: received!.headers } as SandboxRequest);
    expect(grant).toMatchObject({ kind: 'cis2', subject: clinician.subject, roleProfileId: clinician.roles[0]!.roleProfileId });
    expect(received?.headers.authorization).not.toBe(`Bearer ${await t.platform.appAuth!.token()}`);
  });

  it('an admin worker acts as the REFERRING_ADMIN A030 names at their organisation, and e-RS answers for that role', async () => {
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { principal: { staff: 'admin' } });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors?.[0]?.extensions?.upstream).toMatchObject({ api: 'ers', status: 403, issueCode: 'NO_ACCESS' });
    const received = t.sandbox.receivedRequests('ers')[1];
    expect(received?.headers['nhsd-ers-business-function']).toBe('REFERRING_ADMIN');
    expect(t.sandbox.auth.grantOf({ headers: received!.headers } as SandboxRequest)).toMatchObject({
      kind: 'cis2',
      subject: TEST_STAFF.find((s) => s.id === 'admin')!.subject,
    });
  });

  it("a declared business function without an organisation acts at the worker's own organisation", async () => {
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, {
      headers: { 'NHSD-eRS-Business-Function': 'SERVICE_PROVIDER_CLINICIAN' },
    });
    expect(r.errors).toBeUndefined();
    const [received] = t.sandbox.receivedRequests('ers');
    expect(received?.headers['nhsd-ers-business-function']).toBe('SERVICE_PROVIDER_CLINICIAN');
    expect(received?.headers['nhsd-end-user-organisation-ods']).toBe('Y12345');
  });

  it.each([
    [{ 'NHSD-eRS-Business-Function': 'SURGEON', 'NHSD-End-User-Organisation-ODS': 'R69' }, 'INVALID_ERS_BUSINESS_FUNCTION'],
    [{ 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': 'R6!' }, 'INVALID_ODS_CODE'],
    [{ 'NHSD-eRS-Business-Function': 'SERVICE_PROVIDER_CLINICIAN_ADMIN', 'NHSD-End-User-Organisation-ODS': 'R69' }, 'ERS_ON_BEHALF_OF_REQUIRED'],
    [{ ...REFERRER('R69'), 'NHSD-eRS-On-Behalf-Of-User-ID': '021600556514' }, 'ERS_ON_BEHALF_OF_NOT_ALLOWED'],
    [
      { 'NHSD-eRS-Business-Function': 'SERVICE_PROVIDER_CLINICIAN_ADMIN', 'NHSD-End-User-Organisation-ODS': 'R69', 'NHSD-eRS-On-Behalf-Of-User-ID': 'bob' },
      'INVALID_SDS_USER_ID',
    ],
  ])('refuses the role context %j with %s before any call', async (headers, reason) => {
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { headers });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(t.calls()).toEqual({});
  });
});

describe('e-RS errors', () => {
  it("maps e-RS's 403 for a role the endpoint does not allow to FORBIDDEN, with its code and its own request id", async () => {
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, {
      headers: { 'NHSD-eRS-Business-Function': 'REFERRING_ADMIN', 'NHSD-End-User-Organisation-ODS': 'R69' },
    });
    expect(r.data.referral).toBeNull();
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const upstream = r.errors?.[0]?.extensions?.upstream as Record<string, string>;
    expect(upstream).toMatchObject({ api: 'ers', status: 403, issueCode: 'NO_ACCESS' });
    expect(upstream.upstreamRequestId).toMatch(/-1$/);
    expect(upstream.upstreamRequestId).not.toBe(upstream.requestId);
  });

  it("maps the sandbox's 422 for an unknown UBRN to BAD_USER_INPUT with e-RS's code", async () => {
    const r = await t.run<any>(`{ referral(ubrn: "999999999999") { ubrn } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'SANDBOX_ERROR', upstream: { api: 'ers', status: 422, issueCode: 'SANDBOX_ERROR' } });
  });

  it.each([
    [401, 'UNAUTHENTICATED'], // the caller's exchanged token, refused again after one refresh
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [412, 'VERSION_CONFLICT'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('maps e-RS %i to %s', async (status, code) => {
    t.sandbox.setFault('ers', { kind: 'status', status });
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`);
    expect(r.data.referral).toBeNull();
    expect(codes(r)).toEqual([code]);
    expect(r.errors?.[0]?.extensions?.upstream).toMatchObject({ api: 'ers', status });
  });

  it('a referral answered for another UBRN, or an appointment for another id, is UPSTREAM_ERROR, never the wrong record', async () => {
    t.sandbox.setFault('ers', {
      kind: 'answer',
      status: 200,
      body: loadFixture('ers/specification/components/stu3/examples/retrieveReferralRequest/responses/BookedDBS.json'),
    });
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { headers: REFERRER('R69') });
    expect(r.data.referral).toBeNull();
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
    t.sandbox.setFault('ers', { kind: 'answer', status: 200, body: { resourceType: 'Bundle', type: 'history', entry: [] } });
    const services = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { headers: REFERRER('R69') });
    expect(codes(services)).toEqual(['UPSTREAM_ERROR']);
  });

  it('maps an e-RS that does not answer to UPSTREAM_TIMEOUT', async () => {
    t.sandbox.setFault('ers', { kind: 'hang' });
    const r = await t.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`);
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
  });
});

describe('Patient.referrals', () => {
  function patientWith(listType: string, byProvider: boolean): { nhsNumber: string; org: string; expected: SeededReferral[] } {
    const spec = WORKLISTS[listType]!;
    const ref = seeded(
      (x) =>
        (spec.states ? spec.states.includes(x.state) : x.attachments.length === 0 && x.state !== 'CANCELLED_REFERRAL') &&
        !t.sandbox.population.patients.find((p) => p.nhsNumber === x.nhsNumber)?.restricted,
    );
    const org = byProvider ? ref.service.providerOdsCode : ref.referrerOdsCode;
    const expected = [...records.referrals.values()].filter(
      (x) =>
        x.nhsNumber === ref.nhsNumber &&
        (byProvider ? x.service.providerOdsCode : x.referrerOdsCode) === org &&
        (spec.states ? spec.states.includes(x.state) : x.attachments.length === 0 && x.state !== 'CANCELLED_REFERRAL'),
    );
    return { nhsNumber: ref.nhsNumber, org, expected };
  }

  it("lists the patient's referrals on the referrer's AWAITING_BOOKING worklist with one e-RS call", async () => {
    const { nhsNumber, org, expected } = patientWith('AWAITING_BOOKING', false);
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { referrals { ubrn state { code } priority { code } } } }`,
      { n: nhsNumber },
      { headers: REFERRER(org) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.referrals).toEqual(expected.map((x) => ({ ubrn: x.ubrn, state: { code: x.state }, priority: { code: x.priority } })));
    expect(t.calls()).toEqual({ pds: 1, ers: 1 });
    const [worklistCall] = t.sandbox.receivedRequests('ers');
    expect(worklistCall?.method).toBe('POST');
    expect(worklistCall?.path).toBe('/referrals/FHIR/STU3/ReferralRequest/$ers.fetchworklist');
  });

  it("gives a provider their patients' referrals with provider organisations: 1 e-RS call + 1 ODS call", async () => {
    const { nhsNumber, org, expected } = patientWith('REFERRALS_FOR_REVIEW', true);
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { referrals { ubrn specialty { code } service { id } version providerOrganisation { odsCode name } } } }`,
      { n: nhsNumber },
      { headers: PROVIDER(org) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.referrals).toEqual(
      expected.map((x) => ({
        ubrn: x.ubrn,
        specialty: { code: x.service.specialty },
        service: { id: x.service.id },
        version: String(x.version),
        providerOrganisation: { odsCode: org, name: expect.any(String) },
      })),
    );
    expect(t.calls()).toEqual({ pds: 1, ers: 1, ods: 1 });
  });

  it('gives a referrer the provider organisations: the worklist, each referral, one service search and one ODS call', async () => {
    const { nhsNumber, org, expected } = patientWith('AWAITING_BOOKING', false);
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { referrals { ubrn attachments { id } providerOrganisation { odsCode } } } }`,
      { n: nhsNumber },
      { headers: REFERRER(org) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.referrals).toEqual(
      expected.map((x) => ({
        ubrn: x.ubrn,
        attachments: x.attachments.map((a) => ({ id: a.id })),
        providerOrganisation: { odsCode: x.service.providerOdsCode },
      })),
    );
    expect(t.calls()).toEqual({ pds: 1, ers: 1 + expected.length + 1, ods: 1 });
  });

  it('reads one worklist for every patient of a practice in the query', async () => {
    const ref = seeded((x) => x.state === 'NOT_BOOKED');
    const practiceReferrals = [...records.referrals.values()].filter(
      (x) => x.referrerOdsCode === ref.referrerOdsCode && WORKLISTS.AWAITING_BOOKING!.states!.includes(x.state),
    );
    const patients = [...new Set(practiceReferrals.map((x) => x.nhsNumber))]
      .filter((n) => !t.sandbox.population.patients.find((p) => p.nhsNumber === n)?.restricted)
      .slice(0, 5);
    const query = `{ ${patients.map((n, i) => `p${i}: patient(nhsNumber: "${n}") { referrals { ubrn } }`).join(' ')} }`;
    const r = await t.run<any>(query, undefined, { headers: REFERRER(ref.referrerOdsCode) });
    expect(r.errors).toBeUndefined();
    patients.forEach((n, i) =>
      expect(r.data[`p${i}`].referrals.map((x: any) => x.ubrn)).toEqual(practiceReferrals.filter((x) => x.nhsNumber === n).map((x) => x.ubrn)),
    );
    expect(t.calls()).toEqual({ pds: patients.length, ers: 1 });
  });

  it("takes a worker's role from A030, not from their national RBAC role: a trust nurse acts as SERVICE_PROVIDER_CLINICIAN there", async () => {
    const custom = await startTestGraph({
      access: { ...defaultAccessPolicy(), staffRoles: { ...DEFAULT_STAFF_ROLES, R8001: ['pds', 'ers', 'ods'], R8013: ['pds', 'ers', 'ods'] } },
    });
    try {
      for (const [worker, role] of [
        ['nurse', 'SERVICE_PROVIDER_CLINICIAN'],
        ['manager', 'SERVICE_PROVIDER_ADMIN'],
      ] as const) {
        custom.resetCalls();
        const r = await custom.run<any>(`{ referral(ubrn: "000000070000") { ubrn } }`, undefined, { principal: { staff: worker } });
        // A005 allows clinical roles only: e-RS refuses the manager's SERVICE_PROVIDER_ADMIN (403), after it was sent.
        expect(codes(r)).toEqual(worker === 'nurse' ? [] : ['FORBIDDEN']);
        const sent = custom.sandbox
          .receivedRequests('ers')
          .filter((q) => q.path.endsWith('/STU3/ReferralRequest/000000070000'))
          .pop();
        expect(sent?.headers['nhsd-ers-business-function']).toBe(role);
        expect(sent?.headers['nhsd-end-user-organisation-ods']).toBe('RR8');
      }
    } finally {
      await custom.close();
    }
  });

  it('a worker e-RS gives no role is FORBIDDEN after the one A030 call, with no other e-RS call', async () => {
    const custom = await startTestGraph({ access: { ...defaultAccessPolicy(), staffRoles: { ...DEFAULT_STAFF_ROLES, R8003: ['pds', 'ers'] } } });
    try {
      const ref = seeded(() => true);
      const r = await custom.run<any>(
        `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber referrals { ubrn } } }`,
        { n: ref.nhsNumber },
        { principal: { staff: 'pharmacist' } },
      );
      expect(r.data.patient).toEqual({ nhsNumber: ref.nhsNumber, referrals: null });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ERS_NO_BUSINESS_FUNCTION' });
      expect(custom.calls()).toEqual({ pds: 1, ers: 1 });
    } finally {
      await custom.close();
    }
  });

  it("maps e-RS's 422 NO_RELATIONSHIP (acting for an organisation that is neither referrer nor provider) to FORBIDDEN", async () => {
    const ref = seeded((x) => x.referrerOdsCode !== 'A81001' && x.service.providerOdsCode !== 'A81001');
    const r = await t.run<any>(`query($u: Ubrn!) { referral(ubrn: $u) { ubrn } }`, { u: ref.ubrn }, { headers: REFERRER('A81001') });
    expect(r.data.referral).toBeNull();
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'NO_RELATIONSHIP', upstream: { api: 'ers', status: 422, issueCode: 'NO_RELATIONSHIP' } });
  });

  it('refuses a worklist the role cannot read before calling e-RS', async () => {
    const ref = seeded(() => true);
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { referrals(worklist: REFERRALS_FOR_REVIEW) { ubrn } } }`,
      { n: ref.nhsNumber },
      { headers: REFERRER(ref.referrerOdsCode) },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ERS_WORKLIST_NOT_FOR_ROLE' });
    expect(t.calls()).toEqual({ pds: 1 });
  });

  it("serves the contract's example worklist to an organisation without seeded referrals", async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { referrals(worklist: AWAITING_BOOKING) { ubrn } } }`, undefined, {
      headers: REFERRER('A83008'),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.referrals).toEqual([]);
    expect(t.calls()).toEqual({ pds: 1, ers: 1 });
  });
});

describe('a restricted patient', () => {
  /** A seeded referral of a restricted patient: it names their practice (the referrer) and the provider. */
  function restrictedReferral(): SeededReferral {
    const restricted = new Set(t.sandbox.population.patients.filter((p) => p.restricted).map((p) => p.nhsNumber));
    return seeded((r) => restricted.has(r.nhsNumber));
  }

  it('has no referrals shown: NOT_FOUND before any e-RS call', async () => {
    const ref = restrictedReferral();
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { restricted referrals { ubrn providerOrganisation { odsCode } } } }`,
      { n: ref.nhsNumber },
      { headers: REFERRER(ref.referrerOdsCode) },
    );
    expect(r.data.patient).toEqual({ restricted: true, referrals: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()).toEqual({ pds: 1 });
  });

  it('read by UBRN, is NOT_FOUND once e-RS names them, and neither the referrer nor the provider is returned', async () => {
    const ref = restrictedReferral();
    const r = await t.run<any>(
      `query($u: Ubrn!) { referral(ubrn: $u) { ubrn referrerOdsCode providerOrganisation { odsCode } resource } }`,
      { u: ref.ubrn },
      { headers: REFERRER(ref.referrerOdsCode) },
    );
    expect(r.data.referral).toBeNull();
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()).toEqual({ ers: 1, pds: 1 });
    const answer = JSON.stringify(r);
    expect(answer).not.toContain(ref.referrerOdsCode);
    expect(answer).not.toContain(ref.service.providerOdsCode);
  });
});
