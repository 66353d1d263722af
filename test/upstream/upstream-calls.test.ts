import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UpstreamCallEvent } from '../../src/upstream/types.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, ods: 300, pds: 300 } });
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => {
  t.sandbox.setFault('pds', undefined);
  t.sandbox.setFault('ods', undefined);
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const BOTH = `{ patient(nhsNumber: "9000000009") { nhsNumber registeredGp { name } } organisation(odsCode: "RR8") { name } }`;

describe('every upstream call', () => {
  it('carries a fresh X-Request-ID, the caller X-Correlation-ID and the credentials its API needs', async () => {
    const r = await t.run(BOTH, undefined, { headers: { 'x-correlation-id': 'trace-abc-123' } });
    expect(r.errors).toBeUndefined();
    expect(r.headers['x-correlation-id']).toBe('trace-abc-123');
    const received = t.sandbox.receivedRequests();
    expect(received.length).toBe(3);
    const ids = received.map((q) => q.headers['x-request-id']);
    expect(new Set(ids).size).toBe(3);
    for (const q of received) {
      expect(q.headers['x-request-id']).toMatch(UUID);
      expect(q.headers['x-correlation-id']).toBe('trace-abc-123');
      expect(q.headers.accept).toBe('application/fhir+json');
    }
    const pds = received.find((q) => q.api === 'pds')!;
    expect(pds.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(pds.headers.apikey).toBeUndefined();
    for (const ods of received.filter((q) => q.api === 'ods')) {
      expect(ods.headers.apikey).toMatch(/^\w+$/);
      expect(ods.headers.authorization).toBeUndefined();
    }
  });

  it('uses its own request id as the correlation id when the caller sends none (or an unsafe one)', async () => {
    const r = await t.run(BOTH, undefined, { headers: { 'x-correlation-id': 'bad value with spaces' } });
    const mine = r.headers['x-request-id'];
    expect(r.headers['x-correlation-id']).toBe(mine);
    for (const q of t.sandbox.receivedRequests()) expect(q.headers['x-correlation-id']).toBe(mine);
  });
});

describe('upstream failures', () => {
  it.each([
    [500, 'UPSTREAM_ERROR'],
    [502, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
    [504, 'UPSTREAM_TIMEOUT'],
    [429, 'RATE_LIMITED'],
    // The signed-in caller's exchanged token refused (after one refresh): their credential, not the upstream.
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
  ])('PDS %i makes patient null with %s while ODS fields still resolve', async (status, code) => {
    t.sandbox.setFault('pds', { kind: 'status', status, retryAfterSeconds: status === 429 ? 2 : undefined });
    const r = await t.run<any>(BOTH);
    expect(r.data.patient).toBeNull();
    expect(r.data.organisation.name).toBe('LEEDS TEACHING HOSPITALS NHS TRUST');
    expect(codes(r)).toEqual([code]);
    const upstream = r.errors![0]!.extensions!.upstream as Record<string, unknown>;
    expect(upstream).toMatchObject({ api: 'pds', status });
    expect(upstream.requestId).toMatch(UUID);
    if (status === 429) expect(r.errors![0]!.extensions!.retryAfterSeconds).toBe(2);
  });

  it('a PDS that does not answer in time is UPSTREAM_TIMEOUT, and the rest of the answer arrives', async () => {
    t.sandbox.setFault('pds', { kind: 'hang' });
    const r = await t.run<any>(BOTH);
    // The client's timeout fired on the one call it sent (a hang is never answered); no wall-clock bound on a loaded machine.
    expect(t.sandbox.count('pds')).toBe(1);
    expect(r.data.patient).toBeNull();
    expect(r.data.organisation.name).toBeTruthy();
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
  });

  it('a reset connection is UPSTREAM_UNAVAILABLE', async () => {
    t.sandbox.setFault('pds', { kind: 'reset' });
    const r = await t.run<any>(BOTH);
    expect(r.data.patient).toBeNull();
    expect(codes(r)).toEqual(['UPSTREAM_UNAVAILABLE']);
  });

  it('a truncated body is UPSTREAM_ERROR, not a crash', async () => {
    t.sandbox.setFault('pds', { kind: 'malformed' });
    const r = await t.run<any>(BOTH);
    expect(r.data.patient).toBeNull();
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
  });

  it('an ODS failure nulls only what ODS gives: the GP practice keeps the code PDS gave, its name is null', async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 500 });
    const r = await t.run<any>(BOTH);
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(r.data.patient.registeredGp).toEqual({ name: null });
    expect(r.data.organisation).toBeNull();
    expect(codes(r)).toEqual(['UPSTREAM_ERROR', 'UPSTREAM_ERROR']);
  });

  it('messages never carry the NHS number or the token', async () => {
    t.sandbox.setFault('pds', { kind: 'status', status: 500 });
    const r = await t.run(`{ patient(nhsNumber: "9000000009") { nhsNumber } }`);
    const text = JSON.stringify(r.errors);
    expect(text).not.toContain('9000000009');
    expect(text).not.toMatch(/Bearer/i);
  });
});

describe('application-restricted token', () => {
  it('is fetched once for concurrent first requests and reused after', async () => {
    const fresh = await startTestGraph();
    try {
      const before = fresh.sandbox.auth.tokenRequests;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          fresh.run(`{ patient(nhsNumber: "9000000009") { nhsNumber } }`, undefined, { headers: { 'x-correlation-id': `c${i}` } }),
        ),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      await fresh.run(`{ patient(nhsNumber: "9000000033") { nhsNumber } }`);
      expect(fresh.sandbox.auth.tokenRequests - before).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});

describe('a caller who goes away', () => {
  it('cancels the upstream call made for it at once, not at its timeout', async () => {
    // A timeout longer than the test may run: the call can only end because the caller left.
    const g = await startTestGraph({ timeoutMs: { default: 5_000, ods: 120_000 } });
    try {
      g.sandbox.setFault('ods', { kind: 'hang' });
      const ended = new Promise<UpstreamCallEvent>((resolve) => {
        const off = g.platform.onCall((event) => {
          if (event.api !== 'ods') return;
          off();
          resolve(event);
        });
      });
      const gone = new AbortController();
      const sent = request(`${g.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await g.tokenFor({ staff: 'clinician' })}` },
        body: JSON.stringify({ query: '{ organisation(odsCode: "RR8") { name } }' }),
        signal: gone.signal,
      }).catch(() => undefined);
      while ((g.calls().ods ?? 0) < 1) await sleep(5);
      gone.abort();
      await sent;
      const event = await ended;
      expect(event.errorCode).toBe('UPSTREAM_TIMEOUT');
      expect(event.durationMs).toBeLessThan(120_000);
    } finally {
      await g.close();
    }
  });
});
