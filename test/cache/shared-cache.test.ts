import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCache, namespaced, RedisCache } from '../../src/cache/index.js';
import { ODS_MAX_AGE_SECONDS } from '../../src/sources/ods/client.js';
import { codes, startTestGraph, type TestGraph, type TestGraphOptions } from '../support/harness.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';

const ORGANISATION = 'query($c: OdsCode!) { organisation(odsCode: $c) { odsCode name } }';
const PAGE = 'query($p: String!) { healthContent(path: $p) { name } }';

/** The graph as `npm start` wires its reference-data cache: one store, a namespace per source. */
function cachedSources(store: MemoryCache | RedisCache): TestGraphOptions['sources'] {
  return { ods: { cache: namespaced(store, 'ods:'), maxAgeSeconds: ODS_MAX_AGE_SECONDS }, content: { cache: namespaced(store, 'content:') } };
}

describe('the in-memory cache of ODS answers', () => {
  let t: TestGraph;
  const store = new MemoryCache();
  beforeAll(async () => {
    t = await startTestGraph({ sources: cachedSources(store) });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await store.clear();
    t.resetCalls();
  });

  it('serves an organisation read again, by any caller, without calling ODS', async () => {
    await t.run(ORGANISATION, { c: 'RR8' }, { headers: { 'x-correlation-id': 'caller-one' } });
    const again = await t.run<any>(ORGANISATION, { c: 'rr8' }, { headers: { 'x-correlation-id': 'caller-two' } });
    expect(again.data.organisation.odsCode).toBe('RR8');
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it('shares one in-flight read among concurrent identical reads', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.run<any>(ORGANISATION, { c: 'X26' })));
    for (const a of answers) expect(a.data.organisation.odsCode).toBe('X26');
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it('asks ODS only for the organisations of a batch it does not hold', async () => {
    await t.run(ORGANISATION, { c: 'RR8' });
    t.resetCalls();
    const batch = '{ a: organisation(odsCode: "RR8") { name } b: organisation(odsCode: "X26") { name } c: organisation(odsCode: "RXE") { name } }';
    const r = await t.run<any>(batch);
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data)).toEqual(['a', 'b', 'c']);
    expect(Object.values(r.data).every((o: any) => o.name)).toBe(true);
    // One `_id` search for the two it did not hold; after it, it holds all three.
    expect(t.calls()).toEqual({ ods: 1 });
    t.resetCalls();
    expect((await t.run(batch)).errors).toBeUndefined();
    expect(t.calls()).toEqual({});
  });

  it('never keeps a failure: the next read calls ODS again', async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 500 });
    expect(codes(await t.run(ORGANISATION, { c: 'RXE' }))).toEqual(['UPSTREAM_ERROR']);
    t.sandbox.setFault('ods', undefined);
    expect((await t.run(ORGANISATION, { c: 'RXE' })).errors).toBeUndefined();
    expect(t.calls()).toEqual({ ods: 2 });
  });

  it('never holds personal data: PDS and WLMDS answers are read again on every request', async () => {
    const q = '{ patient(nhsNumber: "9000000009") { nhsNumber waitingList { pathwayId } registeredGp { name } } }';
    await t.run(q);
    await t.run(q);
    expect(t.calls()).toEqual({ pds: 2, wlmds: 2, ods: 1 });
  });
});

describe('the Redis cache shared by two graph instances', () => {
  let redis: RedisServer;
  let first: TestGraph;
  let second: TestGraph;
  let firstStore: RedisCache;
  let secondStore: RedisCache;
  beforeAll(async () => {
    redis = await startRedisServer();
    firstStore = new RedisCache(redis.url);
    secondStore = new RedisCache(redis.url);
    await Promise.all([firstStore.ready(), secondStore.ready()]);
    // Two replicas, each with its own process state and its own (identically seeded) upstream; only Redis is shared.
    first = await startTestGraph({ sources: cachedSources(firstStore) });
    second = await startTestGraph({ sources: cachedSources(secondStore) });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await firstStore.close();
    await secondStore.close();
    await redis.stop();
  });
  beforeEach(async () => {
    await redis.client.flushall();
    first.resetCalls();
    second.resetCalls();
  });

  it('an organisation one instance read is served to the other from Redis, without an ODS call', async () => {
    const a = await first.run<any>(ORGANISATION, { c: 'RR8' });
    const b = await second.run<any>(ORGANISATION, { c: 'RR8' });
    expect(b.data).toEqual(a.data);
    expect(first.calls()).toEqual({ ods: 1 });
    expect(second.calls()).toEqual({});
  });

  it('so is a Website Content page', async () => {
    const a = await first.run<any>(PAGE, { p: '/conditions/acne/' });
    const b = await second.run<any>(PAGE, { p: '/conditions/acne/' });
    expect(b.data.healthContent.name).toBe(a.data.healthContent.name);
    expect(first.calls()).toEqual({ content: 1 });
    expect(second.calls()).toEqual({});
  });

  it("keeps entries no longer than the contracts' maximum ages (ODS a day, Website Content 7 days)", async () => {
    await first.run(ORGANISATION, { c: 'RR8' });
    await first.run(PAGE, { p: '/conditions/acne/' });
    const keys = await redis.client.keys('*');
    expect(keys.sort()).toEqual(['nhs-graph:content:/conditions/acne/?', 'nhs-graph:ods:org:RR8']);
    const odsTtl = await redis.client.pttl('nhs-graph:ods:org:RR8');
    expect(odsTtl).toBeGreaterThan(0);
    expect(odsTtl).toBeLessThanOrEqual(24 * 3600 * 1000);
    const contentTtl = await redis.client.pttl('nhs-graph:content:/conditions/acne/?');
    expect(contentTtl).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
  });

  it('holds nothing personal after a patient query across PDS, ODS and WLMDS', async () => {
    await first.run('{ patient(nhsNumber: "9000000009") { nhsNumber waitingList { pathwayId } registeredGp { name } } }');
    const keys = await redis.client.keys('*');
    expect(keys).toEqual(['nhs-graph:ods:org:Y12345']);
    const stored = await redis.client.get(keys[0]!);
    expect(stored).not.toContain('9000000009');
  });

  it('when Redis is down the graph still answers, from the upstream, without waiting on Redis', async () => {
    const down = new RedisCache('redis://127.0.0.1:1');
    const t = await startTestGraph({ sources: cachedSources(down) });
    try {
      const started = performance.now();
      const r = await t.run<any>(ORGANISATION, { c: 'RR8' });
      expect(r.errors).toBeUndefined();
      expect(r.data.organisation.odsCode).toBe('RR8');
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(t.calls()).toEqual({ ods: 1 });
    } finally {
      await t.close();
      await down.close();
    }
  });
});
