import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../../../src/config/index.js';
import { startEmbeddedPlatform } from '../../../sandbox/src/embedded.js';
import { GraphError } from '../../../src/errors.js';
import { addDays, ukDate } from '../../../src/nhs/uk-time.js';
import { documentsFor } from '../../../sandbox/src/routers/gp-connect/documents.js';
import { GpcWorld, practiceSwitchedOff } from '../../../sandbox/src/routers/gp-connect/world.js';
import type { Sandbox } from '../../../sandbox/src/server.js';
import { createGpConnectSources, type GpConnectSources } from '../../../src/sources/gp-connect/index.js';
import { buildStructuredRecordParameters } from '../../../src/sources/gp-connect/structured-request.js';
import { documentsPatientId } from '../../../src/sources/gp-connect/documents-mapper.js';
import { createPlatform, type Platform } from '../../../src/upstream/platform.js';
import type { CallContext } from '../../../src/upstream/types.js';
import { expectNonConforming } from '../../support/contracts/opt-out.js';

/**
 * Each error code the GP Connect contracts list, as the embedded provider answers it over loopback, mapped by the
 * source's clients to the graph's codes. The graph's resolvers refuse most of these inputs before any call, so the
 * clients are driven directly here with what only a faulty or out-of-date caller would send.
 */
let sandbox: Sandbox;
let platform: Platform;
let gpc: GpConnectSources;
let world: GpcWorld;
/** A signed-in healthcare worker, whom GP Connect's audit JWT names (it allows no system user). */
const ctx: CallContext = {
  correlationId: 'gpc-error-codes',
  staff: { roleProfileId: '555000000100', jobRoleCode: 'R8000', orgCode: 'Y12345' },
  user: { kind: 'staff', userId: '555000000101', sdsUserId: '555000000101', familyName: 'Clinician', givenNames: ['Casey'] },
};

beforeAll(async () => {
  const embedded = await startEmbeddedPlatform();
  sandbox = embedded.sandbox;
  platform = createPlatform({
    origin: sandbox.origin,
    credentials: embedded.credentials,
    timeoutMs: { default: 5_000 },
    gpConnect: EMBEDDED_GP_CONNECT_CONSUMER,
  });
  gpc = createGpConnectSources(platform);
  world = new GpcWorld(sandbox.population);
});
afterAll(async () => {
  await platform.close();
  await sandbox.close();
});

async function failure(call: Promise<unknown>): Promise<{ code: string; reason?: unknown; upstream: any; message: string }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  const g = error as GraphError;
  return { code: g.code, reason: g.extensions.reason, upstream: g.extensions.upstream, message: g.message };
}

const record = (nhsNumber: string) =>
  gpc.accessRecord.getStructuredRecord(buildStructuredRecordParameters(nhsNumber, { allergies: { includeResolved: false } }), ctx);

describe('Access Record: Structured error codes', () => {
  it('INVALID_NHS_NUMBER (400) is BAD_USER_INPUT', async () => {
    expect(await failure(record('9000000008'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_NHS_NUMBER', upstream: { status: 400 } });
  });

  it('PATIENT_NOT_FOUND (404) is NOT_FOUND, and sensitive, deceased, inactive and unknown patients are indistinguishable', async () => {
    const answers = await Promise.all(['9690938533', '9690938681', '9690938142', '9476718943'].map((n) => failure(record(n))));
    for (const a of answers) {
      expect(a).toMatchObject({ code: 'NOT_FOUND', upstream: { api: 'gpc-access-record', status: 404, issueCode: 'PATIENT_NOT_FOUND' } });
      expect(a.message).toBe(answers[0]!.message);
      expect({ ...a.upstream, requestId: undefined }).toEqual({ ...answers[0]!.upstream, requestId: undefined });
    }
  });

  it('NO_PATIENT_CONSENT (403) is FORBIDDEN', async () => {
    expect(await failure(record('9658220142'))).toMatchObject({ code: 'FORBIDDEN', upstream: { status: 403, issueCode: 'NO_PATIENT_CONSENT' } });
  });

  it('INVALID_RESOURCE (422, both consultation filters) is BAD_USER_INPUT', async () => {
    expectNonConforming({
      api: 'gpc-access-record',
      operation: 'POST /Patient/$gpc.getstructuredrecord',
      reason: 'both consultation filters, which the OperationDefinition forbids',
    });
    const body = buildStructuredRecordParameters('9000000009', { consultations: { from: '2020-01-01', mostRecent: 3 } });
    expect(await failure(gpc.accessRecord.getStructuredRecord(body, ctx))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_RESOURCE',
      upstream: { status: 422 },
    });
  });

  it('INVALID_PARAMETER (422, a date after today) is BAD_USER_INPUT', async () => {
    const body = buildStructuredRecordParameters('9000000009', { referrals: { from: addDays(ukDate(new Date()), 5) } });
    expect(await failure(gpc.accessRecord.getStructuredRecord(body, ctx))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PARAMETER',
      upstream: { status: 422 },
    });
  });

  it('INTERNAL_SERVER_ERROR (500) is UPSTREAM_ERROR', async () => {
    sandbox.setFault('gpc-access-record', { kind: 'status', status: 500 });
    try {
      expect(await failure(record('9000000009'))).toMatchObject({ code: 'UPSTREAM_ERROR', upstream: { status: 500 } });
    } finally {
      sandbox.setFault('gpc-access-record', undefined);
    }
  });
});

describe('Access Document error codes', () => {
  it('Find Patient answers an empty Bundle (not an error) for a sensitive patient', async () => {
    expect(documentsPatientId(await gpc.accessRecord.findDocumentsPatient('9690938533', ctx))).toBeNull();
  });

  it('NO_RECORD_FOUND (404, a file over 5 MB or no such document) is NOT_FOUND', async () => {
    const today = ukDate(new Date());
    const p = sandbox.population.patients.find(
      (x) =>
        !x.restricted &&
        world.patient(x.nhsNumber).status === 'normal' &&
        !practiceSwitchedOff(x.gpOdsCode, 'documents') &&
        documentsFor(x.nhsNumber, x.gpOdsCode, today).some((d) => d.oversize),
    )!;
    const big = documentsFor(p.nhsNumber, p.gpOdsCode, today).find((d) => d.oversize)!;
    expect(await failure(gpc.accessRecord.getBinary(big.binaryId, p.nhsNumber, ctx))).toMatchObject({
      code: 'NOT_FOUND',
      upstream: { status: 404, issueCode: 'NO_RECORD_FOUND' },
    });
    expect(await failure(gpc.accessRecord.getBinary('no-such-binary', p.nhsNumber, ctx))).toMatchObject({
      code: 'NOT_FOUND',
      upstream: { issueCode: 'NO_RECORD_FOUND' },
    });
  });

  it('ACCESS DENIED (403, capability switched off at the practice) is FORBIDDEN', async () => {
    const p = sandbox.population.patients.find(
      (x) => !x.restricted && world.patient(x.nhsNumber).status === 'normal' && practiceSwitchedOff(x.gpOdsCode, 'documents'),
    )!;
    const id = documentsPatientId(await gpc.accessRecord.findDocumentsPatient(p.nhsNumber, ctx))!;
    expect(await failure(gpc.accessRecord.searchDocuments(id, p.nhsNumber, {}, ctx))).toMatchObject({
      code: 'FORBIDDEN',
      upstream: { status: 403, issueCode: 'ACCESS DENIED' },
    });
  });
});

describe('Appointment Management error codes', () => {
  const today = () => ukDate(new Date());
  // Unaddressed calls reach the platform's own provider, which takes the practice from the ODS searchFilter.
  const at = (odsCode: string) => ({ type: 'gp-practice', odsCode });

  it('INVALID_PARAMETER (422, a slot window over 14 days) is BAD_USER_INPUT', async () => {
    expect(await failure(gpc.appointments.searchFreeSlots('P80001', today(), addDays(today(), 20), at('P80001'), ctx))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PARAMETER',
      upstream: { status: 422 },
    });
  });

  it('ORGANISATION_NOT_FOUND (404) is NOT_FOUND', async () => {
    expect(await failure(gpc.appointments.searchFreeSlots('Z99999', today(), addDays(today(), 2), at('Z99999'), ctx))).toMatchObject({
      code: 'NOT_FOUND',
      upstream: { issueCode: 'ORGANISATION_NOT_FOUND' },
    });
  });

  it('ACCESS DENIED (403, booking switched off at the practice) is FORBIDDEN', async () => {
    const practice = [...world.practices.keys()].find((ods) => practiceSwitchedOff(ods, 'appointments'))!;
    expect(await failure(gpc.appointments.searchFreeSlots(practice, today(), addDays(today(), 2), at(practice), ctx))).toMatchObject({
      code: 'FORBIDDEN',
      upstream: { status: 403 },
    });
  });

  it('PATIENT_NOT_FOUND (404) on a patient’s appointments is NOT_FOUND', async () => {
    expect(await failure(gpc.appointments.patientAppointments('9690938533', today(), addDays(today(), 2), ctx))).toMatchObject({
      code: 'NOT_FOUND',
      upstream: { issueCode: 'PATIENT_NOT_FOUND' },
    });
  });

  it('NO_RECORD_FOUND (404) on an appointment read is NOT_FOUND', async () => {
    expect(await failure(gpc.appointments.readAppointment('P80001-999999', ctx))).toMatchObject({
      code: 'NOT_FOUND',
      upstream: { issueCode: 'NO_RECORD_FOUND' },
    });
  });

  it('INVALID_RESOURCE (422, a booking without the booking organisation) is BAD_USER_INPUT', async () => {
    const body = {
      resourceType: 'Appointment',
      meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1'] },
      status: 'booked',
      description: 'x',
    };
    expect(await failure(gpc.appointments.book(() => body as never, '9000000009', 'P80001', ctx))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_RESOURCE',
      upstream: { status: 422 },
    });
  });
});
