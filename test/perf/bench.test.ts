/**
 * Keeps the benchmark (bench/, npm run bench) from rotting: one short cell of it end to end (sandbox and graph as
 * child processes, call counts, low-load latency, a one-second autocannon run, peak RSS), and the minimum-call model
 * on a hand-made answer.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultOptions, runBench } from '../../bench/bench.js';
import { ensureBuilt } from '../../bench/build.js';
import { COHORT, modelOf, PATIENT_WITH_PRACTICE } from '../../bench/scenarios.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs one of the measurements of parts in its quick mode and answers what it printed. */
async function floor(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, env: { ...process.env, FLOOR_QUICK: '1' }, timeout: 120_000 });
  return stdout;
}
const oneLine = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([{(]) /g, '$1')
    .replace(/ ([})])/g, '$1');

/** One short cell of the bench for `targets`: scenarios a and b, 0 ms, 10 clients, 3 samples, one-second runs. */
function shortRun(targets: string[], rounds = 1): ReturnType<typeof runBench> {
  return runBench({
    ...defaultOptions(true),
    rounds,
    targets,
    scenarios: ['a', 'b'],
    latencies: [0],
    concurrency: [10],
    samples: 3,
    durationSeconds: 1,
    warmupSeconds: 0.2,
  });
}

describe('npm run bench', () => {
  it('measures the graph on scenarios a and b with the fewest upstream calls', async () => {
    const result = await shortRun(['graph']);
    // a asks the practice's primary role: the Organization read and its two role lookups (ODSOrganisationRole).
    expect(result.models.a!.minCalls).toEqual({ pds: 1, ods: 3 });
    expect(result.models.b!.minCalls).toEqual({ pds: 1, ods: 1 });
    expect(result.cells.map((c) => [c.scenario, c.problem, c.calls, c.callsEqualMin])).toEqual([
      ['a', undefined, { pds: 1, ods: 3 }, true],
      ['b', undefined, { pds: 1, ods: 1 }, true],
    ]);
    for (const cell of result.cells) {
      expect(cell.lowLoad!.failures).toBe(0);
      expect(cell.lowLoad!.p50).toBeGreaterThan(0);
      const [run] = cell.load!;
      expect(run!.requests).toBeGreaterThan(0);
      expect(run!.failures).toBe(0);
      // Under load no request makes more than the minimum (a: 4 with its role lookups, b: 2). Concurrent identical reads
      // of public reference data (ODS) are shared across requests, so the average can fall below it; patient data (PDS)
      // never is, so it stays at or above one call per request.
      const min = cell.scenario === 'a' ? 4 : 2;
      expect(run!.callsPerRequest).toBeLessThanOrEqual(min + 0.05);
      expect(run!.callsPerRequest).toBeGreaterThanOrEqual(1);
      expect(run!.peakRssBytes).toBeGreaterThan(10 * 1024 * 1024);
    }
  }, 90_000);

  it('has the hand-written REST baseline make exactly the calls the graph makes (no more: a busier baseline flatters the graph)', async () => {
    const result = await shortRun(['graph', 'rest'], 2);
    // Scenario by scenario, the targets' runs in turns: the two cells a CPU ratio compares are measured in the same rounds.
    expect(result.cells.map((c) => `${c.scenario} ${c.target}`)).toEqual(['a graph', 'a rest', 'b graph', 'b rest']);
    for (const cell of result.cells) {
      const [run] = cell.load!;
      expect(run!.rounds!.map((r) => r.requests > 0 && r.failures === 0)).toEqual([true, true]);
      expect(run!.requests).toBe(run!.rounds![0]!.requests + run!.rounds![1]!.requests);
      // The main thread's share of the process's CPU (the rest: V8's helper threads, libuv's pool).
      expect(run!.mainThreadCpuMsPerRequest).toBeGreaterThan(0);
      expect(run!.mainThreadCpuMsPerRequest).toBeLessThanOrEqual(run!.cpuMsPerRequest!);
    }
    const calls = (target: string) => result.cells.filter((c) => c.target === target).map((c) => [c.scenario, c.problem, c.calls]);
    expect(calls('rest')).toEqual([
      ['a', undefined, { pds: 1, ods: 3 }],
      ['b', undefined, { pds: 1, ods: 1 }],
    ]);
    expect(calls('rest')).toEqual(calls('graph'));
  }, 90_000);
});

describe('the minimum-call model', () => {
  it('counts one ODS call per round of new codes and one tracker or e-RS read per item (scenario c)', () => {
    const org = (odsCode: string) => ({ odsCode });
    const model = modelOf('c', {
      patient: {
        registeredGp: org('P1'),
        nominatedPharmacy: org('F1'),
        gpRecord: {
          medications: [
            { code: { display: 'Atorvastatin 20mg' }, healthContent: { webpageUrl: 'u1' } },
            { code: { display: 'Atorvastatin 40mg' }, healthContent: { webpageUrl: 'u1' } },
            { code: { display: 'Bisoprolol 5mg' }, healthContent: null },
          ],
        },
        documents: [],
        appointments: [{ practice: org('P1') }],
        prescriptions: {
          nodes: [
            { dispenser: org('F1'), prescriber: org('P1') },
            { dispenser: org('F2'), prescriber: org('P1') },
          ],
        },
        referrals: [{ providerOrganisation: org('R1') }],
        waitingList: [{ provider: org('R1') }],
      },
    });
    // ODS waves: {P1, F1} from PDS, {R1} from WLMDS, nothing new from the appointments, {F2} from the tracker, and
    // R1 from e-RS is already read: 3 calls. Content: listings for a and b, one page. SDS: 2 for each of 3 capabilities.
    // Appointments on route A: Find Patient, then the search.
    expect(model.minCalls).toEqual({ pds: 1, ods: 3, sds: 6, 'gpc-access-record': 3, 'gpc-appointments': 2, 'eps-tracker': 3, ers: 3, wlmds: 1, content: 3 });
    // PDS -> SDS -> structured record -> listing -> page.
    expect(model.criticalPath).toBe(5);
    expect(modelOf('c', { patient: { registeredGp: org('P1'), gpRecord: { medications: [] } } }, 'platform').minCalls).toEqual({
      pds: 1,
      ods: 1,
      'gpc-access-record': 1,
      'eps-tracker': 1,
      ers: 1,
      wlmds: 1,
    });
  });
});

describe('the measurements of parts (bench/framework-floor.ts, bench/execution-floor.mjs, bench/gc-trace.ts, bench/accessor-promotion.mjs)', () => {
  it('runs the in-process measurements: the fixed stack on constant resolvers, and the graph on replayed answers equal to its real ones', async () => {
    const framework = await floor(['--import', 'tsx', 'bench/framework-floor.ts']);
    for (const way of ['hand-written', 'graphql-jit', 'graphql-js', 'apollo + jit', 'apollo'])
      expect(framework).toMatch(new RegExp(`\\| ${way.replace('+', '\\+')} \\| [\\d.]+ \\|`));

    ensureBuilt();
    // It replays each upstream answer recorded from the stand-in, and stops if an execution answers differently.
    const execution = await floor(['bench/execution-floor.mjs']);
    expect(execution).toMatch(/\| a: patient \+ GP \+ pharmacy \| \d+ µs \| \d+ µs \| \d+ µs \|/);
    expect(execution).toMatch(/\| b: search, 50 patients, 10 GPs \| \d+ µs \| \d+ µs \| \d+ µs \|/);
    // Plain node cannot import bench/scenarios.ts: its copies of the two queries are the benchmark's.
    const script = oneLine(readFileSync(`${ROOT}bench/execution-floor.mjs`, 'utf8'));
    for (const query of [PATIENT_WITH_PRACTICE, COHORT]) expect(script).toContain(oneLine(query));
  }, 180_000);

  it('shows the V8 behaviour releaseContext works around: a dead accessor literal keeps what it closes over through scavenges', async () => {
    const table = await floor(['bench/accessor-promotion.mjs']);
    const row = (way: string) => table.split('\n').find((line) => line.startsWith(`| \`${way}\` |`)) ?? '';
    const promoted = (way: string) => Number(/\| (\d+) KB \|/.exec(row(way))?.[1]);
    // Nothing reaches the old space from plain literals; the accessor literal's context, about 200 KB, is promoted.
    expect(promoted('{ status }')).toBeLessThan(50);
    expect(promoted('{ get status(), set status() }')).toBeGreaterThan(150);
  }, 120_000);

  it('runs the collection trace of the compiled graph and the REST baseline, one client at a time and fifty at once (bench/gc-trace.ts)', async () => {
    ensureBuilt();
    for (const [clients, requests] of [
      [1, 150],
      [50, 300],
    ] as const) {
      const traced = await floor(['--import', 'tsx', 'bench/gc-trace.ts', ...(clients > 1 ? [`--clients=${clients}`] : [])]);
      for (const target of ['nhs-graph (compiled)', 'REST by hand']) {
        const row = traced.split('\n').find((line) => line.startsWith(`| ${target} |`)) ?? '';
        const cells = row.split('|').map((c) => c.trim());
        expect(cells.slice(2, 4), row).toEqual([String(clients), String(requests)]);
        // CPU (all threads, then the main thread alone, no more than all of them), allocated and promoted per request.
        const [all, main] = (/^([\d.]+) \/ ([\d.]+) ms$/.exec(cells[4] ?? '') ?? []).slice(1).map(Number);
        expect(all, row).toBeGreaterThan(0);
        expect(main, row).toBeLessThanOrEqual(all ?? 0);
        expect(Number(/^(\d+) KB$/.exec(cells[5] ?? '')?.[1]), row).toBeGreaterThan(0);
        expect(cells[6], row).toMatch(/^\d+ KB$/);
        expect(cells.slice(7, 12).join(' | '), row).toMatch(/^[\d.]+ \| \d+ KB \| [\d.]+ ms \| \d+ µs \| \d+$/);
      }
    }
  }, 240_000);
});
