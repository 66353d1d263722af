/**
 * The bench's load runs (bench/bench.ts, measureLoad): at each client count the targets of a scenario take turns run by
 * run, in the same order every round, and each cell pools its runs. Before, each target made one run per client count,
 * the graph's all before REST's, and the CPU ratio of one scenario moved between full runs of the same code by up to 15%
 * (a at 0 ms and 50 clients: 2.11×, 1.78×, 1.63×). A first version rotated the first target of each round, which gave
 * targets unequal waits before their runs, and a process's cost in a run grows with its wait (docs/performance.md).
 */
import { describe, expect, it } from 'vitest';
import { defaultOptions, measureLoad, type BenchResult, type Cannon, type Cell, type CellTools } from '../../bench/bench.js';
import type { Target } from '../../bench/targets.js';
import { cpuVsRest } from '../../bench/verdicts.js';

/**
 * A target whose process "uses" `cpu[k]` ms of CPU (a quarter of it off the main thread) during its k-th measured run,
 * which answers `requests[k]` requests.
 */
function fakeTarget(id: string, cpu: number[], requests: number[]) {
  let used = 0;
  let main = 0;
  let runs = 0;
  const target = {
    id,
    scenarios: ['a', 'b', 'c'],
    resetPeak: () => undefined,
    rss: () => (100 + runs) * 2 ** 20,
    peakRss: () => (150 + runs) * 2 ** 20,
    cpuMs: () => used,
    mainThreadCpuMs: () => main,
  } as unknown as Target;
  /** One measured run of this target: its CPU is used and its requests answered. */
  const measured = () => {
    const k = runs++;
    used += cpu[k]!;
    main += cpu[k]! * 0.75;
    return requests[k]!;
  };
  return { target, measured };
}

type Fake = ReturnType<typeof fakeTarget>;

/**
 * measureLoad over one cell per fake target, with a load generator that records every run (warm-ups too) and answers
 * the fake's scripted figures, and a stand-in that counts 2 upstream calls per request sent. `failAt` names a run that
 * throws.
 */
async function loadRuns(fakes: Fake[], options: { concurrency: number[]; rounds?: number; failAt?: string }) {
  const runs: string[] = [];
  const settings = { ...defaultOptions(false), concurrency: options.concurrency, rounds: options.rounds ?? 2, durationSeconds: 5, warmupSeconds: 1 };
  let sentSinceReset = 0;
  const cannon: Cannon = async (target, _scenario, _token, connections, seconds) => {
    const warmUp = seconds === settings.warmupSeconds;
    const entry = `${target.id} ${connections} ${warmUp ? 'warm-up' : 'run'}`;
    runs.push(entry);
    if (entry === options.failAt) throw new Error('connection refused');
    const requests = warmUp ? 10 : fakes.find((f) => f.target.id === target.id)!.measured();
    sentSinceReset += requests;
    return { requests, sent: requests, p50: warmUp ? 0 : requests / 100, p99: 9, failures: 0 };
  };
  const tools: CellTools = {
    sandboxPid: 0,
    options: settings,
    cannon,
    // The stand-in: a reset clears its count; its count is 2 calls per request sent since.
    control: async <T>(path: string) => {
      if (path === '/reset') sentSinceReset = 0;
      return (path === '/counts' ? { pds: sentSinceReset, ods: sentSinceReset } : {}) as T;
    },
    send: async () => ({ status: 200, body: '{}' }),
  };
  const cells: Cell[] = fakes.map((f) => ({ target: f.target.id, scenario: 'a', latencyMs: 0, supported: true }));
  await measureLoad(
    cells.map((cell, i) => ({ cell, target: fakes[i]!.target })),
    'token',
    tools,
  );
  return { runs, cells };
}

const steady = (id: string) => fakeTarget(id, [100, 100, 100, 100], [50, 50, 50, 50]);

describe('the load runs of npm run bench', () => {
  it('makes each target’s runs in turns, in the same order every round, each after its own warm-up', async () => {
    const { runs, cells } = await loadRuns([steady('graph'), steady('rest'), steady('mesh')], { concurrency: [50, 200] });
    // Every run of every target follows the same number of other targets' runs.
    const round = (clients: number) => ['graph', 'rest', 'mesh'].flatMap((t) => [`${t} ${clients} warm-up`, `${t} ${clients} run`]);
    expect(runs).toEqual([...round(50), ...round(50), ...round(200), ...round(200)]);
    expect(cells.map((c) => [c.problem, c.load?.map((l) => [l.connections, l.rounds?.length])])).toEqual([
      [
        undefined,
        [
          [50, 2],
          [200, 2],
        ],
      ],
      [
        undefined,
        [
          [50, 2],
          [200, 2],
        ],
      ],
      [
        undefined,
        [
          [50, 2],
          [200, 2],
        ],
      ],
    ]);
  }, 30_000);

  it('pools a cell’s runs (CPU summed over requests summed) and shows the ratio of each round beside the pooled one', async () => {
    // The graph: 300 ms for 100 requests, then 200 ms for 200. REST: 100 ms for 100 requests, then 100 ms for 100.
    const { cells } = await loadRuns([fakeTarget('graph', [300, 200], [100, 200]), fakeTarget('rest', [100, 100], [100, 100])], { concurrency: [50] });
    const [g, r] = [cells[0]!.load![0]!, cells[1]!.load![0]!];
    expect(g).toMatchObject({ connections: 50, seconds: 10, requests: 300, rps: 30, failures: 0 });
    // 500 ms over 300 requests, not the mean of the runs' 3 and 1 ms.
    expect(g.cpuMsPerRequest).toBeCloseTo(500 / 300, 3);
    expect(g.mainThreadCpuMsPerRequest).toBeCloseTo((500 * 0.75) / 300, 3);
    expect(g.rounds!.map((x) => [x.requests, x.cpuMsPerRequest, x.mainThreadCpuMsPerRequest])).toEqual([
      [100, 3, 2.25],
      [200, 1, 0.75],
    ]);
    // Latency: the median of the runs' (the mean of two); peak RSS: the higher peak; RSS before: before the first run.
    expect(g.p50).toBe(1.5);
    expect(g.peakRssBytes).toBe(152 * 2 ** 20);
    expect(g.rssBeforeBytes).toBe(100 * 2 ** 20);
    // Upstream calls over requests sent, both runs together (the stand-in counts 2 a request).
    expect(g.callsPerRequest).toBe(2);
    expect(r.cpuMsPerRequest).toBe(1);
    expect(cells[0]!.wallSeconds).toBeGreaterThan(0);

    const result = {
      meta: { options: { latencies: [0], concurrency: [50], scenarios: ['a'] } },
      cells: [...cells, ...['b', 'c'].flatMap((scenario) => cells.map((c) => ({ ...c, scenario })))],
    } as unknown as BenchResult;
    const verdict = cpuVsRest(result);
    expect(verdict.measures[0]).toEqual({ where: 'a, 0 ms, 50 clients (round by round: 3.00×, 1.00×)', value: 1.667, pass: false });
    expect(verdict.met).toBe(false);
  }, 30_000);

  it('ends a target’s runs at its first failure, keeps the runs it made, and goes on with the others', async () => {
    const { runs, cells } = await loadRuns([steady('graph'), steady('rest')], { concurrency: [50, 200], failAt: 'rest 50 run' });
    expect(cells[1]!.problem).toBe('50 clients, run 1: connection refused');
    expect(cells[1]!.load).toBeUndefined();
    expect(runs.filter((x) => x.startsWith('rest'))).toEqual(['rest 50 warm-up', 'rest 50 run']);
    expect(cells[0]!.problem).toBeUndefined();
    expect(cells[0]!.load!.map((l) => [l.connections, l.rounds?.length, l.requests])).toEqual([
      [50, 2, 100],
      [200, 2, 100],
    ]);
  }, 30_000);

  it('keeps the first round’s run of a target that fails in the second, with the failure as its problem', async () => {
    // The second run at 50 clients is the fake's run index 1: REST's first succeeds, its second is refused.
    let restRuns = 0;
    const rest = steady('rest');
    const flaky = {
      target: rest.target,
      measured: () => {
        if (restRuns++ === 1) throw new Error('connection reset');
        return rest.measured();
      },
    };
    const { runs, cells } = await loadRuns([steady('graph'), flaky], { concurrency: [50, 200] });
    expect(cells[1]!.problem).toBe('50 clients, run 2: connection reset');
    expect(cells[1]!.load!.map((l) => [l.connections, l.rounds?.length, l.requests])).toEqual([[50, 1, 50]]);
    expect(runs.filter((x) => x.startsWith('rest'))).toEqual(['rest 50 warm-up', 'rest 50 run', 'rest 50 warm-up', 'rest 50 run']);
    expect(cells[0]!.load!.map((l) => l.rounds?.length)).toEqual([2, 2]);
    // A cell with a problem is not judged.
    const result = {
      meta: { options: { latencies: [0], concurrency: [50], scenarios: ['a'] } },
      cells,
    } as unknown as BenchResult;
    expect(cpuVsRest(result).measures[0]).toEqual({ where: 'a, 0 ms, 50 clients' });
  }, 30_000);

  it('refuses a number of rounds that is not a whole number of at least 1, before any run', async () => {
    for (const rounds of [0, 1.5, Number.NaN]) {
      await expect(loadRuns([steady('graph')], { concurrency: [50], rounds })).rejects.toThrow(/rounds must be a whole number of at least 1/);
    }
  });
});
