import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import type { AuditRecord } from '../../src/audit/trail.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Issue 17: the audit file is written by group commit (records of concurrent requests go out in one append), and that
 * keeps every guarantee of the audit: a request's answer leaves only once the batch holding its records is in the file,
 * and a batch that cannot be written fails every request in it (no patient data leaves without its record).
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nhs-graph-group-commit-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const record = (requestId: string): AuditRecord => ({
  time: new Date().toISOString(),
  requestId,
  correlationId: requestId,
  action: 'read',
  outcome: 'success',
  actor: { kind: 'staff' },
  nhsNumber: '9000000009',
  sources: ['pds'],
  fields: ['Query.patient'],
  errorCodes: [],
});
const requestIds = async (path: string) =>
  (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as AuditRecord).requestId);

describe('JsonLinesAuditSink group commit', () => {
  it('writes the records of many writers in one append, each writer told only once its records are in the file', async () => {
    const path = join(dir, 'grouped.jsonl');
    const sink = new JsonLinesAuditSink(path, { instance: 'replica-1' });
    // More writers than one writev takes buffers (IOV_MAX, 1024 on Linux): the append still carries them all.
    const inFileWhenSettled = await Promise.all(
      Array.from({ length: 1500 }, (_, i) =>
        sink.write([record(`a${i}`)]).then(async () => (i % 100 === 0 ? (await requestIds(path)).includes(`a${i}`) : true)),
      ),
    );
    expect(inFileWhenSettled).toEqual(Array(1500).fill(true));
    expect(sink.appends).toBe(1);
    await Promise.all(Array.from({ length: 50 }, (_, i) => sink.write([record(`b${i}`)])));
    expect(sink.appends).toBe(2);
    const ids = await requestIds(path);
    expect(ids).toHaveLength(1550);
    expect(new Set(ids).size).toBe(1550);
    // Each line is the record as written, stamped with the replica, and nothing else.
    const line = JSON.parse((await readFile(path, 'utf8')).split('\n')[0]!) as AuditRecord;
    expect(line).toEqual({ ...record('a0'), time: line.time, instance: 'replica-1' });
    await sink.close();
  });

  it('fails every write of a batch that could not be written, and writes the next batch once it can', async () => {
    const folder = join(dir, 'broken');
    const path = join(folder, 'audit.jsonl');
    // The folder is a regular file: nothing can be created under it, whoever runs the test.
    await writeFile(folder, 'not a folder');
    const sink = new JsonLinesAuditSink(path);
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => sink.write([record(`x${i}`)])));
    expect(outcomes.map((o) => o.status)).toEqual(Array(20).fill('rejected'));
    expect(sink.appends).toBe(0);
    await rm(folder);
    await sink.write([record('after')]);
    expect(await requestIds(path)).toEqual(['after']);
    await sink.close();
  });
});

describe('concurrent graph requests and the audit file', () => {
  let t: TestGraph;
  let sink: JsonLinesAuditSink;
  let auditPath: string;
  beforeAll(async () => {
    auditPath = join(dir, 'graph', 'audit.jsonl');
    sink = new JsonLinesAuditSink(auditPath);
    t = await startTestGraph({ audit: sink });
  });
  afterAll(() => t.close());

  const PATIENT = `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber name { family } registeredGp { name } } }`;
  /** Eight patients of the seeded cohort (sandbox/src/population.ts), found by one search. */
  let NUMBERS: string[];
  beforeAll(async () => {
    const found = await t.run<any>(
      `{ patients(search: { family: "Pemberton", birthDateFrom: "1980-01-01", birthDateTo: "1980-12-31" }) { matches { patient { nhsNumber } } } }`,
    );
    NUMBERS = (found.data.patients.matches as { patient: { nhsNumber: string } }[]).slice(0, 8).map((m) => m.patient.nhsNumber);
    expect(NUMBERS).toHaveLength(8);
  });

  it('answers each request only once its record is in the file, in no more appends than requests', async () => {
    const before = sink.appends;
    const inFileOnArrival = await Promise.all(
      NUMBERS.map(async (n) => {
        const r = await t.run<any>(PATIENT, { n });
        expect(r.errors).toBeUndefined();
        expect(r.data.patient.nhsNumber).toBe(n);
        // Read the moment the answer arrives: its record must already be there.
        const ids = await requestIds(auditPath);
        return ids.includes(r.headers['x-request-id'] as string);
      }),
    );
    expect(inFileOnArrival).toEqual(NUMBERS.map(() => true));
    expect(sink.appends - before).toBeGreaterThan(0);
    expect(sink.appends - before).toBeLessThanOrEqual(NUMBERS.length);
  });

  it('with the audit file unwritable, none of the concurrent requests returns patient data', async () => {
    await rm(join(dir, 'graph'), { recursive: true, force: true });
    await writeFile(join(dir, 'graph'), 'not a folder');
    try {
      const results = await Promise.all(NUMBERS.map((n) => t.run<any>(PATIENT, { n })));
      for (const [i, r] of results.entries()) {
        expect(r.status).toBe(500);
        expect(r.data ?? null).toBeNull();
        expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(r.errors![0]!.extensions).toMatchObject({ reason: 'AUDIT_UNAVAILABLE' });
        expect(JSON.stringify(r)).not.toContain(NUMBERS[i]);
      }
    } finally {
      await rm(join(dir, 'graph'), { force: true });
    }
  });
});
