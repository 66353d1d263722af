import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../../src/config/index.js';
import type { CallContext } from '../../src/upstream/types.js';
import { startSandbox, type Sandbox } from '../../sandbox/src/server.js';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { SSP_PATH } from '../../sandbox/src/routers/gp-connect/index.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { buildDirectory, withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { INTERACTIONS, type Interaction } from '../../src/sources/gp-connect/interactions.js';
import { buildStructuredRecordParameters } from '../../src/sources/gp-connect/structured-request.js';
import { GpConnectAuth } from '../../src/sources/gp-connect/auth.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { OpenApiSpec } from '../support/openapi.js';

/**
 * The embedded GP Connect answers checked against the platform's published OpenAPI specs. Their schemas are bare
 * `type: object`, so each body is held to the shape of the spec's own example (validateAgainstExample): every field
 * the example has must have the example's type, recursively, and resourceType must match.
 */
let sandbox: Sandbox;
let world: GpcWorld;
let accessRecord: OpenApiSpec;
let appointments: OpenApiSpec;

const ACCESS_RECORD = '/gp-connect/patient-facing/access-record-fhir/FHIR/STU3';
const APPOINTMENTS = '/gp-connect/patient-facing/appointments-management-fhir/FHIR/STU3';

beforeAll(async () => {
  sandbox = await startSandbox();
  world = new GpcWorld(sandbox.population);
  [accessRecord, appointments] = await Promise.all([
    OpenApiSpec.load('gpc-structured/gp-connect-access-record-fhir.yaml'),
    OpenApiSpec.load('gpc-appointments/specification/gp-connect-appointments-management-fhir.yaml'),
  ]);
});
afterAll(() => sandbox.close());

/** A signed-in healthcare worker (the CIS2 stand-in's clinician), whom the audit JWT names. */
const WORKER: CallContext = {
  correlationId: 'conformance',
  staff: { roleProfileId: '555000000100', jobRoleCode: 'R8000', orgCode: 'Y12345' },
  user: { kind: 'staff', userId: '555000000101', sdsUserId: '555000000101', familyName: 'Clinician', givenNames: ['Casey'] },
};

/** One request as the graph sends it for a worker: SSP headers and audit JWT from GpConnectAuth, a fresh X-Request-ID. */
async function call(base: string, method: string, path: string, interaction: Interaction, body?: unknown, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = {
    'x-request-id': randomUUID(),
    accept: 'application/fhir+json;charset=utf-8',
    'ssp-interactionid': interaction,
    ...extra,
  };
  if (body !== undefined) headers['content-type'] = 'application/fhir+json;charset=utf-8';
  await new GpConnectAuth({ consumer: EMBEDDED_GP_CONNECT_CONSUMER, audience: sandbox.origin + base }).authorize(headers, WORKER);
  const res = await request(sandbox.origin + base + path, { method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.statusCode, headers: res.headers, requestId: headers['x-request-id'], body: (await res.body.json()) as any };
}

/**
 * One request to a practice's provider system through the Spine Secure Proxy (route A), addressed as the embedded SDS
 * registers it: the URL `{ssp}/{service root}/...`, `Ssp-To` the ASID accredited there, the audit JWT's `aud` the root.
 */
async function callRouteA(practice: string, method: string, path: string, interaction: Interaction, body?: unknown, extra: Record<string, string> = {}) {
  const directory = buildDirectory(sandbox.population);
  // The embedded practice-appointments extension is addressed as a slot search is.
  const registered = interaction === INTERACTIONS.practiceAppointments ? INTERACTIONS.searchSlots : interaction;
  const root = directory.mhs.find((m) => m.odsCode === practice && m.address.endsWith('/appointments') && m.interactions.includes(registered))!;
  const asid = directory.accreditedSystems.find((a) => a.partyKey === root.partyKey && a.interactions.includes(registered))!.asid;
  const headers: Record<string, string> = {
    'x-request-id': randomUUID(),
    accept: 'application/fhir+json;charset=utf-8',
    'ssp-interactionid': interaction,
    'ssp-to': asid,
    ...extra,
  };
  if (body !== undefined) headers['content-type'] = 'application/fhir+json;charset=utf-8';
  // The provider (Ssp-To, the JWT's aud) reaches the auth as the graph's addressed calls give it (a typed call option).
  await new GpConnectAuth({ consumer: EMBEDDED_GP_CONNECT_CONSUMER, audience: root.address }).authorize(headers, WORKER, {
    provider: { asid, audience: root.address },
  });
  const res = await request(`${sandbox.origin}${SSP_PATH}/${root.address}${path}`, {
    method: method as 'GET',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as any };
}

const normalPatient = () =>
  sandbox.population.patients.find(
    (p) =>
      !p.restricted &&
      world.patient(p.nhsNumber).status === 'normal' &&
      !practiceSwitchedOff(p.gpOdsCode, 'documents') &&
      !practiceSwitchedOff(p.gpOdsCode, 'appointments'),
  )!;

describe('Access Record: Structured conforms to gp-connect-access-record-fhir.yaml', () => {
  it('answers a Bundle of type collection whose id echoes X-Request-ID, shaped like the spec example', async () => {
    const parameters = buildStructuredRecordParameters(normalPatient().nhsNumber, {
      allergies: { includeResolved: true },
      medications: { includeIssues: true },
      immunisations: { includeNotGiven: false },
    });
    const res = await call(ACCESS_RECORD, 'POST', '/Patient/$gpc.getstructuredrecord', INTERACTIONS.getStructuredRecord, parameters);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'collection', id: res.requestId });
    // The OAS example writes Patient.generalPractitioner as one object; FHIR STU3 makes it a list, and the spec site's
    // examples (allergies_response1.json) send a list, as we do. That one field is checked against FHIR, not the OAS.
    const patient = res.body.entry.find((e: any) => e.resource.resourceType === 'Patient').resource;
    expect(patient.generalPractitioner).toEqual(
      loadFixture<any>('gpc-structured/examples/allergies_response1.json')
        .entry.find((e: any) => e.resource.resourceType === 'Patient')
        .resource.generalPractitioner.map(() => ({ reference: expect.stringMatching(/^Practitioner\//) })),
    );
    const withoutGp = {
      ...res.body,
      entry: res.body.entry.map((e: any) => (e.resource.resourceType === 'Patient' ? { resource: { ...e.resource, generalPractitioner: undefined } } : e)),
    };
    expect(accessRecord.validateAgainstExample('POST', '/Patient/$gpc.getstructuredrecord', 200, JSON.parse(JSON.stringify(withoutGp)))).toEqual([]);
    const lists = res.body.entry.map((e: any) => e.resource).filter((r: any) => r.resourceType === 'List');
    for (const list of lists) expect(list.entry ?? list.emptyReason).toBeDefined();
  });

  it('answers PATIENT_NOT_FOUND as a GPConnect-OperationOutcome-1 for a sensitive patient', async () => {
    const res = await call(
      ACCESS_RECORD,
      'POST',
      '/Patient/$gpc.getstructuredrecord',
      INTERACTIONS.getStructuredRecord,
      buildStructuredRecordParameters('9690938533', { allergies: { includeResolved: false } }),
    );
    expect(res.status).toBe(404);
    expect(res.body.issue[0].details.coding[0].code).toBe('PATIENT_NOT_FOUND');
    expect(accessRecord.validateAgainstExample('POST', '/Patient/$gpc.getstructuredrecord', 404, res.body)).toEqual([]);
    expect(res.body).toMatchObject({
      ...loadFixture<any>('gpc-structured/examples/OperationOutcome-404-PATIENT_NOT_FOUND.json'),
      issue: [expect.objectContaining({ severity: 'error', code: 'not-found' })],
    });
  });

  it('refuses a call with another capability’s interaction id with 400 BAD_REQUEST', async () => {
    const res = await call(
      ACCESS_RECORD,
      'POST',
      '/Patient/$gpc.getstructuredrecord',
      INTERACTIONS.searchDocuments,
      buildStructuredRecordParameters('9000000009', { allergies: { includeResolved: false } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.coding[0].code).toBe('BAD_REQUEST');
  });
});

describe('the GP Connect shape checks reject a broken answer', () => {
  it('{}, a Bundle without its type, an OperationOutcome issue without its code, a List without its status', async () => {
    const parameters = buildStructuredRecordParameters(normalPatient().nhsNumber, { allergies: { includeResolved: true } });
    const ok = (await call(ACCESS_RECORD, 'POST', '/Patient/$gpc.getstructuredrecord', INTERACTIONS.getStructuredRecord, parameters)).body;
    const check = (body: unknown) => accessRecord.validateAgainstExample('POST', '/Patient/$gpc.getstructuredrecord', 200, body);
    expect(check({})).not.toEqual([]);
    const { type: _, ...typeless } = ok;
    expect(check(typeless)).toContain("/ must have required property 'type'");
    const listAt = ok.entry.findIndex((e: any) => e.resource.resourceType === 'List');
    const { status: __, ...statusless } = ok.entry[listAt].resource;
    expect(check({ ...ok, entry: ok.entry.map((e: any, i: number) => (i === listAt ? { resource: statusless } : e)) })).toContain(
      `/entry/${listAt}/resource must have required property 'status'`,
    );
    const missing = (
      await call(
        ACCESS_RECORD,
        'POST',
        '/Patient/$gpc.getstructuredrecord',
        INTERACTIONS.getStructuredRecord,
        buildStructuredRecordParameters('9690938533', { allergies: { includeResolved: false } }),
      )
    ).body;
    expect(accessRecord.validateAgainstExample('POST', '/Patient/$gpc.getstructuredrecord', 404, { ...missing, issue: [{ severity: 'error' }] })).toContain(
      "/issue/0 must have required property 'code'",
    );
    expect(appointments.validateAgainstExample('GET', '/Slot', 200, { resourceType: 'Bundle' })).toContain("/ must have required property 'type'");
  });
});

describe('Access Document conforms to gp-connect-access-record-fhir.yaml', () => {
  it('Find Patient, DocumentReference search and Binary read are shaped like the spec examples', async () => {
    const nhs = '9000000009';
    const found = await call(ACCESS_RECORD, 'GET', `/documents/Patient/${nhs}`, INTERACTIONS.findDocumentsPatient);
    expect(found.status).toBe(200);
    expect(accessRecord.validateAgainstExample('GET', '/documents/Patient/{id}', 200, found.body)).toEqual([]);
    const id = found.body.entry[0].resource.id;
    const includes = [
      'DocumentReference:subject:Patient',
      'DocumentReference:custodian:Organization',
      'DocumentReference:author:Organization',
      'DocumentReference:author:Practitioner',
    ]
      .map((i) => `_include=${encodeURIComponent(i)}`)
      .join('&');
    const search = await call(ACCESS_RECORD, 'GET', `/Patient/${id}/DocumentReference?patientNHSNumber=${nhs}&${includes}`, INTERACTIONS.searchDocuments);
    expect(search.status).toBe(200);
    expect(accessRecord.validateAgainstExample('GET', '/Patient/{id}/DocumentReference', 200, search.body)).toEqual([]);
    const url: string = search.body.entry.find((e: any) => e.resource.resourceType === 'DocumentReference').resource.content[0].attachment.url;
    const binary = await call(ACCESS_RECORD, 'GET', `/documents/Binary/${url.split('/').pop()}?patientNHSNumber=${nhs}`, INTERACTIONS.readBinary);
    expect(binary.status).toBe(200);
    expect(accessRecord.validateAgainstExample('GET', '/documents/Binary/{id}', 200, binary.body)).toEqual([]);
  });

  it('a synthetic patient’s search and files are shaped like the spec examples too', async () => {
    const p = normalPatient();
    const found = await call(ACCESS_RECORD, 'GET', `/documents/Patient/${p.nhsNumber}`, INTERACTIONS.findDocumentsPatient);
    const includes = [
      'DocumentReference:subject:Patient',
      'DocumentReference:custodian:Organization',
      'DocumentReference:author:Organization',
      'DocumentReference:author:Practitioner',
    ]
      .map((i) => `_include=${encodeURIComponent(i)}`)
      .join('&');
    const search = await call(
      ACCESS_RECORD,
      'GET',
      `/Patient/${found.body.entry[0].resource.id}/DocumentReference?patientNHSNumber=${p.nhsNumber}&${includes}`,
      INTERACTIONS.searchDocuments,
    );
    expect(accessRecord.validateAgainstExample('GET', '/Patient/{id}/DocumentReference', 200, search.body)).toEqual([]);
  });

  it('a search without the mandatory _includes is 400 INVALID_PARAMETER; no patientNHSNumber is 422', async () => {
    const id = (await call(ACCESS_RECORD, 'GET', '/documents/Patient/9000000009', INTERACTIONS.findDocumentsPatient)).body.entry[0].resource.id;
    const bare = await call(ACCESS_RECORD, 'GET', `/Patient/${id}/DocumentReference?patientNHSNumber=9000000009`, INTERACTIONS.searchDocuments);
    expect([bare.status, bare.body.issue[0].details.coding[0].code]).toEqual([400, 'INVALID_PARAMETER']);
    const missing = await call(ACCESS_RECORD, 'GET', `/documents/Binary/x`, INTERACTIONS.readBinary, undefined, nonConforming('no patientNHSNumber'));
    expect([missing.status, missing.body.issue[0].details.coding[0].code]).toEqual([422, 'INVALID_PARAMETER']);
    expect(accessRecord.validateAgainstExample('GET', '/documents/Binary/{id}', 422, missing.body)).toEqual([]);
  });
});

describe('Appointment Management conforms to gp-connect-appointments-management-fhir.yaml', () => {
  it('slot search, booking, read, patient search and cancel are shaped like the spec examples', async () => {
    const p = normalPatient();
    const from = addDays(ukDate(new Date()), 1);
    const to = addDays(from, 6);
    const recurse = ['Schedule:actor:Practitioner', 'Schedule:actor:Location', 'Location:managingOrganization']
      .map((r) => `_include:recurse=${encodeURIComponent(r)}`)
      .join('&');
    const filters = [
      `https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1|gp-practice`,
      `https://fhir.nhs.uk/Id/ods-organization-code|${p.gpOdsCode}`,
    ]
      .map((f) => `searchFilter=${encodeURIComponent(f)}`)
      .join('&');
    const slots = await call(
      APPOINTMENTS,
      'GET',
      `/Slot?start=ge${from}&end=le${to}&status=free&_include=Slot:schedule&${recurse}&${filters}`,
      INTERACTIONS.searchSlots,
    );
    expect(slots.status).toBe(200);
    expect(appointments.validateAgainstExample('GET', '/Slot', 200, slots.body)).toEqual([]);
    const slot = slots.body.entry.find((e: any) => e.resource.resourceType === 'Slot').resource;
    const location = slots.body.entry.find((e: any) => e.resource.resourceType === 'Location').resource;

    const c = EMBEDDED_GP_CONNECT_CONSUMER;
    const booking = {
      resourceType: 'Appointment',
      meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1'] },
      contained: [
        {
          resourceType: 'Organization',
          id: '1',
          identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: c.organisation.odsCode }],
          name: c.organisation.name,
          telecom: [{ system: 'phone', value: c.organisation.phone }],
          type: [{ coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1', code: c.organisation.type }] }],
        },
      ],
      extension: [{ url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1', valueReference: { reference: '#1' } }],
      status: 'booked',
      start: slot.start,
      end: slot.end,
      slot: [{ reference: `Slot/${slot.id}` }],
      created: new Date().toISOString().slice(0, 19) + '+00:00',
      description: 'Conformance check',
      participant: [
        { actor: { reference: `Patient/${p.nhsNumber}` }, status: 'accepted' },
        { actor: { reference: `Location/${location.id}` }, status: 'accepted' },
      ],
    };
    const booked = await call(APPOINTMENTS, 'POST', '/Appointment', INTERACTIONS.bookAppointment, booking);
    expect(booked.status).toBe(201);
    expect(booked.headers.location).toBe(`${sandbox.origin}${APPOINTMENTS}/Appointment/${booked.body.id}`);
    expect(booked.headers.etag).toBe(`W/"${booked.body.meta.versionId}"`);
    expect(appointments.validateAgainstExample('POST', '/Appointment', 201, booked.body)).toEqual([]);

    const again = await call(APPOINTMENTS, 'POST', '/Appointment', INTERACTIONS.bookAppointment, booking);
    expect([again.status, again.body.issue[0].details.coding[0].code]).toEqual([409, 'DUPLICATE_REJECTED']);
    expect(appointments.validateAgainstExample('POST', '/Appointment', 409, again.body)).toEqual([]);

    const read = await call(APPOINTMENTS, 'GET', `/Appointment/${booked.body.id}`, INTERACTIONS.readAppointment);
    expect(appointments.validateAgainstExample('GET', '/Appointment/{id}', 200, read.body)).toEqual([]);

    const mine = await call(APPOINTMENTS, 'GET', `/Patient/${p.nhsNumber}/Appointment?start=ge${from}&start=le${to}`, INTERACTIONS.patientAppointments);
    expect(appointments.validateAgainstExample('GET', '/Patient/{id}/Appointment', 200, mine.body)).toEqual([]);

    const cancellation = {
      ...read.body,
      status: 'cancelled',
      extension: [
        ...read.body.extension,
        { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1', valueString: 'Conformance' },
      ],
    };
    const stale = await call(APPOINTMENTS, 'PUT', `/Appointment/${booked.body.id}`, INTERACTIONS.cancelAppointment, cancellation, { 'if-match': 'W/"99"' });
    expect(stale.status).toBe(409);
    const cancelled = await call(APPOINTMENTS, 'PUT', `/Appointment/${booked.body.id}`, INTERACTIONS.cancelAppointment, cancellation, {
      'if-match': read.headers.etag as string,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(appointments.validateAgainstExample('PUT', '/Appointment/{id}', 200, cancelled.body)).toEqual([]);
  });

  it('a slot window over 14 days is 422 INVALID_PARAMETER', async () => {
    const from = ukDate(new Date());
    const res = await call(
      APPOINTMENTS,
      'GET',
      `/Slot?start=ge${from}&end=le${addDays(from, 15)}&status=free&_include=Slot:schedule` +
        `&searchFilter=${encodeURIComponent('https://fhir.nhs.uk/Id/ods-organization-code|P80001')}`,
      INTERACTIONS.searchSlots,
    );
    expect([res.status, res.body.issue[0].details.coding[0].code]).toEqual([422, 'INVALID_PARAMETER']);
    expect(appointments.validateAgainstExample('GET', '/Slot', 422, res.body)).toEqual([]);
  });
});

describe('Appointment Management on route A (gpconnect-swagger.yaml, through the Spine Secure Proxy)', () => {
  const practice = () => [...world.practices.keys()].find((ods) => /^P8/.test(ods) && !withoutGpConnect(ods) && !practiceSwitchedOff(ods, 'appointments'))!;
  const cancellationOf = (appointment: any) => ({
    ...appointment,
    status: 'cancelled',
    extension: [
      ...(appointment.extension ?? []),
      { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1', valueString: 'Conformance' },
    ],
  });

  it("cancelling an appointment that has started is 422 INVALID_RESOURCE (route A's status table has no 461), where route B answers its 461", async () => {
    const ods = practice();
    const today = ukDate(new Date());
    const listed = await callRouteA(ods, 'GET', `/Appointment?start=ge${addDays(today, -20)}&start=le${addDays(today, -1)}`, INTERACTIONS.practiceAppointments);
    const started = listed.body.entry.map((e: any) => e.resource).filter((r: any) => r.resourceType === 'Appointment' && r.status !== 'cancelled');
    const [first, second] = started;
    // The appointment as route A names it (its patient by the GP system's id), cancelled and nothing else changed.
    const asRead = await callRouteA(ods, 'GET', `/Appointment/${first.id}`, INTERACTIONS.readAppointment);
    const routeA = await callRouteA(ods, 'PUT', `/Appointment/${first.id}`, INTERACTIONS.cancelAppointment, cancellationOf(asRead.body), {
      'if-match': asRead.headers.etag as string,
    });
    expect([routeA.status, routeA.body.issue[0].details.coding[0].code]).toEqual([422, 'INVALID_RESOURCE']);
    const read = await call(APPOINTMENTS, 'GET', `/Appointment/${second.id}`, INTERACTIONS.readAppointment);
    const routeB = await call(APPOINTMENTS, 'PUT', `/Appointment/${second.id}`, INTERACTIONS.cancelAppointment, cancellationOf(read.body), {
      'if-match': read.headers.etag as string,
    });
    expect([routeB.status, routeB.body.issue[0].details.coding[0].code]).toEqual([461, 'ACCESS_DENIED']);
  });

  it(
    "a patient's appointment search with a past start is 422 INVALID_PARAMETER (no part of the " +
      'range in the past); from today it answers, and route B allows the past',
    async () => {
      const ods = practice();
      const patient = world.patientsAt(ods).find((p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal')!;
      const found = await callRouteA(
        ods,
        'GET',
        `/Patient?identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${patient.nhsNumber}`)}`,
        INTERACTIONS.findPatient,
      );
      const id = found.body.entry[0].resource.id as string;
      const today = ukDate(new Date());
      // gpc-appointments/CONTRACT.md, "Patient's appointments (route A)": "no part of the range in the past (error)", and
      // the error table's 422 INVALID_PARAMETER "bad date range (… past dates …)".
      const past = await callRouteA(
        ods,
        'GET',
        `/Patient/${id}/Appointment?start=ge${addDays(today, -1)}&start=le${addDays(today, 6)}`,
        INTERACTIONS.patientAppointments,
        undefined,
        nonConforming('a start in the past on route A'),
      );
      expect([past.status, past.body.issue[0].details.coding[0].code]).toEqual([422, 'INVALID_PARAMETER']);
      const fromToday = await callRouteA(
        ods,
        'GET',
        `/Patient/${id}/Appointment?start=ge${today}&start=le${addDays(today, 6)}`,
        INTERACTIONS.patientAppointments,
      );
      expect([fromToday.status, fromToday.body.resourceType]).toEqual([200, 'Bundle']);
      // Route B (the platform, by NHS number) allows past dates (its past-appt-limit).
      const routeB = await call(
        APPOINTMENTS,
        'GET',
        `/Patient/${patient.nhsNumber}/Appointment?start=ge${addDays(today, -1)}&start=le${addDays(today, 6)}`,
        INTERACTIONS.patientAppointments,
      );
      expect([routeB.status, routeB.body.resourceType]).toEqual([200, 'Bundle']);
    },
  );
});
