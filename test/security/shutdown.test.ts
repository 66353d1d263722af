import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startGraphProcess } from '../support/graph-process.js';
import { captureChildOutput } from '../support/log-capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Answer {
  status: number;
  body: unknown;
}

/**
 * Sends a GraphQL request and resolves `sent` once it has been written whole to a connected socket (so it is in flight
 * at the server, not in the client), and `answer` with the full answer.
 */
function inFlight(url: string, query: string, token?: string): { sent: Promise<void>; answer: Promise<Answer> } {
  let markSent: () => void = () => {};
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = httpRequest(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.on('finish', markSent);
    req.end(body);
  });
  return { sent, answer };
}

/** Tries new connections to the graph until one is refused; resolves then. */
async function untilRefused(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(port), hostname);
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SIGTERM (outside NODE_ENV=test, as in production)', () => {
  it('stops accepting, answers every request in flight in full, flushes the audit trail and exits 0', async () => {
    const auditPath = join(mkdtempSync(join(tmpdir(), 'nhs-graph-shutdown-')), 'audit.jsonl');
    // Every upstream answers after 1.5 s: the requests are still waiting on the NHS stand-in when SIGTERM arrives.
    const graph = await startGraphProcess({
      NODE_ENV: 'production',
      EMBEDDED_SANDBOX_LATENCY_MS: '1500',
      PLAYGROUND: 'off',
      AUDIT_LOG_PATH: auditPath,
      SHUTDOWN_GRACE_MS: '20000',
    });
    const { stdout: token } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'sandbox/src/token.ts', '--sandbox', graph.sandbox.origin, 'staff', 'clinician'],
      { cwd: ROOT },
    );

    const patient = inFlight(graph.url, '{ patient(nhsNumber: "9000000009") { nhsNumber birthDate } }', token.trim());
    const organisation = inFlight(graph.url, '{ organisation(odsCode: "Y12345") { name } }');
    await Promise.all([patient.sent, organisation.sent]);
    // Give the server a moment to read them off their connections; each then waits 1.5 s on its upstream.
    await new Promise((resolve) => setTimeout(resolve, 300));
    graph.child.kill('SIGTERM');

    // New connections are refused while the requests in flight are still being answered.
    let answered = false;
    void organisation.answer.finally(() => (answered = true));
    await untilRefused(graph.url);
    expect(answered).toBe(false);
    expect(await organisation.answer).toEqual({ status: 200, body: { data: { organisation: { name: 'TEST GP PRACTICE Y12345' } } } });
    expect(await patient.answer).toEqual({ status: 200, body: { data: { patient: { nhsNumber: '9000000009', birthDate: expect.any(String) } } } });
    expect(await graph.exited).toBe(0);
    expect(graph.output()).toContain('"msg":"stopped"');
    const records = readFileSync(auditPath, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { nhsNumber: string; outcome: string; fields: string[] });
    expect(records).toContainEqual(expect.objectContaining({ nhsNumber: '9000000009', outcome: 'success', fields: expect.arrayContaining(['Query.patient']) }));
  }, 120_000);
});

describe('SIGTERM to `npm start`', () => {
  it('reaches the graph (npm passes it on to the launcher, the launcher to the graph), which answers ' +
    'the request in flight and exits 0, and so does npm', async () => {
    // --ignore-scripts skips prestart (the playground build), which this test does not need; NHS_GRAPH_FROM_SOURCE runs
    // the graph from src/ (no build): the compiled graph is test/build/production-install.test.ts's.
    const npm = spawn('npm', ['start', '--ignore-scripts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: '0',
        EMBEDDED_SANDBOX_PORT: '0',
        NHS_GRAPH_FROM_SOURCE: 'on',
        EMBEDDED_SANDBOX_LATENCY_MS: '1500',
        PLAYGROUND: 'off',
        AUDIT_LOG_PATH: join(mkdtempSync(join(tmpdir(), 'nhs-graph-npm-')), 'audit.jsonl'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that whatever it started can be ended if the test fails.
      detached: true,
    });
    captureChildOutput(npm);
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    try {
      const ready = /graph:\s+(http:\/\/\S+)\/graphql/;
      while (!ready.test(output)) await new Promise((resolve) => npm.stdout.once('data', resolve));
      const url = ready.exec(output)![1]!;
      const organisation = inFlight(url, '{ organisation(odsCode: "Y12345") { name } }');
      await organisation.sent;
      await new Promise((resolve) => setTimeout(resolve, 300));
      npm.kill('SIGTERM');
      expect(await organisation.answer).toEqual({ status: 200, body: { data: { organisation: { name: 'TEST GP PRACTICE Y12345' } } } });
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"stopped"');
      await untilRefused(url);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // Already gone: the graph stopped as it should.
      }
    }
  }, 120_000);
});
