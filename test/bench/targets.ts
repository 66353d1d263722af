/**
 * What the benchmark measures: the graph (as shipped, and with DataLoader off), a hand-written REST orchestration of
 * the same upstream calls, and GraphQL Mesh over the same OpenAPI specs. Each is a child process serving HTTP on
 * loopback; a target says how to ask it each scenario's question and whether an answer is a good one.
 */
import { peakRss, resetPeak, startChild, type Child } from './processes.js';
import { COHORT_SEARCH, ERS_HEADERS, FULL_PICTURE_PATIENT, graphRequest, type ScenarioId } from './scenarios.js';

export interface SandboxInfo {
  origin: string;
  control: string;
  app: { apiKey: string; keyId: string; privateKeyPem: string };
  issuers: unknown[];
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export type Single = Exclude<ScenarioId, 'd'>;

export interface Target {
  id: string;
  label: string;
  url: string;
  pid: number;
  /** The scenarios it can answer (Mesh: only what its generated graph can express). */
  scenarios: Single[];
  request(s: Single, i: number, token: string): HttpRequest;
  /** The answer's data when it is a complete, error-free answer; undefined otherwise. */
  check(s: Single, status: number, body: string): { ok: boolean; data?: unknown; problem?: string };
  peakRss(): number | undefined;
  resetPeak(): void;
  stop(): Promise<void>;
  /** Why some scenarios cannot be run on it. */
  notes?: string;
}

/** The graph's JSON answer: ok when HTTP 200 with data and no errors. */
export function checkGraphQL(status: number, body: string): { ok: boolean; data?: unknown; problem?: string } {
  if (status !== 200) return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 300)}` };
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    if (parsed.errors?.length) return { ok: false, data: parsed.data, problem: parsed.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ').slice(0, 300) };
    return { ok: parsed.data != null, data: parsed.data };
  } catch {
    return { ok: false, problem: `not JSON: ${body.slice(0, 200)}` };
  }
}

function wrap(id: string, label: string, child: Child<{ url: string }>, rest: Pick<Target, 'scenarios' | 'request' | 'check'> & { notes?: string }): Target {
  return {
    id,
    label,
    url: child.ready.url,
    pid: child.pid,
    ...rest,
    peakRss: () => peakRss(child.pid),
    resetPeak: () => resetPeak(child.pid),
    stop: () => child.stop(),
  };
}

/**
 * The graph in its own process (test/bench/graph-process.ts) with the benchmark's settings: no cross-request cache of
 * reference data (every request makes its own upstream calls, like the alternatives), no Website Content rate limit.
 */
export async function startGraph(sandbox: SandboxInfo, patients: readonly string[], options: { batching: boolean; auditLogPath: string }): Promise<Target> {
  const child = await startChild<{ url: string }>('test/bench/graph-process.ts', {
    BENCH_SANDBOX: JSON.stringify(sandbox),
    DATALOADER: options.batching ? 'on' : 'off',
    ODS_CACHE_MAX_AGE_SECONDS: '0',
    CONTENT_CACHE_MAX_AGE_SECONDS: '0',
    CONTENT_RATE_LIMIT_PER_MINUTE: '100000',
    AUDIT_LOG_PATH: options.auditLogPath,
    NODE_ENV: 'production',
  });
  return wrap(options.batching ? 'graph' : 'graph-no-dataloader', options.batching ? 'nhs-graph' : 'nhs-graph, DATALOADER=off', child, {
    scenarios: ['a', 'b', 'c'],
    request(s, i, token) {
      const r = graphRequest(s, i, patients);
      return {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...r.headers },
        body: JSON.stringify({ query: r.query, variables: r.variables }),
      };
    },
    check: (_s, status, body) => checkGraphQL(status, body),
  });
}

/** The hand-written REST orchestration (test/bench/rest-process.ts). Its answers are JSON with HTTP 200. */
export async function startRest(sandbox: SandboxInfo, patients: readonly string[]): Promise<Target> {
  const child = await startChild<{ url: string }>('test/bench/rest-process.ts', { BENCH_SANDBOX: JSON.stringify(sandbox), NODE_ENV: 'production' });
  return wrap('rest', 'REST by hand (undici)', child, {
    scenarios: ['a', 'b', 'c'],
    request(s, i, token) {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (s === 'a') return { method: 'GET', path: `/patients/${patients[i % patients.length]}/summary`, headers };
      if (s === 'b') {
        const q = new URLSearchParams({ family: COHORT_SEARCH.family, birthdateFrom: COHORT_SEARCH.birthDateFrom, birthdateTo: COHORT_SEARCH.birthDateTo });
        return { method: 'GET', path: `/patients?${q}`, headers };
      }
      return { method: 'GET', path: `/patients/${FULL_PICTURE_PATIENT}/full-picture?from=2026-11-01&to=2026-12-31`, headers: { ...headers, ...ERS_HEADERS } };
    },
    check(_s, status, body) {
      if (status !== 200) return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 200)}` };
      try {
        return { ok: true, data: JSON.parse(body) };
      } catch {
        return { ok: false, problem: 'not JSON' };
      }
    },
  });
}
