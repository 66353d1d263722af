import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheKeyPrefix, createSharedCache, namespaced, RedisCache, schemaVersion, sharedSlotsOf, type SharedStore } from '../../src/cache/index.js';
import { buildSchema } from '../../src/graph/index.js';
import { ODS_MAX_AGE_SECONDS } from '../../src/sources/ods/client.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';

const ORGANISATION = 'query($c: OdsCode!) { organisation(odsCode: $c) { odsCode name } }';
const PAGE = 'query($p: String!) { healthContent(path: $p) { name } }';

/** A replica as main.ts wires it with REDIS_URL: its own connection, keys under its NHS_ENV and schema version. */
function replicaStore(url: string, environment = 'int', version = 'v1'): SharedStore {
  return createSharedCache({ redisUrl: url, environment, schemaVersion: version });
}

async function ready(...stores: SharedStore[]): Promise<void> {
  await Promise.all(stores.map((s) => (s as RedisCache).ready()));
}

function replica(store: SharedStore, extra: { contentLimit?: number } = {}): Promise<TestGraph> {
  const slots = sharedSlotsOf(store);
  return startTestGraph({
    sources: {
      ods: { cache: namespaced(store, 'ods:'), maxAgeSeconds: ODS_MAX_AGE_SECONDS },
      content: {
        cache: namespaced(store, 'content:'),
        ...(extra.contentLimit ? { rateLimit: { limit: extra.contentLimit, intervalMs: 60_000, maxQueue: 0, ...(slots ? { shared: slots } : {}) } } : {}),
      },
    },
    server: { sharedCache: store, apqStore: namespaced(store, 'apq:') },
  });
}

/** nhs_graph_cache_reads_total from a replica's /metrics, by cache and result (0 when not yet counted). */
async function cacheReads(url: string): Promise<Record<string, { hit: number; miss: number }>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out: Record<string, { hit: number; miss: number }> = { ods: { hit: 0, miss: 0 } };
  for (const m of text.matchAll(/^nhs_graph_cache_reads_total\{cache="(\w+)",result="(hit|miss)"\} (\d+)$/gm)) {
    out[m[1]!] ??= { hit: 0, miss: 0 };
    out[m[1]!]![m[2] as 'hit' | 'miss'] = Number(m[3]);
  }
  return out;
}

async function post(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('two graph replicas sharing one Redis', () => {
  let redis: RedisServer;
  const stores: SharedStore[] = [];
  const graphs: TestGraph[] = [];
  let first: TestGraph;
  let second: TestGraph;
  beforeAll(async () => {
    redis = await startRedisServer();
    stores.push(replicaStore(redis.url), replicaStore(redis.url));
    await ready(...stores);
    first = await replica(stores[0]!, { contentLimit: 3 });
    second = await replica(stores[1]!, { contentLimit: 3 });
    graphs.push(first, second);
  });
  afterAll(async () => {
    for (const g of graphs) await g.close();
    for (const s of stores) await s.close?.();
    await redis.stop();
  });
  beforeEach(async () => {
    await redis.client.flushall();
    first.resetCalls();
    second.resetCalls();
  });

  it('serves on one replica an automatic persisted query registered on the other', async () => {
    const query = '{ organisation(odsCode: "RR8") { odsCode name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };
    // Unknown everywhere at first: the client is asked for the document.
    const unknown = await post(second.url, { extensions: { persistedQuery } });
    expect(unknown.json.errors?.[0]?.extensions?.reason).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(first.url, { query, extensions: { persistedQuery } });
    expect(registered.json.errors).toBeUndefined();
    const served = await post(second.url, { extensions: { persistedQuery } });
    expect(served.json.errors).toBeUndefined();
    expect(served.json.data).toEqual(registered.json.data);
    expect(await redis.client.keys('*apq*')).toEqual([`nhs-graph:int:v1:apq:apq:${sha256Hash}`]);
  });

  it('never puts a document with an NHS-number-shaped literal in Redis', async () => {
    const query = '{ patient(nhsNumber: "9000000009") { nhsNumber } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    await post(first.url, { query, extensions: { persistedQuery } });
    expect(await redis.client.keys('*apq*')).toEqual([]);
  });

  it("keeps the two replicas together within Website Content's limit", async () => {
    const pages = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `/conditions/${tag}-${i}/`);
    const answers = await Promise.all([...pages(5, 'first').map((p) => first.run(PAGE, { p })), ...pages(5, 'second').map((p) => second.run(PAGE, { p }))]);
    const sent = (first.calls().content ?? 0) + (second.calls().content ?? 0);
    expect(sent).toBe(3);
    expect(answers.filter((a) => codes(a).includes('RATE_LIMITED'))).toHaveLength(7);
    // The slots are held in Redis under the environment, without the schema version (a rolling deploy shares the limit).
    expect(await redis.client.zcard('nhs-graph:int:slots:upstream:content')).toBe(3);
  });

  it("keeps to Website Content's limit in its own process while Redis is unreachable", async () => {
    const down = createSharedCache({ redisUrl: 'redis://127.0.0.1:1', environment: 'int', schemaVersion: 'v1' });
    const alone = await replica(down, { contentLimit: 2 });
    try {
      const answers = await Promise.all([0, 1, 2, 3].map((i) => alone.run(PAGE, { p: `/conditions/alone-${i}/` })));
      expect(alone.calls()).toEqual({ content: 2 });
      expect(answers.filter((a) => codes(a).includes('RATE_LIMITED'))).toHaveLength(2);
    } finally {
      await alone.close();
      await down.close?.();
    }
  });

  it('counts cache hits and misses per cache in the metrics', async () => {
    const before = [await cacheReads(first.url), await cacheReads(second.url)];
    await first.run(ORGANISATION, { c: 'X26' });
    await second.run(ORGANISATION, { c: 'X26' });
    await second.run(ORGANISATION, { c: 'X26' });
    const after = [await cacheReads(first.url), await cacheReads(second.url)];
    // The first replica missed and read ODS; the second found the entry in Redis twice.
    expect(after[0]!.ods.miss - before[0]!.ods.miss).toBe(1);
    expect(after[0]!.ods.hit - before[0]!.ods.hit).toBe(0);
    expect(after[1]!.ods.hit - before[1]!.ods.hit).toBe(2);
    expect(after[1]!.ods.miss - before[1]!.ods.miss).toBe(0);
    expect(first.calls()).toEqual({ ods: 1 });
    expect(second.calls()).toEqual({});
  });
});

describe('cache keys carry NHS_ENV and the schema version', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(() => redis.stop());

  it('differ across environments and schema versions, so such replicas never share an entry', { timeout: 90_000 }, async () => {
    const stores = [replicaStore(redis.url, 'int', 'v1'), replicaStore(redis.url, 'prod', 'v1'), replicaStore(redis.url, 'int', 'v2')];
    await ready(...stores);
    const graphs = await Promise.all(stores.map((s) => replica(s)));
    try {
      for (const g of graphs) {
        const r = await g.run<any>(ORGANISATION, { c: 'RR8' });
        expect(r.data.organisation.odsCode).toBe('RR8');
        // Each reads ODS itself: none sees another's entry.
        expect(g.calls()).toEqual({ ods: 1 });
      }
      expect((await redis.client.keys('*ods*')).sort()).toEqual([
        'nhs-graph:int:v1:ods:org:RR8',
        'nhs-graph:int:v2:ods:org:RR8',
        'nhs-graph:prod:v1:ods:org:RR8',
      ]);
    } finally {
      for (const g of graphs) await g.close();
      for (const s of stores) await s.close?.();
    }
  });

  it('takes the schema version from the SDL the graph serves', () => {
    const plain = schemaVersion(buildSchema({ federation: false }));
    expect(plain).toMatch(/^[0-9a-f]{12}$/);
    expect(schemaVersion(buildSchema({ federation: false }))).toBe(plain);
    expect(schemaVersion(buildSchema({ federation: true }))).not.toBe(plain);
    expect(cacheKeyPrefix('prod', plain)).toBe(`nhs-graph:prod:${plain}:`);
  });
});
