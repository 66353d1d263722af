import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../../src/config.js';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import type { ReceivedRequest } from '../../src/sandbox/server.js';
import { GpcWorld, practiceSwitchedOff } from '../../src/sandbox/routers/gp-connect/world.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * What the embedded platform receives from the graph on every GP Connect call: the Spine Secure Proxy headers, the
 * interaction id of the call, and the unsigned audit JWT with the claims gpc-structured/CONTRACT.md lists.
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
const ACCESS_RECORD = '/gp-connect/patient-facing/access-record-fhir/FHIR/STU3';
const APPOINTMENTS = '/gp-connect/patient-facing/appointments-management-fhir/FHIR/STU3';

function decode(request: ReceivedRequest): { header: any; claims: any; signature: string } {
  const [, token] = /^Bearer (.+)$/.exec(String(request.headers.authorization))!;
  const [header, claims, signature] = token!.split('.');
  return { header: JSON.parse(Buffer.from(header!, 'base64url').toString()), claims: JSON.parse(Buffer.from(claims!, 'base64url').toString()), signature: signature! };
}

function expectGpConnectHeaders(request: ReceivedRequest, interaction: string, scope: string, basePath: string): void {
  const c = EMBEDDED_GP_CONNECT_CONSUMER;
  expect(request.headers['ssp-interactionid']).toBe(interaction);
  expect(request.headers['ssp-traceid']).toMatch(UUID);
  expect(request.headers['ssp-from']).toBe(c.asid);
  expect(request.headers['ssp-to']).toBe(c.providerAsid);
  expect(request.headers['x-request-id']).toMatch(UUID);
  expect(request.headers['x-correlation-id']).toBe('gpc-headers');
  expect(request.headers.accept).toBe('application/fhir+json;charset=utf-8');
  const { header, claims, signature } = decode(request);
  expect(header).toEqual({ alg: 'none', typ: 'JWT' });
  expect(signature).toBe('');
  expect(claims).toMatchObject({
    iss: c.endpointUrl,
    sub: c.practitioner.id,
    aud: t.sandbox.origin + basePath,
    reason_for_request: 'directcare',
    requested_scope: scope,
    requesting_device: { resourceType: 'Device', identifier: [{ system: c.device.system, value: c.device.value }], model: c.device.model, version: c.device.version },
    requesting_organization: { resourceType: 'Organization', identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: c.organisation.odsCode }], name: c.organisation.name },
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: c.practitioner.id,
      identifier: expect.arrayContaining([
        { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: c.practitioner.sdsUserId },
        { system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: c.practitioner.roleProfileId },
      ]),
    },
  });
  expect(claims.exp - claims.iat).toBe(300);
  expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(60);
}

describe('GP Connect request headers and audit JWT', () => {
  it('every Access Record call carries its own interaction id, a fresh trace id and the audit JWT', async () => {
    const nhs = t.sandbox.population.patients.find((p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal' && !practiceSwitchedOff(p.gpOdsCode, 'documents'))!.nhsNumber;
    t.resetCalls();
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { allergies { id } } documents { id content { size } } } }`, { n: nhs }, { headers: { 'x-correlation-id': 'gpc-headers' } });
    // Only a file over the size limit or a placeholder may be refused (NOT_FOUND); the provider accepted every request.
    expect(codes(r).filter((c) => c !== 'NOT_FOUND')).toEqual([]);
    const sent = t.sandbox.receivedRequests('gpc-access-record');
    const record = sent.find((q) => q.path.endsWith('/$gpc.getstructuredrecord'))!;
    expect(record.method).toBe('POST');
    expectGpConnectHeaders(record, `${I}:fhir:operation:gpc.getstructuredrecord-1`, 'patient/*.read', ACCESS_RECORD);
    expect(record.headers['content-type']).toBe('application/fhir+json;charset=utf-8');
    expectGpConnectHeaders(sent.find((q) => q.path.includes('/documents/Patient/'))!, `${I}:documents:fhir:rest:search:patient-1`, 'patient/*.read', ACCESS_RECORD);
    expectGpConnectHeaders(sent.find((q) => q.path.endsWith('/DocumentReference'))!, `${I}:documents:fhir:rest:search:documentreference-1`, 'patient/*.read', ACCESS_RECORD);
    for (const binary of sent.filter((q) => q.path.includes('/documents/Binary/'))) {
      expectGpConnectHeaders(binary, `${I}:documents:fhir:rest:read:binary-1`, 'patient/*.read', ACCESS_RECORD);
    }
    const traceIds = sent.map((q) => q.headers['ssp-traceid']);
    expect(new Set(traceIds).size).toBe(traceIds.length);
  });

  it('every Appointment Management call carries its interaction id and the scope GP Connect gives it', async () => {
    const practice = [...world.practices.keys()].find((ods) => /^P8/.test(ods) && !practiceSwitchedOff(ods, 'appointments') && ods > 'P80040')!;
    const patient = world.patientsAt(practice).find((p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal')!;
    const headers = { 'x-correlation-id': 'gpc-headers' };
    t.resetCalls();
    const today = ukDate(new Date());
    const slots = await t.run<any>(`query($o: OdsCode!, $f: Date!, $t: Date!) { organisation(odsCode: $o) { freeSlots(from: $f, to: $t) { id } } }`, { o: practice, f: addDays(today, 1), t: addDays(today, 3) }, { headers });
    const booked = await t.run<any>(`mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id version } }`, { i: { nhsNumber: patient.nhsNumber, slotIds: [slots.data.organisation.freeSlots[0].id], description: 'Check-up' } }, { headers });
    const { id } = booked.data.bookAppointment;
    await t.run(`mutation($id: ID!) { amendAppointment(id: $id, version: "1", changes: { comment: "x" }) { id } }`, { id }, { headers });
    await t.run(`mutation($id: ID!) { cancelAppointment(id: $id, version: "2", reason: "y") { id } }`, { id }, { headers });
    await t.run(`query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) { appointments(from: $f, to: $t) { id } } }`, { n: patient.nhsNumber, f: today, t: addDays(today, 3) }, { headers });
    const sent = t.sandbox.receivedRequests('gpc-appointments');
    const [slotSearch, book, readForAmend, amend, readForCancel, cancel, mine] = sent;
    expectGpConnectHeaders(slotSearch!, `${I}:fhir:rest:search:slot-1`, 'organization/*.read', APPOINTMENTS);
    expectGpConnectHeaders(book!, `${I}:fhir:rest:create:appointment-1`, 'patient/*.write', APPOINTMENTS);
    expectGpConnectHeaders(readForAmend!, `${I}:fhir:rest:read:appointment-1`, 'patient/*.read', APPOINTMENTS);
    expectGpConnectHeaders(amend!, `${I}:fhir:rest:update:appointment-1`, 'patient/*.write', APPOINTMENTS);
    expectGpConnectHeaders(readForCancel!, `${I}:fhir:rest:read:appointment-1`, 'patient/*.read', APPOINTMENTS);
    expectGpConnectHeaders(cancel!, `${I}:fhir:rest:cancel:appointment-1`, 'patient/*.write', APPOINTMENTS);
    expectGpConnectHeaders(mine!, `${I}:fhir:rest:search:patient_appointments-1`, 'patient/*.read', APPOINTMENTS);
    expect(sent.map((q) => `${q.method} ${q.path.slice(APPOINTMENTS.length)}`)).toEqual([
      'GET /Slot',
      'POST /Appointment',
      `GET /Appointment/${id}`,
      `PUT /Appointment/${id}`,
      `GET /Appointment/${id}`,
      `PUT /Appointment/${id}`,
      `GET /Patient/${patient.nhsNumber}/Appointment`,
    ]);
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

  it('an audit JWT the provider refuses (no SDS user id) is UPSTREAM_ERROR from 400 BAD_REQUEST', async () => {
    const c = EMBEDDED_GP_CONNECT_CONSUMER;
    const other = await startTestGraph({ gpConnect: { ...c, practitioner: { ...c.practitioner, sdsUserId: '' } } });
    try {
      const r = await other.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { allergies { id } } } }`);
      expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
      expect(r.errors![0]!.extensions!.upstream).toMatchObject({ status: 400, issueCode: 'BAD_REQUEST' });
    } finally {
      await other.close();
    }
  });
});
