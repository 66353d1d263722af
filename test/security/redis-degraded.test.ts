import { createServer } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCache } from '../../src/cache/redis-cache.js';
import { BarsResponseStore, type StoredBarsResponse } from '../../src/sources/bars/receiver/response-store.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, item 11. With Redis configured but unreachable the graph still starts and serves, and says so: one log
 * line (not one per failed command), a metric, /readyz `degraded`, and its in-process cache serving meanwhile.
 */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const ORGANISATION = '{ organisation(odsCode: "RR8") { name } }';

describe('a graph whose Redis is unreachable', () => {
  let t: TestGraph;
  let cache: RedisCache;
  const warnings: { obj: object; msg: string }[] = [];
  let firstWarning: Promise<void>;
  beforeAll(async () => {
    const port = await closedPort();
    let warned: () => void = () => {};
    firstWarning = new Promise((resolve) => (warned = resolve));
    cache = new RedisCache(`redis://127.0.0.1:${port}`, {
      logger: {
        warn: (obj, msg) => {
          warnings.push({ obj, msg });
          warned();
        },
        info: () => {},
      },
    });
    t = await startTestGraph({ sources: { ods: { cache, maxAgeSeconds: 3600 } }, server: { sharedCache: cache } });
  });
  afterAll(async () => {
    await t.close();
    await cache.close();
  });

  it('serves public reference data from its in-process cache meanwhile: two reads, one ODS call', async () => {
    t.resetCalls();
    const first = await t.run<any>(ORGANISATION);
    const second = await t.run<any>(ORGANISATION);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(t.calls().ods).toBe(1);
  });

  it('logs the outage once, however many commands fail', async () => {
    await firstWarning;
    for (let i = 0; i < 5; i++) await t.run(`{ organisation(odsCode: "RR${i}") { name } }`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/Redis is unreachable/);
    expect(warnings[0]!.obj).toMatchObject({ redis: 'unreachable', code: 'ECONNREFUSED' });
  });

  it('reports degraded on /readyz (still ready: it serves) and redis_up 0 with the fallbacks counted on /metrics', async () => {
    await firstWarning;
    const ready = await request(`${t.url}/readyz`);
    const body = (await ready.body.json()) as { status: string; degraded?: Record<string, string> };
    expect(ready.statusCode).toBe(200);
    expect(body.status).toBe('degraded');
    expect(body.degraded?.sharedCache).toMatch(/Redis unreachable/);
    const metrics = await (await request(`${t.url}/metrics`)).body.text();
    expect(metrics).toMatch(/^nhs_graph_redis_up 0$/m);
    const fallbacks = Number(/^nhs_graph_shared_cache_fallbacks_total (\d+)$/m.exec(metrics)?.[1]);
    expect(fallbacks).toBeGreaterThan(0);
  });

  it('still tells its own barsResponses subscribers of a BaRS response it stored: the announcement cannot be sent, so it is told directly', async () => {
    await firstWarning;
    const store = new BarsResponseStore(cache);
    const heard: StoredBarsResponse[] = [];
    // Resolves without waiting for Redis to come back.
    const stop = await store.subscribe({ serviceRequestId: 'sr-1' }, (response) => heard.push(response));
    const response = { messageId: 'm-1', serviceRequestId: 'sr-1', appointmentId: null, receivedAt: new Date().toISOString() } as unknown as StoredBarsResponse;
    expect(await store.accept(response)).toBe(true);
    expect(heard).toEqual([response]);
    stop();
  });
});
