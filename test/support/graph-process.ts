import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
}

/** Starts the graph exactly as `npm start` does (src/main.ts with tsx, embedded sandbox, free port) with more env. */
export async function startGraphProcess(env: Record<string, string> = {}): Promise<GraphProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', NHS_ENV: 'embedded', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its log joins the whole run's captured logs, which test/logs/ scans for personal data.
  captureChildOutput(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
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
  return { child, url, output: () => output, exited };
}
