/**
 * The targets of issue 17, judged from one benchmark result (docs/bench.md, "Targets"): each target's measured values,
 * the worst of them, and met / missed. Pure functions of the result, so the judgement is tested on hand-made results.
 */
import type { BenchResult, Cell, LoadRun } from './bench.js';
import { percentile } from './percentile.js';

export const TARGETS = {
  /** Graph CPU per request ≤ this × the REST baseline's, in a, b and c. */
  cpuVsRest: 1.3,
  /** Graph req/s ≥ this × GraphQL Mesh's, on a and b at 50 and 200 clients. */
  rpsVsMesh: 3,
  meshClients: [50, 200],
  /** Graph peak RSS below this many MB (1 MB = 2^20 bytes) at 200 clients, in every scenario. */
  peakRssMb: 200,
  rssClients: 200,
  /** Graph low-load p50 minus the REST baseline's, at most this many ms at 20 ms of upstream latency. */
  addedOverRestMs: 1,
  addedOverRestLatencyMs: 20,
} as const;

/** One measured value a target is judged on: where it was measured, the value, and whether it passes. */
export interface Measure {
  where: string;
  /** undefined: not measured (the cell was not run, failed, or lacks the figure). */
  value?: number;
  pass?: boolean;
  /**
   * The hand-written REST service's own value against the same bar, where the bar is not relative to it (throughput
   * against Mesh, peak memory): what the machine allows code that does no more than make the calls.
   */
  rest?: number;
  restPass?: boolean;
}

export interface TargetVerdict {
  id: 'cpu-vs-rest' | 'rps-vs-mesh' | 'peak-rss' | 'added-over-rest' | 'growth-linear';
  target: string;
  /** The worst measured value, formatted, and where. */
  measured: string;
  /** true: every value measured passes and none is missing; false: one fails; undefined: none failed but some missing. */
  met: boolean | undefined;
  measures: Measure[];
  /** How a value is shown (× for ratios, MB, ms). */
  format: (value: number) => string;
}

const runAt = (cell: Cell | undefined, clients: number): LoadRun | undefined => cell?.load?.find((l) => l.connections === clients);
const ok = (cell: Cell | undefined) => (cell && cell.supported && !cell.problem ? cell : undefined);

/** met / missed / partly measured from measures; `worst` picks the value shown. */
function judge(id: TargetVerdict['id'], target: string, measures: Measure[], worst: 'max' | 'min', format: (v: number) => string): TargetVerdict {
  const measured = measures.filter((m): m is Measure & { value: number } => m.value !== undefined && Number.isFinite(m.value));
  const missing = measures.filter((m) => m.value === undefined || !Number.isFinite(m.value));
  const failing = measured.filter((m) => m.pass === false);
  const met = failing.length > 0 ? false : measured.length > 0 && missing.length === 0 ? true : undefined;
  let text = 'not measured';
  if (measured.length > 0) {
    const pick = measured.reduce((a, b) => ((worst === 'max' ? b.value > a.value : b.value < a.value) ? b : a));
    text = `worst ${format(pick.value)} (${pick.where})`;
    if (failing.length > 0) text += `; ${failing.length} of ${measured.length} miss`;
    if (missing.length > 0) text += `; not measured: ${missing.map((m) => m.where).join(', ')}`;
  }
  const rest = measures.filter((m) => m.rest !== undefined && Number.isFinite(m.rest));
  if (rest.length > 0) text += `; REST by hand itself meets it in ${rest.filter((m) => m.restPass).length} of ${rest.length}`;
  return { id, target, measured: text, met, measures, format };
}

/** The run's latencies and client counts, from its options. */
function grid(result: BenchResult) {
  return { latencies: result.meta.options.latencies, clients: result.meta.options.concurrency, scenarios: result.meta.options.scenarios };
}

function cellOf(result: BenchResult, target: string, scenario: string, latencyMs: number): Cell | undefined {
  return ok(result.cells.find((c) => c.target === target && c.scenario === scenario && c.latencyMs === latencyMs));
}

/**
 * CPU per request of the graph ÷ the REST baseline's, in a, b and c, at every latency and client count run: each
 * target's runs pooled (CPU summed over requests summed), the two targets' runs made in the same rounds.
 */
export function cpuVsRest(result: BenchResult): TargetVerdict {
  const { latencies, clients } = grid(result);
  const measures: Measure[] = [];
  for (const scenario of ['a', 'b', 'c'])
    for (const latency of latencies)
      for (const c of clients) {
        const [graphRun, restRun] = [runAt(cellOf(result, 'graph', scenario, latency), c), runAt(cellOf(result, 'rest', scenario, latency), c)];
        const [graph, rest] = [graphRun?.cpuMsPerRequest, restRun?.cpuMsPerRequest];
        const value = graph !== undefined && rest !== undefined && rest > 0 ? graph / rest : undefined;
        const pairs = roundRatios(graphRun, restRun).map((r) => `${r.toFixed(2)}×`);
        const where = `${scenario}, ${latency} ms, ${c} clients${pairs.length > 1 ? ` (round by round: ${pairs.join(', ')})` : ''}`;
        measures.push({ where, ...(value !== undefined ? { value, pass: value <= TARGETS.cpuVsRest } : {}) });
      }
  return judge('cpu-vs-rest', `graph CPU/req ≤ ${TARGETS.cpuVsRest}× REST in a, b, c`, measures, 'max', (v) => `${v.toFixed(2)}×`);
}

/**
 * The graph's CPU per request ÷ REST's, run by run: the graph's k-th run against REST's k-th, both made in round k
 * (bench.ts, measureLoad). The judgement is on the pooled figures; these show how far the ratio moves between rounds.
 */
function roundRatios(graph: LoadRun | undefined, rest: LoadRun | undefined): number[] {
  const [g, r] = [graph?.rounds ?? [], rest?.rounds ?? []];
  const out: number[] = [];
  for (let k = 0; k < Math.min(g.length, r.length); k++) {
    const [a, b] = [g[k]!.cpuMsPerRequest, r[k]!.cpuMsPerRequest];
    if (a !== undefined && b !== undefined && b > 0) out.push(a / b);
  }
  return out;
}

/** The graph's req/s ÷ GraphQL Mesh's, on a and b at 50 and 200 clients, at every latency run. */
export function rpsVsMesh(result: BenchResult): TargetVerdict {
  const { latencies } = grid(result);
  const measures: Measure[] = [];
  for (const scenario of ['a', 'b'])
    for (const latency of latencies)
      for (const c of TARGETS.meshClients) {
        const graph = runAt(cellOf(result, 'graph', scenario, latency), c)?.rps;
        const mesh = runAt(cellOf(result, 'mesh', scenario, latency), c)?.rps;
        const restRps = runAt(cellOf(result, 'rest', scenario, latency), c)?.rps;
        const [value, rest] = [graph, restRps].map((rps) => (rps !== undefined && mesh !== undefined && mesh > 0 ? rps / mesh : undefined));
        measures.push({
          where: `${scenario}, ${latency} ms, ${c} clients`,
          ...(value !== undefined ? { value, pass: value >= TARGETS.rpsVsMesh } : {}),
          ...(rest !== undefined ? { rest, restPass: rest >= TARGETS.rpsVsMesh } : {}),
        });
      }
  return judge('rps-vs-mesh', `graph req/s ≥ ${TARGETS.rpsVsMesh}× Mesh on a, b at 50 and 200 clients`, measures, 'min', (v) => `${v.toFixed(2)}×`);
}

/** The graph's peak RSS at 200 clients in every scenario of a–d the run selected, at every latency run. */
export function peakRss(result: BenchResult): TargetVerdict {
  const { latencies, scenarios } = grid(result);
  const measures: Measure[] = [];
  for (const scenario of scenarios.filter((s) => s !== 'n'))
    for (const latency of latencies) {
      const [value, rest] = ['graph', 'rest'].map((target) => {
        const bytes = runAt(cellOf(result, target, scenario, latency), TARGETS.rssClients)?.peakRssBytes;
        return bytes !== undefined ? bytes / 1024 / 1024 : undefined;
      });
      measures.push({
        where: `${scenario}, ${latency} ms`,
        ...(value !== undefined ? { value, pass: value < TARGETS.peakRssMb } : {}),
        ...(rest !== undefined ? { rest, restPass: rest < TARGETS.peakRssMb } : {}),
      });
    }
  return judge(
    'peak-rss',
    `graph peak RSS < ${TARGETS.peakRssMb} MB at ${TARGETS.rssClients} clients, every scenario`,
    measures,
    'max',
    (v) => `${v.toFixed(0)} MB`,
  );
}

/**
 * Added p50 over the REST floor: the graph's low-load p50 minus the REST baseline's for the same scenario at 20 ms of
 * upstream latency (both make the same calls on the same critical path, so the difference is the graph's own time).
 */
export function addedOverRest(result: BenchResult): TargetVerdict {
  const { scenarios } = grid(result);
  const latency = TARGETS.addedOverRestLatencyMs;
  const measures: Measure[] = [];
  const ms = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ms`;
  for (const scenario of scenarios.filter((s) => s !== 'n')) {
    const graph = cellOf(result, 'graph', scenario, latency)?.lowLoad;
    const rest = cellOf(result, 'rest', scenario, latency)?.lowLoad;
    const value = graph && rest ? graph.p50 - rest.p50 : undefined;
    // How far sampling alone moves the difference: the judgement stays on the measured value.
    const interval = graph?.latenciesMs && rest?.latenciesMs ? p50DifferenceInterval(graph.latenciesMs, rest.latenciesMs) : undefined;
    const where = `${scenario}, ${latency} ms${interval ? `, 95% interval ${ms(interval[0])} to ${ms(interval[1])}` : ''}`;
    measures.push({ where, ...(value !== undefined ? { value, pass: value <= TARGETS.addedOverRestMs } : {}) });
  }
  return judge('added-over-rest', `graph p50 − REST p50 ≤ ${TARGETS.addedOverRestMs} ms at ${latency} ms, every scenario`, measures, 'max', ms);
}

/**
 * The 95% bootstrap interval of p50(a) − p50(b), from the two sets of samples (each resampled with replacement, 2,000
 * times, from a fixed seed so the same result always renders the same). It shows how much of a difference of p50s
 * taken from 60 requests each is sampling noise. The two sets are sampled interleaved (bench.ts, measureLowLoad), so a
 * drift of the machine during the loop moves both alike.
 */
export function p50DifferenceInterval(a: readonly number[], b: readonly number[], draws = 2_000): [number, number] | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  let seed = 0x9e3779b9;
  // mulberry32: a small deterministic generator, enough to pick resamples.
  const next = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const p50Of = (xs: readonly number[]): number => {
    const drawn = Array.from({ length: xs.length }, () => xs[Math.floor(next() * xs.length)] as number).sort((x, y) => x - y);
    return percentile(drawn, 50);
  };
  const differences = Array.from({ length: draws }, () => p50Of(a) - p50Of(b)).sort((x, y) => x - y);
  return [percentile(differences, 2.5), percentile(differences, 97.5)];
}

/**
 * Cost growth (scenario n) on the graph, at every latency run: the per-patient CPU ratio of growthVerdict (at most
 * LINEAR_TOLERANCE), and every N making the model's calls (PDS = N, ODS = 1 per 100 distinct codes).
 */
export function growthLinear(result: BenchResult): TargetVerdict {
  const { latencies } = grid(result);
  const measures: Measure[] = [];
  for (const latency of latencies) {
    const series = result.growth?.find((s) => s.target === 'graph' && s.latencyMs === latency);
    const ratio = series?.verdict?.perPatientRatio;
    const callsOk = series !== undefined && series.points.length > 0 && series.points.every((p) => p.callsEqualMin === true);
    const slope = series?.verdict?.fit?.slope;
    const where = `${latency} ms${slope !== undefined ? `, slope ${slope.toFixed(3)} ms/patient` : ''}${series && !callsOk ? ', calls above the model' : ''}`;
    measures.push({ where, ...(ratio !== undefined ? { value: ratio, pass: series!.verdict!.linear === true && callsOk } : {}) });
  }
  return judge(
    'growth-linear',
    'cost growth at most linear in N (scenario n: CPU/N at N = 200 ≤ 1.25× at N = 10; PDS = N, ODS = 1 per 100 codes)',
    measures,
    'max',
    (v) => `CPU/N ratio ${v.toFixed(2)}`,
  );
}

export function issueTargets(result: BenchResult): TargetVerdict[] {
  return [cpuVsRest(result), rpsVsMesh(result), peakRss(result), addedOverRest(result), growthLinear(result)];
}

/** met, missed, met where measured (some values missing, none failing), or not measured. */
export function verdictText(v: TargetVerdict): string {
  if (v.met === true) return '**met**';
  if (v.met === false) return '**missed**';
  return v.measures.some((m) => m.value !== undefined) ? 'met where measured' : 'not measured';
}
