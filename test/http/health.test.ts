import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await request(url);
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
}

describe('/healthz and /readyz', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { readiness: { cacheMs: 0, timeoutMs: 500 } } });
  });
  afterAll(() => t.close());

  it('is live, and ready when every API the schema names answers its platform _ping, without calling the APIs', async () => {
    t.resetCalls();
    expect(await get(`${t.url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await get(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
    const apis = (ready.body.apis as { api: string; ok: boolean }[]).map((a) => a.api);
    expect(apis).toEqual(expect.arrayContaining(['pds', 'ods']));
    expect(t.calls()).toEqual({});
  });

  it('is not ready, naming the APIs, when the sources do not answer; live all the same', async () => {
    await t.sandbox.close();
    const ready = await get(`${t.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('not ready');
    const failing = ready.body.apis as { api: string; ok: boolean; error?: string }[];
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((a) => !a.ok && a.error === 'ECONNREFUSED')).toBe(true);
    expect((await get(`${t.url}/healthz`)).status).toBe(200);
  });
});

describe('/readyz with READY_APIS', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { readiness: { apis: ['ods'], cacheMs: 0 } } });
  });
  afterAll(() => t.close());

  it('probes only the APIs it is told to', async () => {
    const ready = await get(`${t.url}/readyz`);
    expect(ready.body.apis).toEqual([{ api: 'ods', ok: true, status: 200 }]);
  });
});
