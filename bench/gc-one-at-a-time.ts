/**
 * What outlives a request: the compiled graph (dist/, `npm run build` first) and the REST baseline each serve scenario b
 * one request at a time against the bench's stand-in, with V8's collection trace on (`--trace-gc-nvp`), and this prints
 * what their young-generation collections (scavenges) kept. With one request in flight, a scavenge should find little
 * alive and promote almost nothing; what it does promote was kept by something that outlived its request
 * (docs/performance.md, "Fourth pass").
 *
 *   npx tsx bench/gc-one-at-a-time.ts      (FLOOR_QUICK=1: fewer requests, to check that it runs)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { request } from 'undici';
import { COHORT, COHORT_SEARCH } from './scenarios.js';

const QUICK = process.env.FLOOR_QUICK === '1';
const REQUESTS = QUICK ? 150 : 1_500;

interface Started {
  child: ChildProcess;
  ready: Record<string, unknown>;
  /** Each scavenge's figures, from the trace lines printed after the ready line. */
  scavenges: Record<string, string>[];
  fullCollections: number;
}

/** Starts `node [args]`, waits for its `bench-ready {json}` line, and collects its collection trace from then on. */
function start(args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const started: Partial<Started> = { child, scavenges: [], fullCollections: 0 };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('bench-ready ')) {
        started.ready = JSON.parse(line.slice('bench-ready '.length)) as Record<string, unknown>;
        resolve(started as Started);
      } else if (started.ready && line.includes(' gc=s ')) {
        started.scavenges!.push(Object.fromEntries([...line.matchAll(/(\S+)=(\S+)/g)].map((m) => [m[1], m[2]])) as Record<string, string>);
      } else if (started.ready && line.includes(' gc=mc ')) started.fullCollections! += 1;
    });
    child.once('exit', (code) => reject(new Error(`${args.at(-1)} exited with ${code} before it was ready`)));
  });
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

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

console.log('| target | requests | scavenges | promoted per scavenge (median) | pause (median) | pauses per request | full collections |');
console.log('|---|---|---|---|---|---|---|');
const children: ChildProcess[] = [sandbox.child];
try {
  for (const target of targets) {
    const t = await start(target.args, env);
    children.push(t.child);
    const url = t.ready.url as string;
    // A warm-up, then the measured run: the trace of the warm-up is dropped.
    for (let i = 0; i < REQUESTS / 5; i++) await (await target.send(url)).body.dump();
    t.scavenges.length = 0;
    t.fullCollections = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const res = await target.send(url);
      const text = await res.body.text();
      if (res.statusCode !== 200 || text.includes('"errors"')) throw new Error(`${target.label}: ${res.statusCode} ${text.slice(0, 200)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
    const promoted = median(t.scavenges.map((s) => Number(s.promoted))) / 1024;
    const pauses = t.scavenges.map((s) => Number(s.pause));
    const total = pauses.reduce((a, b) => a + b, 0);
    console.log(
      `| ${target.label} | ${REQUESTS} | ${t.scavenges.length} | ${Math.round(promoted)} KB | ${median(pauses).toFixed(1)} ms | ` +
        `${((1000 * total) / REQUESTS).toFixed(0)} µs | ${t.fullCollections} |`,
    );
    t.child.kill('SIGTERM');
  }
} finally {
  // Every process this started stops, the measured ones too when a request failed.
  for (const child of children) child.kill('SIGTERM');
  rmSync(auditDir, { recursive: true, force: true });
}
console.log(`\nScenario b, one request at a time, after ${REQUESTS / 5} warm-up requests; each process's own --trace-gc-nvp lines.`);
process.exit(0);
