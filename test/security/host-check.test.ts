import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { hostAllowed } from '../../src/http/host-check.js';
import { startGraphProcess, type GraphProcess } from '../support/graph-process.js';

describe('embedded mode answers only to loopback host names (DNS rebinding), and gives tokens only to its own page', () => {
  let graph: GraphProcess;
  let port: string;
  beforeAll(async () => {
    graph = await startGraphProcess({ AUDIT_LOG_PATH: join(mkdtempSync(join(tmpdir(), 'nhs-graph-host-')), 'audit.jsonl') });
    port = new URL(graph.url).port;
  }, 90_000);
  afterAll(async () => {
    graph.child.kill('SIGTERM');
    await graph.exited;
  });

  const send = async (path: string, headers: Record<string, string>, body?: string) => {
    const res = await request(`${graph.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, ...(body === undefined ? {} : { body }) });
    return { status: res.statusCode, body: await res.body.text() };
  };

  it('refuses a request whose Host is another name (a page of an attacker whose DNS now points at 127.0.0.1)', async () => {
    const query = JSON.stringify({ query: '{ organisation(odsCode: "Y12345") { name } }' });
    const refused = await send('/graphql', { host: `attacker.example:${port}`, 'content-type': 'application/json' }, query);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN', reason: 'HOST_NOT_ALLOWED' } }] });
    expect(
      (await send('/playground/token', { host: `attacker.example:${port}`, 'content-type': 'application/json' }, '{"persona":"staff:clinician"}')).status,
    ).toBe(403);
    expect((await send('/healthz', { host: 'attacker.example' })).status).toBe(403);
  });

  it('answers localhost, 127.0.0.1 and [::1], with or without the port', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) {
      expect((await send('/healthz', { host })).status, host).toBe(200);
    }
  });

  it('gives a persona token only to a same-origin JSON request', async () => {
    const persona = '{"persona":"staff:clinician"}';
    const host = `127.0.0.1:${port}`;
    // A cross-site HTML form can post text/plain or a urlencoded body without a preflight.
    expect((await send('/playground/token', { host, 'content-type': 'text/plain' }, persona)).status).toBe(415);
    expect((await send('/playground/token', { host, 'content-type': 'application/x-www-form-urlencoded' }, persona)).status).toBe(415);
    expect((await send('/playground/token', { host, 'content-type': 'application/json', origin: 'http://attacker.example' }, persona)).status).toBe(403);
    expect((await send('/playground/token', { host, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, persona)).status).toBe(403);
    const ok = await send(
      '/playground/token',
      { host, 'content-type': 'application/json', origin: `http://${host}`, 'sec-fetch-site': 'same-origin' },
      persona,
    );
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ accessToken: expect.any(String) });
  });
});

describe('ALLOWED_HOSTS', () => {
  it('replaces the loopback names with its own list', () => {
    expect(loadConfig({ ALLOWED_HOSTS: 'graph.test, 127.0.0.1' }).allowedHosts).toEqual(['graph.test', '127.0.0.1']);
    expect(loadConfig({}).allowedHosts).toBeUndefined();
    expect(() => loadConfig({ ALLOWED_HOSTS: 'graph.test:4000' })).toThrow(/ALLOWED_HOSTS must be host names without port/);
    expect(hostAllowed('GRAPH.test:4000', ['graph.test'])).toBe(true);
    expect(hostAllowed('graph.test.attacker.example', ['graph.test'])).toBe(false);
    expect(hostAllowed(undefined, ['graph.test'])).toBe(false);
  });
});
