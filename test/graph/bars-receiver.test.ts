import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RedisCache } from '../../src/cache/index.js';
import { BarsResponseStore } from '../../src/sources/bars/receiver/response-store.js';
import { barsBooking, barsReferral } from '../support/bars-messages.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { readmeOperations } from '../support/readme.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { publishExchange } from '../../sandbox/src/exchange.js';

const ORG = { 'NHSD-End-User-Organisation-ODS': 'A83008' };
const OTHER = { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000012345' };
const RECEIVER_PATH = '/booking-and-referral/FHIR/R4/$process-message';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

const SEND_REFERRAL =
  `mutation($t: BarsTargetInput!, $m: JSON!) { sendBarsReferral(target: $t, message: $m) { result ` + `{ serviceRequest { id } } userErrors { code } } }`;
const RESPONSES =
  `query($t: BarsTargetInput!, $id: ID!) { barsServiceRequest(target: $t, id: $id) { id responses ` +
  `{ messageId event reason responseCode inResponseTo serviceRequestId serviceRequest { id status } } } }`;

/** A receiver's servicerequest-response to the referral `serviceRequestId` (sent as message `inResponseTo`). */
function referralResponse(serviceRequestId: string, nhsNumber: string, inResponseTo: string): Record<string, any> {
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'message',
    entry: [
      {
        fullUrl: 'urn:uuid:0d1c7a52-6a55-4d0e-9b8a-0a2c1e5f7b10',
        resource: {
          resourceType: 'MessageHeader',
          eventCoding: { system: 'https://fhir.nhs.uk/CodeSystem/message-events-bars', code: 'servicerequest-response' },
          reason: { coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/message-reason-bars', code: 'new' }] },
          response: { identifier: inResponseTo, code: 'ok' },
          focus: [{ reference: `urn:uuid:${serviceRequestId}` }],
        },
      },
      {
        fullUrl: `urn:uuid:${serviceRequestId}`,
        resource: {
          resourceType: 'ServiceRequest',
          id: serviceRequestId,
          status: 'completed',
          intent: 'plan',
          subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhsNumber } },
        },
      },
    ],
  };
}

/** The headers booking-and-referral-1.1.0.yaml requires of every $process-message call, with the caller's bearer. */
function senderHeaders(token: string | undefined): Record<string, string> {
  return {
    'content-type': 'application/fhir+json',
    accept: 'application/fhir+json; version=1.1.0',
    'x-request-id': randomUUID(),
    'x-correlation-id': randomUUID(),
    'nhsd-target-identifier': b64({ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A83008' }),
    'nhsd-end-user-organisation': b64({ resourceType: 'Organization', identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'RCD' }] }),
    'nhsd-requesting-software': b64({ resourceType: 'Device', deviceName: { name: 'receiver' } }),
    'use-context': 'a1t1|referral|servicerequest-response|new',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/**
 * Posts to the graph's $process-message as a receiver would, and hands the exchange to the contract checker (api
 * `bars`), so the graph-hosted endpoint is judged by the BaRS spec like the stand-in; `negative` marks a request the
 * test sends knowing it breaks the spec.
 */
async function post(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  negative?: string,
): Promise<{ status: number; body: any; headers: Record<string, unknown> }> {
  const sent = { ...headers, ...(negative ? nonConforming(negative) : {}) };
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await request(`${url}${RECEIVER_PATH}`, { method: 'POST', headers: sent, body: rawBody });
  const answer = await res.body.json();
  const responseHeaders = Object.fromEntries(Object.entries(res.headers).filter((e): e is [string, string] => typeof e[1] === 'string'));
  publishExchange(() => ({
    api: 'bars',
    method: 'POST',
    path: RECEIVER_PATH,
    search: '',
    headers: sent,
    rawBody,
    status: res.statusCode,
    responseHeaders,
    body: answer,
  }));
  return { status: res.statusCode, body: answer, headers: res.headers };
}

const recCode = (body: any) => body?.issue?.[0]?.details?.coding?.[0]?.code;

/** Sends a referral through the graph to the stand-in; its ServiceRequest id and Bundle id. */
/** A graphql-ws client of `graph`'s /graphql over a real WebSocket, signed in with `token`, that never reconnects. */
function subscriber(graph: TestGraph, token: string): Client {
  return createClient({
    url: `${graph.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
}

async function sendReferral(t: TestGraph, nhsNumber: string, message = barsReferral(nhsNumber)): Promise<{ serviceRequestId: string; messageId: string }> {
  const sent = await t.run<any>(SEND_REFERRAL, { t: OTHER, m: message }, { headers: ORG });
  expect(sent.errors).toBeUndefined();
  return { serviceRequestId: sent.data.sendBarsReferral.result.serviceRequest.id, messageId: message.id };
}

describe('the BaRS receiver ($process-message) and barsServiceRequest.responses', () => {
  let t: TestGraph;
  let receiverToken: string;
  beforeAll(async () => {
    t = await startTestGraph();
    receiverToken = await t.tokenFor({ staff: 'clinician' });
  });
  afterAll(() => t.close());

  it('takes a receiver response, shows it in responses and on the barsResponses subscription (graphql-ws over a real WebSocket)', async () => {
    const patient = t.sandbox.population.patients[7]!.nhsNumber;
    const { serviceRequestId, messageId } = await sendReferral(t, patient);
    const client: Client = subscriber(t, receiverToken);
    try {
      const events = client.iterate<any>({
        query: `subscription($id: ID!) { barsResponses(serviceRequestId: $id) { messageId event responseCode serviceRequest { id status patientNhsNumber } } }`,
        variables: { id: serviceRequestId },
      });
      // The subscription is registered once the server has answered connection_init and taken the subscribe message:
      // wait for the socket to be acknowledged, then for a round trip of the same socket (a query) before posting.
      const acked = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      const first = events.next();
      await acked;
      await new Promise<void>((resolve, reject) => client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve }));
      const response = referralResponse(serviceRequestId, patient, messageId);
      const answer = await post(t.url, response, senderHeaders(receiverToken));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        resourceType: 'Bundle',
        type: 'message',
        entry: [{ resource: { resourceType: 'MessageHeader', response: { identifier: response.id, code: 'ok' } } }],
      });
      const event = await first;
      expect(event.value.data.barsResponses).toEqual({
        messageId: response.id,
        event: 'servicerequest-response',
        responseCode: 'ok',
        serviceRequest: { id: serviceRequestId, status: 'COMPLETED', patientNhsNumber: patient },
      });
      await events.return?.();
    } finally {
      await client.dispose();
    }
    const read = await t.run<any>(RESPONSES, { t: OTHER, id: serviceRequestId }, { headers: ORG });
    expect(read.errors).toBeUndefined();
    expect(read.data.barsServiceRequest.responses).toEqual([
      {
        messageId: expect.any(String),
        event: 'servicerequest-response',
        reason: 'new',
        responseCode: 'ok',
        inResponseTo: messageId,
        serviceRequestId,
        serviceRequest: { id: serviceRequestId, status: 'COMPLETED' },
      },
    ]);
    const audit = (await t.auditRecords()).filter((r) => r.fields.includes('BarsReceiver.processMessage'));
    expect(audit.map((r) => [r.action, r.outcome, r.nhsNumber])).toEqual([
      ['write', 'intended', patient],
      ['write', 'success', patient],
    ]);
    const delivered = (await t.auditRecords()).filter((r) => r.fields.includes('Subscription.barsResponses'));
    expect(delivered).toHaveLength(1);
  });

  it(
    'runs the journey end to end: sendBarsReferral, the stand-in receiver answers at the graph, ' + 'the answer is on the subscription and in responses',
    async () => {
      t.sandbox.barsResponder.configure({ url: `${t.url}${RECEIVER_PATH}`, bearer: () => t.tokenFor({ staff: 'clinician' }) });
      const patient = t.sandbox.population.patients[12]!.nhsNumber;
      const referral = barsReferral(patient);
      const serviceRequestId = referral.entry[1].resource.id as string;
      const client: Client = subscriber(t, receiverToken);
      try {
        const events = client.iterate<any>({
          query: `subscription($id: ID!) { barsResponses(serviceRequestId: $id) { event responseCode inResponseTo serviceRequest { id status } } }`,
          variables: { id: serviceRequestId },
        });
        const first = events.next();
        // A query on the same socket answered: the subscribe message before it has been taken.
        await new Promise<void>((resolve, reject) => client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve }));
        const sent = await sendReferral(t, patient, referral);
        expect(sent.serviceRequestId).toBe(serviceRequestId);
        const event = await first;
        expect(event.value.data.barsResponses).toEqual({
          event: 'servicerequest-response',
          responseCode: 'ok',
          inResponseTo: referral.id,
          serviceRequest: { id: serviceRequestId, status: 'ACTIVE' },
        });
        await events.return?.();
      } finally {
        await client.dispose();
        await t.sandbox.barsResponder.settled();
        t.sandbox.barsResponder.configure(undefined);
      }
      expect(t.sandbox.barsResponder.answered.at(-1)).toBe(200);
      const read = await t.run<any>(RESPONSES, { t: OTHER, id: serviceRequestId }, { headers: ORG });
      expect(read.data.barsServiceRequest.responses).toMatchObject([{ event: 'servicerequest-response', inResponseTo: referral.id, serviceRequestId }]);
    },
  );

  const RESPONSE_FIELDS = 'event reason responseCode inResponseTo serviceRequestId appointmentId appointment { id status }';
  it(
    'hears back about a booking made without a referral: the stand-in receiver answers booking-response, ' +
      'heard on barsResponses(appointmentId:) and listed in barsAppointment.responses',
    async () => {
      t.sandbox.barsResponder.configure({ url: `${t.url}${RECEIVER_PATH}`, bearer: () => t.tokenFor({ staff: 'clinician' }) });
      const booking = barsBooking();
      const appointmentId = randomUUID();
      const focus = booking.entry.find((e: any) => e.resource.resourceType === 'Appointment');
      focus.resource.id = appointmentId;
      expect(focus.resource.basedOn).toBeUndefined();
      const client: Client = subscriber(t, receiverToken);
      try {
        const events = client.iterate<any>({
          query: `subscription($id: ID!) { barsResponses(appointmentId: $id) { ${RESPONSE_FIELDS} } }`,
          variables: { id: appointmentId },
        });
        const first = events.next();
        await new Promise<void>((resolve, reject) => client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve }));
        const sent = await t.run<any>(
          `mutation($t: BarsTargetInput!, $m: JSON!) { sendBarsBooking(target: $t, message: $m) { result { appointment { id } } userErrors { code } } }`,
          { t: OTHER, m: booking },
          { headers: ORG },
        );
        expect(sent.errors).toBeUndefined();
        expect(sent.data.sendBarsBooking.result.appointment.id).toBe(appointmentId);
        const expected = {
          event: 'booking-response',
          reason: 'new',
          responseCode: 'ok',
          inResponseTo: booking.id,
          serviceRequestId: null,
          appointmentId,
          appointment: { id: appointmentId, status: 'BOOKED' },
        };
        expect((await first).value.data.barsResponses).toEqual(expected);
        await events.return?.();
        await t.sandbox.barsResponder.settled();
        expect(t.sandbox.barsResponder.answered.at(-1)).toBe(200);
        const read = await t.run<any>(
          `query($t: BarsTargetInput!, $id: ID!) { barsAppointment(target: $t, id: $id) { id responses { ${RESPONSE_FIELDS} } } }`,
          { t: OTHER, id: appointmentId },
          { headers: ORG },
        );
        expect(read.errors).toBeUndefined();
        expect(read.data.barsAppointment.responses).toEqual([expected]);
      } finally {
        await client.dispose();
        t.sandbox.barsResponder.configure(undefined);
      }
    },
  );

  it('refuses a barsResponses subscription naming neither or both of serviceRequestId and appointmentId (EXACTLY_ONE_ID)', async () => {
    const client: Client = subscriber(t, receiverToken);
    try {
      for (const args of ['', '(serviceRequestId: "a", appointmentId: "b")']) {
        const errors = await new Promise<any[]>((resolve) =>
          client.subscribe(
            { query: `subscription { barsResponses${args} { messageId } }` },
            { next: (r: any) => resolve(r.errors ?? []), error: (e: any) => resolve(Array.isArray(e) ? e : [e]), complete: () => resolve([]) },
          ),
        );
        expect(errors.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['BAD_USER_INPUT', 'EXACTLY_ONE_ID']]);
      }
    } finally {
      await client.dispose();
    }
  });

  it('runs the README example (Hear, then Answers) as written, with a referral id', async () => {
    const patient = t.sandbox.population.patients[13]!.nhsNumber;
    const { serviceRequestId, messageId } = await sendReferral(t, patient);
    const ops = readmeOperations(/#### Hearing back from a BaRS receiver[\s\S]*?```graphql\n([\s\S]*?)```/, (block) =>
      block.replaceAll('<referral id>', serviceRequestId),
    );
    const client: Client = subscriber(t, receiverToken);
    try {
      const events = client.iterate<any>({ query: ops.get('Hear')! });
      const first = events.next();
      await new Promise<void>((resolve, reject) => client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve }));
      expect((await post(t.url, referralResponse(serviceRequestId, patient, messageId), senderHeaders(receiverToken))).status).toBe(200);
      expect((await first).value.data.barsResponses).toEqual({ event: 'servicerequest-response', responseCode: 'ok', serviceRequest: { status: 'COMPLETED' } });
      await events.return?.();
    } finally {
      await client.dispose();
    }
    t.resetCalls();
    const answers = await t.run<any>(ops.get('Answers')!, {}, { headers: ORG });
    expect(answers.errors).toBeUndefined();
    expect(answers.data.barsServiceRequest.responses).toEqual([
      {
        event: 'servicerequest-response',
        responseCode: 'ok',
        inResponseTo: messageId,
        receivedAt: expect.any(String),
        serviceRequest: { status: 'COMPLETED' },
      },
    ]);
    expect(t.calls()).toEqual({ bars: 1 });
  });

  it('accepts a duplicate message once: the second is 409 REC_CONFLICT, as the contract says, and not stored again', async () => {
    const patient = t.sandbox.population.patients[8]!.nhsNumber;
    const { serviceRequestId, messageId } = await sendReferral(t, patient);
    const response = referralResponse(serviceRequestId, patient, messageId);
    const first = await post(t.url, response, senderHeaders(receiverToken));
    const second = await post(t.url, response, senderHeaders(receiverToken));
    expect([first.status, second.status]).toEqual([200, 409]);
    expect(first.body.entry[0].resource.response).toEqual({ identifier: response.id, code: 'ok' });
    expect([recCode(second.body), second.body.issue[0].code]).toEqual(['REC_CONFLICT', 'duplicate']);
    const read = await t.run<any>(RESPONSES, { t: OTHER, id: serviceRequestId }, { headers: ORG });
    expect(read.data.barsServiceRequest.responses.map((r: any) => r.messageId)).toEqual([response.id]);
  });

  it('refuses a caller without a valid token (401 REC_UNAUTHORIZED) or not a healthcare worker allowed BaRS (403 REC_FORBIDDEN), storing nothing', async () => {
    const patient = t.sandbox.population.patients[9]!.nhsNumber;
    const { serviceRequestId, messageId } = await sendReferral(t, patient);
    const response = referralResponse(serviceRequestId, patient, messageId);
    const none = await post(t.url, response, senderHeaders(undefined), 'no bearer token');
    expect([none.status, recCode(none.body)]).toEqual([401, 'REC_UNAUTHORIZED']);
    const forged = await post(t.url, response, senderHeaders(`${receiverToken.slice(0, -4)}AAAA`));
    expect([forged.status, recCode(forged.body)]).toEqual([401, 'REC_UNAUTHORIZED']);
    const citizen = await post(t.url, response, senderHeaders(await t.tokenFor({ citizen: patient })));
    expect([citizen.status, recCode(citizen.body)]).toEqual([403, 'REC_FORBIDDEN']);
    const noHeaders = await post(
      t.url,
      response,
      { authorization: `Bearer ${receiverToken}`, 'content-type': 'application/fhir+json', accept: 'application/fhir+json; version=1.1.0' },
      'no X-Request-Id, X-Correlation-Id or sender headers',
    );
    expect([noHeaders.status, recCode(noHeaders.body)]).toEqual([400, 'REC_BAD_REQUEST']);
    const { 'nhsd-target-identifier': _target, ...untargeted } = senderHeaders(receiverToken);
    const noTarget = await post(t.url, response, untargeted, 'no NHSD-Target-Identifier');
    expect([noTarget.status, recCode(noTarget.body)]).toEqual([400, 'REC_BAD_REQUEST']);
    const read = await t.run<any>(RESPONSES, { t: OTHER, id: serviceRequestId }, { headers: ORG });
    expect(read.data.barsServiceRequest.responses).toEqual([]);
  });

  it('refuses a malformed message with 400 REC_BAD_REQUEST and a request event with 422 REC_UNPROCESSABLE_ENTITY', async () => {
    const patient = t.sandbox.population.patients[10]!.nhsNumber;
    const { serviceRequestId, messageId } = await sendReferral(t, patient);
    const notJson = await post(t.url, '{not json', senderHeaders(receiverToken), 'the body is not JSON');
    expect([notJson.status, recCode(notJson.body)]).toEqual([400, 'REC_BAD_REQUEST']);
    const noFocus = referralResponse(serviceRequestId, patient, messageId);
    noFocus.entry[0].resource.focus = [{ reference: 'urn:uuid:missing' }];
    const unfocused = await post(t.url, noFocus, senderHeaders(receiverToken));
    expect([unfocused.status, recCode(unfocused.body)]).toEqual([400, 'REC_BAD_REQUEST']);
    expect(unfocused.body.resourceType).toBe('OperationOutcome');
    expect(JSON.stringify(unfocused.body)).not.toContain(patient);
    const request = referralResponse(serviceRequestId, patient, messageId);
    request.entry[0].resource.eventCoding.code = 'servicerequest-request';
    const wrongEvent = await post(t.url, request, senderHeaders(receiverToken));
    expect([wrongEvent.status, recCode(wrongEvent.body)]).toEqual([422, 'REC_UNPROCESSABLE_ENTITY']);
    const read = await t.run<any>(RESPONSES, { t: OTHER, id: serviceRequestId }, { headers: ORG });
    expect(read.data.barsServiceRequest.responses).toEqual([]);
  });

  it('refuses a subscription without a token: the socket closes before any event', async () => {
    const client = createClient({ url: `${t.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { barsResponses(serviceRequestId: "x") { messageId } }' },
        { next: () => resolve('event'), error: (e) => resolve(e), complete: () => resolve('complete') },
      );
    });
    expect((outcome as { code?: number }).code).toBe(4403);
    await client.dispose();
  });

  it('refuses the subscription to a caller the BaRS access rule refuses (a citizen: FORBIDDEN), as over HTTP', async () => {
    const citizen = await t.tokenFor({ citizen: t.sandbox.population.patients[7]!.nhsNumber });
    const client = createClient({
      url: `${t.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${citizen}` },
    });
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { barsResponses(serviceRequestId: "x") { messageId } }' },
        { next: (r) => resolve(r), error: (e) => resolve(e), complete: () => resolve('complete') },
      );
    });
    expect((outcome as any)[0]?.extensions?.code ?? (outcome as any).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await client.dispose();
  });
});

describe('BaRS responses in Redis', () => {
  let redis: RedisServer;
  let a: TestGraph;
  let b: TestGraph;
  const stores: RedisCache[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    // Each replica has its own connection to the same Redis, under the same key prefix (as main.ts gives them).
    const prefix = `nhs-graph:test-${randomUUID()}:`;
    const storeOf = async () => {
      const cache = new RedisCache(redis.url, { prefix });
      await cache.ready();
      stores.push(cache);
      return new BarsResponseStore(cache);
    };
    a = await startTestGraph({ server: { barsResponses: await storeOf() } });
    b = await startTestGraph({ server: { barsResponses: await storeOf() } });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const s of stores) await s.close();
    await redis?.stop();
  });

  it('a response received by one graph instance is read from the other, and a duplicate sent to the other is not stored again', async () => {
    const patient = a.sandbox.population.patients[11]!.nhsNumber;
    const referral = barsReferral(patient);
    const { serviceRequestId, messageId } = await sendReferral(a, patient, referral);
    // Each instance has its own stand-in: the receiver must hold the referral for b to read it.
    await sendReferral(b, patient, referral);
    const response = referralResponse(serviceRequestId, patient, messageId);
    expect((await post(a.url, response, senderHeaders(await a.tokenFor({ staff: 'clinician' })))).status).toBe(200);
    expect((await post(b.url, response, senderHeaders(await b.tokenFor({ staff: 'clinician' })))).status).toBe(409);
    for (const instance of [a, b]) {
      const read = await instance.run<any>(RESPONSES, { t: OTHER, id: serviceRequestId }, { headers: ORG });
      expect(read.errors).toBeUndefined();
      expect(read.data.barsServiceRequest.responses.map((r: any) => r.messageId)).toEqual([response.id]);
    }
    expect(await redis.client.keys('*bars-response:*')).toHaveLength(1);
  });

  it('a barsResponses subscription on one instance hears a response received by the other (Redis pub/sub carries only where it is stored)', async () => {
    const patient = a.sandbox.population.patients[13]!.nhsNumber;
    const referral = barsReferral(patient);
    const { serviceRequestId, messageId } = await sendReferral(a, patient, referral);
    await sendReferral(b, patient, referral);
    const token = await a.tokenFor({ staff: 'clinician' });
    const client: Client = subscriber(a, token);
    const announced: string[] = [];
    const spy = redis.client.duplicate();
    try {
      await spy.psubscribe('*channel:bars-responses');
      spy.on('pmessage', (_pattern: string, _channel: string, message: string) => announced.push(message));
      const events = client.iterate<any>({
        query: `subscription($id: ID!) { barsResponses(serviceRequestId: $id) { messageId inResponseTo serviceRequest { id status } } }`,
        variables: { id: serviceRequestId },
      });
      const first = events.next();
      // a has subscribed at Redis (the subscribe resolver waits for it) once a round trip on the same socket is answered.
      await new Promise<void>((resolve, reject) => client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve }));
      const response = referralResponse(serviceRequestId, patient, messageId);
      expect((await post(b.url, response, senderHeaders(await b.tokenFor({ staff: 'clinician' })))).status).toBe(200);
      const event = await first;
      expect(event.value.data.barsResponses).toEqual({
        messageId: response.id,
        inResponseTo: messageId,
        serviceRequest: { id: serviceRequestId, status: 'COMPLETED' },
      });
      await events.return?.();
      // The announcement names the stored entry; the response itself (and the patient's NHS number) never goes on the channel.
      expect(announced).toEqual([`${serviceRequestId} 1`]);
    } finally {
      await client.dispose();
      spy.disconnect();
    }
  });
});
