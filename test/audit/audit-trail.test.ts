import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/** Every read or write of a patient's data leaves one audit record, in a JSON-lines file apart from the log. */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('pds', undefined));

/** The records the request with this X-Request-ID wrote. */
async function recordsOf(requestId: unknown) {
  return (await t.auditRecords()).filter((r) => r.requestId === requestId);
}

describe('the audit trail', () => {
  it('records a staff read: who, which NHS number, sources, fields, when, request and correlation ids, outcome', async () => {
    const before = Date.now();
    const r = await t.run(`{ patient(nhsNumber: "9000000009") { name { family } birthDate registeredGp { name } } }`, undefined, {
      headers: { 'x-correlation-id': 'audit-corr-1' },
    });
    expect(r.errors).toBeUndefined();
    const [record, ...more] = await recordsOf(r.headers['x-request-id']);
    expect(more).toEqual([]);
    expect(record).toMatchObject({
      action: 'read',
      nhsNumber: '9000000009',
      correlationId: 'audit-corr-1',
      sources: ['ods', 'pds'],
      fields: ['Patient.birthDate', 'Patient.name', 'Patient.registeredGp', 'Query.patient'],
      outcome: 'success',
      errorCodes: [],
      actor: { kind: 'staff', subject: '555000000101', role: { jobRoleCode: 'R8000', roleProfileId: '555000000100', orgCode: 'Y12345' } },
    });
    expect(Date.parse(record!.time)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records each patient a search returned', async () => {
    const r = await t.run(`{ patients(search: { family: "Sm*", gender: female, birthDate: "2010-10-22" }) { total matches { patient { nhsNumber } } } }`);
    const records = await recordsOf(r.headers['x-request-id']);
    expect(records.map((x) => x.nhsNumber).sort()).toEqual(['9000000009', '9000000017', '9000000025']);
    // Found through the search's result object, the patients are still audited under the search field and its source.
    for (const x of records) expect(x).toMatchObject({ sources: ['pds'], fields: expect.arrayContaining(['Query.patients', 'PatientMatch.patient']) });
  });

  it('records a write as a write', async () => {
    const r = await t.run(`mutation { updatePatient(nhsNumber: "9990000573", version: 1, changes: { gender: unknown }) { patient { version } } }`);
    expect(r.errors).toBeUndefined();
    // The intent, written before the PATCH was sent, then what became of it.
    expect(await recordsOf(r.headers['x-request-id'])).toEqual([
      expect.objectContaining({ action: 'write', nhsNumber: '9990000573', fields: ['Mutation.updatePatient'], sources: ['pds'], outcome: 'intended' }),
      expect.objectContaining({
        action: 'write',
        nhsNumber: '9990000573',
        fields: ['Mutation.updatePatient', 'Patient.version', 'UpdatePatientPayload.patient'],
        outcome: 'success',
      }),
    ]);
  });

  it('records a write refused with a typed user error (a stale version) as a failed write, under the user error code', async () => {
    // 9990000573's record is at version 2 after the write above: version 1 is stale.
    const r = await t.run<any>(
      `mutation { updatePatient(nhsNumber: "9990000573", version: 1, changes: { gender: female }) { patient { version } userErrors { code } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient).toEqual({ patient: null, userErrors: [{ code: 'STALE_VERSION' }] });
    expect(await recordsOf(r.headers['x-request-id'])).toEqual([
      expect.objectContaining({ action: 'write', nhsNumber: '9990000573', outcome: 'intended' }),
      expect.objectContaining({
        action: 'write',
        nhsNumber: '9990000573',
        fields: ['Mutation.updatePatient'],
        outcome: 'error',
        errorCodes: ['STALE_VERSION'],
      }),
    ]);
  });

  it('records a refused read as denied, with the citizen as actor', async () => {
    const r = await t.run(`{ patient(nhsNumber: "9000000025") { nhsNumber } }`, undefined, { principal: { citizen: '9000000009' } });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(await recordsOf(r.headers['x-request-id'])).toEqual([
      expect.objectContaining({ nhsNumber: '9000000025', outcome: 'denied', actor: expect.objectContaining({ kind: 'citizen', level: 'P9' }) }),
    ]);
  });

  it('records failed reads with their error codes', async () => {
    const missing = await t.run(`{ patient(nhsNumber: "9111231130") { nhsNumber } }`);
    expect(await recordsOf(missing.headers['x-request-id'])).toEqual([
      expect.objectContaining({ nhsNumber: '9111231130', outcome: 'error', errorCodes: ['NOT_FOUND'] }),
    ]);
    t.sandbox.setFault('pds', { kind: 'status', status: 500 });
    const failed = await t.run(`{ patient(nhsNumber: "9000000033") { nhsNumber } }`);
    expect(await recordsOf(failed.headers['x-request-id'])).toEqual([
      expect.objectContaining({ nhsNumber: '9000000033', outcome: 'error', errorCodes: ['UPSTREAM_ERROR'] }),
    ]);
  });

  it('writes nothing for public reference data', async () => {
    const r = await t.run(`{ organisation(odsCode: "RR8") { name } }`);
    expect(await recordsOf(r.headers['x-request-id'])).toEqual([]);
  });

  it('only ever grows: earlier records stay exactly as written', async () => {
    const before = await readFile(t.auditPath, 'utf8');
    await t.run(`{ patient(nhsNumber: "9000000033") { nhsNumber } }`);
    const after = await readFile(t.auditPath, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
  });
});

describe('when the audit trail cannot be written', () => {
  it('no patient data is returned', async () => {
    const broken = await startTestGraph({ audit: new JsonLinesAuditSink('/dev/null/cannot/audit.jsonl') });
    try {
      const r = await broken.run(`{ patient(nhsNumber: "9000000009") { name { family } } }`);
      expect(r.status).toBe(500);
      expect(r.data).toBeUndefined();
      expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(r.errors![0]!.extensions!.reason).toBe('AUDIT_UNAVAILABLE');
      expect(JSON.stringify(r)).not.toContain('Smith');
      const pub = await broken.run(`{ organisation(odsCode: "RR8") { name } }`);
      expect(pub.data).toEqual({ organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' } });
    } finally {
      await broken.close();
    }
  });
});
