/**
 * Bounded load test (npm run test:load): 500 concurrent clients for 30 s on loopback against a graph whose PDS fails
 * half its requests with 503. Passes when the graph never crashes, every answer is a well-formed GraphQL response, and
 * its heap after the load (and a GC) is back near the baseline measured before it. Prints the figures.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 500);
const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 30) * 1000;
const FAILING = { api: process.env.LOAD_FAILING_API ?? 'pds', rate: Number(process.env.LOAD_FAIL_RATE ?? 0.5), status: 503 };
const QUERY = `query($n: NhsNumber!) {
  patient(nhsNumber: $n) {
    nhsNumber
    registeredGp { odsCode name spineEndpoints(interaction: "urn:nhs:names:services:psis:REPC_IN150016UK05") { address } }
    waitingList { pathwayId }
  }
  healthContent(path: "/conditions/acne/") { name }
}`;

interface Memory {
  rss: number;
  heapUsed: number;
  breakers: Record<string, string>;
  sandboxCalls: Record<string, number>;
}

const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/load/graph-process.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
let crashed: string | undefined;
child.once('exit', (code, signal) => {
  crashed = `the graph process exited (code ${code}, signal ${signal})`;
});
const first = await new Promise<string>((resolve, reject) => {
  createInterface({ input: child.stdout! }).once('line', resolve);
  child.once('exit', () => reject(new Error(crashed)));
});
const { url, nhsNumbers } = JSON.parse(first) as { url: string; nhsNumbers: string[] };
const dispatcher = new Agent({ connections: CLIENTS, keepAliveTimeout: 30_000 });

async function memory(gc: boolean): Promise<Memory> {
  const res = await request(`${url}/_load/memory?gc=${gc ? 1 : 0}`, { dispatcher });
  return (await res.body.json()) as Memory;
}

async function settled(): Promise<Memory> {
  // Two GCs a little apart: finalizers and closed sockets release memory in a second pass.
  await memory(true);
  await sleep(1_000);
  return memory(true);
}

interface Tally {
  requests: number;
  byStatus: Record<number, number>;
  withData: number;
  withErrors: number;
  errorCodes: Record<string, number>;
  malformed: number;
  networkErrors: number;
  latencies: number[];
}

async function drive(clients: number, durationMs: number): Promise<Tally> {
  const tally: Tally = { requests: 0, byStatus: {}, withData: 0, withErrors: 0, errorCodes: {}, malformed: 0, networkErrors: 0, latencies: [] };
  const until = performance.now() + durationMs;
  let next = 0;
  const client = async () => {
    while (performance.now() < until && !crashed) {
      const n = nhsNumbers[next++ % nhsNumbers.length];
      const started = performance.now();
      try {
        const res = await request(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY, variables: { n } }),
          dispatcher,
        });
        const text = await res.body.text();
        tally.latencies.push(performance.now() - started);
        tally.requests++;
        tally.byStatus[res.statusCode] = (tally.byStatus[res.statusCode] ?? 0) + 1;
        try {
          const body = JSON.parse(text) as { data?: { patient?: unknown }; errors?: { extensions?: { code?: string } }[] };
          if (body.data?.patient) tally.withData++;
          if (body.errors?.length) {
            tally.withErrors++;
            for (const e of body.errors) tally.errorCodes[String(e.extensions?.code)] = (tally.errorCodes[String(e.extensions?.code)] ?? 0) + 1;
          }
        } catch {
          tally.malformed++;
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

await drive(50, 3_000);
const baseline = await settled();
await request(`${url}/_load/fault?api=${FAILING.api}&rate=${FAILING.rate}&status=${FAILING.status}`, { method: 'POST', dispatcher });

let peak = baseline;
const sampler = setInterval(() => {
  memory(false)
    .then((m) => {
      if (m.rss > peak.rss) peak = m;
    })
    .catch(() => {});
}, 2_000);
const started = performance.now();
const tally = await drive(CLIENTS, DURATION_MS);
const elapsed = (performance.now() - started) / 1000;
clearInterval(sampler);

await request(`${url}/_load/fault?api=${FAILING.api}&rate=0`, { method: 'POST', dispatcher });
await sleep(3_000);
const after = await settled();
const check = await request(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: QUERY, variables: { n: nhsNumbers[0] } }),
  dispatcher,
});
const checkBody = (await check.body.json()) as { data?: { patient?: { nhsNumber?: string } }; errors?: unknown[] };

const sorted = tally.latencies.sort((a, b) => a - b);
const heapGrowth = after.heapUsed - baseline.heapUsed;
const problems: string[] = [];
if (crashed) problems.push(crashed);
if (tally.malformed > 0) problems.push(`${tally.malformed} answers were not JSON`);
if (tally.networkErrors > 0) problems.push(`${tally.networkErrors} requests failed at the socket`);
if (heapGrowth > Math.max(16 * 1024 * 1024, baseline.heapUsed * 0.25)) problems.push(`heap did not return to baseline: ${mb(baseline.heapUsed)} -> ${mb(after.heapUsed)}`);
if (checkBody.data?.patient?.nhsNumber !== nhsNumbers[0] || checkBody.errors) problems.push('the graph did not answer a plain query correctly after the load');

process.stdout.write(
  [
    `load: ${CLIENTS} clients for ${elapsed.toFixed(1)} s, ${FAILING.api} failing ${FAILING.rate * 100}% of its requests with ${FAILING.status}`,
    `requests: ${tally.requests} (${(tally.requests / elapsed).toFixed(0)}/s); HTTP status ${JSON.stringify(tally.byStatus)}`,
    `answers with the patient: ${tally.withData}; with errors: ${tally.withErrors} ${JSON.stringify(tally.errorCodes)}`,
    `latency ms: p50 ${percentile(sorted, 50).toFixed(0)}, p90 ${percentile(sorted, 90).toFixed(0)}, p99 ${percentile(sorted, 99).toFixed(0)}, max ${percentile(sorted, 100).toFixed(0)}`,
    `upstream calls (sandbox): ${JSON.stringify(after.sandboxCalls)}; breakers at the end: ${JSON.stringify(after.breakers)}`,
    `memory: heap ${mb(baseline.heapUsed)} before, ${mb(after.heapUsed)} after (GC); rss ${mb(baseline.rss)} before, peak ${mb(peak.rss)}, ${mb(after.rss)} after`,
    problems.length ? `FAILED:\n  ${problems.join('\n  ')}` : 'passed: no crash, every answer well-formed, memory back to baseline',
    '',
  ].join('\n'),
);
child.kill('SIGTERM');
await dispatcher.close();
process.exit(problems.length ? 1 : 0);
