import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { startGraphProcess } from '../support/graph-process.js';
import { startTestGraph } from '../support/harness.js';

const QUERY = JSON.stringify({ query: '{ organisation(odsCode: "Y12345") { name } }' });

function post(url: string) {
  return request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
}

describe('graceful shutdown', () => {
  it('finishes the requests in flight, then refuses new connections', async () => {
    const t = await startTestGraph({ sandbox: { latencyMs: { ods: 600 } }, server: { shutdownGraceMs: 5_000 } });
    const inFlight = post(t.url);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const started = performance.now();
    const closing = t.graph.close();

    const res = await inFlight;
    expect(res.statusCode).toBe(200);
    expect(await res.body.json()).toEqual({ data: { organisation: { name: 'TEST GP PRACTICE Y12345' } } });
    await closing;
    // close() waited for the in-flight request (about 450 ms left of its 600 ms), not for an idle keep-alive timeout.
    expect(performance.now() - started).toBeGreaterThan(300);
    expect(performance.now() - started).toBeLessThan(3_000);
    await expect(post(t.url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await t.platform.close();
    await t.sandbox.close();
  });

  it('cuts what is still running when the grace period ends', async () => {
    const t = await startTestGraph({ sandbox: { latencyMs: { ods: 5_000 } }, server: { shutdownGraceMs: 300 } });
    const inFlight = post(t.url).then(
      (r) => r.statusCode,
      (error: { code?: string }) => error.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await t.graph.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await inFlight).toBe('UND_ERR_SOCKET');
    await t.platform.close();
    await t.sandbox.close();
  });

  it('on SIGTERM, the npm start process answers the request in flight and exits 0', async () => {
    const { child, url, output, exited } = await startGraphProcess({ EMBEDDED_SANDBOX_LATENCY_MS: '800', PLAYGROUND: 'off', LOG_LEVEL: 'info' });

    const inFlight = post(url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.statusCode).toBe(200);
    expect(await res.body.json()).toEqual({ data: { organisation: { name: 'TEST GP PRACTICE Y12345' } } });
    expect(await exited).toBe(0);
    expect(output()).toContain('shutting down: finishing in-flight requests');
    expect(output()).toContain('"msg":"stopped"');
  }, 90_000);
});
