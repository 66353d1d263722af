/**
 * What the benchmark measures: the graph (as shipped, and with DataLoader off), a hand-written REST orchestration of
 * the same upstream calls, and GraphQL Mesh over the same OpenAPI specs. Each is a child process serving HTTP on
 * loopback; a target says how to ask it each scenario's question and whether an answer is a good one.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './build.js';
import { cpuMs, mainThreadCpuMs, peakRss, ROOT, resetPeak, rss, startChild, type Child } from './processes.js';
import { type GrowthPatient, graphGrowthPatients, GROWTH_SIZES, growthProblem, growthQuery, growthVariables } from './growth.js';
import { appointmentWindow, COHORT_SEARCH, ERS_HEADERS, FULL_PICTURE_PATIENT, graphRequest, type SingleId } from './scenarios.js';

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

export type Single = SingleId;

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
  rss(): number | undefined;
  /** CPU ms the target's process has used so far, all its threads. */
  cpuMs(): number | undefined;
  /** CPU ms its main thread (the event loop) has used so far. */
  mainThreadCpuMs(): number | undefined;
  stop(): Promise<void>;
  /** Why some scenarios cannot be run on it. */
  notes?: string;
  /** Scenario n (cost growth): the request for these patients, and the patients of an answer when it is complete. */
  growth?: GrowthTarget;
}

export interface GrowthTarget {
  request(nhsNumbers: readonly string[], token: string): HttpRequest;
  check(nhsNumbers: readonly string[], status: number, body: string): { ok: boolean; patients?: GrowthPatient[]; problem?: string };
}

/**
 * The graph's query limits raised for scenario n (N aliases of `patient`, 3 upstream calls each at most) as a deployment
 * serving such queries would set them: the defaults (20 aliases, cost 500, 5,000 tokens) refuse N = 200.
 */
export function growthLimitsEnv(sizes: readonly number[] = GROWTH_SIZES): Record<string, string> {
  const n = Math.max(...sizes);
  return { MAX_QUERY_ALIASES: String(Math.max(20, n)), MAX_QUERY_COST: String(Math.max(500, 3 * n)), MAX_QUERY_TOKENS: String(Math.max(5_000, 40 * n)) };
}
/** The graph's JSON answer: ok when HTTP 200 with data and no errors. */
export function checkGraphQL(status: number, body: string): { ok: boolean; data?: unknown; problem?: string } {
  if (status !== 200) return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 300)}` };
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    if (parsed.errors?.length)
      return {
        ok: false,
        data: parsed.data,
        problem: parsed.errors
          .map((e) => `${e.extensions?.code ?? ''} ${e.message}`)
          .join('; ')
          .slice(0, 300),
      };
    return { ok: parsed.data != null, data: parsed.data };
  } catch {
    return { ok: false, problem: `not JSON: ${body.slice(0, 200)}` };
  }
}

function wrap(
  id: string,
  label: string,
  child: Child<{ url: string }>,
  rest: Pick<Target, 'scenarios' | 'request' | 'check'> & { notes?: string; growth?: GrowthTarget },
): Target {
  return {
    id,
    label,
    url: child.ready.url,
    pid: child.pid,
    ...rest,
    peakRss: () => peakRss(child.pid),
    resetPeak: () => resetPeak(child.pid),
    rss: () => rss(child.pid),
    cpuMs: () => cpuMs(child.pid),
    mainThreadCpuMs: () => mainThreadCpuMs(child.pid),
    stop: () => child.stop(),
  };
}

/**
 * The compiled graph (dist/, built first when stale: bench/build.ts) in its own process (bench/graph-process.mjs, plain
 * node, no tsx) with the benchmark's settings: no cross-request cache of
 * reference data (every request makes its own upstream calls, like the alternatives), no Website Content rate limit.
 */
export async function startGraph(
  sandbox: SandboxInfo,
  patients: readonly string[],
  options: { batching: boolean; auditLogPath: string; nodeArgs?: string[]; growthSizes?: readonly number[] },
): Promise<Target> {
  ensureBuilt();
  const child = await startChild<{ url: string }>(
    'bench/graph-process.mjs',
    {
      BENCH_SANDBOX: JSON.stringify(sandbox),
      DATALOADER: options.batching ? 'on' : 'off',
      ODS_CACHE_MAX_AGE_SECONDS: '0',
      CONTENT_CACHE_MAX_AGE_SECONDS: '0',
      CONTENT_RATE_LIMIT_PER_MINUTE: '100000',
      AUDIT_LOG_PATH: options.auditLogPath,
      NODE_ENV: 'production',
      ...growthLimitsEnv(options.growthSizes),
    },
    { nodeArgs: options.nodeArgs ?? [], tsx: false },
  );
  const queries = new Map<number, string>();
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
    growth: {
      request(nhsNumbers, token) {
        let query = queries.get(nhsNumbers.length);
        if (!query) queries.set(nhsNumbers.length, (query = growthQuery(nhsNumbers.length)));
        return {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: growthVariables(nhsNumbers) }),
        };
      },
      check(nhsNumbers, status, body) {
        const checked = checkGraphQL(status, body);
        if (!checked.ok) return { ok: false, ...(checked.problem ? { problem: checked.problem } : {}) };
        const patients = graphGrowthPatients(checked.data, nhsNumbers.length);
        const problem = growthProblem(patients, nhsNumbers);
        return problem ? { ok: false, problem } : { ok: true, patients: patients! };
      },
    },
  });
}

/** The hand-written REST orchestration (bench/rest-process.ts). Its answers are JSON with HTTP 200. */
export async function startRest(sandbox: SandboxInfo, patients: readonly string[]): Promise<Target> {
  const child = await startChild<{ url: string }>('bench/rest-process.ts', { BENCH_SANDBOX: JSON.stringify(sandbox), NODE_ENV: 'production' });
  return wrap('rest', 'REST by hand (undici)', child, {
    scenarios: ['a', 'b', 'c'],
    request(s, i, token) {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (s === 'a') return { method: 'GET', path: `/patients/${patients[i % patients.length]}/summary`, headers };
      if (s === 'b') {
        const q = new URLSearchParams({ family: COHORT_SEARCH.family, birthdateFrom: COHORT_SEARCH.birthDateFrom, birthdateTo: COHORT_SEARCH.birthDateTo });
        return { method: 'GET', path: `/patients?${q}`, headers };
      }
      return {
        method: 'GET',
        path: `/patients/${FULL_PICTURE_PATIENT}/full-picture?${new URLSearchParams(appointmentWindow())}`,
        headers: { ...headers, ...ERS_HEADERS },
      };
    },
    check(_s, status, body) {
      if (status !== 200) return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 200)}` };
      try {
        return { ok: true, data: JSON.parse(body) };
      } catch {
        return { ok: false, problem: 'not JSON' };
      }
    },
    growth: {
      request: (nhsNumbers, token) => ({
        method: 'GET',
        path: `/patient-summaries?${new URLSearchParams({ nhsNumbers: nhsNumbers.join(',') })}`,
        headers: { authorization: `Bearer ${token}` },
      }),
      check(nhsNumbers, status, body) {
        if (status !== 200) return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 200)}` };
        let parsed: { patients?: { nhsNumber: string; registeredGp: GrowthPatient['gp']; nominatedPharmacy: GrowthPatient['pharmacy'] }[] };
        try {
          parsed = JSON.parse(body);
        } catch {
          return { ok: false, problem: 'not JSON' };
        }
        const patients = parsed.patients?.map((p) => ({ nhsNumber: p.nhsNumber, gp: p.registeredGp, pharmacy: p.nominatedPharmacy }));
        const problem = growthProblem(patients, nhsNumbers);
        return problem ? { ok: false, problem } : { ok: true, patients: patients! };
      },
    },
  });
}

const MESH_DIR = join(ROOT, 'bench/mesh');

const MESH_PATIENT = /* GraphQL */ `query PatientWithPractice($n: String!, $r: RequestID_parameter!) {
  get_patient(id: $n, X_Request_ID: $r) {
    ... on Patient {
      id meta { versionId security { code } }
      name { given family }
      registeredGp { id name }
      nominatedPharmacy { id name }
    }
    ... on OperationOutcome { issue { code diagnostics } }
  }
}`;
const MESH_COHORT = /* GraphQL */ `query Cohort($family: String!, $birthdate: [String], $r: RequestID_parameter!) {
  search_patient(family: $family, birthdate: $birthdate, X_Request_ID: $r) {
    ... on PatientSearch { total entry { search { score } resource { id registeredGp { id name } } } }
    ... on OperationOutcome { issue { code diagnostics } }
  }
}`;

/** What GraphQL Mesh cannot do of scenario c, found by trying (docs/bench.md). */
export const MESH_C_NOTE =
  'Scenario c is not measured on Mesh. mesh-compose composes nine of the ten specs (PDS, ODS, ' +
  'SDS, GP Connect structured/documents/appointments, e-RS, WLMDS, Website Content) but not the ' +
  "EPS tracker's " +
  '(its spec references schemas/resources/prescriptionSearchBundle.json, which the published spec folder does not contain: ENOENT). ' +
  "What the generated graph cannot express without hand-written gateway code equal to the graph's " +
  "resolvers: GP Connect's per-call signed audit JWT and Ssp-* headers addressed through SDS " +
  "(Endpoint and Device look-ups per practice and capability), the structured record's FHIR Parameters " +
  "POST body, e-RS's worklist filtered to one patient and its HealthcareService -> ODS chain, " +
  "the tracker's CIS2 session headers, and matching a medication to an nhs.uk page through the " +
  'A-Z listings. Links that are only a code inside FHIR (a practice, a pharmacy in an extension ' +
  'typed JSON) ' +
  'need additionalResolvers even for a and b (bench/mesh/gateway.mjs).';

/**
 * GraphQL Mesh: mesh-compose over the PDS and ODS OpenAPI specs, served by Hive Gateway (bench/mesh/). Its
 * packages are installed on first use (npm ci in bench/mesh, about 30 s) and kept out of the project's own tree.
 */
export async function startMesh(sandbox: SandboxInfo, patients: readonly string[], workDir: string, log: (line: string) => void): Promise<Target> {
  if (!existsSync(join(MESH_DIR, 'node_modules/@graphql-hive/gateway-runtime'))) {
    log('installing GraphQL Mesh into bench/mesh (npm ci)');
    await run('npm', ['ci', '--no-audit', '--no-fund'], MESH_DIR, {});
  }
  const supergraph = join(workDir, 'supergraph.graphql');
  await run(process.execPath, [join(MESH_DIR, 'node_modules/@graphql-mesh/compose-cli/esm/bin.js'), '-c', 'mesh.config.mjs', '-o', supergraph], MESH_DIR, {
    MESH_SANDBOX_ORIGIN: sandbox.origin,
  });
  const child = await startChild<{ url: string }>('bench/mesh/gateway.mjs', {
    BENCH_SANDBOX: JSON.stringify(sandbox),
    MESH_SUPERGRAPH: supergraph,
    NODE_ENV: 'production',
  });
  return wrap('mesh', 'GraphQL Mesh (Hive Gateway)', child, {
    scenarios: ['a', 'b'],
    notes: MESH_C_NOTE,
    request(s, i, token) {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const body =
        s === 'a'
          ? { query: MESH_PATIENT, variables: { n: patients[i % patients.length], r: randomUUID() } }
          : {
              query: MESH_COHORT,
              variables: { family: COHORT_SEARCH.family, birthdate: [`ge${COHORT_SEARCH.birthDateFrom}`, `le${COHORT_SEARCH.birthDateTo}`], r: randomUUID() },
            };
      return { method: 'POST', path: '/graphql', headers, body: JSON.stringify(body) };
    },
    check(s, status, body) {
      const checked = checkGraphQL(status, body);
      if (!checked.ok) return checked;
      const data = checked.data as {
        get_patient?: { id?: string; registeredGp?: { name?: string } };
        search_patient?: { total?: number; entry?: { resource?: { registeredGp?: { name?: string } } }[] };
      };
      const complete =
        s === 'a'
          ? Boolean(data.get_patient?.id && data.get_patient.registeredGp?.name)
          : data.search_patient?.total === 50 && (data.search_patient.entry ?? []).every((e) => e.resource?.registeredGp?.name);
      return complete ? checked : { ok: false, data, problem: `incomplete answer: ${body.slice(0, 200)}` };
    },
  });
}

/** Runs a command to completion; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4_000)));
    child.stderr!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4_000)));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${output}`))));
  });
}
