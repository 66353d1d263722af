import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { createRegistration, graphEnvironment, type SandboxIdentity } from './registration.js';

/** The repository root: the graph's package (sandbox/src/ is two levels down). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATE_DIR = join(ROOT, 'var', 'sandbox');
const BUILD_STAMP = join(ROOT, 'dist', '.build-stamp');
/** How long to wait before starting a stand-in that exited again (it is restarted for as long as the launcher runs). */
const RESTART_DELAY_MS = 500;

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The newest modification time under the graph's sources (what `npm run build` compiles). */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'src'));
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json'])
    if (existsSync(join(ROOT, file))) newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  return newest;
}

/** Runs `npm run build` when dist/ is older than src/ (or missing). */
function buildIfStale(): void {
  if (existsSync(BUILD_STAMP) && statSync(BUILD_STAMP).mtimeMs >= newestSource()) return;
  say('compiling the graph (npm run build)...');
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

/** Forwards a child's stdout line by line, and calls `onLine` with each line. */
function lines(child: ChildProcess, prefix: string, onLine: (line: string) => void): void {
  createInterface({ input: child.stdout! }).on('line', (line) => {
    process.stdout.write(`${prefix}${line}\n`);
    onLine(line);
  });
}

/**
 * `npm start`: the local NHS stand-in and the graph, as two processes. It registers a fresh application with the
 * stand-in (a registration file under var/sandbox/: API key, RS512 key, the identity providers' keys, the graph's
 * relying party), starts the stand-in (port EMBEDDED_SANDBOX_PORT, 4001 by default), then the compiled graph
 * (`node dist/main.js`, built first when stale) configured like any NHS environment: NHS_API_ORIGIN, NHS_API_KEY,
 * NHS_KEY_ID, NHS_PRIVATE_KEY_FILE, NHS login and CIS2, PLAYGROUND_PERSONAS_URL. If the stand-in exits it is started
 * again on the same port with the same registration (so the graph's token and the JWKS it cached stay valid); the graph
 * keeps serving meanwhile (its calls fail as UPSTREAM errors). SIGINT or SIGTERM stops both; the exit code is the
 * graph's. NHS_GRAPH_FROM_SOURCE=on runs src/main.ts through tsx instead of dist/ (tests, no build).
 */
async function main(): Promise<void> {
  const fromSource = ['on', 'true', '1'].includes((process.env.NHS_GRAPH_FROM_SOURCE ?? '').toLowerCase());
  if (!fromSource) buildIfStale();

  mkdirSync(STATE_DIR, { recursive: true, mode: 0o700 });
  const { registration, appPrivateKeyPem } = await createRegistration();
  const registrationFile = join(STATE_DIR, `registration-${process.pid}.json`);
  const keyFile = join(STATE_DIR, `app-key-${process.pid}.pem`);
  writeFileSync(registrationFile, JSON.stringify(registration), { mode: 0o600 });
  writeFileSync(keyFile, appPrivateKeyPem, { mode: 0o600 });

  let stopping = false;
  let port = process.env.EMBEDDED_SANDBOX_PORT || '4001';
  let standIn: ChildProcess | undefined;
  let graph: ChildProcess | undefined;

  /** Starts the stand-in; resolves with its origin once it printed its ready line. */
  const startStandIn = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'sandbox/src/main.ts'), '--port', port, '--registration', registrationFile], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      standIn = child;
      let ready = false;
      lines(child, '[stand-in] ', (line) => {
        const match = /^NHS stand-in ready: (http:\/\/\S+)/.exec(line);
        if (match && !ready) {
          ready = true;
          // Later starts reuse the port this one got (EMBEDDED_SANDBOX_PORT=0 picks one the first time).
          port = new URL(match[1]!).port;
          resolve(match[1]!);
        }
      });
      child.once('exit', (code, signal) => {
        if (standIn === child) standIn = undefined;
        if (!ready) reject(new Error(`the NHS stand-in exited (${signal ?? code}) before it was ready`));
        else if (!stopping) {
          say(`[launcher] the NHS stand-in exited (${signal ?? code}): starting it again on port ${port} with the same registration`);
          setTimeout(() => void restart(), RESTART_DELAY_MS);
        }
      });
    });
  const restart = async (): Promise<void> => {
    if (stopping) return;
    try {
      await startStandIn();
      say('[launcher] the NHS stand-in is back');
    } catch (error) {
      say(`[launcher] ${(error as Error).message}; trying again`);
      setTimeout(() => void restart(), RESTART_DELAY_MS * 4);
    }
  };

  const origin = await startStandIn();
  const res = await request(`${origin}/_sandbox/identity`);
  const identity = (await res.body.json()) as SandboxIdentity;

  const entry = fromSource ? ['--import', 'tsx', join(ROOT, 'src/main.ts')] : [join(ROOT, 'dist/main.js')];
  graph = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: { ...process.env, ...graphEnvironment(identity, registration, keyFile) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let graphUrl: string | undefined;
  lines(graph, '', (line) => {
    graphUrl ??= /graph:\s+(http:\/\/\S+)\/graphql/.exec(line)?.[1];
    // The graph's ready block ends with the stand-in it calls: then both URLs, once.
    if (graphUrl && /^\s+NHS stand-in: /.test(line))
      say(
        `\n[launcher] two processes: the graph at ${graphUrl}/graphql (pid ${graph!.pid}), the NHS ` +
          `stand-in at ${origin} (pid ${standIn?.pid})\n[launcher] a token: npm run token -- staff clinician ` +
          `  |   npm run token -- --list   |   Ctrl-C stops both`,
      );
  });
  const graphExited = new Promise<number>((resolve) => graph!.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // A second signal: pass it on (the graph treats it as "now").
      graph?.kill(signal);
      return;
    }
    stopping = true;
    graph?.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  // The graph decides the exit: it drains first, then the stand-in it was calling stops.
  const code = await graphExited;
  stopping = true;
  const last = standIn;
  if (last) {
    const gone = new Promise((resolve) => last.once('exit', resolve));
    last.kill('SIGTERM');
    await gone;
  }
  for (const file of [registrationFile, keyFile]) rmSync(file, { force: true });
  process.exit(code);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${(error as Error).message}\n`);
  process.exit(1);
});
