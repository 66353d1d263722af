/**
 * The load test, as a function: starts the graph under load (graph-process.ts, its own process on loopback), warms it,
 * makes one source fail a share of its requests, and drives signed-in callers' patient queries at it: a CIS2 clinician
 * reading any patient, and P9 citizens reading their own record. `npm run test:load` runs it at full size
 * (run.ts); test/security/load-bounded.test.ts runs it in `npm test` with a few clients for a few seconds and a capped
 * number of requests.
 *
 * It passes when the graph never crashes, every answer is well-formed GraphQL with only the closed list of error codes,
 * no signed-in caller is refused as UNAUTHENTICATED, the failing source was called and its failures reached callers as
 * coded upstream errors while other answers still carried the patient, every answer with a patient has its audit
 * record, and (when measured) its heap after the load and a GC is back near the baseline.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Agent, request, type Dispatcher } from 'undici';
import { ERROR_CODES } from '../../src/errors.js';

export interface LoadOptions {
  clients: number;
  durationMs: number;
  /** Stop after this many requests in the loaded phase, however long it has run. */
  maxRequests?: number;
  failing: { api: string; rate: number; status: number };
  /** Citizens signed in (each reads only their own record); every fifth request is a citizen's. */
  citizens?: number;
  /** Measure the heap before and after (GC, settle time): off for the short form, whose numbers would be noise. */
  memory?: boolean;
  warmup?: { clients: number; durationMs: number };
}

const QUERY = `query($n: NhsNumber!) {
  patient(nhsNumber: $n) {
    nhsNumber
    registeredGp { odsCode name spineEndpoints(interaction: "urn:nhs:names:services:psis:REPC_IN150016UK05") { address } }
    waitingList { pathwayId }
  }
  healthContent(path: "/conditions/acne/") { name }
}`;
const UPSTREAM_FAILURES = new Set(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_ERROR', 'UPSTREAM_TIMEOUT']);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Memory {
  rss: number;
  heapUsed: number;
  breakers: Record<string, string>;
  sandboxCalls: Record<string, number>;
}

interface Started {
  url: string;
  nhsNumbers: string[];
  clinician: string;
  citizens: { nhsNumber: string; token: string }[];
}

export interface Tally {
  requests: number;
  byStatus: Record<number, number>;
  /** Answers that carried the patient asked for. */
  withData: number;
  withErrors: number;
  errorCodes: Record<string, number>;
  /** Answers whose patient field failed with an upstream error code (the injected failures reaching a caller). */
  patientUpstreamFailures: number;
  malformed: number;
  networkErrors: number;
  latencies: number[];
  /** Request ids of the answers that carried a patient (each must have its audit record). */
  answeredIds: string[];
}

export interface LoadReport {
  tally: Tally;
  elapsedSeconds: number;
  /** Calls the failing API received while it was failing. */
  failingApiCalls: number;
  /** Answers with a patient whose request has no audit record. */
  unaudited: number;
  problems: string[];
  lines: string[];
}

interface GraphBody {
  data?: { patient?: { nhsNumber?: string } | null } | null;
  errors?: { path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Runs the load test; resolves with its figures and the problems found (none: passed). */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/load/graph-process.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOAD_CITIZENS: String(options.citizens ?? 10) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let crashed: string | undefined;
  child.once('exit', (code, signal) => {
    crashed = `the graph process exited (code ${code}, signal ${signal})`;
  });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', () => reject(new Error(crashed)));
  });
  const started = JSON.parse(first) as Started;
  const dispatcher = new Agent({ connections: options.clients, keepAliveTimeout: 30_000 });
  try {
    return await measure(started, options, dispatcher, () => crashed);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await dispatcher.close();
  }
}

async function measure(started: Started, options: LoadOptions, dispatcher: Dispatcher, crashed: () => string | undefined): Promise<LoadReport> {
  const { url } = started;
  const get = async <T>(path: string, method: 'GET' | 'POST' = 'GET'): Promise<T> =>
    (await (await request(`${url}${path}`, { method, dispatcher })).body.json()) as T;
  const memory = (gc: boolean) => get<Memory>(`/_load/memory?gc=${gc ? 1 : 0}`);
  const settled = async (): Promise<Memory> => {
    // Two GCs a little apart: finalizers and closed sockets release memory in a second pass.
    await memory(true);
    await sleep(1_000);
    return memory(true);
  };
  const { failing } = options;

  const warmup = options.warmup ?? { clients: 50, durationMs: 3_000 };
  await drive(started, dispatcher, warmup.clients, warmup.durationMs, undefined, crashed);
  const baseline = options.memory === false ? await memory(false) : await settled();
  await get(`/_load/fault?api=${failing.api}&rate=${failing.rate}&status=${failing.status}`, 'POST');
  const callsBefore = (await memory(false)).sandboxCalls[failing.api] ?? 0;

  let peak = baseline;
  const sampler = setInterval(() => {
    memory(false)
      .then((m) => {
        if (m.rss > peak.rss) peak = m;
      })
      .catch(() => {});
  }, 2_000);
  const startedAt = performance.now();
  const tally = await drive(started, dispatcher, options.clients, options.durationMs, options.maxRequests, crashed);
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  clearInterval(sampler);
  const failingApiCalls = ((await memory(false)).sandboxCalls[failing.api] ?? 0) - callsBefore;

  await get(`/_load/fault?api=${failing.api}&rate=0`, 'POST');
  const { requestIds } = await get<{ requestIds: string[] }>('/_load/audited');
  const audited = new Set(requestIds);
  const unaudited = tally.answeredIds.filter((id) => !audited.has(id)).length;
  let after: Memory;
  if (options.memory === false) after = await memory(false);
  else {
    await sleep(3_000);
    after = await settled();
  }
  const check = await query(started, dispatcher, started.nhsNumbers[0] as string, started.clinician);

  const problems = judge(tally, { crashed: crashed(), failingApiCalls, unaudited, check, failing: failing.api });
  const heapGrowth = after.heapUsed - baseline.heapUsed;
  if (options.memory !== false && heapGrowth > Math.max(16 * 1024 * 1024, baseline.heapUsed * 0.25)) {
    problems.push(`heap did not return to baseline: ${mb(baseline.heapUsed)} -> ${mb(after.heapUsed)}`);
  }
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const lines = [
    `load: ${options.clients} clients for ${elapsedSeconds.toFixed(1)} s${options.maxRequests ? ` (at most ${options.maxRequests} requests)` : ''}, ` +
      `${failing.api} failing ${failing.rate * 100}% of its requests with ${failing.status}; signed ` +
      `in: a CIS2 clinician and ${started.citizens.length} P9 citizens`,
    `requests: ${tally.requests} (${(tally.requests / elapsedSeconds).toFixed(0)}/s); HTTP status ${JSON.stringify(tally.byStatus)}`,
    `answers with the patient: ${tally.withData}; patient failed upstream (coded): ${tally.patientUpstreamFailures}; ` +
      `with errors: ${tally.withErrors} ${JSON.stringify(tally.errorCodes)}`,
    `${failing.api} calls while failing: ${failingApiCalls}; answers with a patient and no audit record: ${unaudited}`,
    `latency ms: p50 ${percentile(sorted, 50).toFixed(0)}, p90 ${percentile(sorted, 90).toFixed(0)}, ` +
      `p99 ${percentile(sorted, 99).toFixed(0)}, max ${percentile(sorted, 100).toFixed(0)}`,
    `upstream calls (sandbox): ${JSON.stringify(after.sandboxCalls)}; breakers at the end: ${JSON.stringify(after.breakers)}`,
    options.memory === false
      ? 'memory: not measured (short form)'
      : `memory: heap ${mb(baseline.heapUsed)} before, ${mb(after.heapUsed)} after (GC); rss ${mb(baseline.rss)} ` +
        `before, peak ${mb(peak.rss)}, ${mb(after.rss)} after`,
    problems.length ? `FAILED:\n  ${problems.join('\n  ')}` : 'passed: no crash, failures exercised and coded, every answer well-formed and audited',
  ];
  return { tally, elapsedSeconds, failingApiCalls, unaudited, problems, lines };
}

function judge(
  tally: Tally,
  seen: { crashed: string | undefined; failingApiCalls: number; unaudited: number; check: GraphBody | undefined; failing: string },
): string[] {
  const problems: string[] = [];
  if (seen.crashed) problems.push(seen.crashed);
  if (tally.malformed > 0) problems.push(`${tally.malformed} answers were not JSON`);
  if (tally.networkErrors > 0) problems.push(`${tally.networkErrors} requests failed at the socket`);
  const unknown = Object.keys(tally.errorCodes).filter((c) => !(ERROR_CODES as readonly string[]).includes(c));
  if (unknown.length > 0) problems.push(`error codes outside the closed list: ${unknown.join(', ')}`);
  if (tally.errorCodes.UNAUTHENTICATED) problems.push(`${tally.errorCodes.UNAUTHENTICATED} signed-in requests were refused as UNAUTHENTICATED`);
  if (seen.failingApiCalls === 0) problems.push(`${seen.failing} was never called while failing: the failure was not exercised`);
  if (tally.patientUpstreamFailures === 0) problems.push(`no caller saw ${seen.failing}'s failures as a coded upstream error`);
  if (tally.withData === 0) problems.push('no answer carried the patient');
  if (seen.unaudited > 0) problems.push(`${seen.unaudited} answers carried a patient with no audit record`);
  if (seen.check?.data?.patient?.nhsNumber === undefined || seen.check.errors) problems.push('the graph did not answer a plain query correctly after the load');
  return problems;
}

async function query(started: Started, dispatcher: Dispatcher, nhsNumber: string, token: string): Promise<GraphBody | undefined> {
  const res = await request(`${started.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, variables: { n: nhsNumber } }),
    dispatcher,
  });
  const text = await res.body.text();
  try {
    return JSON.parse(text) as GraphBody;
  } catch {
    return undefined;
  }
}

async function drive(
  started: Started,
  dispatcher: Dispatcher,
  clients: number,
  durationMs: number,
  maxRequests: number | undefined,
  crashed: () => string | undefined,
): Promise<Tally> {
  const tally: Tally = {
    requests: 0,
    byStatus: {},
    withData: 0,
    withErrors: 0,
    errorCodes: {},
    patientUpstreamFailures: 0,
    malformed: 0,
    networkErrors: 0,
    latencies: [],
    answeredIds: [],
  };
  const until = performance.now() + durationMs;
  let next = 0;
  const client = async () => {
    while (performance.now() < until && !crashed() && (maxRequests === undefined || next < maxRequests)) {
      const i = next++;
      // Every fifth request is a citizen reading their own record; the rest a clinician reading any patient.
      const citizen = i % 5 === 0 && started.citizens.length > 0 ? started.citizens[(i / 5) % started.citizens.length] : undefined;
      const nhsNumber = citizen?.nhsNumber ?? (started.nhsNumbers[i % started.nhsNumbers.length] as string);
      const begun = performance.now();
      try {
        const res = await request(`${started.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen?.token ?? started.clinician}` },
          body: JSON.stringify({ query: QUERY, variables: { n: nhsNumber } }),
          dispatcher,
        });
        const text = await res.body.text();
        tally.latencies.push(performance.now() - begun);
        tally.requests++;
        tally.byStatus[res.statusCode] = (tally.byStatus[res.statusCode] ?? 0) + 1;
        let body: GraphBody;
        try {
          body = JSON.parse(text) as GraphBody;
        } catch {
          tally.malformed++;
          continue;
        }
        if (body.data?.patient?.nhsNumber === nhsNumber) {
          tally.withData++;
          tally.answeredIds.push(String(res.headers['x-request-id']));
        }
        if (body.errors?.length) {
          tally.withErrors++;
          for (const e of body.errors) tally.errorCodes[String(e.extensions?.code)] = (tally.errorCodes[String(e.extensions?.code)] ?? 0) + 1;
          if (body.errors.some((e) => e.path?.[0] === 'patient' && e.path.length === 1 && UPSTREAM_FAILURES.has(String(e.extensions?.code))))
            tally.patientUpstreamFailures++;
        }
      } catch {
        tally.networkErrors++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return tally;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
