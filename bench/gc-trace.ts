/**
 * What the collector costs each target: the compiled graph (dist/, `npm run build` first) and the REST baseline each
 * serve scenario b against the bench's stand-in, with V8's collection trace on (`--trace-gc-nvp`), and this prints, per
 * request, their CPU (all threads and the main thread alone, from /proc), what they allocated and promoted, their
 * young-generation collections (scavenges) and the main thread's pauses for them, and their full collections.
 *
 * One client at a time (the default), a scavenge should find little alive and promote almost nothing; what it does
 * promote was kept by something that outlived its request (docs/performance.md, "Fourth pass"). With `--clients=50`
 * the requests in flight are what each scavenge finds alive, and the figures show how much of a target's CPU goes to
 * collecting what it allocates (docs/performance.md, "Seventh pass").
 *
 *   npx tsx bench/gc-trace.ts [--clients=N]      (FLOOR_QUICK=1: fewer requests, to check that it runs)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { request } from 'undici';
import { median as middle } from './percentile.js';
import { cpuMs, mainThreadCpuMs } from './processes.js';
import { COHORT, COHORT_SEARCH } from './scenarios.js';

const QUICK = process.env.FLOOR_QUICK === '1';
const CLIENTS = Number(process.argv.find((a) => a.startsWith('--clients='))?.slice('--clients='.length) ?? 1);
if (!Number.isInteger(CLIENTS) || CLIENTS < 1) throw new Error('--clients takes a whole number of at least 1');
const REQUESTS = (QUICK ? 150 : 1_500) * (CLIENTS > 1 ? 2 : 1);

interface Started {
  child: ChildProcess;
  ready: Record<string, unknown>;
  /** Each scavenge's figures, from the trace lines printed after the ready line. */
  scavenges: Record<string, string>[];
  fullCollections: number;
  /** Bytes allocated, summed over every collection's `allocated` (what was allocated since the one before). */
  allocated: number;
}

/** Starts `node [args]`, waits for its `bench-ready {json}` line, and collects its collection trace from then on. */
function start(args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const started: Partial<Started> = { child, scavenges: [], fullCollections: 0, allocated: 0 };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('bench-ready ')) {
        started.ready = JSON.parse(line.slice('bench-ready '.length)) as Record<string, unknown>;
        resolve(started as Started);
        return;
      }
      if (!started.ready || !/ gc=(s|mc) /.test(line)) return;
      const figures = Object.fromEntries([...line.matchAll(/(\S+)=(\S+)/g)].map((m) => [m[1], m[2]])) as Record<string, string>;
      started.allocated! += Number(figures.allocated ?? 0);
      if (figures.gc === 's') started.scavenges!.push(figures);
      else started.fullCollections! += 1;
    });
    child.once('exit', (code) => reject(new Error(`${args.at(-1)} exited with ${code} before it was ready`)));
  });
}

/** The median (bench/percentile.ts), 0 when there is nothing to take it of (no scavenge in a short run). */
const median = (xs: number[]): number => (xs.length > 0 ? middle(xs) : 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const auditDir = mkdtempSync(join(tmpdir(), 'nhs-graph-gc-'));
const sandbox = await start(['--import', 'tsx', 'bench/sandbox-process.ts'], { BENCH_LATENCY_MS: '0' });
const info = sandbox.ready as { control: string };
const { idToken } = (await (await request(`${info.control}/token?staff=clinician`)).body.json()) as { idToken: string };
const authorization = `Bearer ${idToken}`;
const env = { BENCH_SANDBOX: JSON.stringify(sandbox.ready), NODE_ENV: 'production', AUDIT_LOG_PATH: join(auditDir, 'audit.jsonl') };

const targets = [
  {
    label: 'nhs-graph (compiled)',
    args: ['--trace-gc-nvp', 'bench/graph-process.mjs'],
    send: (url: string) =>
      request(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: COHORT, variables: { search: COHORT_SEARCH } }),
      }),
  },
  {
    label: 'REST by hand',
    args: ['--trace-gc-nvp', '--import', 'tsx', 'bench/rest-process.ts'],
    send: (url: string) => {
      const { family, birthDateFrom: birthdateFrom, birthDateTo: birthdateTo } = COHORT_SEARCH;
      return request(`${url}/patients?${new URLSearchParams({ family, birthdateFrom, birthdateTo })}`, { headers: { authorization } });
    },
  },
];

console.log(
  '| target | clients | requests | CPU per request (all threads / main) | allocated per request | promoted per request | scavenges per request ' +
    '| promoted per scavenge (median) | pause (median) | pauses per request | full collections |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const children: ChildProcess[] = [sandbox.child];
/** `count` requests, `CLIENTS` at a time, each answer checked. */
async function serve(target: (typeof targets)[number], url: string, count: number, check: boolean): Promise<void> {
  let next = 0;
  const client = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      const res = await target.send(url);
      const text = await res.body.text();
      if (check && (res.statusCode !== 200 || text.includes('"errors"'))) throw new Error(`${target.label}: ${res.statusCode} ${text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
}
try {
  for (const target of targets) {
    const t = await start(target.args, env);
    children.push(t.child);
    const url = t.ready.url as string;
    const pid = t.child.pid!;
    // A warm-up, then the measured run: the trace of the warm-up is dropped. The run's first collection counts what was
    // allocated since the warm-up's last one: at most one young generation (about 5 KB a request over 3,000 requests).
    await serve(target, url, REQUESTS / 5, false);
    await new Promise((r) => setTimeout(r, 200));
    t.scavenges.length = 0;
    t.fullCollections = 0;
    t.allocated = 0;
    const cpuBefore = [cpuMs(pid) ?? 0, mainThreadCpuMs(pid) ?? 0];
    await serve(target, url, REQUESTS, true);
    const cpu = [(cpuMs(pid) ?? 0) - (cpuBefore[0] ?? 0), (mainThreadCpuMs(pid) ?? 0) - (cpuBefore[1] ?? 0)];
    await new Promise((r) => setTimeout(r, 200));
    const promoted = t.scavenges.map((s) => Number(s.promoted));
    const pauses = t.scavenges.map((s) => Number(s.pause));
    const perRequest = (x: number) => x / REQUESTS;
    const cells = [
      target.label,
      CLIENTS,
      REQUESTS,
      `${perRequest(cpu[0] ?? 0).toFixed(2)} / ${perRequest(cpu[1] ?? 0).toFixed(2)} ms`,
      kb(perRequest(t.allocated)),
      kb(perRequest(sum(promoted))),
      perRequest(t.scavenges.length).toFixed(3),
      kb(median(promoted)),
      `${median(pauses).toFixed(1)} ms`,
      `${((1000 * sum(pauses)) / REQUESTS).toFixed(0)} µs`,
      t.fullCollections,
    ];
    console.log(`| ${cells.join(' | ')} |`);
    t.child.kill('SIGTERM');
  }
} finally {
  // Every process this started stops, the measured ones too when a request failed.
  for (const child of children) child.kill('SIGTERM');
  rmSync(auditDir, { recursive: true, force: true });
}
console.log(
  `\nScenario b, ${CLIENTS === 1 ? 'one request at a time' : `${CLIENTS} clients at once`}, after ${REQUESTS / 5} warm-up requests; ` +
    "each process's own --trace-gc-nvp lines (allocated: summed over every collection's figure).",
);
process.exit(0);
