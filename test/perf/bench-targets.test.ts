/**
 * The issue-17 targets section of bench/results.md (bench/verdicts.ts): given a benchmark result, each target's values
 * and met / missed. Hand-made results, so each rule is checked at its boundary.
 */
import { describe, expect, it } from 'vitest';
import type { BenchResult, Cell, GrowthSeries, LoadRun } from '../../bench/bench.js';
import { growthVerdict } from '../../bench/growth.js';
import { markdown, summary } from '../../bench/report.js';
import { addedOverRest, cpuVsRest, growthLinear, issueTargets, p50DifferenceInterval, peakRss, rpsVsMesh, verdictText } from '../../bench/verdicts.js';

const MB = 1024 * 1024;

function run(connections: number, figures: Partial<LoadRun>): LoadRun {
  return { connections, seconds: 5, requests: 100, rps: 20, p50: 10, p99: 20, failures: 0, callsPerRequest: 2, ...figures };
}

function cell(target: string, scenario: Cell['scenario'], latencyMs: number, load: LoadRun[], p50 = 10): Cell {
  return {
    target,
    scenario,
    latencyMs,
    supported: true,
    calls: { pds: 1 },
    minCalls: { pds: 1 },
    callsEqualMin: true,
    criticalPath: 2,
    lowLoad: { samples: 10, p50, p99: p50 * 2, criticalPathMs: 2 * latencyMs, addedP50: p50 - 2 * latencyMs, addedP99: 0, failures: 0 },
    load,
  };
}

function result(
  cells: Cell[],
  growth?: GrowthSeries[],
  options: { latencies?: number[]; scenarios?: BenchResult['meta']['options']['scenarios'] } = {},
): BenchResult {
  return {
    meta: {
      date: '2026-12-06T07:00:00.000Z',
      quick: false,
      node: 'v20.20.2',
      cpus: 2,
      cpuModel: 'test',
      memoryGb: 8,
      loadAverage: { before: 0.5, after: 0.6 },
      options: {
        latencies: options.latencies ?? [0, 20],
        scenarios: options.scenarios ?? ['a', 'b', 'c', 'd', 'n'],
        targets: ['graph', 'rest', 'mesh'],
        concurrency: [50, 200],
        samples: 60,
        durationSeconds: 5,
        warmupSeconds: 1,
        growthSizes: [1, 10, 50, 200],
        growthPatientReads: 2000,
        growthMinRequests: 20,
        growthInFlightPatients: 200,
      },
      notes: [],
    },
    models: {},
    cells,
    ...(growth ? { growth } : {}),
    targets: [
      { id: 'graph', label: 'nhs-graph' },
      { id: 'rest', label: 'REST by hand (undici)' },
      { id: 'mesh', label: 'GraphQL Mesh (Hive Gateway)' },
    ],
  };
}

/** graph and REST in a, b, c at one latency, graph CPU per request = REST's × `factor` (per scenario). */
function cpuCells(latencyMs: number, factor: Record<string, number>): Cell[] {
  return ['a', 'b', 'c'].flatMap((s) => [
    cell('graph', s as Cell['scenario'], latencyMs, [run(50, { cpuMsPerRequest: 2 * factor[s]! }), run(200, { cpuMsPerRequest: 2 * factor[s]! })]),
    cell('rest', s as Cell['scenario'], latencyMs, [run(50, { cpuMsPerRequest: 2 }), run(200, { cpuMsPerRequest: 2 })]),
  ]);
}

describe('issue-17 targets from a benchmark result', () => {
  it('CPU per request within 1.3× REST: met at exactly 1.3×, missed above it, naming the worst cell', () => {
    const met = cpuVsRest(result([...cpuCells(0, { a: 1.3, b: 1.1, c: 1.0 }), ...cpuCells(20, { a: 1.2, b: 1.2, c: 1.2 })]));
    expect(met.met).toBe(true);
    expect(met.measures).toHaveLength(12);
    expect(met.measured).toBe('worst 1.30× (a, 0 ms, 50 clients)');

    const missed = cpuVsRest(result([...cpuCells(0, { a: 1.0, b: 1.45, c: 1.0 }), ...cpuCells(20, { a: 1.2, b: 1.2, c: 1.31 })]));
    expect(missed.met).toBe(false);
    expect(missed.measured).toMatch(/^worst 1\.45× \(b, 0 ms, 50 clients\); 4 of 12 miss$/);
    expect(missed.measures.filter((m) => m.pass === false).map((m) => m.where)).toEqual([
      'b, 0 ms, 50 clients',
      'b, 0 ms, 200 clients',
      'c, 20 ms, 50 clients',
      'c, 20 ms, 200 clients',
    ]);
  });

  it('a scenario the run did not measure is neither met nor missed, unless another value misses', () => {
    const partial = cpuVsRest(result(cpuCells(0, { a: 1.0, b: 1.0, c: 1.0 })));
    expect(partial.met).toBeUndefined();
    expect(verdictText(partial)).toBe('met where measured');
    expect(partial.measured).toContain('not measured: a, 20 ms, 50 clients');

    const failing = cpuVsRest(result(cpuCells(0, { a: 2, b: 1.0, c: 1.0 })));
    expect(failing.met).toBe(false);
    expect(verdictText(failing)).toBe('**missed**');

    const none = cpuVsRest(result([]));
    expect(none.met).toBeUndefined();
    expect(none.measured).toBe('not measured');
    expect(verdictText(none)).toBe('not measured');

    // A cell that failed is not a measurement.
    const broken = cpuCells(0, { a: 1.0, b: 1.0, c: 1.0 }).map((c) => (c.target === 'graph' && c.scenario === 'c' ? { ...c, problem: 'HTTP 500' } : c));
    expect(
      cpuVsRest(result(broken, undefined, { latencies: [0] }))
        .measures.filter((m) => m.value === undefined)
        .map((m) => m.where),
    ).toEqual(['c, 0 ms, 50 clients', 'c, 0 ms, 200 clients']);
  });

  it('throughput at least 3× Mesh on a and b at 50 and 200 clients (c is not Mesh-able and not judged)', () => {
    const cells = (ratio: number, at200: number) =>
      ['a', 'b'].flatMap((s) => [
        cell('graph', s as Cell['scenario'], 0, [run(50, { rps: 100 * ratio }), run(200, { rps: 100 * at200 })]),
        cell('mesh', s as Cell['scenario'], 0, [run(50, { rps: 100 }), run(200, { rps: 100 })]),
      ]);
    const met = rpsVsMesh(result(cells(3, 3.5), undefined, { latencies: [0] }));
    expect(met.met).toBe(true);
    expect(met.measured).toBe('worst 3.00× (a, 0 ms, 50 clients)');
    const missed = rpsVsMesh(result(cells(3.2, 2.9), undefined, { latencies: [0] }));
    expect(missed.met).toBe(false);
    expect(missed.measured).toMatch(/^worst 2\.90× \(a, 0 ms, 200 clients\)/);
    // Without a 200-client run there is no verdict on it.
    const only50 = ['a', 'b'].flatMap((s) => [
      cell('graph', s as Cell['scenario'], 0, [run(50, { rps: 400 })]),
      cell('mesh', s as Cell['scenario'], 0, [run(50, { rps: 100 })]),
    ]);
    expect(rpsVsMesh(result(only50, undefined, { latencies: [0] })).met).toBeUndefined();
  });

  it('peak RSS strictly under 200 MB at 200 clients in every scenario a-d', () => {
    const rss = (mb: Record<string, number>) =>
      Object.entries(mb).map(([s, v]) => cell('graph', s as Cell['scenario'], 0, [run(50, { peakRssBytes: 500 * MB }), run(200, { peakRssBytes: v * MB })]));
    const met = peakRss(result(rss({ a: 150, b: 199, c: 180, d: 199.9 }), undefined, { latencies: [0] }));
    expect(met.met).toBe(true);
    expect(met.measures.map((m) => m.where)).toEqual(['a, 0 ms', 'b, 0 ms', 'c, 0 ms', 'd, 0 ms']);
    const missed = peakRss(result(rss({ a: 150, b: 200, c: 180, d: 150 }), undefined, { latencies: [0] }));
    expect(missed.met).toBe(false);
    expect(missed.measured).toBe('worst 200 MB (b, 0 ms); 1 of 4 miss');
  });

  it('throughput against Mesh and peak memory show the REST baseline against the same bar; the verdict stays the graph’s', () => {
    // a: REST 4× Mesh, the graph 2×; b: REST and the graph both 1.5×.
    const rps = (s: Cell['scenario'], graph: number, rest: number) => [
      cell('graph', s, 0, [run(50, { rps: graph, peakRssBytes: 150 * MB }), run(200, { rps: graph, peakRssBytes: (s === 'a' ? 250 : 190) * MB })]),
      cell('rest', s, 0, [run(50, { rps: rest }), run(200, { rps: rest, peakRssBytes: (s === 'a' ? 180 : 230) * MB })]),
      cell('mesh', s, 0, [run(50, { rps: 100 }), run(200, { rps: 100 })]),
    ];
    const r = result([...rps('a', 200, 400), ...rps('b', 150, 150)], undefined, { latencies: [0], scenarios: ['a', 'b'] });
    const mesh = rpsVsMesh(r);
    expect(mesh.met).toBe(false);
    expect(mesh.measures.map((m) => [m.value, m.rest, m.restPass])).toEqual([
      [2, 4, true],
      [2, 4, true],
      [1.5, 1.5, false],
      [1.5, 1.5, false],
    ]);
    expect(mesh.measured).toBe('worst 1.50× (b, 0 ms, 50 clients); 4 of 4 miss; REST by hand itself meets it in 2 of 4');
    const rss = peakRss(r);
    expect(rss.measures.map((m) => [m.where, m.value, m.rest, m.restPass])).toEqual([
      ['a, 0 ms', 250, 180, true],
      ['b, 0 ms', 190, 230, false],
    ]);
    expect(rss.measured).toBe('worst 250 MB (a, 0 ms); 1 of 2 miss; REST by hand itself meets it in 1 of 2');
    // Without REST's cells there is nothing to say about it.
    expect(
      peakRss(
        result(
          rps('a', 200, 400).filter((c) => c.target !== 'rest'),
          undefined,
          { latencies: [0], scenarios: ['a'] },
        ),
      ).measured,
    ).toBe('worst 250 MB (a, 0 ms); 1 of 1 miss');
    const md = markdown(r, 'npm run bench');
    expect(md).toContain('  - REST by hand against the same bar: a, 0 ms, 50 clients: 4.00×; a, 0 ms, 200 clients: 4.00×; b, 0 ms, 50 clients: 1.50× ✗');
    expect(md).toContain('  - REST by hand against the same bar: a, 0 ms: 180 MB; b, 0 ms: 230 MB ✗');
  });

  it('added p50 over the REST floor: graph p50 minus REST p50 at 20 ms, at most 1 ms; 0 ms cells do not count', () => {
    const pair = (s: Cell['scenario'], latency: number, graph: number, rest: number) => [
      cell('graph', s, latency, [], graph),
      cell('rest', s, latency, [], rest),
    ];
    const cells = [...pair('a', 20, 45.5, 44.5), ...pair('b', 20, 50, 50.2), ...pair('c', 20, 90, 89.5), ...pair('d', 20, 60, 59.8), ...pair('a', 0, 20, 2)];
    const met = addedOverRest(result(cells));
    expect(met.met).toBe(true);
    expect(met.measures.map((m) => [m.where, Number(m.value!.toFixed(2))])).toEqual([
      ['a, 20 ms', 1],
      ['b, 20 ms', -0.2],
      ['c, 20 ms', 0.5],
      ['d, 20 ms', 0.2],
    ]);
    expect(met.measured).toBe('worst +1.0 ms (a, 20 ms)');
    const missed = addedOverRest(result([...pair('a', 20, 46.6, 44.5), ...pair('b', 20, 50, 50), ...pair('c', 20, 90, 90), ...pair('d', 20, 60, 60)]));
    expect(missed.met).toBe(false);
    expect(missed.measured).toMatch(/^worst \+2\.1 ms \(a, 20 ms\)/);
    // A run without 20 ms of latency has no verdict.
    expect(addedOverRest(result(pair('a', 0, 20, 2), undefined, { latencies: [0], scenarios: ['a'] })).met).toBeUndefined();
  });

  it('added p50 over the REST floor shows how far sampling alone moves it: a 95% bootstrap interval from the cells’ samples', () => {
    const spread = (base: number) => Array.from({ length: 60 }, (_, i) => base + (i % 10) * 0.2).sort((x, y) => x - y);
    const interval = p50DifferenceInterval(spread(47), spread(45));
    expect(interval).toBeDefined();
    const [lo, hi] = interval!;
    expect(lo).toBeLessThanOrEqual(2);
    expect(hi).toBeGreaterThanOrEqual(2);
    expect(hi - lo).toBeLessThan(1.5);
    // A fixed seed: the same samples always render the same interval.
    expect(p50DifferenceInterval(spread(47), spread(45))).toEqual(interval);
    expect(p50DifferenceInterval(Array(60).fill(50), Array(60).fill(49))).toEqual([1, 1]);
    expect(p50DifferenceInterval([], spread(45))).toBeUndefined();

    const sampled = (target: string, base: number) => {
      const c = cell(target, 'a', 20, [], base + 0.8);
      c.lowLoad!.latenciesMs = spread(base);
      return c;
    };
    const verdict = addedOverRest(result([sampled('graph', 47), sampled('rest', 45)], undefined, { scenarios: ['a'] }));
    expect(verdict.met).toBe(false);
    expect(verdict.measured).toMatch(/^worst \+2\.0 ms \(a, 20 ms, 95% interval \+\d\.\d ms to \+\d\.\d ms\); 1 of 1 miss$/);
  });

  it('cost growth: linear CPU and the model’s calls at every N are met; CPU per patient rising with N, or extra calls, miss', () => {
    const series = (latencyMs: number, cpu: (n: number) => number, calls = true): GrowthSeries => {
      const points = [1, 10, 50, 200].map((n) => ({ n, callsEqualMin: calls || n !== 50, cpuMsPerRequest: cpu(n) }));
      return { target: 'graph', latencyMs, supported: true, points, verdict: growthVerdict(points.map((p) => ({ n: p.n, cpuMs: p.cpuMsPerRequest }))) };
    };
    const linear = (n: number) => 2 + 0.3 * n;
    const quadratic = (n: number) => 2 + 0.3 * n + 0.01 * n * n;
    const met = growthLinear(result([], [series(0, linear), series(20, linear)]));
    expect(met.met).toBe(true);
    expect(met.measures[0]!.where).toBe('0 ms, slope 0.300 ms/patient');
    expect(growthLinear(result([], [series(0, linear), series(20, quadratic)])).met).toBe(false);
    const extraCalls = growthLinear(result([], [series(0, linear, false), series(20, linear)]));
    expect(extraCalls.met).toBe(false);
    expect(extraCalls.measures[0]!.where).toContain('calls above the model');
    // Only the graph is judged: a REST series does not stand in for it.
    expect(growthLinear(result([], [{ ...series(0, linear), target: 'rest' }], { latencies: [0] })).met).toBeUndefined();
  });

  it('results.md and the README summary carry the targets with their verdicts', () => {
    const r = result([...cpuCells(0, { a: 1.0, b: 1.5, c: 1.0 })], undefined, { latencies: [0], scenarios: ['a', 'b', 'c'] });
    const md = markdown(r, 'npm run bench');
    expect(md).toContain('## Targets (issue 17)');
    expect(md).toContain('| graph CPU/req ≤ 1.3× REST in a, b, c | worst 1.50× (b, 0 ms, 50 clients); 2 of 6 miss | **missed** |');
    expect(md).toContain('b, 0 ms, 50 clients: 1.50× ✗');
    const readme = summary(r, 'npm run bench');
    expect(readme).toContain('**Targets (issue 17)**');
    expect(readme).toContain('| graph CPU/req ≤ 1.3× REST in a, b, c | worst 1.50× (b, 0 ms, 50 clients); 2 of 6 miss | **missed** |');
    expect(issueTargets(r).map((v) => v.id)).toEqual(['cpu-vs-rest', 'rps-vs-mesh', 'peak-rss', 'added-over-rest', 'growth-linear']);
  });
});
