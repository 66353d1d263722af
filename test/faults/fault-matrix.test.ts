import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCache } from '../../src/cache/index.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { attemptsFor, FAULTS, FIVE_SOURCES, HEALTHY, NO_CONTENT_LIMIT, SOURCES, WITHOUT, watchUnhandledRejections } from './support.js';

const TIMEOUT_MS = 800;

let t: TestGraph;
const contentCache = new MemoryCache();
const rejections = watchUnhandledRejections();
beforeAll(async () => {
  // Production retries (two, with backoff and Retry-After); breakers off here so that each case sees its own fault
  // (breaker.test.ts covers them). Every source gets the same short timeout so latency bounds are easy to state.
  t = await startTestGraph({
    timeoutMs: { default: TIMEOUT_MS },
    resilience: { breakerThreshold: 0 },
    sandbox: { rateLimits: { content: null } },
    sources: { content: { cache: contentCache, rateLimit: NO_CONTENT_LIMIT } },
  });
});
afterAll(async () => {
  await t.close();
  rejections.stop();
});
beforeEach(async () => {
  t.resetCalls();
  // Website Content answers are cached across requests: start each case cold so the content call is really made.
  await contentCache.clear();
});
afterEach(() => {
  for (const api of SOURCES) t.sandbox.setFault(api, undefined);
  expect(rejections.seen).toEqual([]);
});

describe('the five-source query with every source up', () => {
  it('answers in full with one call to each source', async () => {
    const r = await t.run(FIVE_SOURCES);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual(HEALTHY);
    expect(t.calls()).toEqual({ pds: 1, ods: 1, sds: 1, wlmds: 1, content: 1 });
  });
});

describe.each(SOURCES)('with %s failing', (api) => {
  it.each(FAULTS)('%s: its fields are null with %s, the other sources answer, within the timeout', async (_, code, fault) => {
    t.sandbox.setFault(api, fault);
    const r = await t.run(FIVE_SOURCES);
    expect(r.status).toBe(200);
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.path).toEqual(WITHOUT[api]!.path);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api });
    expect(r.data).toEqual(WITHOUT[api]!.data);
    // All attempts of a call share its timeout: counted, not timed (a wall-clock bound flakes on a loaded machine). A hang
    // is one attempt that the timeout ends; transient faults are retried (same X-Request-ID each time) within the budget
    // (the count is exactly attemptsFor); unreadable answers are not retried.
    expect(t.calls()[api]).toBe(attemptsFor(fault));
    const ids = t.sandbox.receivedRequests(api).map((q) => q.headers['x-request-id']);
    expect(ids).toHaveLength(attemptsFor(fault));
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids.every((id) => id === ids[0])).toBe(true);
  });
});
