import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { startRegisteredSandbox } from '../../sandbox/src/registration.js';
import { captureChildOutput } from '../support/log-capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** Every installed package under node_modules (scoped ones counted one by one). */
function countPackages(nodeModules: string): number {
  let count = 0;
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) count += readdirSync(join(nodeModules, entry)).length;
    else count += 1;
    const nested = join(nodeModules, entry, 'node_modules');
    if (!entry.startsWith('@') && existsSync(nested)) count += countPackages(nested);
  }
  return count;
}

/**
 * A build stage, as a container build has one: the sources `npm run build` reads, copied into their own folder, with
 * the checkout's node_modules linked in. Building there leaves the checkout's dist/ alone: the benchmark's test runs
 * `node dist/main.js` at the same time, and a build writing into that dist/ has made it load a half-written module.
 */
function buildStage(): string {
  const stage = mkdtempSync(join(tmpdir(), 'nhs-graph-build-'));
  for (const path of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'src']) {
    cpSync(join(ROOT, path), join(stage, path), { recursive: true });
  }
  const skip = new Set(['node_modules', 'dist'].map((dir) => join(ROOT, 'playground', dir)));
  cpSync(join(ROOT, 'playground'), join(stage, 'playground'), { recursive: true, filter: (path) => !skip.has(path) });
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  return stage;
}

/**
 * What a container image holds: package.json, package-lock.json, dist/ (`npm run build`) and schema/ (read at run
 * time), installed with `npm ci --omit=dev`. The workspace folders (sandbox/, sdk/, playground/) are not copied: npm
 * then installs the root package's production dependencies only, without the workspaces' (tsx, the stand-in's router).
 */
describe('the compiled graph from a production install (npm ci --omit=dev, node dist/main.js)', () => {
  it('installs no dev tool, starts, and answers a real query against a configured NHS environment', async () => {
    const stage = buildStage();
    await run('npm', ['run', '-s', 'build'], { cwd: stage });
    const image = mkdtempSync(join(tmpdir(), 'nhs-graph-image-'));
    for (const path of ['package.json', 'package-lock.json', 'dist']) cpSync(join(stage, path), join(image, path), { recursive: true });
    cpSync(join(ROOT, 'schema'), join(image, 'schema'), { recursive: true });
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: image, maxBuffer: 16 * 1024 * 1024 });
    const nodeModules = join(image, 'node_modules');
    for (const devTool of ['tsx', 'vite', 'react', 'react-dom', 'graphiql', 'typescript', 'vitest', 'graphql-scalars', 'find-my-way']) {
      expect(existsSync(join(nodeModules, devTool)), devTool).toBe(false);
    }
    // The figure the closing note reports beside the 295 of the tsx-run graph.
    process.stdout.write(`production packages: ${countPackages(nodeModules)}\n`);

    // The NHS environment: a stand-in on loopback with a registered app, configured only through env.
    const { sandbox, graphEnv } = await startRegisteredSandbox(join(image, 'app-key.pem'));
    const graph = spawn(process.execPath, ['dist/main.js'], {
      cwd: image,
      env: { ...process.env, ...graphEnv, NODE_ENV: 'production', PORT: '0', AUDIT_LOG_PATH: join(image, 'audit.jsonl'), PLAYGROUND: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    captureChildOutput(graph);
    let output = '';
    graph.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    graph.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => graph.once('exit', (code) => resolve(code)));
    try {
      const ready = /graph:\s+(http:\/\/\S+)\/graphql/;
      while (!ready.test(output)) {
        if (graph.exitCode !== null) throw new Error(`node dist/main.js exited: ${output}`);
        await new Promise((resolve) => graph.stdout.once('data', resolve));
      }
      const url = ready.exec(output)![1]!;
      const signIn = await request(`${sandbox.origin}/_sandbox/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ staff: 'clinician' }),
      });
      const { idToken } = (await signIn.body.json()) as { idToken: string };
      const res = await request(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
        body: JSON.stringify({ query: '{ patient(nhsNumber: "9000000009") { nhsNumber } organisation(odsCode: "Y12345") { name } }' }),
      });
      expect(await res.body.json()).toEqual({ data: { patient: { nhsNumber: '9000000009' }, organisation: { name: 'TEST GP PRACTICE Y12345' } } });
      expect(sandbox.counts()).toMatchObject({ pds: 1, ods: expect.any(Number) });
      graph.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      graph.kill('SIGKILL');
      await sandbox.close();
      // The image holds the test app's private key and an audit file: leave nothing behind in the temp folder.
      rmSync(image, { recursive: true, force: true });
      rmSync(stage, { recursive: true, force: true });
    }
  }, 900_000);
});
