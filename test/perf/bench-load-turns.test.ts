/**
 * The bench's load runs (bench/bench.ts, measureLoad): at each client count the targets of a scenario take turns run by
 * run, the first of each round rotating (graph, REST, then REST, graph), and each cell pools its runs. Before, each
 * target made one run per client count, the graph's all before REST's, and the CPU ratio of one scenario moved between
 * full runs of the same code by up to 15% (a at 0 ms and 50 clients: 2.11×, 1.78×, 1.63×).
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
    rss: () => 100 * 2 ** 20,
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

function cell(target: string): Cell {
  return { target, scenario: 'a', latencyMs: 0, supported: true };
}

/** Tools whose load generator records every run (warm-ups too) and answers a fake target's scripted figures. */
function tools(fakes: ReturnType<typeof fakeTarget>[], runs: string[], concurrency: number[], failAt?: string): CellTools {
  const options = { ...defaultOptions(false), concurrency, rounds: 2, durationSeconds: 5, warmupSeconds: 1 };
  const cannon: Cannon = async (target, _scenario, _token, connections, seconds) => {
    const warmUp = seconds === options.warmupSeconds;
    const entry = `${target.id} ${connections} ${warmUp ? 'warm-up' : 'run'}`;
    runs.push(entry);
    if (entry === failAt) throw new Error('connection refused');
    const requests = warmUp ? 10 : fakes.find((f) => f.target.id === target.id)!.measured();
    return { requests, sent: requests, p50: warmUp ? 0 : requests / 100, p99: 9, failures: 0 };
  };
  return {
    sandboxPid: 0,
    options,
    cannon,
    // The stand-in: no calls in flight when asked (settle), a count that does not move (quiet).
    control: async <T>() => ({}) as T,
    send: async () => ({ status: 200, body: '{}' }),
  };
}

describe('the load runs of npm run bench', () => {
  it('makes each target’s runs in turns, the first of each round rotating, each after its own warm-up', async () => {
    const graph = fakeTarget('graph', [100, 100, 100, 100], [50, 50, 50, 50]);
    const rest = fakeTarget('rest', [50, 50, 50, 50], [50, 50, 50, 50]);
    const runs: string[] = [];
    const cells = [cell('graph'), cell('rest')];
    await measureLoad(
      cells.map((c, i) => ({ cell: c, target: [graph, rest][i]!.target })),
      'token',
      tools([graph, rest], runs, [50, 200]),
    );
    expect(runs).toEqual([
      'graph 50 warm-up',
      'graph 50 run',
      'rest 50 warm-up',
      'rest 50 run',
      'rest 50 warm-up',
      'rest 50 run',
      'graph 50 warm-up',
      'graph 50 run',
      'graph 200 warm-up',
      'graph 200 run',
      'rest 200 warm-up',
      'rest 200 run',
      'rest 200 warm-up',
      'rest 200 run',
      'graph 200 warm-up',
      'graph 200 run',
    ]);
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
    ]);
  }, 30_000);

  it('pools a cell’s runs (CPU summed over requests summed) and shows the ratio of each pair of runs beside the pooled one', async () => {
    // The graph: 300 ms for 100 requests, then 200 ms for 200. REST: 100 ms for 100 requests, then 100 ms for 100.
    const graph = fakeTarget('graph', [300, 200], [100, 200]);
    const rest = fakeTarget('rest', [100, 100], [100, 100]);
    const cells = [cell('graph'), cell('rest')];
    await measureLoad(
      cells.map((c, i) => ({ cell: c, target: [graph, rest][i]!.target })),
      'token',
      tools([graph, rest], [], [50]),
    );
    const [g, r] = [cells[0]!.load![0]!, cells[1]!.load![0]!];
    expect(g).toMatchObject({ connections: 50, seconds: 10, requests: 300, rps: 30, failures: 0 });
    // 500 ms over 300 requests, not the mean of the runs' 3 and 1 ms.
    expect(g.cpuMsPerRequest).toBeCloseTo(500 / 300, 3);
    expect(g.mainThreadCpuMsPerRequest).toBeCloseTo((500 * 0.75) / 300, 3);
    expect(g.rounds!.map((x) => x.cpuMsPerRequest)).toEqual([3, 1]);
    // Latency: the median of the runs' (the mean of two); peak RSS: the higher peak.
    expect(g.p50).toBe(1.5);
    expect(g.peakRssBytes).toBe(152 * 2 ** 20);
    expect(r.cpuMsPerRequest).toBe(1);

    const result = {
      meta: { options: { latencies: [0], concurrency: [50], scenarios: ['a'] } },
      cells: [...cells, { ...cells[0]!, scenario: 'b' }, { ...cells[1]!, scenario: 'b' }, { ...cells[0]!, scenario: 'c' }, { ...cells[1]!, scenario: 'c' }],
    } as unknown as BenchResult;
    const verdict = cpuVsRest(result);
    expect(verdict.measures[0]).toEqual({ where: 'a, 0 ms, 50 clients (runs side by side: 3.00×, 1.00×)', value: 1.667, pass: false });
    expect(verdict.met).toBe(false);
  }, 30_000);

  it('ends a target’s runs at its first failure and goes on with the others', async () => {
    const graph = fakeTarget('graph', [100, 100, 100, 100], [50, 50, 50, 50]);
    const rest = fakeTarget('rest', [50, 50, 50, 50], [50, 50, 50, 50]);
    const runs: string[] = [];
    const cells = [cell('graph'), cell('rest')];
    await measureLoad(
      cells.map((c, i) => ({ cell: c, target: [graph, rest][i]!.target })),
      'token',
      tools([graph, rest], runs, [50, 200], 'rest 50 run'),
    );
    expect(cells[1]!.problem).toBe('50 clients, run 1: connection refused');
    expect(cells[1]!.load).toBeUndefined();
    expect(runs.filter((x) => x.startsWith('rest'))).toEqual(['rest 50 warm-up', 'rest 50 run']);
    expect(cells[0]!.problem).toBeUndefined();
    expect(cells[0]!.load!.map((l) => [l.connections, l.rounds?.length, l.requests])).toEqual([
      [50, 2, 100],
      [200, 2, 100],
    ]);
  }, 30_000);
});
