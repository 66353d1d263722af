import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegisteredSandbox } from '../../sandbox/src/registration.js';
import type { Sandbox } from '../../sandbox/src/server.js';
import { captureChildOutput } from './log-capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * How long the process may take to print its ready line. A cold start on a fresh clone transpiles all of src/ with tsx,
 * builds the synthetic population and generates RSA keys; on a loaded 2-core CI machine that has taken over 15 s.
 */
const START_TIMEOUT_MS = 60_000;

export interface GraphProcess {
  child: ChildProcess;
  /** The graph's origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** The NHS stand-in the graph is configured against (in this process; closed when the graph exits). */
  sandbox: Sandbox;
}

/**
 * Starts the graph process (src/main.ts with tsx, free port) against a local NHS stand-in configured through env as
 * `npm start` configures it (NHS_API_ORIGIN, the registered app, NHS login and CIS2, the personas URL), with more env.
 * The stand-in runs in the test's process: tests are not the product.
 */
export async function startGraphProcess(env: Record<string, string> = {}): Promise<GraphProcess> {
  // EMBEDDED_SANDBOX_LATENCY_MS: added before every stand-in answer (as the stand-in's own start command reads it).
  const latencyMs = Number(env.EMBEDDED_SANDBOX_LATENCY_MS ?? 0);
  const { sandbox, graphEnv } = await startRegisteredSandbox(join(mkdtempSync(join(tmpdir(), 'nhs-graph-app-')), 'app-key.pem'), { latencyMs });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...graphEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its log joins the whole run's captured logs, which test/logs/ scans for personal data.
  captureChildOutput(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => sandbox.close());
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the graph printed no ready line within ${START_TIMEOUT_MS / 1000} s: ${output}`));
    }, START_TIMEOUT_MS);
    child.stdout!.on('data', () => {
      const match = /graph:\s+(http:\/\/\S+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the graph exited with ${code} before it was ready: ${output}`));
    });
  });
  return { child, url, output: () => output, exited, sandbox };
}
