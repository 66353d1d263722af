import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startGraphProcess, type GraphProcess } from '../support/graph-process.js';

async function get(url: string): Promise<{ status: number; text: string }> {
  const res = await request(url);
  return { status: res.statusCode, text: await res.body.text() };
}

describe('/metrics on a port of its own (METRICS_PORT)', () => {
  let graph: GraphProcess;
  let metricsUrl: string;
  beforeAll(async () => {
    graph = await startGraphProcess({
      METRICS_PORT: '0',
      PLAYGROUND: 'off',
      AUDIT_LOG_PATH: join(mkdtempSync(join(tmpdir(), 'nhs-graph-metrics-')), 'audit.jsonl'),
    });
    // The ready lines follow the graph's URL: wait for the one naming the metrics.
    const metricsLine = /metrics:\s+(http:\/\/\S+\/metrics)/;
    while (!metricsLine.test(graph.output())) await new Promise((resolve) => graph.child.stdout!.once('data', resolve));
    metricsUrl = metricsLine.exec(graph.output())![1]!;
  }, 90_000);
  afterAll(async () => {
    graph.child.kill('SIGTERM');
    expect(await graph.exited).toBe(0);
  });

  it('serves the metrics on the metrics port, and nothing of them on the graph port', async () => {
    expect(new URL(metricsUrl).origin).not.toBe(graph.url);
    await request(`${graph.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ organisation(odsCode: \\"Y12345\\") { name } }"}',
    }).then((r) => r.body.dump());
    const metrics = await get(metricsUrl);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('nhs_graph_graphql_requests_total{operation_type="query",status="200"} 1');
    expect((await get(`${graph.url}/metrics`)).status).toBe(404);
  });

  it('serves nothing else on the metrics port', async () => {
    const origin = new URL(metricsUrl).origin;
    expect((await get(`${origin}/graphql`)).status).toBe(404);
    expect((await get(`${origin}/healthz`)).status).toBe(404);
  });
});

describe('METRICS_PORT configuration', () => {
  const live = (env: Record<string, string>) => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'nhs-graph-key-')), 'key.pem');
    writeFileSync(keyFile, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    return loadConfig({ NHS_API_KEY: 'test-application-key', NHS_KEY_ID: 'kid', NHS_PRIVATE_KEY_FILE: keyFile, NHS_LOGIN_CLIENT_ID: 'nhs-graph-test', ...env });
  };

  it('keeps the metrics off the graph port in int and prod by default (port 9464), on it in embedded mode', () => {
    expect(live({ NHS_ENV: 'prod' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(live({ NHS_ENV: 'int', HOST: '0.0.0.0' }).metrics).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(loadConfig({}).metrics).toEqual({ host: '127.0.0.1' });
  });

  it('reads METRICS_PORT and METRICS_HOST, and refuses a port that is not one', () => {
    expect(live({ NHS_ENV: 'prod', METRICS_PORT: '9100', METRICS_HOST: '10.0.0.5' }).metrics).toEqual({ port: 9100, host: '10.0.0.5' });
    expect(loadConfig({ METRICS_PORT: '9100' }).metrics).toEqual({ port: 9100, host: '127.0.0.1' });
    expect(() => loadConfig({ METRICS_PORT: 'public' })).toThrow(/METRICS_PORT must be a whole number/);
  });
});
