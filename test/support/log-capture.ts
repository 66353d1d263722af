import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { subscribe } from 'node:diagnostics_channel';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { threadId } from 'node:worker_threads';
import { pino, type Logger } from 'pino';
import { expect, inject } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { LOG_DIR_ENV } from './log-capture.reporter.js';

/**
 * What the graph says during the whole test run, kept for test/logs/no-personal-data.test.ts to scan:
 * - the application log of every test graph: the real logger (src/logger.ts, with its redaction and scrubbing) at
 *   trace level, one JSON-lines file per test file and worker (`log-*`);
 * - every error the graph returned to a client, whatever the client (`responses-*`);
 * - what processes the tests started (`npm start`) wrote to stdout and stderr (`child-*`);
 * - the secrets the test graphs held (`secrets-*`);
 * - console output of every test and of the code under test (`console.jsonl`), and the list of test files in the run
 *   (`run-files.txt`), both written by the reporter (test/support/log-capture.reporter.ts).
 * Any suite that starts a graph with startTestGraph() is covered without doing anything.
 */

/** This run's capture directory; undefined when the run captures nothing. */
export function logDir(): string | undefined {
  try {
    return inject('testLogDir');
  } catch {
    return process.env[LOG_DIR_ENV];
  }
}

/** The test file running now, relative to the repository (what `run-files.txt` lists). */
export function currentTestFile(): string {
  const path = expect.getState().testPath;
  return path ? relative(process.cwd(), path) : 'unknown';
}

const slug = (file: string) => file.replace(/[^A-Za-z0-9.]+/g, '_');
/** This worker's capture file of a kind for a test file (the contract checks write `contracts-*`, test/support/contracts/). */
export const workerFile = (dir: string, kind: 'log' | 'secrets' | 'responses' | 'child' | 'contracts', file = currentTestFile()) =>
  join(dir, `${kind}-${slug(file)}-${process.pid}-${threadId}.${kind === 'secrets' ? 'txt' : 'jsonl'}`);

const loggers = new Map<string, Logger>();

/** The logger test graphs use unless a test gives its own; silent when the run captures nothing. */
export function testLogger(): Logger {
  const dir = logDir();
  if (!dir) return pino({ level: 'silent' });
  const file = workerFile(dir, 'log');
  let logger = loggers.get(file);
  if (!logger) {
    logger = createLogger({ level: 'trace', destination: pino.destination({ dest: file, append: true, sync: true, mkdir: true }) });
    loggers.set(file, logger);
  }
  return logger;
}

/**
 * The real logger for a test that reads what it logs: every line goes to `lines` and to the run's captured log, so the
 * scan covers it too.
 */
export function capturingLogger(lines: string[]): Logger {
  const dir = logDir();
  const file = dir ? workerFile(dir, 'log') : undefined;
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(String(chunk));
      if (file) appendFileSync(file, chunk);
      done();
    },
  });
  return createLogger({ level: 'trace', destination });
}

/** Keeps what a process a test started (`npm start`'s src/main.ts) writes to stdout and stderr: its log and more. */
export function captureChildOutput(child: { stdout: Readable | null; stderr: Readable | null }): void {
  const dir = logDir();
  if (!dir) return;
  const file = workerFile(dir, 'child');
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => appendFileSync(file, chunk));
}

/** Notes a secret a test graph holds (an API key), so the scan can look for it. */
export function recordSecret(value: string): void {
  const dir = logDir();
  if (dir) appendFileSync(workerFile(dir, 'secrets'), `${value}\n`);
}

/** Graph servers (by port) whose answers are captured, with the test file that started each. */
const graphPorts = new Map<number, string>();

/** Captures every error a graph server listening at `url` returns to its clients (status >= 400 or `errors`). */
export function captureGraphResponses(url: string): void {
  graphPorts.set(Number(new URL(url).port), currentTestFile());
}

/** Forgets a closed graph server, so a port reused by a sandbox later is not taken for a graph. */
export function releaseGraphResponses(url: string): void {
  graphPorts.delete(Number(new URL(url).port));
}

subscribe('http.server.request.start', (message) => {
  const { request, response, server } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
  const port = (server.address() as AddressInfo | null)?.port;
  const graphOf = port === undefined ? undefined : graphPorts.get(port);
  const dir = logDir();
  // Token endpoints (the platform's /oauth2/token, the identity providers'): their opaque tokens become secrets to look for.
  const tokenEndpoint = !graphOf && /token/i.test(request.url?.split('?')[0] ?? '');
  if ((!graphOf && !tokenEndpoint) || !dir) return;
  const testFile = graphOf ?? currentTestFile();
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => (keep(chunk, encoding), write(chunk, encoding, cb))) as typeof response.write;
  response.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    keep(chunk, encoding);
    const body = Buffer.concat(chunks).toString('utf8');
    if (tokenEndpoint) {
      recordTokens(body);
      return end(chunk, encoding, cb);
    }
    const entry = errorsOf(body, response.statusCode);
    if (entry !== undefined) {
      appendFileSync(
        workerFile(dir, 'responses', testFile),
        `${JSON.stringify({ path: request.url?.split('?')[0], status: response.statusCode, errors: entry })}\n`,
      );
    }
    return end(chunk, encoding, cb);
  }) as typeof response.end;
});

function recordTokens(body: string): void {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    for (const key of ['access_token', 'refresh_token', 'id_token']) if (typeof parsed[key] === 'string') recordSecret(parsed[key]);
  } catch {
    // not a token answer
  }
}

/**
 * What a client was told went wrong: GraphQL `errors` (each streamed part's, and each result of a batch's), or the whole
 * body of a failed answer.
 */
function errorsOf(body: string, status: number): unknown {
  const errors: unknown[] = [];
  type Result = { errors?: unknown[]; incremental?: { errors?: unknown[] }[] };
  // A batch is one JSON array whose results Apollo separates with newlines; a streamed answer is one part per line.
  let parts = body.split(/\r?\n/);
  try {
    if (Array.isArray(JSON.parse(body))) parts = [body];
  } catch {
    // not one JSON document: read it line by line
  }
  for (const part of parts) {
    try {
      const parsed = JSON.parse(part) as Result | Result[];
      for (const result of Array.isArray(parsed) ? parsed : [parsed]) {
        if (Array.isArray(result?.errors)) errors.push(...result.errors);
        for (const inc of result?.incremental ?? []) if (Array.isArray(inc.errors)) errors.push(...inc.errors);
      }
    } catch {
      // not a JSON part (multipart boundaries, HTML)
    }
  }
  if (errors.length > 0) return errors;
  return status >= 400 ? body : undefined;
}

export interface CapturedRun {
  dir: string | undefined;
  /** Application log files: name, the test file that wrote it, and its text. */
  logs: { name: string; testFile: string; text: string }[];
  /** What processes the tests started wrote to stdout and stderr. */
  children: { name: string; testFile: string; text: string }[];
  /** Errors returned to clients, one JSON line each, with the test file whose graph answered. */
  responses: { name: string; testFile: string; text: string }[];
  /** Console output of the run (from the reporter), one JSON line each. */
  console: string;
  /** The test files of the run (from the reporter); undefined when the reporter did not run. */
  runFiles: string[] | undefined;
  secrets: string[];
}

/** Everything captured in this run so far. */
export function capturedRun(): CapturedRun {
  const dir = logDir();
  if (!dir || !existsSync(dir)) return { dir, logs: [], children: [], responses: [], console: '', runFiles: undefined, secrets: [] };
  const names = readdirSync(dir);
  const read = (n: string) => readFileSync(join(dir, n), 'utf8');
  const testFileOf = (n: string, kind: string) => n.slice(kind.length + 1).replace(/-\d+-\d+\.jsonl$/, '');
  const files = (kind: string) => names.filter((n) => n.startsWith(`${kind}-`)).map((name) => ({ name, testFile: testFileOf(name, kind), text: read(name) }));
  return {
    dir,
    logs: files('log'),
    children: files('child'),
    responses: files('responses'),
    console: names.includes('console.jsonl') ? read('console.jsonl') : '',
    runFiles: names.includes('run-files.txt') ? read('run-files.txt').split('\n').filter(Boolean) : undefined,
    secrets: names.filter((n) => n.startsWith('secrets-')).flatMap((n) => read(n).split('\n').filter(Boolean)),
  };
}

/** The name the capture files of a test file carry. */
export const captureSlug = slug;
