import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nhsNumberOf, seedReceivers, DEFAULT_TARGET } from '../../sandbox/src/routers/bars/records.js';
import { TEST_STAFF } from '../../sandbox/src/identity/cis2.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { barsBooking, barsReferral } from '../support/bars-messages.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setRateLimit('bars', undefined));

const ORG = { 'NHSD-End-User-Organisation-ODS': 'A83008' };
const DOS = { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000072489' };
const OTHER = { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000012345' };
const decode = (value: unknown) => JSON.parse(Buffer.from(String(value), 'base64').toString('utf8'));

const SEND_BOOKING = `mutation($t: BarsTargetInput!, $m: JSON!, $u: String) { sendBarsBooking(target: $t, message: $m, useCase: $u) {
  result { messageId event responseCode appointment { id status start } serviceRequest { id } } userErrors { code message field } } }`;
const SEND_REFERRAL =
  `mutation($t: BarsTargetInput!, $m: JSON!) { sendBarsReferral(target: $t, message: $m) { result ` +
  `{ messageId event responseCode serviceRequest { id status category patientNhsNumber } } userErrors ` +
  `{ code message field } } }`;

describe('sendBarsBooking and sendBarsReferral', () => {
  it('sends a booking to $process-message with the base64 target, sender and software headers and the version in Accept', async () => {
    const message = barsBooking();
    const r = await t.run<any>(SEND_BOOKING, { t: OTHER, m: message, u: 'a1t1' }, { headers: ORG });
    expect(r.errors).toBeUndefined();
    expect(r.data.sendBarsBooking.result).toMatchObject({
      messageId: message.id,
      event: 'booking-request',
      responseCode: 'ok',
      appointment: { status: 'BOOKED', start: '2021-10-12T12:30:30+00:00' },
      serviceRequest: null,
    });
    expect(t.calls()).toEqual({ bars: 1 });
    const [sent] = t.sandbox.receivedRequests('bars');
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/booking-and-referral/FHIR/R4/$process-message');
    expect(decode(sent?.headers['nhsd-target-identifier'])).toEqual(OTHER);
    expect(decode(sent?.headers['nhsd-end-user-organisation'])).toEqual({
      resourceType: 'Organization',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A83008' }],
    });
    expect(decode(sent?.headers['nhsd-requesting-software'])).toMatchObject({ resourceType: 'Device', deviceName: { name: 'nhs-graph' } });
    expect(sent?.headers.accept).toBe('application/fhir+json; version=1.1.0');
    expect(sent?.headers['use-context']).toBe('a1t1|booking|booking-request|new');
    expect(sent?.headers['x-request-id']).toBe(message.id);
  });

  it('never applies a message twice: the same Bundle again is CONFLICT (REC_CONFLICT), and the receiver holds one referral', async () => {
    const patient = t.sandbox.population.patients[42]!.nhsNumber;
    const message = barsReferral(patient);
    const first = await t.run<any>(SEND_REFERRAL, { t: OTHER, m: message }, { headers: ORG });
    expect(first.errors).toBeUndefined();
    expect(first.data.sendBarsReferral.result).toMatchObject({
      event: 'servicerequest-request',
      responseCode: 'ok',
      serviceRequest: { status: 'ACTIVE', category: 'referral', patientNhsNumber: patient },
    });
    const again = await t.run<any>(SEND_REFERRAL, { t: OTHER, m: message }, { headers: ORG });
    expect(again.errors).toBeUndefined();
    expect(again.data.sendBarsReferral).toEqual({ result: null, userErrors: [{ code: 'CONFLICT', message: expect.stringContaining('409'), field: null }] });
    const read = await t.run<any>(
      `query($t: BarsTargetInput!, $n: NhsNumber!) { barsServiceRequests(target: $t, nhsNumber: $n) { id status } }`,
      { t: OTHER, n: patient },
      { headers: ORG },
    );
    expect(read.data.barsServiceRequests).toEqual([{ id: first.data.sendBarsReferral.result.serviceRequest.id, status: 'ACTIVE' }]);
    expect(t.calls()).toEqual({ bars: 3 });
  });

  it('reads back a booking it sent', async () => {
    const sent = await t.run<any>(SEND_BOOKING, { t: OTHER, m: barsBooking() }, { headers: ORG });
    const id = sent.data.sendBarsBooking.result.appointment.id;
    const r = await t.run<any>(
      `query($t: BarsTargetInput!, $id: ID!) { barsAppointment(target: $t, id: $id) { id status end slotReferences } }`,
      { t: OTHER, id },
      { headers: ORG },
    );
    expect(r.data.barsAppointment).toEqual({
      id,
      status: 'BOOKED',
      end: '2021-10-12T12:40:30+00:00',
      slotReferences: ['urn:uuid:deb4c4b3-870b-4599-84df-5e54cef7afda'],
    });
  });

  it.each([
    ['not a Bundle', () => ({ resourceType: 'Patient' })],
    ['without a UUID id', () => ({ ...barsBooking(), id: 'booking-1' })],
    ['with a referral event', () => barsReferral('9000000009')],
    ['whose focus is not in the Bundle', () => ({ ...barsBooking(), entry: barsBooking().entry.slice(0, 1) })],
  ])('refuses a booking message %s before any call', async (_, build) => {
    const r = await t.run<any>(SEND_BOOKING, { t: OTHER, m: build() }, { headers: ORG });
    expect(r.errors).toBeUndefined();
    expect(r.data.sendBarsBooking).toEqual({ result: null, userErrors: [{ code: 'INVALID_BARS_MESSAGE', message: expect.any(String), field: ['message'] }] });
    expect(t.calls()).toEqual({});
  });

  it("sends the signed-in worker's organisation when none is declared, and names them in NHSD-Requesting-Practitioner", async () => {
    t.resetCalls();
    const r = await t.run<any>(`query($t: BarsTargetInput!) { barsSlots(target: $t) { id } }`, { t: DOS });
    expect(r.errors).toBeUndefined();
    const sent = t.sandbox.receivedRequests('bars').at(-1)!;
    const decode = (name: string) => JSON.parse(Buffer.from(String(sent.headers[name]), 'base64').toString());
    const clinician = TEST_STAFF.find((s) => s.id === 'clinician')!;
    expect(decode('nhsd-end-user-organisation').identifier).toEqual([
      { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: clinician.roles[0]!.orgCode },
    ]);
    expect(decode('nhsd-requesting-practitioner')).toMatchObject({
      resourceType: 'PractitionerRole',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: clinician.roles[0]!.roleProfileId }],
      practitioner: { identifier: { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: clinician.subject } },
    });
    expect(t.calls()).toEqual({ bars: 1 });
  });

  it('refuses a bad target, a bad use case and a bad sending organisation before any call', async () => {
    const bad = await t.run<any>(SEND_BOOKING, { t: { system: 'dos service', value: '2000072489' }, m: barsBooking() }, { headers: ORG });
    expect(bad.data.sendBarsBooking.userErrors).toEqual([{ code: 'INVALID_BARS_TARGET', message: expect.any(String), field: ['target'] }]);
    const useCase = await t.run<any>(SEND_BOOKING, { t: OTHER, m: barsBooking(), u: 'a1 t1' }, { headers: ORG });
    expect(useCase.data.sendBarsBooking.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_BARS_MESSAGE']);
    const badOrg = await t.run<any>(
      `query($t: BarsTargetInput!) { barsSlots(target: $t) { id } }`,
      { t: OTHER },
      { headers: { 'NHSD-End-User-Organisation-ODS': 'not ods' } },
    );
    expect(badOrg.errors?.[0]?.extensions?.reason).toBe('INVALID_ODS_CODE');
    expect(t.calls()).toEqual({});
  });
});

describe('BaRS reads', () => {
  it("reads the contract's example ServiceRequest and Appointment by their known ids", async () => {
    const r = await t.run<any>(
      `query($t: BarsTargetInput!) {
      barsServiceRequest(target: $t, id: "c3f6145e-1a26-4345-b3f2-dccbcba62049") { id status intent category authoredOn occurrenceStart }
      barsAppointment(target: $t, id: "91607239-b002-470a-8709-6b25bd50fdd1") { id status serviceRequestReferences } }`,
      { t: DOS },
      { headers: ORG },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.barsServiceRequest).toEqual({
      id: '71d2b38e-b81c-4894-a522-6a65265b1d58',
      status: 'ACTIVE',
      intent: 'plan',
      category: 'referral',
      authoredOn: '2021-11-26T15:00:00+00:00',
      occurrenceStart: '2021-11-26T15:00:00+00:00',
    });
    expect(r.data.barsAppointment).toEqual({
      id: '91607239-b002-470a-8709-6b25bd50fdd1',
      status: 'BOOKED',
      serviceRequestReferences: ['ServiceRequest/236bb75d-90ef-461f-b71e-fde7f899802c'],
    });
    expect(t.calls()).toEqual({ bars: 2 });
  });

  it("refuses the spec's example NHS number 4857773456, whose check digit is wrong, before any call", async () => {
    const r = await t.run<any>(`query($t: BarsTargetInput!) { barsAppointments(target: $t, nhsNumber: "4857773456") { id } }`, { t: DOS }, { headers: ORG });
    expect(r.errors?.[0]?.extensions?.reason).toBe('INVALID_NHS_NUMBER');
    expect(t.calls()).toEqual({});
  });

  it("reads a seeded patient's referrals and bookings at the contract's DoS service", async () => {
    const store = seedReceivers(t.sandbox.population).get(DEFAULT_TARGET)!;
    const booked = [...store.appointments.values()][0]!;
    const nhsNumber = nhsNumberOf(booked)!;
    const r = await t.run<any>(
      `query($t: BarsTargetInput!, $n: NhsNumber!) { barsServiceRequests(target: $t, nhsNumber: $n) ` +
        `{ id patientNhsNumber } barsAppointments(target: $t, nhsNumber: $n) { id status patientNhsNumber } }`,
      { t: DOS, n: nhsNumber },
      { headers: ORG },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.barsServiceRequests).toEqual(
      [...store.serviceRequests.values()].filter((s) => nhsNumberOf(s) === nhsNumber).map((s) => ({ id: s.id, patientNhsNumber: nhsNumber })),
    );
    expect(r.data.barsAppointments).toEqual([{ id: booked.id, status: 'BOOKED', patientNhsNumber: nhsNumber }]);
    expect(store.serviceRequests.size).toBeGreaterThan(t.sandbox.population.patients.length * 0.15);
  });

  it("reads slots: the contract's example at its DoS service, a filtered window elsewhere, sending both start bounds and the required _include", async () => {
    const example = await t.run<any>(
      `query($t: BarsTargetInput!) { barsSlots(target: $t) { id status start end scheduleReference } }`,
      { t: DOS },
      { headers: ORG },
    );
    expect(example.errors).toBeUndefined();
    expect(example.data.barsSlots.length).toBeGreaterThan(0);
    const r = await t.run<any>(
      `query($t: BarsTargetInput!) { barsSlots(target: $t, status: FREE, start: "2026-12-08T00:00:00Z", end: "2026-12-09T00:00:00Z") { id status start } }`,
      { t: OTHER },
      { headers: ORG },
    );
    expect(r.errors).toBeUndefined();
    // 8 December only: four free slots.
    expect(r.data.barsSlots.length).toBe(4);
    for (const s of r.data.barsSlots) {
      expect(s.status).toBe('FREE');
      expect(s.start.startsWith('2026-12-08')).toBe(true);
    }
    const [call] = t.sandbox.receivedRequests('bars').slice(-1);
    expect(call?.path).toBe('/booking-and-referral/FHIR/R4/Slot');
    const query = new URLSearchParams(call!.search);
    expect(query.getAll('start')).toEqual(['ge2026-12-08T00:00:00+00:00', 'le2026-12-09T00:00:00+00:00']);
    expect(query.getAll('_include')).toEqual(['Slot:schedule', 'Schedule:actor:HealthcareService']);
    // The graph's enum value goes to BaRS as FHIR's slot status code.
    expect(query.get('status')).toBe('free');
  });

  it('bounds a slot search without an end at 14 days, and refuses a window that is backwards or over 31 days before any call', async () => {
    t.resetCalls();
    const r = await t.run<any>(`query($t: BarsTargetInput!) { barsSlots(target: $t, start: "2026-11-20T00:00:00Z") { id } }`, { t: OTHER }, { headers: ORG });
    expect(r.errors).toBeUndefined();
    expect(new URLSearchParams(t.sandbox.receivedRequests('bars').at(-1)!.search).getAll('start')).toEqual([
      'ge2026-11-20T00:00:00+00:00',
      'le2026-12-04T00:00:00+00:00',
    ]);
    for (const [start, end] of [
      ['2026-12-08T00:00:00Z', '2026-12-01T00:00:00Z'],
      ['2026-12-01T00:00:00Z', '2027-02-01T00:00:00Z'],
    ]) {
      const bad = await t.run<any>(
        `query($t: BarsTargetInput!, $s: DateTime, $e: DateTime) { barsSlots(target: $t, start: $s, end: $e) { id } }`,
        { t: OTHER, s: start, e: end },
        { headers: ORG },
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SLOT_WINDOW' });
    }
    expect(t.calls()).toEqual({ bars: 1 });
  });

  it('sends X-Correlation-Id as a UUID (the spec: format uuid) even when the client correlates with another string', async () => {
    const r = await t.run<any>(
      `query($t: BarsTargetInput!) { barsSlots(target: $t) { id } }`,
      { t: OTHER },
      { headers: { ...ORG, 'X-Correlation-ID': 'my-app.trace-42' } },
    );
    expect(r.errors).toBeUndefined();
    expect(t.sandbox.receivedRequests('bars').at(-1)!.headers['x-correlation-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('BaRS error families', () => {
  const ERRORS_QUERY = `query($t: BarsTargetInput!) { barsServiceRequest(target: $t, id: "c3f6145e-1a26-4345-b3f2-dccbcba62049") { id } }`;
  it.each([
    ['400', 'BAD_USER_INPUT', 400, 'REC_BAD_REQUEST', 'REC'],
    ['400-1', 'BAD_USER_INPUT', 400, 'REC_BAD_REQUEST', 'REC'],
    ['400-2', 'BAD_USER_INPUT', 400, 'REC_BAD_REQUEST', 'REC'],
    ['401', 'UPSTREAM_ERROR', 401, 'REC_UNAUTHORIZED', 'REC'],
    ['403', 'FORBIDDEN', 403, 'REC_FORBIDDEN', 'REC'],
    ['406', 'UPSTREAM_ERROR', 406, 'SEND_NOT_ACCEPTABLE', 'SEND'],
    ['408', 'UPSTREAM_TIMEOUT', 408, undefined, undefined],
    ['409', 'CONFLICT', 409, 'REC_CONFLICT', 'REC'],
    ['422', 'BAD_USER_INPUT', 422, 'REC_UNPROCESSABLE_ENTITY', 'REC'],
    ['500', 'UPSTREAM_ERROR', 500, 'REC_SERVER_ERROR', 'REC'],
    ['500-1', 'UPSTREAM_ERROR', 500, undefined, undefined],
    ['500-2', 'UPSTREAM_ERROR', 500, 'REC_SERVER_ERROR', 'REC'],
    ['501', 'UPSTREAM_ERROR', 501, 'REC_NOT_IMPLEMENTED', 'REC'],
    ['503', 'UPSTREAM_UNAVAILABLE', 503, undefined, undefined],
    ['504', 'UPSTREAM_TIMEOUT', 504, undefined, undefined],
  ])('maps the switchboard error %s to %s', async (code, graphCode, status, issueCode, family) => {
    const r = await t.run<any>(ERRORS_QUERY, { t: { system: 'tests', value: `NHS0001-${code}` } }, { headers: ORG });
    expect(r.data.barsServiceRequest).toBeNull();
    expect(codes(r)).toEqual([graphCode]);
    const upstream = r.errors?.[0]?.extensions?.upstream as Record<string, unknown>;
    expect(upstream).toMatchObject({ api: 'bars', status });
    expect(upstream.issueCode).toBe(issueCode);
    expect(upstream.family).toBe(family);
  });

  it('maps a target outside the Endpoint Catalogue to NOT_FOUND, family PROXY', async () => {
    const r = await t.run<any>(ERRORS_QUERY, { t: { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '999' } }, { headers: ORG });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0]?.extensions?.upstream).toMatchObject({ status: 404, issueCode: 'PROXY_NOT_FOUND', family: 'PROXY' });
  });

  it('maps an unknown id at the receiver to NOT_FOUND, family REC', async () => {
    const r = await t.run<any>(`query($t: BarsTargetInput!) { barsAppointment(target: $t, id: "${randomUUID()}") { id } }`, { t: DOS }, { headers: ORG });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0]?.extensions?.upstream).toMatchObject({ status: 404, issueCode: 'REC_NOT_FOUND', family: 'REC' });
  });

  it("maps the proxy's rate limit to RATE_LIMITED, family SEND, with its Retry-After", async () => {
    t.sandbox.setRateLimit('bars', { limit: 1, windowMs: 60_000 });
    await t.run(ERRORS_QUERY, { t: DOS }, { headers: ORG });
    const r = await t.run<any>(ERRORS_QUERY, { t: DOS }, { headers: ORG });
    expect(codes(r)).toEqual(['RATE_LIMITED']);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      retryAfterSeconds: expect.any(Number),
      upstream: { status: 429, issueCode: 'SEND_TOO_MANY_REQUESTS', family: 'SEND' },
    });
  });
});
