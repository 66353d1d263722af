import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCache } from '../../src/cache/redis-cache.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';
import { codes, startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, item 9. The cost limit bounds an HTTP request, not each operation of it: a batch's operations share one
 * budget of upstream calls. And each caller has a rate limit (RATE_LIMITED, HTTP 429, Retry-After), shared by every
 * replica through Redis when one is configured.
 */
const THREE_PATIENTS = `{
  a: patient(nhsNumber: "9000000009") { nhsNumber }
  b: patient(nhsNumber: "9000000033") { nhsNumber }
  c: patient(nhsNumber: "9000000009") { nhsNumber }
}`;
const ONE_PATIENT = '{ patient(nhsNumber: "9000000009") { nhsNumber } }';

async function batch(t: TestGraph, operations: string[]): Promise<{ status: number; results: GraphQLResult[] }> {
  const token = await t.tokenFor({ staff: 'clinician' });
  const res = await request(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(operations.map((query) => ({ query }))),
  });
  return { status: res.statusCode, results: (await res.body.json()) as GraphQLResult[] };
}

describe('the cost limit of one HTTP request', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ graph: { limits: { maxCost: 10, maxBatch: 5 } } });
  });
  afterAll(() => t.close());

  it('adds up the operations of a batch: five of cost 3 under a limit of 10 run three, refuse two, call PDS at most 10 times', async () => {
    t.resetCalls();
    const { results } = await batch(
      t,
      Array.from({ length: 5 }, () => THREE_PATIENTS),
    );
    const refused = results.filter((r) => codes(r).includes('QUERY_TOO_COMPLEX'));
    const answered = results.filter((r) => r.errors === undefined);
    expect(answered).toHaveLength(3);
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(r.errors![0]!.extensions).toMatchObject({ reason: 'MAX_COST', cost: 3, requestCost: 9, limit: 10 });
    expect(t.calls().pds).toBeLessThanOrEqual(10);
  });

  it('still lets one operation spend the whole budget', async () => {
    const r = await t.run(THREE_PATIENTS);
    expect(r.errors).toBeUndefined();
  });
});

describe('the per-caller rate limit (in-process)', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { rateLimit: { limit: 3, windowMs: 60_000 } } });
  });
  afterAll(() => t.close());

  it('refuses the caller’s fourth operation in the window with RATE_LIMITED, 429 and Retry-After, calling nothing', async () => {
    for (let i = 0; i < 3; i++) expect((await t.run(ONE_PATIENT, undefined, { principal: { staff: 'nurse' } })).errors).toBeUndefined();
    t.resetCalls();
    const limited = await t.run(ONE_PATIENT, undefined, { principal: { staff: 'nurse' } });
    expect(limited.status).toBe(429);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.errors![0]!.extensions).toMatchObject({ reason: 'CALLER_RATE_LIMIT', retryAfterSeconds: retryAfter });
    expect(t.calls()).toEqual({});
  });

  it('counts each caller alone: another signed-in user is not limited', async () => {
    const other = await t.run(ONE_PATIENT, undefined, { principal: { staff: 'pharmacist' } });
    expect(other.errors).toBeUndefined();
  });

  it('counts every operation of a batch', async () => {
    const { status, results } = await batch(t, [ONE_PATIENT, ONE_PATIENT, ONE_PATIENT, ONE_PATIENT]);
    expect(results.filter((r) => codes(r).includes('RATE_LIMITED'))).toHaveLength(1);
    expect(status).toBe(429);
  });
});

describe('the per-caller rate limit shared through Redis', () => {
  const ORGANISATION = '{ organisation(odsCode: "RR8") { name } }';
  let redis: RedisServer;
  let first: TestGraph;
  let second: TestGraph;
  const stores: RedisCache[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    stores.push(new RedisCache(redis.url), new RedisCache(redis.url));
    await Promise.all(stores.map((s) => s.ready()));
    const rateLimit = { limit: 3, windowMs: 60_000 };
    first = await startTestGraph({ server: { rateLimit: { ...rateLimit, counters: stores[0]! } } });
    // Two replicas of one deployment trust the same identity providers: the second accepts the first's sign-ins.
    second = await startTestGraph({ server: { rateLimit: { ...rateLimit, counters: stores[1]! }, auth: { issuers: first.embedded.issuers } } });
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
    await Promise.all(stores.map((s) => s.close()));
    await redis.stop();
  });

  it('two graph instances share one count per caller, and Redis holds no identifier of the caller', async () => {
    const as = { headers: { authorization: `Bearer ${await first.tokenFor({ staff: 'clinician' })}` } };
    expect((await first.run(ORGANISATION, undefined, as)).errors).toBeUndefined();
    expect((await second.run(ORGANISATION, undefined, as)).errors).toBeUndefined();
    expect((await first.run(ORGANISATION, undefined, as)).errors).toBeUndefined();
    const limited = await second.run(ORGANISATION, undefined, as);
    expect(limited.status).toBe(429);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(codes(await first.run(ORGANISATION, undefined, as))).toEqual(['RATE_LIMITED']);
    // Another caller on the same replicas is not limited.
    expect((await second.run(ORGANISATION, undefined, { principal: null })).errors).toBeUndefined();
    const keys = await redis.client.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^nhs-graph:rate:[A-Za-z0-9_-]{32}$/);
  });
});
