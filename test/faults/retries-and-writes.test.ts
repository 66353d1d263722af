import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { watchUnhandledRejections } from './support.js';

const ORGANISATION = '{ organisation(odsCode: "RR8") { name } }';
const READ = 'query($n: NhsNumber!) { patient(nhsNumber: $n) { version gender } }';
const UPDATE =
  `mutation($n: NhsNumber!, $v: Int!, $g: Gender!) { updatePatient(nhsNumber: $n, version: $v, ` +
  `changes: { gender: $g }) { patient { version gender } userErrors { code } } }`;
const PDS_TIMEOUT_MS = 400;

let t: TestGraph;
const rejections = watchUnhandledRejections();
beforeAll(async () => {
  // Production retries; no breaker, so that each case sees its own fault.
  t = await startTestGraph({ timeoutMs: { default: 3_000, pds: PDS_TIMEOUT_MS }, resilience: { breakerThreshold: 0 } });
});
afterAll(async () => {
  await t.close();
  rejections.stop();
});
beforeEach(() => t.resetCalls());
afterEach(() => {
  for (const api of ['pds', 'ods']) {
    t.sandbox.setFault(api, undefined);
    t.sandbox.setLatency(api, 0);
  }
  expect(rejections.seen).toEqual([]);
});

function requestIds(api: string): unknown[] {
  return t.sandbox.receivedRequests(api).map((q) => q.headers['x-request-id']);
}

describe('retries of idempotent reads', () => {
  it('a transient 503 is retried with the same X-Request-ID, and the caller never sees it', async () => {
    // Every second ODS request fails: the first read passes, the second fails once and succeeds on its retry.
    t.sandbox.setFault('ods', { kind: 'status', status: 503, rate: 0.5 });
    expect((await t.run(ORGANISATION)).errors).toBeUndefined();
    const r = await t.run<any>(ORGANISATION);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.name).toBeTruthy();
    const ids = requestIds('ods');
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[2]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("waits for a 429's Retry-After before trying again, when the timeout leaves room", async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 429, rate: 0.5, retryAfterSeconds: 1 });
    await t.run(ORGANISATION);
    const started = performance.now();
    const r = await t.run(ORGANISATION);
    expect(r.errors).toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(t.calls()).toEqual({ ods: 3 });
  });

  it('does not retry when Retry-After is beyond the timeout: RATE_LIMITED at once, with the wait to quote', async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 429, retryAfterSeconds: 30 });
    // A graph that waited the 30 s before giving up would outlast the test's own 20 s timeout; one call means no retry.
    const r = await t.run(ORGANISATION);
    expect(codes(r)).toEqual(['RATE_LIMITED']);
    expect(r.errors![0]!.extensions!.retryAfterSeconds).toBe(30);
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it('does not retry what the request itself caused (404) or an answer it could not read', async () => {
    expect(codes(await t.run('{ organisation(odsCode: "ZZZ99") { name } }'))).toEqual(['NOT_FOUND']);
    t.sandbox.setFault('ods', { kind: 'malformed' });
    expect(codes(await t.run(ORGANISATION))).toEqual(['UPSTREAM_ERROR']);
    expect(t.calls()).toEqual({ ods: 2 });
  });

  it('keeps every attempt inside the one timeout: a slow upstream is not tried again', async () => {
    t.sandbox.setLatency('pds', PDS_TIMEOUT_MS + 200);
    const r = await t.run(READ, { n: '9000000009' });
    // The one call outlived the timeout and was not tried again: a timeout per attempt would have made a second call.
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(t.calls()).toEqual({ pds: 1 });
  });
});

describe('writes are never applied twice', () => {
  async function versionOf(nhsNumber: string): Promise<number> {
    const r = await t.run<{ patient: { version: number } }>(READ, { n: nhsNumber });
    return r.data!.patient.version;
  }

  it.each([
    ['HTTP 500', { kind: 'status', status: 500 } as const, 'UPSTREAM_ERROR'],
    ['HTTP 502', { kind: 'status', status: 502 } as const, 'UPSTREAM_ERROR'],
    ['a reset connection', { kind: 'reset' } as const, 'UPSTREAM_UNAVAILABLE'],
    ['HTTP 429', { kind: 'status', status: 429 } as const, 'RATE_LIMITED'],
  ])('a PATCH that meets %s is sent once, not retried, and changes nothing', async (_, fault, code) => {
    const nhsNumber = '9990000328';
    const before = await versionOf(nhsNumber);
    t.resetCalls();
    t.sandbox.setFault('pds', fault);
    const r = await t.run(UPDATE, { n: nhsNumber, v: before, g: 'unknown' });
    expect(codes(r)).toEqual([code]);
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toHaveLength(1);
    t.sandbox.setFault('pds', undefined);
    expect(await versionOf(nhsNumber)).toBe(before);
  });

  it('a PATCH whose answer is lost (timeout) is not sent again: PDS applies it exactly once', async () => {
    const nhsNumber = '9990000336';
    const before = await versionOf(nhsNumber);
    t.resetCalls();
    t.sandbox.setLatency('pds', PDS_TIMEOUT_MS + 300);
    const r = await t.run(UPDATE, { n: nhsNumber, v: before, g: 'female' });
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
    // The sandbox applies the write after the client gave up on it.
    await sleep(500);
    t.sandbox.setLatency('pds', 0);
    expect(await versionOf(nhsNumber)).toBe(before + 1);
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toHaveLength(1);
  });

  it("a PATCH answered 503 (PDS's sync-wrap still applying) is polled with the same X-Request-ID, as PDS de-duplicates on it", async () => {
    const nhsNumber = '9990000344';
    const before = await versionOf(nhsNumber);
    t.resetCalls();
    t.sandbox.setFault('pds', { kind: 'status', status: 503, retryAfterSeconds: 0 });
    const r = await t.run(UPDATE, { n: nhsNumber, v: before, g: 'male' });
    expect(codes(r)).toEqual(['UPSTREAM_UNAVAILABLE']);
    const patches = t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH');
    expect(patches.length).toBeGreaterThan(1);
    expect(new Set(patches.map((q) => q.headers['x-request-id'])).size).toBe(1);
  });
});
