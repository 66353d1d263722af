import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../../src/config/index.js';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import type { ReceivedRequest } from '../../sandbox/src/server.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { TEST_STAFF } from '../../sandbox/src/identity/cis2.js';
import { signIn } from '../../sandbox/src/identity/sign-in.js';
import type { SandboxRequest } from '../../sandbox/src/http.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { buildDirectory, GP_CONNECT_CAPABILITIES, withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { documentsPatientId } from '../../sandbox/src/routers/gp-connect/documents.js';

/**
 * What the embedded platform receives from the graph on every GP Connect call: for a healthcare worker, the Spine Secure
 * Proxy headers, the interaction id of the call, and the unsigned audit JWT with the claims gpc-structured/CONTRACT.md
 * lists, naming the signed-in worker; for a citizen, the patient-facing route's exchanged NHS login token.
 */
let t: TestGraph;
let world: GpcWorld;
beforeAll(async () => {
  t = await startTestGraph();
  world = new GpcWorld(t.sandbox.population);
});
afterAll(() => t.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const I = 'urn:nhs:names:services:gpconnect';
const APPOINTMENTS = '/gp-connect/patient-facing/appointments-management-fhir/FHIR/STU3';

function decode(request: ReceivedRequest): { header: any; claims: any; signature: string } {
  const [, token] = /^Bearer (.+)$/.exec(String(request.headers.authorization))!;
  const [header, claims, signature] = token!.split('.');
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(claims!, 'base64url').toString()),
    signature: signature!,
  };
}

const staffUser = (id: string) => TEST_STAFF.find((s) => s.id === id)!;

/** Where a call is addressed: Ssp-To and the audit JWT's aud. */
interface Target {
  asid: string;
  aud: string;
}

/** A practice's provider as the embedded SDS registers it for one capability: its ASID and service root. */
function sdsTarget(odsCode: string, capability: 'structured' | 'documents' | 'appointments'): Target {
  const directory = buildDirectory(t.sandbox.population);
  const system = directory.accreditedSystems.find((a) => a.odsCode === odsCode)!;
  const root = directory.mhs.find((m) => m.partyKey === system.partyKey && m.interactions.includes(GP_CONNECT_CAPABILITIES[capability][0]!))!;
  return { asid: system.asid, aud: root.address };
}

/** A call not addressed through SDS (by appointment id): the platform's provider ASID and the API's base URL. */
const platformTarget = (basePath: string): Target => ({ asid: EMBEDDED_GP_CONNECT_CONSUMER.providerAsid, aud: t.sandbox.origin + basePath });

function expectGpConnectHeaders(request: ReceivedRequest, interaction: string, scope: string, target: Target, worker = staffUser('clinician')): void {
  const c = EMBEDDED_GP_CONNECT_CONSUMER;
  expect(request.headers['ssp-interactionid']).toBe(interaction);
  expect(request.headers['ssp-traceid']).toMatch(UUID);
  expect(request.headers['ssp-from']).toBe(c.asid);
  expect(request.headers['ssp-to']).toBe(target.asid);
  expect(request.headers).not.toHaveProperty('x-nhs-graph-gpc-audience');
  expect(request.headers['x-request-id']).toMatch(UUID);
  expect(request.headers['x-correlation-id']).toBe('gpc-headers');
  expect(request.headers.accept).toBe('application/fhir+json;charset=utf-8');
  const { header, claims, signature } = decode(request);
  expect(header).toEqual({ alg: 'none', typ: 'JWT' });
  expect(signature).toBe('');
  expect(claims).toMatchObject({
    iss: c.endpointUrl,
    sub: worker.subject,
    aud: target.aud,
    reason_for_request: 'directcare',
    requested_scope: scope,
    requesting_device: {
      resourceType: 'Device',
      identifier: [{ system: c.device.system, value: c.device.value }],
      model: c.device.model,
      version: c.device.version,
    },
    requesting_organization: {
      resourceType: 'Organization',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: c.organisation.odsCode }],
      name: c.organisation.name,
    },
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: worker.subject,
      identifier: [
        { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: worker.subject },
        { system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: worker.roles[0]!.roleProfileId },
        { system: `${c.endpointUrl}/Id/local-user-id`, value: worker.subject },
      ],
      name: [{ family: worker.familyName, given: [worker.givenName] }],
    },
  });
  expect(claims.exp - claims.iat).toBe(300);
  expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(60);
}

describe('GP Connect request headers and audit JWT', () => {
  it('every Access Record call carries its own interaction id, a fresh trace id and the audit JWT', async () => {
    const patient = t.sandbox.population.patients.find(
      (p) =>
        !p.restricted && world.patient(p.nhsNumber).status === 'normal' && !practiceSwitchedOff(p.gpOdsCode, 'documents') && !withoutGpConnect(p.gpOdsCode),
    )!;
    const nhs = patient.nhsNumber;
    const [structured, documents] = [sdsTarget(patient.gpOdsCode, 'structured'), sdsTarget(patient.gpOdsCode, 'documents')];
    // Each capability has its own service root at the practice: the documents calls never reuse the record's.
    expect(structured.aud).not.toBe(documents.aud);
    t.resetCalls();
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { allergies { id } } documents { id content { size } } } }`,
      { n: nhs },
      { headers: { 'x-correlation-id': 'gpc-headers' } },
    );
    // Only a file over the size limit or a placeholder may be refused (NOT_FOUND); the provider accepted every request.
    expect(codes(r).filter((c) => c !== 'NOT_FOUND')).toEqual([]);
    const sent = t.sandbox.receivedRequests('gpc-access-record');
    const record = sent.find((q) => q.path.endsWith('/$gpc.getstructuredrecord'))!;
    expect(record.method).toBe('POST');
    expectGpConnectHeaders(record, `${I}:fhir:operation:gpc.getstructuredrecord-1`, 'patient/*.read', structured);
    expect(record.headers['content-type']).toBe('application/fhir+json;charset=utf-8');
    // Route A through the Spine Secure Proxy: `{ssp}/{the capability's service root}/...`.
    expect(record.path).toBe(`/spine-secure-proxy/${structured.aud}/Patient/$gpc.getstructuredrecord`);
    const documentsCalls = sent.filter((q) => q !== record);
    for (const call of documentsCalls) expect(call.path.startsWith(`/spine-secure-proxy/${documents.aud}/`)).toBe(true);
    expectGpConnectHeaders(
      sent.find((q) => q.path === `/spine-secure-proxy/${documents.aud}/Patient`)!,
      `${I}:documents:fhir:rest:search:patient-1`,
      'patient/*.read',
      documents,
    );
    expectGpConnectHeaders(
      sent.find((q) => q.path.endsWith('/DocumentReference'))!,
      `${I}:documents:fhir:rest:search:documentreference-1`,
      'patient/*.read',
      documents,
    );
    for (const binary of sent.filter((q) => q.path.includes('/Binary/'))) {
      expectGpConnectHeaders(binary, `${I}:documents:fhir:rest:read:binary-1`, 'patient/*.read', documents);
    }
    const traceIds = sent.map((q) => q.headers['ssp-traceid']);
    expect(new Set(traceIds).size).toBe(traceIds.length);
  });

  it('every Appointment Management call carries its interaction id and the scope GP Connect gives it', async () => {
    const practice = [...world.practices.keys()].find(
      (ods) => /^P8/.test(ods) && !practiceSwitchedOff(ods, 'appointments') && !withoutGpConnect(ods) && ods > 'P80040',
    )!;
    const patient = world.patientsAt(practice).find((p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal')!;
    const headers = { 'x-correlation-id': 'gpc-headers' };
    t.resetCalls();
    const today = ukDate(new Date());
    const slots = await t.run<any>(
      `query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { freeSlots(from: $f, to: $t) { id } } }`,
      { o: practice, f: addDays(today, 1), t: addDays(today, 3) },
      { headers },
    );
    const booked = await t.run<any>(
      `mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { appointment { id version } } }`,
      { i: { nhsNumber: patient.nhsNumber, slotIds: [slots.data.organisation.freeSlots[0].id], description: 'Check-up' } },
      { headers },
    );
    const { id } = booked.data.bookAppointment.appointment;
    await t.run(`mutation($id: ID!) { amendAppointment(id: $id, version: "1", changes: { comment: "x" }) { appointment { id } } }`, { id }, { headers });
    await t.run(`mutation($id: ID!) { cancelAppointment(id: $id, version: "2", reason: "y") { appointment { id } } }`, { id }, { headers });
    await t.run(
      `query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) { appointments(from: $f, to: $t) { id } } }`,
      { n: patient.nhsNumber, f: today, t: addDays(today, 3) },
      { headers },
    );
    const sent = t.sandbox.receivedRequests('gpc-appointments');
    const [slotSearch, findForBooking, book, readForAmend, amend, amendedPatient, readForCancel, cancel, cancelledPatient, findForList, mine] = sent;
    const providerId = id.slice(practice.length + 1);
    // Every call goes to the practice's appointments root from SDS: reads and writes by id too, since the graph's
    // appointment id names the practice.
    expect(id).toMatch(new RegExp(`^${practice}:`));
    const practiceRoot = sdsTarget(practice, 'appointments');
    expectGpConnectHeaders(slotSearch!, `${I}:fhir:rest:search:slot-1`, 'organization/*.read', practiceRoot);
    // The slot search's searchFilters name the consumer (type and its own ODS code), not the practice.
    expect(new URLSearchParams(slotSearch!.search).getAll('searchFilter')).toEqual([
      `https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1|${EMBEDDED_GP_CONNECT_CONSUMER.organisation.type}`,
      `https://fhir.nhs.uk/Id/ods-organization-code|${EMBEDDED_GP_CONNECT_CONSUMER.organisation.odsCode}`,
    ]);
    // Foundations Find Patient gives the GP system's logical id, which the booking and the search name the patient by.
    for (const find of [findForBooking!, findForList!]) {
      expectGpConnectHeaders(find, `${I}:fhir:rest:search:patient-1`, 'patient/*.read', practiceRoot);
      expect(new URLSearchParams(find.search).get('identifier')).toBe(`https://fhir.nhs.uk/Id/nhs-number|${patient.nhsNumber}`);
    }
    const logicalId = documentsPatientId(patient.nhsNumber);
    // An amended or cancelled appointment names its patient by that id: Read Patient gives the NHS number back.
    for (const read of [amendedPatient!, cancelledPatient!]) expectGpConnectHeaders(read, `${I}:fhir:rest:read:patient-1`, 'patient/*.read', practiceRoot);
    expect(JSON.parse(book!.body).participant[0].actor).toEqual({ reference: `Patient/${logicalId}` });
    expectGpConnectHeaders(book!, `${I}:fhir:rest:create:appointment-1`, 'patient/*.write', practiceRoot);
    expectGpConnectHeaders(readForAmend!, `${I}:fhir:rest:read:appointment-1`, 'patient/*.read', practiceRoot);
    expectGpConnectHeaders(amend!, `${I}:fhir:rest:update:appointment-1`, 'patient/*.write', practiceRoot);
    expectGpConnectHeaders(readForCancel!, `${I}:fhir:rest:read:appointment-1`, 'patient/*.read', practiceRoot);
    expectGpConnectHeaders(cancel!, `${I}:fhir:rest:cancel:appointment-1`, 'patient/*.write', practiceRoot);
    expectGpConnectHeaders(mine!, `${I}:fhir:rest:search:patient_appointments-1`, 'patient/*.read', practiceRoot);
    const ssp = `/spine-secure-proxy/${practiceRoot.aud}`;
    expect(sent.map((q) => `${q.method} ${q.path.startsWith(ssp) ? q.path.slice(ssp.length) : q.path}`)).toEqual([
      'GET /Slot',
      'GET /Patient',
      'POST /Appointment',
      `GET /Appointment/${providerId}`,
      `PUT /Appointment/${providerId}`,
      `GET /Patient/${logicalId}`,
      `GET /Appointment/${providerId}`,
      `PUT /Appointment/${providerId}`,
      `GET /Patient/${logicalId}`,
      'GET /Patient',
      `GET /Patient/${logicalId}/Appointment`,
    ]);
  });
});

describe('appointment ids', () => {
  it("a bare provider id (the platform sandbox's appointment 1) names no practice: read from the platform's provider, no SDS call", async () => {
    t.resetCalls();
    const r = await t.run<any>(`{ appointment(id: "1") { id practice { odsCode } } }`, undefined, { headers: { 'x-correlation-id': 'gpc-headers' } });
    expect(r.errors).toBeUndefined();
    const [sent] = t.sandbox.receivedRequests('gpc-appointments');
    expect(sent!.path).toBe(`${APPOINTMENTS}/Appointment/1`);
    expectGpConnectHeaders(sent!, `${I}:fhir:rest:read:appointment-1`, 'patient/*.read', platformTarget(APPOINTMENTS));
    expect(t.calls().sds).toBeUndefined();
  });

  it('an id naming a practice is read from that practice, and an id the graph cannot have issued is refused before any call', async () => {
    const practice = [...world.practices.keys()].find((ods) => /^P8/.test(ods) && !practiceSwitchedOff(ods, 'appointments') && !withoutGpConnect(ods))!;
    t.resetCalls();
    const missing = await t.run<any>(`query($id: ID!) { appointment(id: $id) { id } }`, { id: `${practice}:${practice}-999999` });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const [sent] = t.sandbox.receivedRequests('gpc-appointments');
    expect(sent!.path).toBe(`/spine-secure-proxy/${sdsTarget(practice, 'appointments').aud}/Appointment/${practice}-999999`);
    expect(sent!.headers['ssp-to']).toBe(sdsTarget(practice, 'appointments').asid);
    expect(t.calls()).toEqual({ sds: 2, 'gpc-appointments': 1 });
    t.resetCalls();
    for (const id of ['not an ods:1', 'P80001:a/b', 'P80001:']) {
      const r = await t.run<any>(`query($id: ID!) { appointment(id: $id) { id } }`, { id });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_APPOINTMENT_ID' });
    }
    expect(t.calls()).toEqual({});
  });
});

describe('GP Connect consumer identity', () => {
  it('a consumer ASID the Spine Secure Proxy does not know is UPSTREAM_ERROR (the graph’s fault), with the rest intact', async () => {
    const other = await startTestGraph({ gpConnect: { ...EMBEDDED_GP_CONNECT_CONSUMER, asid: '999999999999' } });
    try {
      const r = await other.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { allergies { id } } } }`);
      expect(r.data.patient).toEqual({ nhsNumber: '9000000009', gpRecord: null });
      expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
      expect(r.errors![0]!.extensions!.upstream).toMatchObject({ status: 403, issueCode: '403' });
    } finally {
      await other.close();
    }
  });

  it("names the signed-in worker, whoever they are: the nurse's SDS user id, selected role profile and name", async () => {
    const before = t.sandbox.receivedRequests('gpc-access-record').length;
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord { allergies { id } } } }`, undefined, {
      principal: { staff: 'nurse' },
      headers: { 'x-correlation-id': 'gpc-headers' },
    });
    expect(r.errors).toBeUndefined();
    const sent = t.sandbox.receivedRequests('gpc-access-record').slice(before);
    expect(sent).toHaveLength(1);
    expectGpConnectHeaders(sent[0]!, `${I}:fhir:operation:gpc.getstructuredrecord-1`, 'patient/*.read', sdsTarget('Y12345', 'structured'), staffUser('nurse'));
  });

  it('refuses a worker whose CIS2 token carries no name (no profile scope): FORBIDDEN before any GP Connect call', async () => {
    const { idToken } = await signIn(t.sandbox.cis2.issuer, t.embedded.signInClients.cis2, 'clinician', { scope: 'openid nationalrbacaccess selectedrole' });
    t.resetCalls();
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { allergies { id } } } }`, undefined, {
      principal: { token: idToken },
    });
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', gpRecord: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0]!.extensions!.reason).toBe('GPC_PRACTITIONER_NAME_REQUIRED');
    expect(t.calls()).toEqual({ pds: 1 });
  });

  it('a citizen goes the patient-facing way: their NHS login token exchanged for a platform token, no SSP header and no audit JWT', async () => {
    const before = t.sandbox.receivedRequests('gpc-appointments').length;
    const from = ukDate(new Date());
    const r = await t.run<any>(
      `query($f: Date!, $to: Date!) { patient(nhsNumber: "9000000009") { appointments(from: $f, to: $to) { id } } }`,
      { f: from, to: addDays(from, 14) },
      { principal: { citizen: '9000000009', level: 'P9' } },
    );
    expect(r.errors).toBeUndefined();
    const [sent] = t.sandbox.receivedRequests('gpc-appointments').slice(before);
    expect(sent?.path).toBe(`${APPOINTMENTS}/Patient/9000000009/Appointment`);
    expect(Object.keys(sent!.headers).filter((h) => h.startsWith('ssp-'))).toEqual([]);
    expect(sent!.headers.authorization).not.toContain('.');
    expect(t.sandbox.auth.grantOf({ headers: sent!.headers } as SandboxRequest)).toMatchObject({ kind: 'nhs-login', nhsNumber: '9000000009', level: 'P9' });
    expect(sent!.headers['x-request-id']).toMatch(UUID);
  });

  it(
    'the embedded platform holds a patient-facing call to the signed-in patient: another NHS number, ' +
      'appointment or practice list is 403, a worker or no token is refused',
    async () => {
      const exchange = async (user: { citizen: string; level: 'P9' } | { staff: string }) => t.platform.appAuth!.userToken(await t.tokenFor(user));
      const citizen = await exchange({ citizen: '9000000009', level: 'P9' });
      const other = t.sandbox.population.patients.find((p) => !p.restricted && p.nhsNumber !== '9000000009')!.nhsNumber;
      const call = async (path: string, bearer: string) => {
        const res = await request(`${t.sandbox.origin}${APPOINTMENTS}${path}`, {
          headers: { authorization: `Bearer ${bearer}`, 'x-request-id': randomUUID() },
        });
        const body = (await res.body.json()) as any;
        return [res.statusCode, body.issue?.[0]?.details?.coding?.[0]?.code];
      };
      const from = ukDate(new Date());
      const window = `start=ge${from}&start=le${addDays(from, 14)}`;
      expect((await call(`/Patient/9000000009/Appointment?${window}`, citizen))[0]).toBe(200);
      expect(await call(`/Patient/${other}/Appointment?${window}`, citizen)).toEqual([403, 'ACCESS_DENIED']);
      // Appointment 1 is 9000000009's; another patient's appointment is refused by id.
      expect((await call('/Appointment/1', citizen))[0]).toBe(200);
      const theirs = await exchange({ citizen: other, level: 'P9' });
      expect(await call('/Appointment/1', theirs)).toEqual([403, 'ACCESS_DENIED']);
      expect(await call(`/Appointment?${window}&searchFilter=${encodeURIComponent('https://fhir.nhs.uk/Id/ods-organization-code|Y12345')}`, citizen)).toEqual([
        403,
        'ACCESS_DENIED',
      ]);
      expect(await call(`/Patient/9000000009/Appointment?${window}`, await exchange({ staff: 'clinician' }))).toEqual([403, 'ACCESS_DENIED']);
      expect(await call(`/Patient/9000000009/Appointment?${window}`, 'not-a-live-token')).toEqual([401, 'ACCESS_DENIED']);
    },
  );
});
