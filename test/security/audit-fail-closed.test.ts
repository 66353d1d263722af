import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import { signedOrder } from '../support/eps-messages.js';
import { codes, startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, item 3: the audit never fails open. With the audit file unwritable, no personal data leaves the graph and
 * no write is sent upstream (the intent record comes first), and /readyz says not ready until it can write again.
 * The audit path is made unwritable in ways that hold even for root: its folder is a regular file, or the path itself
 * is a folder.
 */
let dir: string;
let auditPath: string;
let t: TestGraph;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nhs-graph-audit-closed-'));
  auditPath = join(dir, 'audit', 'audit.jsonl');
  t = await startTestGraph({ audit: new JsonLinesAuditSink(auditPath), server: { readiness: { cacheMs: 0 } } });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => t.resetCalls());
afterEach(() => healAudit());

/** The audit folder replaced by a regular file: nothing can be created under it. */
async function breakAudit(): Promise<void> {
  await rm(join(dir, 'audit'), { recursive: true, force: true });
  await writeFile(join(dir, 'audit'), 'not a folder');
}
async function healAudit(): Promise<void> {
  await rm(join(dir, 'audit'), { recursive: true, force: true });
}

async function readyz(): Promise<{ status: number; body: Record<string, any> }> {
  const res = await request(`${t.url}/readyz`);
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, any> };
}

function expectRefusedForAudit(r: GraphQLResult, words: string[]): void {
  expect(r.data ?? null).toBeNull();
  expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
  expect(r.errors![0]!.extensions).toMatchObject({ reason: 'AUDIT_UNAVAILABLE' });
  const text = JSON.stringify(r);
  for (const w of words) expect(text).not.toContain(w);
}

const seededPrescription = () => [...epsState(t.sandbox).prescriptions.values()].find((p) => p.id !== '24F5DA-A83008-7EFE6Z' && p.status === '0001')!;
const PRESCRIPTION = `query($id: PrescriptionId!) { prescription(id: $id) { id lineItems { medication } } }`;

describe('with the audit file unwritable', () => {
  it('prescription(id) returns no clinical data, with a coded error', async () => {
    const p = seededPrescription();
    const healthy = await t.run<any>(PRESCRIPTION, { id: p.id });
    const medication = healthy.data.prescription.lineItems[0].medication as string;
    expect(medication).toBeTruthy();
    await breakAudit();
    const r = await t.run<any>(PRESCRIPTION, { id: p.id });
    expectRefusedForAudit(r, [medication, p.patient.nhsNumber]);
  });

  it('updatePatient sends no PATCH upstream: nothing is written that was not audited first', async () => {
    const nhsNumber = '9990000352';
    await breakAudit();
    const r = await t.run(`mutation($n: NhsNumber!) { updatePatient(nhsNumber: $n, version: 1, changes: { gender: unknown }) { patient { version } } }`, {
      n: nhsNumber,
    });
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toEqual([]);
    expect(t.calls()).toEqual({});
    expectRefusedForAudit(r, []);
    // Healed, the same change goes through at version 1: the refused attempt changed nothing.
    await healAudit();
    const again = await t.run<any>(
      `mutation($n: NhsNumber!) { updatePatient(nhsNumber: $n, version: 1, changes: { gender: unknown }) { patient { version } } }`,
      { n: nhsNumber },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data.updatePatient.patient.version).toBe(2);
  });

  it('createPrescriptionFromMessage sends nothing to EPS', async () => {
    await breakAudit();
    const r = await t.run(`mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } } }`, { m: signedOrder() });
    expect(t.calls()).toEqual({});
    expectRefusedForAudit(r, []);
  });

  it('/readyz is 503 while the audit cannot be written, and ready again once it can', async () => {
    expect((await readyz()).status).toBe(200);
    await breakAudit();
    const broken = await readyz();
    expect(broken.status).toBe(503);
    expect(broken.body).toMatchObject({ status: 'not ready', audit: { ok: false } });
    expect(JSON.stringify(broken.body)).not.toContain(dir);
    await healAudit();
    expect(await readyz()).toMatchObject({ status: 200, body: { status: 'ready', audit: { ok: true } } });
  });

  it('a log file replaced by a folder while running is noticed: no data, not ready', async () => {
    const p = seededPrescription();
    expect((await t.run<any>(PRESCRIPTION, { id: p.id })).errors).toBeUndefined();
    // The open file is unlinked and a folder takes its name: appending to the old file would write where nobody looks.
    await rm(auditPath);
    await mkdir(auditPath);
    const r = await t.run<any>(PRESCRIPTION, { id: p.id });
    expectRefusedForAudit(r, [p.patient.nhsNumber]);
    expect((await readyz()).status).toBe(503);
  });

  it('public reference data is still served: it needs no audit record', async () => {
    await breakAudit();
    const r = await t.run(`{ organisation(odsCode: "RR8") { name } }`);
    expect(r.data).toEqual({ organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' } });
  });
});
