import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedErsRecords, type SeededService } from '../../sandbox/src/routers/ers/records.js';
import { limitedAvailability } from '../../sandbox/src/routers/ers/referring.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { captureSlug, capturedRun } from '../support/log-capture.js';

/**
 * The referrer's journey through the graph and the embedded e-RS: find services (A010), create a referral (A011), see
 * it by UBRN (A005) and on the patient's worklist (A008), see slots (A015), book or defer (A016), see the actions
 * allowed (A029). Every exchange is judged against e-referrals-service-api.yaml by the contract checker.
 */
let t: TestGraph;
let cardiology: SeededService[];
let gynaecology: SeededService;
let patients: string[];
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000 } });
  const records = seedErsRecords(t.sandbox.population);
  const services = [...records.services.values()];
  cardiology = services.filter((s) => s.specialty === 'CARDIOLOGY');
  gynaecology = services.find((s) => s.specialty === 'GYNAECOLOGY')!;
  patients = t.sandbox.population.patients.filter((p) => !p.restricted).map((p) => p.nhsNumber);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('ers', undefined));

const SEARCH = `query($s: ErsServiceSearch!) { ersServices(search: $s) { id name specialty { code } bookableType requestFlowType
  indicativeAppointmentWaitDays distanceMiles displayProminently referralLetterRequired locationOdsCode nhsWebsiteUrl } }`;
const CREATE = `mutation($i: CreateReferralInput!) { createReferral(input: $i) {
  referral { ubrn version state { code } priority { code } patientNhsNumber shortlist { id } referrerOdsCode }
  userErrors { code message field } } }`;
const READ = `query($u: Ubrn!) { referral(ubrn: $u) { ubrn version state { code reason { code } } shortlist { id }
  appointment { slotId serviceId status } } }`;
const BOOK = `mutation($i: BookReferralAppointmentInput!) { bookReferralAppointment(input: $i) {
  referral { ubrn version state { code } appointment { slotId serviceId status } } userErrors { code message field } } }`;
const DEFER = `mutation($i: DeferReferralToProviderInput!) { deferReferralToProvider(input: $i) {
  referral { ubrn version state { code reason { code } } } userErrors { code message field } } }`;
const SLOTS = `query($u: Ubrn!, $s: String!, $n: Int) { referral(ubrn: $u) { freeSlots(serviceId: $s, first: $n) { id start end serviceId } } }`;

let next = 0;
/** A patient of the population no other test here referred. */
const freshPatient = () => patients[100 + next++]!;

async function create(serviceIds: string[], overrides: Record<string, unknown> = {}) {
  const input = { nhsNumber: freshPatient(), priority: 'ROUTINE', specialty: 'CARDIOLOGY', serviceIds, referralLetter: 'NEED_TO_ADD_LATER', ...overrides };
  return t.run<any>(CREATE, { i: input });
}

describe('ersServices (A010)', () => {
  it("gives a wait e-RS publishes as a code (LIMITED_AVAILABILITY) as that code, with no days, and each service's request flows", async () => {
    const r = await t.run<any>(
      `query($s: ErsServiceSearch!) { ersServices(search: $s) { id indicativeAppointmentWaitDays indicativeAppointmentWaitCode ` +
        'requestFlowType requestFlowTypes } }',
      { s: { nhsNumber: patients[0], priority: 'ROUTINE', specialty: 'CARDIOLOGY', postcode: 'LS1 2UT' } },
    );
    expect(r.errors).toBeUndefined();
    const limited = r.data.ersServices.filter((s: any) => s.indicativeAppointmentWaitCode !== null);
    expect(limited.map((s: any) => s.id)).toEqual(cardiology.filter(limitedAvailability).map((s) => s.id));
    expect(limited).toEqual([expect.objectContaining({ indicativeAppointmentWaitDays: null, indicativeAppointmentWaitCode: 'LIMITED_AVAILABILITY' })]);
    const counted = r.data.ersServices.filter((s: any) => s.indicativeAppointmentWaitCode === null);
    expect(counted.length).toBe(cardiology.length - 1);
    expect(counted.every((s: any) => typeof s.indicativeAppointmentWaitDays === 'number')).toBe(true);
    expect(r.data.ersServices.every((s: any) => s.requestFlowTypes.length === 1 && s.requestFlowTypes[0] === s.requestFlowType)).toBe(true);
  });

  it("finds the patient's services of a specialty, nearest first, typed", async () => {
    const r = await t.run<any>(SEARCH, { s: { nhsNumber: patients[0], priority: 'URGENT', specialty: 'CARDIOLOGY', postcode: 'LS1 2UT' } });
    expect(r.errors).toBeUndefined();
    const found = r.data.ersServices;
    expect(found.map((s: any) => s.id).sort()).toEqual(cardiology.map((s) => s.id).sort());
    expect(found[0]).toEqual({
      id: expect.any(String),
      name: expect.stringContaining('Cardiology'),
      specialty: { code: 'CARDIOLOGY' },
      bookableType: 'DIRECTLY_BOOKABLE',
      requestFlowType: 'APPOINTMENT_REQUEST',
      indicativeAppointmentWaitDays: expect.any(Number),
      distanceMiles: expect.any(Number),
      displayProminently: false,
      referralLetterRequired: true,
      locationOdsCode: expect.stringMatching(/^[A-Z0-9]{5}$/),
      nhsWebsiteUrl: null,
    });
    const distances = found.map((s: any) => s.distanceMiles);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    // A030 (the worker's e-RS role), then the search itself.
    expect(t.calls().ers).toBe(2);
    const search = t.sandbox.receivedRequests('ers').find((q) => q.path.endsWith('$ers.searchHealthcareServicesForPatient'))!;
    expect(search.headers['nhsd-ers-business-function']).toBe('REFERRING_CLINICIAN');
    // The patient's NHS number travels in the body only, never in the path or query.
    expect(search.path + search.search).not.toContain(patients[0]);
  });

  it('answers an empty list when no service has the specialty', async () => {
    const r = await t.run<any>(SEARCH, { s: { nhsNumber: patients[0], priority: 'ROUTINE', specialty: 'UNKNOWN_SPECIALTY' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.ersServices).toEqual([]);
  });

  it.each([
    [{ specialty: '' }, 'INVALID_SEARCH_CRITERIA'],
    [{ specialty: '   ' }, 'INVALID_SEARCH_CRITERIA'],
    [{}, 'INVALID_SEARCH_CRITERIA'],
    [{ clinicType: 'heart failure' }, 'INVALID_SEARCH_CRITERIA'],
    [{ specialty: 'CARDIOLOGY', postcode: 'NOT A POSTCODE' }, 'INVALID_POSTCODE'],
    [{ specialty: 'CARDIOLOGY', distanceLimit: 10 }, 'INVALID_SEARCH_CRITERIA'],
  ])('refuses the search %j with %s before any upstream call', async (criteria, reason) => {
    const r = await t.run<any>(SEARCH, { s: { nhsNumber: patients[0], priority: 'ROUTINE', ...criteria } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(t.calls()).toEqual({});
  });

  it('refuses an invalid NHS number before any upstream call', async () => {
    const r = await t.run<any>(SEARCH, { s: { nhsNumber: '9434765918', priority: 'ROUTINE', specialty: 'CARDIOLOGY' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(t.calls()).toEqual({});
  });

  it("maps e-RS's 422 REFERENCE_NOT_FOUND (a patient e-RS does not know) to BAD_USER_INPUT with that reason", async () => {
    const r = await t.run<any>(SEARCH, { s: { nhsNumber: '9000000009', priority: 'ROUTINE', specialty: 'CARDIOLOGY' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'REFERENCE_NOT_FOUND', upstream: { api: 'ers', status: 422 } });
  });
});

describe('ersServices for a restricted patient (hazard H08)', () => {
  const restrictedPatient = () => t.sandbox.population.patients.find((p) => p.restricted)!.nhsNumber;
  const searchBody = () => t.sandbox.receivedRequests('ers').find((q) => q.path.endsWith('$ers.searchHealthcareServicesForPatient'))?.body;

  it('refuses a search without a postcode, which e-RS would measure from their address: ERS_POSTCODE_REQUIRED, one PDS read, no e-RS call', async () => {
    const nhsNumber = restrictedPatient();
    const r = await t.run<any>(SEARCH, { s: { nhsNumber, priority: 'ROUTINE', specialty: 'CARDIOLOGY' } });
    expect(r.data).toEqual({ ersServices: null });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('ERS_POSTCODE_REQUIRED');
    expect(r.errors?.[0]?.message).not.toContain(nhsNumber);
    // The patient read through the PDS loader, and nothing asked of e-RS (not even its role look-up).
    expect(t.calls()).toEqual({ pds: 1 });
    expect(t.sandbox.receivedRequests('ers')).toEqual([]);
  });

  it('finds services measured from the postcode given, with no PDS read', async () => {
    const r = await t.run<any>(SEARCH, { s: { nhsNumber: restrictedPatient(), priority: 'ROUTINE', specialty: 'CARDIOLOGY', postcode: 'LS1 2UT' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.ersServices.map((s: any) => s.id).sort()).toEqual(cardiology.map((s) => s.id).sort());
    expect(r.data.ersServices.every((s: any) => typeof s.distanceMiles === 'number')).toBe(true);
    // A030 and the search; the distances are from the clinician's postcode, sent as given.
    expect(t.calls()).toEqual({ ers: 2 });
    expect(JSON.parse(searchBody()!).parameter.find((p: any) => p.name === 'searchCriteria').resource.parameter).toContainEqual({
      name: 'postcode',
      valueString: 'LS1 2UT',
    });
  });

  it("searches from an unrestricted patient's own address when no postcode is given: one PDS read, then e-RS", async () => {
    const r = await t.run<any>(SEARCH, { s: { nhsNumber: patients[1], priority: 'ROUTINE', specialty: 'CARDIOLOGY', sortBy: 'INDICATIVE_WAIT_TIME' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.ersServices.map((s: any) => s.id).sort()).toEqual(cardiology.map((s) => s.id).sort());
    expect(t.calls()).toEqual({ pds: 1, ers: 2 });
    expect(
      JSON.parse(searchBody()!)
        .parameter.find((p: any) => p.name === 'searchCriteria')
        .resource.parameter.map((p: any) => p.name),
    ).not.toContain('postcode');
  });

  it('gets distances measured from where the patient lives when no postcode is given: what C08.4 keeps from a restricted patient', async () => {
    // e-RS measures a search without a postcode from the patient's own address. Measured from there, the distances are
    // those of a search from the patient's postcode, and not those from elsewhere: the answer tells where they live.
    const patient = t.sandbox.population.patients.find((p) => p.nhsNumber === patients[1])!;
    const distances = async (postcode?: string) => {
      const r = await t.run<any>(SEARCH, {
        s: { nhsNumber: patient.nhsNumber, priority: 'ROUTINE', specialty: 'CARDIOLOGY', ...(postcode ? { postcode } : {}) },
      });
      expect(r.errors).toBeUndefined();
      return Object.fromEntries(r.data.ersServices.map((s: any) => [s.id, s.distanceMiles]));
    };
    const fromHome = await distances();
    expect(Object.keys(fromHome).sort()).toEqual(cardiology.map((s) => s.id).sort());
    expect(Object.values(fromHome).every((d) => typeof d === 'number')).toBe(true);
    expect(fromHome).toEqual(await distances(patient.postcode));
    const elsewhere = ['LS1 2UT', 'W3 9NS', 'TN22 5HG'].filter((p) => p.replace(' ', '') !== patient.postcode.replace(' ', ''));
    const fromElsewhere = await Promise.all(elsewhere.map((p) => distances(p)));
    expect(fromElsewhere.some((d) => JSON.stringify(d) !== JSON.stringify(fromHome))).toBe(true);
  });
});

describe('the referring writes for a restricted patient (hazard H08)', () => {
  const restrictedPatient = () => t.sandbox.population.patients.find((p) => p.restricted)!.nhsNumber;
  const writes = () => t.sandbox.receivedRequests('ers').filter((q) => q.method === 'POST');

  it('refuses createReferral for a restricted patient before it is sent: NOT_FOUND as referral(ubrn) answers, one PDS read, no e-RS call', async () => {
    const nhsNumber = restrictedPatient();
    const input = { nhsNumber, priority: 'ROUTINE', specialty: 'CARDIOLOGY', serviceIds: [cardiology[0]!.id], referralLetter: 'NEED_TO_ADD_LATER' };
    const r = await t.run<any>(CREATE, { i: input });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0]?.message).not.toContain(nhsNumber);
    expect(t.calls()).toEqual({ pds: 1 });
    expect(t.sandbox.receivedRequests('ers')).toEqual([]);
  });

  it("refuses to book, defer or send for triage a restricted patient's referral before A016: NOT_FOUND, nothing written", async () => {
    const restricted = new Set(t.sandbox.population.patients.filter((p) => p.restricted).map((p) => p.nhsNumber));
    const referral = [...seedErsRecords(t.sandbox.population).referrals.values()].find((r) => restricted.has(r.nhsNumber))!;
    const serviceId = referral.shortlist[0]?.id ?? referral.service.id;
    const mutations = [
      [BOOK, { ubrn: referral.ubrn, version: '1', serviceId, slotId: '1000' }],
      [DEFER, { ubrn: referral.ubrn, version: '1', serviceId, reason: 'NO_SLOTS_AT_SERVICE' }],
      [
        'mutation($i: SendReferralForTriageInput!) { sendReferralForTriage(input: $i) { referral { ubrn } userErrors { code } } }',
        { ubrn: referral.ubrn, version: '1', serviceId },
      ],
    ] as const;
    for (const [mutation, input] of mutations) {
      t.resetCalls();
      // As the referring clinician at the referral's referrer: e-RS lets them read it (A005).
      const headers = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': referral.referrerOdsCode };
      const r = await t.run<any>(mutation, { i: input }, { headers });
      expect(codes(r)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(r)).not.toContain(referral.referrerOdsCode);
      expect(writes()).toEqual([]);
    }
  });
});

describe('createReferral (A011)', () => {
  it('creates a referral that is then readable by UBRN (A005) and listed in Patient.referrals (A008)', async () => {
    const nhsNumber = freshPatient();
    const ids = cardiology.slice(0, 2).map((s) => s.id);
    const r = await t.run<any>(CREATE, { i: { nhsNumber, priority: 'URGENT', specialty: 'CARDIOLOGY', serviceIds: ids, referralLetter: 'NEED_TO_ADD_LATER' } });
    expect(r.errors).toBeUndefined();
    const { referral, userErrors } = r.data.createReferral;
    expect(userErrors).toEqual([]);
    expect(referral).toEqual({
      ubrn: expect.stringMatching(/^\d{12}$/),
      version: '1',
      state: { code: 'NOT_BOOKED' },
      priority: { code: 'URGENT' },
      patientNhsNumber: nhsNumber,
      shortlist: ids.map((id) => ({ id })),
      referrerOdsCode: 'Y12345',
    });

    t.resetCalls();
    const read = await t.run<any>(READ, { u: referral.ubrn });
    expect(read.errors).toBeUndefined();
    expect(read.data.referral).toMatchObject({ ubrn: referral.ubrn, version: '1', state: { code: 'NOT_BOOKED' }, shortlist: ids.map((id) => ({ id })) });
    expect(t.sandbox.receivedRequests('ers').map((q) => q.path)).toContain(`/referrals/FHIR/STU3/ReferralRequest/${referral.ubrn}`);

    const listed = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { referrals { ubrn state { code } } } }`, { n: nhsNumber });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.patient.referrals).toEqual([{ ubrn: referral.ubrn, state: { code: 'NOT_BOOKED' } }]);
  });

  it('audits the write before it is sent and the referral created under the patient', async () => {
    const before = (await t.auditRecords()).length;
    const r = await create([cardiology[0]!.id]);
    expect(r.data.createReferral.userErrors).toEqual([]);
    const nhsNumber = r.data.createReferral.referral.patientNhsNumber;
    const records = (await t.auditRecords()).slice(before).filter((a) => a.fields.includes('Mutation.createReferral'));
    expect(records.map((a) => [a.action, a.outcome, a.nhsNumber])).toEqual([
      ['write', 'intended', nhsNumber],
      ['write', 'success', nhsNumber],
    ]);
  });

  it.each([
    [{ serviceIds: [] }, 'INVALID_SHORTLIST', ['input', 'serviceIds']],
    [{ serviceIds: ['30000', '30000'] }, 'INVALID_SHORTLIST', ['input', 'serviceIds']],
    [{ serviceIds: Array.from({ length: 21 }, (_, i) => String(30000 + i)) }, 'INVALID_SHORTLIST', ['input', 'serviceIds']],
    [{ serviceIds: ['svc-1'] }, 'INVALID_SHORTLIST', ['input', 'serviceIds']],
    [{ specialty: '' }, 'INVALID_SEARCH_CRITERIA', ['input']],
    [{ specialty: null }, 'INVALID_SEARCH_CRITERIA', ['input']],
    [{ firstReminderLetterFollowUpDays: -1 }, 'INVALID_FOLLOW_UP_DAYS', ['input', 'firstReminderLetterFollowUpDays']],
    [{ pathwayStart: '2099-01-01T00:00:00Z' }, 'INVALID_PATHWAY_START', ['input', 'pathwayStart']],
    [{ pathwayStart: '2020-01-01T00:00:00Z' }, 'INVALID_PATHWAY_START', ['input', 'pathwayStart']],
  ])('refuses %j as user error %s before any upstream call', async (overrides, code, field) => {
    const r = await create(['30000'], overrides);
    expect(r.errors).toBeUndefined();
    expect(r.data.createReferral).toEqual({ referral: null, userErrors: [{ code, message: expect.any(String), field }] });
    expect(t.calls()).toEqual({});
  });

  it('refuses an invalid NHS number before any upstream call', async () => {
    const r = await t.run<any>(CREATE, {
      i: { nhsNumber: '1234567890', priority: 'ROUTINE', specialty: 'CARDIOLOGY', serviceIds: ['30000'], referralLetter: 'NEED_TO_ADD_LATER' },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(t.calls()).toEqual({});
  });

  it("maps e-RS's 422 codes from a011's error table to user errors", async () => {
    const unknown = await create(['999999']);
    expect(unknown.data.createReferral.userErrors).toEqual([{ code: 'REFERENCE_NOT_FOUND', message: expect.stringContaining('422'), field: null }]);
    const other = await create([cardiology[0]!.id, gynaecology.id]);
    expect(other.data.createReferral.userErrors).toEqual([
      { code: 'SHORTLISTED_SERVICE_NOT_IN_RESULTS', message: expect.any(String), field: ['input', 'serviceIds'] },
    ]);
  });

  it('is refused with FORBIDDEN for a role e-RS does not allow to refer (403), the write not made', async () => {
    const admin = await t.run<any>(
      CREATE,
      {
        i: { nhsNumber: freshPatient(), priority: 'ROUTINE', specialty: 'CARDIOLOGY', serviceIds: [cardiology[0]!.id], referralLetter: 'NEED_TO_ADD_LATER' },
      },
      { principal: { staff: 'admin' } },
    );
    expect(codes(admin)).toEqual(['FORBIDDEN']);
    expect(admin.errors?.[0]?.extensions?.upstream).toMatchObject({ api: 'ers', status: 403 });
  });
});

describe('freeSlots (A015), bookReferralAppointment and deferReferralToProvider (A016)', () => {
  it('books a free slot: the referral is BOOKED with the appointment, and the slot is no longer offered', async () => {
    const service = cardiology[1]!;
    const created = (await create([service.id])).data.createReferral.referral;
    const slots = await t.run<any>(SLOTS, { u: created.ubrn, s: service.id, n: 5 });
    expect(slots.errors).toBeUndefined();
    const free = slots.data.referral.freeSlots;
    expect(free).toHaveLength(5);
    expect(free[0]).toEqual({ id: expect.any(String), start: expect.any(String), end: expect.any(String), serviceId: service.id });
    const slot = t.sandbox.receivedRequests('ers').find((q) => q.path.endsWith('/STU3/Slot'))!;
    expect(slot.headers['nhsd-ers-comm-rule-org']).toBe('Y12345');

    const booked = await t.run<any>(BOOK, { i: { ubrn: created.ubrn, version: created.version, serviceId: service.id, slotId: free[0].id } });
    expect(booked.errors).toBeUndefined();
    expect(booked.data.bookReferralAppointment).toEqual({
      referral: { ubrn: created.ubrn, version: '2', state: { code: 'BOOKED' }, appointment: { slotId: free[0].id, serviceId: service.id, status: 'booked' } },
      userErrors: [],
    });
    const after = await t.run<any>(SLOTS, { u: created.ubrn, s: service.id, n: 100 });
    expect(after.data.referral.freeSlots.map((s: any) => s.id)).not.toContain(free[0].id);

    // Booked, it cannot be booked again: e-RS's 422 INVALID_REQUEST_STATE.
    const again = await t.run<any>(BOOK, { i: { ubrn: created.ubrn, version: '2', serviceId: service.id, slotId: free[1].id } });
    expect(again.data.bookReferralAppointment.userErrors).toEqual([{ code: 'INVALID_REQUEST_STATE', message: expect.any(String), field: null }]);

    // The same slot for another referral: e-RS's 422 SLOT_NOT_AVAILABLE.
    const second = (await create([service.id])).data.createReferral.referral;
    const taken = await t.run<any>(BOOK, { i: { ubrn: second.ubrn, version: second.version, serviceId: service.id, slotId: free[0].id } });
    expect(taken.data.bookReferralAppointment).toEqual({
      referral: null,
      userErrors: [{ code: 'SLOT_NOT_AVAILABLE', message: expect.any(String), field: ['input', 'slotId'] }],
    });
  });

  it('refuses a stale version as STALE_VERSION (e-RS 409), and nothing is booked', async () => {
    const service = cardiology[2]!;
    const created = (await create([service.id])).data.createReferral.referral;
    const r = await t.run<any>(BOOK, { i: { ubrn: created.ubrn, version: '7', serviceId: service.id, slotId: `${service.id}001` } });
    expect(r.data.bookReferralAppointment.userErrors).toEqual([{ code: 'STALE_VERSION', message: expect.any(String), field: ['input', 'version'] }]);
    const read = await t.run<any>(READ, { u: created.ubrn });
    expect(read.data.referral.state).toEqual({ code: 'NOT_BOOKED', reason: null });
  });

  it.each([
    [{ slotId: 'bad slot!' }, 'INVALID_SLOT_ID'],
    [{ version: 'W/"1"' }, 'INVALID_VERSION'],
    [{ serviceId: 'abc' }, 'INVALID_SERVICE_ID'],
  ])('refuses %j as %s before any upstream call', async (overrides, code) => {
    const r = await t.run<any>(BOOK, { i: { ubrn: '400000000001', version: '1', serviceId: '30000', slotId: '30000001', ...overrides } });
    expect(r.data.bookReferralAppointment.userErrors).toEqual([{ code, message: expect.any(String), field: expect.any(Array) }]);
    expect(t.calls()).toEqual({});
  });

  it('refuses an invalid UBRN before any upstream call', async () => {
    const r = await t.run<any>(BOOK, { i: { ubrn: '12345', version: '1', serviceId: '30000', slotId: '30000001' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('INVALID_UBRN');
    expect(t.calls()).toEqual({});
  });

  it('refuses slots of a service not on the shortlist', async () => {
    const created = (await create([cardiology[3]!.id])).data.createReferral.referral;
    const r = await t.run<any>(SLOTS, { u: created.ubrn, s: cardiology[4]!.id });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('ERS_SERVICE_NOT_SHORTLISTED');
    expect(t.sandbox.receivedRequests('ers').some((q) => q.path.endsWith('/STU3/Slot'))).toBe(false);
  });

  it('defers to the provider of a service with no free slot, and refuses to defer while slots are free', async () => {
    const deferred = (await create([gynaecology.id], { specialty: 'GYNAECOLOGY' })).data.createReferral.referral;
    const none = await t.run<any>(SLOTS, { u: deferred.ubrn, s: gynaecology.id });
    expect(none.data.referral.freeSlots).toEqual([]);
    const r = await t.run<any>(DEFER, {
      i: { ubrn: deferred.ubrn, version: '1', serviceId: gynaecology.id, reason: 'NO_SLOTS_AT_SERVICE', comment: 'No slots' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.deferReferralToProvider).toEqual({
      referral: { ubrn: deferred.ubrn, version: '2', state: { code: 'DEFERRED_TO_PROVIDER', reason: { code: 'NO_SLOTS_AT_SERVICE' } } },
      userErrors: [],
    });

    const bookable = (await create([cardiology[5]!.id])).data.createReferral.referral;
    const refused = await t.run<any>(DEFER, { i: { ubrn: bookable.ubrn, version: '1', serviceId: cardiology[5]!.id, reason: 'NO_SLOTS_AT_SERVICE' } });
    expect(refused.data.deferReferralToProvider.userErrors).toEqual([
      { code: 'SLOTS_CURRENTLY_AVAILABLE', message: expect.any(String), field: ['input', 'serviceId'] },
    ]);
  });
});

describe('sendReferralForTriage (A016, reason TRIAGE: the non-deprecated way to triage, A021 being deprecated)', () => {
  const TRIAGE = `mutation($i: SendReferralForTriageInput!) { sendReferralForTriage(input: $i) {
    referral { ubrn version state { code } } userErrors { code message field } } }`;

  it('sends a referral to a triage service found by the search: AWAITING_TRIAGE; a bookable service is INAPPROPRIATE_VALUE', async () => {
    const nhsNumber = freshPatient();
    const found = await t.run<any>(SEARCH, { s: { nhsNumber, priority: 'ROUTINE', specialty: 'NEUROLOGY' } });
    const triage = found.data.ersServices.find((s: any) => s.requestFlowType === 'TRIAGE_REQUEST');
    expect(triage).toBeDefined();
    const created = await t.run<any>(CREATE, {
      i: { nhsNumber, priority: 'ROUTINE', specialty: 'NEUROLOGY', serviceIds: [triage.id], referralLetter: 'NEED_TO_ADD_LATER' },
    });
    const referral = created.data.createReferral.referral;
    const r = await t.run<any>(TRIAGE, { i: { ubrn: referral.ubrn, version: referral.version, serviceId: triage.id } });
    expect(r.errors).toBeUndefined();
    expect(r.data.sendReferralForTriage).toEqual({ referral: { ubrn: referral.ubrn, version: '2', state: { code: 'AWAITING_TRIAGE' } }, userErrors: [] });
    const sent = t.sandbox.receivedRequests('ers').filter((q) => q.method === 'POST' && q.path.endsWith('/STU3/Appointment'));
    expect(JSON.parse(sent.at(-1)!.body)).toMatchObject({ status: 'proposed', reason: [{ coding: [{ code: 'TRIAGE' }] }] });

    const bookable = (await create([cardiology[0]!.id])).data.createReferral.referral;
    const refused = await t.run<any>(TRIAGE, { i: { ubrn: bookable.ubrn, version: '1', serviceId: cardiology[0]!.id } });
    expect(refused.data.sendReferralForTriage.userErrors).toEqual([
      { code: 'INAPPROPRIATE_VALUE', message: expect.any(String), field: ['input', 'serviceId'] },
    ]);
  });
});

describe('Referral.allowedActions (A029)', () => {
  it('lists what the referrer may do now, for the current version, and follows the referral state', async () => {
    const service = cardiology[6] ?? cardiology[0]!;
    const created = (await create([service.id])).data.createReferral.referral;
    const q = `query($u: Ubrn!) { referral(ubrn: $u) { allowedActions { code display } } }`;
    const before = await t.run<any>(q, { u: created.ubrn });
    expect(before.errors).toBeUndefined();
    expect(before.data.referral.allowedActions.map((a: any) => a.code)).toEqual(['CREATE_APPOINTMENT', 'CHANGE_SHORTLIST', 'CANCEL_REFERRAL']);
    const task = t.sandbox.receivedRequests('ers').find((r) => r.path.endsWith('/STU3/Task'))!;
    expect(new URLSearchParams(task.search).get('focus')).toBe(`ReferralRequest/${created.ubrn}/_history/1`);

    const slot = (await t.run<any>(SLOTS, { u: created.ubrn, s: service.id, n: 1 })).data.referral.freeSlots[0].id;
    const booked = await t.run<any>(BOOK, { i: { ubrn: created.ubrn, version: '1', serviceId: service.id, slotId: slot } });
    expect(booked.data.bookReferralAppointment.userErrors).toEqual([]);
    const after = await t.run<any>(q, { u: created.ubrn });
    expect(after.data.referral.allowedActions.map((a: any) => a.code)).toEqual(['CANCEL_DIRECTLY_BOOKED_APPOINTMENT', 'CANCEL_REFERRAL']);
  });
});

describe('createReferral is sent once', () => {
  let resilient: TestGraph;
  beforeAll(async () => {
    resilient = await startTestGraph({ timeoutMs: { default: 5_000 }, resilience: {} });
  });
  afterAll(() => resilient.close());
  afterEach(() => resilient.sandbox.setFault('ers', undefined));

  // Hazard H07 (C07.5): e-RS takes no idempotency key on A011, so a retried create could make a second referral.
  it('is never retried after a transient failure, where a read (A010) is', async () => {
    const headers = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': 'Y12345' };
    resilient.sandbox.setFault('ers', { kind: 'status', status: 503 });
    resilient.resetCalls();
    const write = await resilient.run<any>(
      CREATE,
      { i: { nhsNumber: patients[1], priority: 'ROUTINE', specialty: 'CARDIOLOGY', serviceIds: [cardiology[0]!.id], referralLetter: 'NEED_TO_ADD_LATER' } },
      { headers },
    );
    expect(codes(write)).toEqual(['UPSTREAM_UNAVAILABLE']);
    // The PDS read that checks the patient is not restricted (hazard H08), then A011 once.
    expect(resilient.calls()).toEqual({ pds: 1, ers: 1 });

    resilient.resetCalls();
    const read = await resilient.run<any>(SEARCH, { s: { nhsNumber: patients[1], priority: 'ROUTINE', specialty: 'CARDIOLOGY' } }, { headers });
    expect(codes(read)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(resilient.calls().ers).toBeGreaterThan(1);
  });
});

describe('ReferralAttachment.content (A042)', () => {
  const Q = `query($u: Ubrn!) { referral(ubrn: $u) { attachments { id size availability contentType content { contentType size base64 } } } }`;

  it("downloads an AVAILABLE attachment through e-RS's 307 to its object store: whole, base64, with its type and size", async () => {
    const records = seedErsRecords(t.sandbox.population);
    const ref = [...records.referrals.values()].find((r) => r.attachments.length > 0 && r.attachments.every((a) => a.availability === 'AVAILABLE'))!;
    const headers = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': ref.referrerOdsCode };
    const r = await t.run<any>(Q, { u: ref.ubrn }, { headers });
    expect(r.errors).toBeUndefined();
    const attachments = r.data.referral.attachments;
    expect(attachments).toHaveLength(ref.attachments.length);
    for (const a of attachments) {
      const bytes = Buffer.from(a.content.base64, 'base64');
      expect(a.content).toMatchObject({ contentType: 'application/pdf', size: a.size });
      expect(bytes.length).toBe(a.size);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const binaries = t.sandbox.receivedRequests('ers').filter((q) => q.path.includes('/R4/Binary/'));
    expect(binaries.map((q) => q.path)).toEqual(ref.attachments.map((a) => `/referrals/FHIR/R4/Binary/att-${a.id}`));
    // The temporary location is used once and forgotten.
    expect(t.sandbox.objectStore.size).toBe(0);
    // Neither the file nor its temporary location is logged (the application log at trace level, this file's graph).
    const log = capturedRun()
      .logs.filter((l) => l.testFile === captureSlug('test/graph/ers-referring.test.ts'))
      .map((l) => l.text)
      .join('\n');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(attachments[0].content.base64);
    expect(log).not.toContain('_object-store/');
  });

  it("downloads the contract's example attachment of referral 000000070001", async () => {
    const r = await t.run<any>(Q, { u: '000000070001' });
    expect(r.errors).toBeUndefined();
    const content = r.data.referral.attachments[0].content;
    expect(content.contentType).toBe('application/pdf');
    expect(Buffer.from(content.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(content.base64, 'base64').length).toBe(content.size);
  });

  it('refuses an attachment that is not AVAILABLE without calling A042, the rest of the referral still answered', async () => {
    const records = seedErsRecords(t.sandbox.population);
    const ref = [...records.referrals.values()].find((r) => r.attachments.some((a) => a.availability === 'PENDING'))!;
    const headers = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': ref.referrerOdsCode };
    const r = await t.run<any>(Q, { u: ref.ubrn }, { headers });
    const pending = r.data.referral.attachments.findIndex((a: any) => a.availability === 'PENDING');
    expect(r.data.referral.attachments[pending].content).toBeNull();
    const error = r.errors?.find((e) => e.path?.join('.') === `referral.attachments.${pending}.content`);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ERS_ATTACHMENT_NOT_AVAILABLE' });
    const available = ref.attachments.filter((a) => a.availability === 'AVAILABLE').length;
    expect(t.sandbox.receivedRequests('ers').filter((q) => q.path.includes('/R4/Binary/'))).toHaveLength(available);
  });
});

describe('upstream failures of the referring calls', () => {
  const headers = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': 'Y12345' };
  it.each([
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('e-RS answering %i is %s for the search and the create, with the upstream named', async (status, code) => {
    t.sandbox.setFault('ers', { kind: 'status', status });
    const search = await t.run<any>(SEARCH, { s: { nhsNumber: patients[2], priority: 'ROUTINE', specialty: 'CARDIOLOGY' } }, { headers });
    const created = await t.run<any>(
      CREATE,
      { i: { nhsNumber: patients[2], priority: 'ROUTINE', specialty: 'CARDIOLOGY', serviceIds: [cardiology[0]!.id], referralLetter: 'NEED_TO_ADD_LATER' } },
      { headers },
    );
    for (const r of [search, created]) {
      expect(codes(r)).toEqual([code]);
      expect(r.errors?.[0]?.extensions?.upstream).toMatchObject({ api: 'ers', status });
    }
    expect(created.data).toBeNull();
  });
});

describe('audit of the referring reads', () => {
  it('records the service search and the attachment download under the patient, before the answer leaves', async () => {
    const records = seedErsRecords(t.sandbox.population);
    const ref = [...records.referrals.values()].find((r) => r.attachments.some((a) => a.availability === 'AVAILABLE'))!;
    const headers = { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': ref.referrerOdsCode };
    const before = (await t.auditRecords()).length;
    await t.run<any>(SEARCH, { s: { nhsNumber: ref.nhsNumber, priority: 'ROUTINE', specialty: 'CARDIOLOGY' } }, { headers });
    await t.run<any>(`query($u: Ubrn!) { referral(ubrn: $u) { attachments { content { size } } } }`, { u: ref.ubrn }, { headers });
    const audit = (await t.auditRecords()).slice(before);
    expect(audit.find((a) => a.fields.includes('Query.ersServices'))).toMatchObject({ action: 'read', nhsNumber: ref.nhsNumber, sources: ['ers'] });
    expect(audit.find((a) => a.fields.includes('ReferralAttachment.content'))).toMatchObject({ action: 'read', nhsNumber: ref.nhsNumber });
  });
});
