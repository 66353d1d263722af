/**
 * The benchmark driver (docs/bench.md): for each upstream latency and scenario it measures each target's upstream calls
 * of one request against the model's minimum, latency at low load (one client, sequential requests, the targets taking
 * turns request by request) against the critical path, and throughput, latency, CPU and peak memory at 50 and 200
 * concurrent clients (autocannon, the targets taking turns run by run).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { median, percentile } from './percentile.js';
import { cpuMs, startChild, type Child } from './processes.js';
import { distinctCodes, GROWTH_SIZES, growthAmount, growthClients, growthModel, growthVerdict, type GrowthPatient, type GrowthVerdict } from './growth.js';
import { addCounts, ALL_SCENARIOS, modelOf, scenarioOf, singlesOf, total, type CallCounts, type Model, type ScenarioId } from './scenarios.js';
import { startGraph, startMesh, startRest, type GrowthTarget, type HttpRequest, type SandboxInfo, type Single, type Target } from './targets.js';

export interface BenchOptions {
  quick: boolean;
  latencies: number[];
  scenarios: ScenarioId[];
  targets: string[];
  concurrency: number[];
  /** Low-load samples per cell. */
  samples: number;
  /** autocannon seconds per load run (after a warm-up). */
  durationSeconds: number;
  /**
   * Load runs per target and client count. The targets of a scenario take turns, run by run, in the same order every
   * round (measureLoad); a cell's figures pool its runs, and the CPU target's ratio compares runs of the same rounds.
   */
  rounds: number;
  warmupSeconds: number;
  /** Scenario n: patients per query. */
  growthSizes: number[];
  /** Scenario n: patients read per measured run (requests = this ÷ N, at least growthMinRequests). */
  growthPatientReads: number;
  growthMinRequests: number;
  /** Scenario n: patients in flight during a measured run (clients = this ÷ N, at most the lowest concurrency). */
  growthInFlightPatients: number;
  /** Profile the graph (node --cpu-prof) into this directory. */
  profileDir?: string;
  log?: (line: string) => void;
}

export const ALL_TARGETS = ['graph', 'graph-no-dataloader', 'rest', 'mesh'];

export function defaultOptions(quick: boolean): BenchOptions {
  return {
    quick,
    latencies: [0, 20],
    scenarios: [...ALL_SCENARIOS],
    targets: ALL_TARGETS,
    concurrency: [50, 200],
    samples: quick ? 8 : 60,
    durationSeconds: quick ? 2 : 5,
    rounds: quick ? 1 : 2,
    warmupSeconds: quick ? 0.5 : 1,
    growthSizes: [...GROWTH_SIZES],
    growthPatientReads: quick ? 400 : 2_000,
    growthMinRequests: quick ? 5 : 20,
    growthInFlightPatients: 200,
  };
}

export interface LowLoad {
  samples: number;
  p50: number;
  p99: number;
  /** Critical path × latency: what no implementation can beat. Mean over the requests for a mix. */
  criticalPathMs: number;
  /** Per request: its latency minus its own critical path. */
  addedP50: number;
  addedP99: number;
  failures: number;
  /** Each sample's latency, ms, ascending: what the added-p50 target's interval is drawn from (bench/verdicts.ts). */
  latenciesMs?: number[];
}

/** The figures of one autocannon run of a target at one client count, or of several pooled (measureLoad). */
export interface LoadRound {
  /** Seconds and requests of the runs together; rps is their quotient. */
  seconds: number;
  requests: number;
  rps: number;
  /** Latency under load: the median of the runs' (the mean of two). */
  p50: number;
  p99: number;
  /** Answers that were not complete, error-free answers, plus socket errors and timeouts. */
  failures: number;
  /** The highest of the runs' peaks. */
  peakRssBytes?: number;
  /** Resident set just before the first run (after the warm-up). */
  rssBeforeBytes?: number;
  /** CPU time the target used per request during the runs (user + system, all threads): its efficiency when CPU is shared. */
  cpuMsPerRequest?: number;
  /** The part of it its main thread used; the rest is V8's helper threads (garbage collection) and libuv's pool. */
  mainThreadCpuMsPerRequest?: number;
  /** The sandbox's CPU per request: with 2 cores it, the target and autocannon compete for the same CPU. */
  sandboxCpuMsPerRequest?: number;
}

/** A target's figures at one client count: its runs pooled (BenchOptions.rounds), each run's own kept in `rounds`. */
export interface LoadRun extends LoadRound {
  connections: number;
  /** Upstream calls per request sent, counted by the sandbox during its runs. */
  callsPerRequest: number;
  /** Each run, in the order it was made. */
  rounds?: LoadRound[];
}

export interface Cell {
  target: string;
  scenario: ScenarioId;
  latencyMs: number;
  supported: boolean;
  note?: string;
  calls?: CallCounts;
  minCalls?: CallCounts;
  callsEqualMin?: boolean;
  criticalPath?: number;
  lowLoad?: LowLoad;
  load?: LoadRun[];
  problem?: string;
  /** Wall time the cell took, in seconds (to plan a run's length). */
  wallSeconds?: number;
}

/** Scenario n at one N: one request's calls against the model, then a fixed number of requests, all completed. */
export interface GrowthPoint {
  n: number;
  /** Distinct ODS codes (practices and pharmacies) the N patients name. */
  distinctCodes?: number;
  calls?: CallCounts;
  minCalls?: CallCounts;
  callsEqualMin?: boolean;
  /** One client, sequential requests. */
  lowLoadP50?: number;
  connections?: number;
  /** Requests of the measured run: every one answered before the CPU is read, so CPU per request has no tail. */
  requests?: number;
  /** Latency under that load (autocannon). No req/s: autocannon ends a run of a fixed amount on its 1 s tick. */
  p50?: number;
  failures?: number;
  callsPerRequest?: number;
  cpuMsPerRequest?: number;
  sandboxCpuMsPerRequest?: number;
  peakRssBytes?: number;
  problem?: string;
  /** Wall time this N took, in seconds. */
  wallSeconds?: number;
}

/** Scenario n on one target at one upstream latency: a point per N and the fit of CPU per request against N. */
export interface GrowthSeries {
  target: string;
  latencyMs: number;
  supported: boolean;
  note?: string;
  points: GrowthPoint[];
  verdict?: GrowthVerdict;
}

export interface BenchResult {
  meta: {
    date: string;
    quick: boolean;
    node: string;
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    /** 1-minute load average before and after the run: other processes on the machine skew the figures. */
    loadAverage: { before: number; after: number };
    /** rounds is absent from results made before load runs took turns (one run per target and client count). */
    options: Omit<BenchOptions, 'log' | 'quick' | 'rounds'> & { rounds?: number };
    notes: string[];
  };
  models: Record<string, Model & { calls: CallCounts }>;
  cells: Cell[];
  /** Scenario n (cost growth), when it was selected. */
  growth?: GrowthSeries[];
  targets: { id: string; label: string; notes?: string }[];
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const loadBefore = round(loadavg()[0] ?? 0);
  const dispatcher = new Agent({ connections: 8, keepAliveTimeout: 30_000 });
  const started: (Child<unknown> | Target)[] = [];
  const auditDir = await mkdtemp(join(tmpdir(), 'nhs-graph-bench-'));
  try {
    const sandboxChild = await startChild<SandboxInfo>('bench/sandbox-process.ts', { BENCH_LATENCY_MS: '0' });
    started.push(sandboxChild);
    const sandbox = sandboxChild.ready;
    const control = async <T>(path: string): Promise<T> => {
      const res = await request(`${sandbox.control}${path}`, { dispatcher });
      return (await res.body.json()) as T;
    };
    const { idToken: token } = await control<{ idToken: string }>('/token?staff=clinician');
    const patients = await control<string[]>('/population?n=200');

    const targets: Target[] = [];
    for (const id of options.targets) {
      log(`starting ${id}`);
      let target: Target | undefined;
      if (id === 'graph')
        target = await startGraph(sandbox, patients, {
          batching: true,
          auditLogPath: join(auditDir, 'graph.jsonl'),
          growthSizes: options.growthSizes,
          ...(options.profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] } : {}),
        });
      else if (id === 'graph-no-dataloader')
        target = await startGraph(sandbox, patients, {
          batching: false,
          auditLogPath: join(auditDir, 'graph-nodl.jsonl'),
          growthSizes: options.growthSizes,
        });
      else if (id === 'rest') target = await startRest(sandbox, patients);
      else if (id === 'mesh') target = await startMesh(sandbox, patients, auditDir, log);
      else throw new Error(`unknown target ${id}`);
      started.push(target);
      targets.push(target);
    }

    const send = async (target: Target, r: HttpRequest): Promise<{ status: number; body: string }> => {
      const res = await request(`${target.url}${r.path}`, { method: r.method, headers: r.headers, body: r.body, dispatcher });
      return { status: res.statusCode, body: await res.body.text() };
    };

    // The model of each single scenario, from the graph's answer (request 0). Every target is held to it.
    const models: BenchResult['models'] = {};
    const reference = targets.find((t) => t.id === 'graph') ?? targets[0]!;
    const singles = (['a', 'b', 'c'] as Single[]).filter((s) => options.scenarios.includes(s) || options.scenarios.includes('d'));
    for (const s of singles) {
      const answer = await send(reference, reference.request(s, 0, token));
      const checked = reference.check(s, answer.status, answer.body);
      if (!checked.ok) throw new Error(`the ${reference.id} target did not answer scenario ${s}: ${checked.problem}`);
      models[s] = { ...modelOf(s, checked.data), calls: {} };
    }

    const cells: Cell[] = [];
    const growth: GrowthSeries[] = [];
    const growthModels = new Map<number, Model>();

    /** One cell before its load runs: its low-load figures (measured before, interleaved) and its upstream calls (measureCalls). */
    const runCell = async (
      target: Target,
      scenario: Exclude<ScenarioId, 'n'>,
      latencyMs: number,
      lowLoad: LowLoad | Error | undefined,
      tools: CellTools,
    ): Promise<Cell> => {
      const cell: Cell = { target: target.id, scenario, latencyMs, supported: serves(target, scenario) };
      if (!cell.supported) {
        cell.note = target.notes ?? 'not supported';
        return cell;
      }
      log(`${latencyMs} ms | ${target.id} | scenario ${scenario}`);
      const t0 = performance.now();
      try {
        if (!(lowLoad instanceof Error) && lowLoad) cell.lowLoad = lowLoad;
        await measureCalls(cell, target, singlesOf(scenario), models, token, tools, lowLoad);
      } catch (error) {
        cell.problem = (error as Error).message;
        log(`  failed: ${cell.problem}`);
      }
      cell.wallSeconds = round((performance.now() - t0) / 1000, 1);
      return cell;
    };

    /** Scenario n on one target: a point per N, then the fit of CPU per request against N. */
    const runGrowth = async (target: Target, latencyMs: number, tools: CellTools): Promise<GrowthSeries> => {
      const series: GrowthSeries = { target: target.id, latencyMs, supported: Boolean(target.growth), points: [] };
      if (!target.growth) {
        series.note = 'scenario n is not measured on this target (the graph, with and without DataLoader, and REST are)';
        return series;
      }
      for (const n of options.growthSizes) {
        log(`${latencyMs} ms | ${target.id} | scenario n, N = ${n}`);
        const nhsNumbers = patients.slice(0, n);
        const point: GrowthPoint = { n };
        series.points.push(point);
        const t0 = performance.now();
        try {
          if (nhsNumbers.length < n) throw new Error(`the sandbox offers ${nhsNumbers.length} patients, not ${n}`);
          await measureGrowth(point, target, target.growth, nhsNumbers, token, growthModels, tools);
        } catch (error) {
          point.problem = (error as Error).message;
          log(`  failed: ${point.problem}`);
        }
        point.wallSeconds = round((performance.now() - t0) / 1000, 1);
      }
      series.verdict = growthVerdict(
        series.points.flatMap((p) => (p.cpuMsPerRequest !== undefined && !p.problem ? [{ n: p.n, cpuMs: p.cpuMsPerRequest }] : [])),
      );
      return series;
    };
    for (const latencyMs of options.latencies) {
      await control(`/latency?ms=${latencyMs}`);
      const tools: CellTools = { sandboxPid: sandboxChild.pid, send, control, options, log };
      // Low load first, every target of a scenario in one interleaved loop (measureLowLoad).
      const lowLoads = new Map<ScenarioId, Map<string, LowLoad | Error>>();
      for (const scenario of options.scenarios) {
        if (scenario === 'n') continue;
        const able = targets.filter((t) => serves(t, scenario));
        log(`${latencyMs} ms | low load, scenario ${scenario}: ${able.map((t) => t.id).join(', ')}, interleaved`);
        const measured = new Map<string, LowLoad | Error>();
        const warmed: Target[] = [];
        // Warmed as before a load run (compiled, pools filled), so the first scenario is not measured on a cold process.
        for (const target of able) {
          try {
            await cannon(target, scenario, token, Math.min(...options.concurrency), options.warmupSeconds);
            warmed.push(target);
          } catch (error) {
            measured.set(target.id, error as Error);
          }
        }
        try {
          for (const [id, figures] of await measureLowLoad(warmed, scenario, models, token, latencyMs, tools)) measured.set(id, figures);
        } catch (error) {
          // Only what every target shares can fail here (the stand-in's control port): each warmed target gets the error.
          for (const target of warmed) measured.set(target.id, error as Error);
        }
        lowLoads.set(scenario, measured);
      }
      // Scenario by scenario: every target's calls, then their load runs taking turns (measureLoad), so the CPU ratios of
      // a scenario compare runs made in the same rounds.
      for (const scenario of options.scenarios) {
        if (scenario === 'n') continue;
        const here: { cell: Cell; target: Target }[] = [];
        for (const target of targets) {
          const cell = await runCell(target, scenario, latencyMs, lowLoads.get(scenario)?.get(target.id), tools);
          cells.push(cell);
          if (cell.supported && !cell.problem) here.push({ cell, target });
        }
        await measureLoad(here, token, tools);
      }
      if (options.scenarios.includes('n')) for (const target of targets) growth.push(await runGrowth(target, latencyMs, tools));
    }
    for (const s of ['a', 'b', 'c']) {
      const graphCell = cells.find((c) => c.target === reference.id && c.scenario === s && c.calls);
      if (graphCell?.calls) models[s]!.calls = graphCell.calls;
    }

    return {
      meta: {
        date: new Date().toISOString(),
        quick: options.quick,
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: round(totalmem() / 1024 ** 3, 1),
        loadAverage: { before: loadBefore, after: round(loadavg()[0] ?? 0) },
        options: {
          latencies: options.latencies,
          scenarios: options.scenarios,
          targets: options.targets,
          concurrency: options.concurrency,
          samples: options.samples,
          durationSeconds: options.durationSeconds,
          rounds: options.rounds,
          warmupSeconds: options.warmupSeconds,
          growthSizes: options.growthSizes,
          growthPatientReads: options.growthPatientReads,
          growthMinRequests: options.growthMinRequests,
          growthInFlightPatients: options.growthInFlightPatients,
        },
        notes: [
          'The sandbox, each target and the load generator are separate processes on the same machine (loopback).',
          'No cross-request cache of reference data in any target: every request makes its own upstream calls.',
          "Under load, calls per request (results.json) can fall below one request's count: concurrent " +
            'identical reads of public data (ODS, Website Content) are shared across requests.',
          'Throughput is bounded by the 2 shared cores (sandbox + target + autocannon); CPU ms per request ' +
            "is each process's own cost. Cells at 200 clients vary between runs by up to several times " +
            '(queueing, GC on a large heap).',
        ],
      },
      models,
      cells,
      ...(growth.length > 0 ? { growth } : {}),
      targets: targets.map((t) => ({ id: t.id, label: t.label, ...(t.notes ? { notes: t.notes } : {}) })),
    };
  } finally {
    for (const p of started.reverse()) await p.stop().catch(() => {});
    await dispatcher.close();
    await rm(auditDir, { recursive: true, force: true });
  }
}

/** Whether `target` can answer every request of `scenario` (Mesh cannot express c, nor so the mix). */
function serves(target: Target, scenario: Exclude<ScenarioId, 'n'>): boolean {
  return singlesOf(scenario).every((s) => target.scenarios.includes(s));
}

export interface CellTools {
  sandboxPid: number;
  send(target: Target, r: HttpRequest): Promise<{ status: number; body: string }>;
  control<T>(path: string): Promise<T>;
  options: BenchOptions;
  log?: (line: string) => void;
  /** The load generator (autocannon by default). */
  cannon?: Cannon;
}

/**
 * Latency at low load of every target able to serve the scenario: one client, one request at a time, after a few
 * warm-up requests. The targets take turns, request by request (the first of each turn rotating), instead of one
 * target's samples after another's: a machine that drifts (other work, frequency, the stand-in's own pace) during the
 * loop then moves every target's samples alike, and the difference of two targets' p50s (the added-p50 target)
 * compares requests sent side by side. A target whose request cannot be built, sent or checked gets an Error instead of
 * figures, and the others go on.
 */
export async function measureLowLoad(
  targets: Target[],
  scenario: Exclude<ScenarioId, 'n'>,
  models: BenchResult['models'],
  token: string,
  latencyMs: number,
  tools: CellTools,
): Promise<Map<string, LowLoad | Error>> {
  const { send, control, options } = tools;
  await settle(control);
  const warm = Math.max(3, Math.round(options.samples / 5));
  const samples = new Map(targets.map((t) => [t.id, { latencies: [] as number[], added: [] as number[], failures: 0, error: undefined as Error | undefined }]));
  for (let i = 0; i < warm + options.samples; i++) {
    const s = scenarioOf(scenario, i);
    for (let k = 0; k < targets.length; k++) {
      const target = targets[(i + k) % targets.length]!;
      const own = samples.get(target.id)!;
      if (own.error) continue;
      try {
        const r = target.request(s, i, token);
        const t0 = performance.now();
        const answer = await send(target, r);
        const ms = performance.now() - t0;
        if (!target.check(s, answer.status, answer.body).ok) own.failures++;
        if (i < warm) continue;
        own.latencies.push(ms);
        own.added.push(ms - models[s]!.criticalPath * latencyMs);
      } catch (error) {
        // This target's turns end here; the others go on.
        own.error = error as Error;
      }
    }
  }
  const singles = singlesOf(scenario);
  const criticalPathMs = singles.reduce((sum, s) => sum + models[s]!.criticalPath * latencyMs, 0) / singles.length;
  const out = new Map<string, LowLoad | Error>();
  for (const [id, { latencies, added, failures, error }] of samples) {
    if (error) {
      out.set(id, error);
      continue;
    }
    latencies.sort((a, b) => a - b);
    added.sort((a, b) => a - b);
    out.set(id, {
      samples: latencies.length,
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      criticalPathMs: round(criticalPathMs),
      addedP50: round(percentile(added, 50)),
      addedP99: round(percentile(added, 99)),
      failures,
      latenciesMs: latencies.map((ms) => round(ms)),
    });
  }
  return out;
}

/**
 * Upstream calls of one request of each single scenario against the model. When the target's low-load samples failed
 * (an Error from measureLowLoad), the calls are still counted and the cell ends there with that error, as when a
 * low-load request failed within the cell itself.
 */
async function measureCalls(
  cell: Cell,
  target: Target,
  singles: Single[],
  models: BenchResult['models'],
  token: string,
  tools: CellTools,
  lowLoad?: LowLoad | Error,
): Promise<void> {
  const { send, control } = tools;
  // Request 0 of each single scenario: the patient the model was computed for.
  await settle(control);
  let calls: CallCounts = {};
  let minCalls: CallCounts = {};
  for (const s of singles) {
    await control('/reset');
    const answer = await send(target, target.request(s, 0, token));
    const checked = target.check(s, answer.status, answer.body);
    if (!checked.ok) throw new Error(`scenario ${s}: ${checked.problem}`);
    calls = addCounts(calls, await control<CallCounts>('/counts'));
    minCalls = addCounts(minCalls, models[s]!.minCalls);
  }
  cell.calls = calls;
  cell.minCalls = minCalls;
  cell.callsEqualMin = total(calls) === total(minCalls) && Object.keys({ ...calls, ...minCalls }).every((k) => (calls[k] ?? 0) === (minCalls[k] ?? 0));
  cell.criticalPath = Math.max(...singles.map((s) => models[s]!.criticalPath));
  if (lowLoad instanceof Error) throw lowLoad;
}

/** What one run adds up to, unrounded, so that runs pool exactly. */
interface RoundTotals {
  seconds: number;
  requests: number;
  p50: number;
  p99: number;
  failures: number;
  peakRssBytes?: number;
  rssBeforeBytes?: number;
  /** CPU ms the target used during the run: all its threads, its main thread; and the sandbox's. */
  cpuMs?: number;
  mainThreadCpuMs?: number;
  sandboxCpuMs?: number;
  /** Upstream calls the sandbox counted for the run, and the requests sent. */
  upstream: number;
  sent: number;
}

/**
 * Throughput, latency, peak memory and CPU under load of the cells of one scenario (one per target). At each client
 * count every target makes `options.rounds` runs, the targets taking turns run by run, always in the same order: every
 * run of every target then follows the same number of other targets' runs. The order is not rotated between rounds:
 * a process's cost in a run grows with how long it sat idle before its warm-up (the first full run measured in turns,
 * with the first of each round rotating, gave the graph and Mesh their dearest runs after their longest waits; see
 * docs/performance.md, "Sixth pass"), and rotating gives targets unequal waits. A target whose run fails gets the error
 * as its cell's problem and makes no more runs; the runs it made are kept, and the others go on.
 */
export async function measureLoad(entries: readonly { cell: Cell; target: Target }[], token: string, tools: CellTools): Promise<void> {
  const { control, options } = tools;
  if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new Error(`rounds must be a whole number of at least 1, not ${options.rounds}`);
  const load = tools.cannon ?? cannon;
  for (const connections of options.concurrency) {
    const made = new Map<Cell, RoundTotals[]>(entries.map(({ cell }) => [cell, []]));
    for (let r = 0; r < options.rounds; r++) {
      for (const { cell, target } of entries) {
        if (cell.problem) continue;
        const scenario = cell.scenario as Exclude<ScenarioId, 'n'>;
        tools.log?.(`${cell.latencyMs} ms | ${target.id} | scenario ${scenario} | ${connections} clients, run ${r + 1} of ${options.rounds}`);
        const t0 = performance.now();
        try {
          await load(target, scenario, token, connections, options.warmupSeconds);
          await settle(control);
          target.resetPeak();
          const rssBefore = target.rss();
          const before = [target.cpuMs(), target.mainThreadCpuMs(), cpuMs(tools.sandboxPid)] as const;
          const run = await load(target, scenario, token, connections, options.durationSeconds);
          const peak = target.peakRss();
          const after = [target.cpuMs(), target.mainThreadCpuMs(), cpuMs(tools.sandboxPid)] as const;
          const [cpu, main, sandbox] = [0, 1, 2].map((i) => usedBetween(before[i], after[i]));
          made.get(cell)!.push({
            seconds: options.durationSeconds,
            requests: run.requests,
            p50: run.p50,
            p99: run.p99,
            failures: run.failures,
            ...(peak !== undefined ? { peakRssBytes: peak } : {}),
            ...(rssBefore !== undefined ? { rssBeforeBytes: rssBefore } : {}),
            ...(cpu !== undefined ? { cpuMs: cpu } : {}),
            ...(main !== undefined ? { mainThreadCpuMs: main } : {}),
            ...(sandbox !== undefined ? { sandboxCpuMs: sandbox } : {}),
            // Calls of every request sent, counted once the ones autocannon abandoned at the end have finished too.
            upstream: total(await quiet(control)),
            sent: run.sent,
          });
        } catch (error) {
          cell.problem = `${connections} clients, run ${r + 1}: ${(error as Error).message}`;
          tools.log?.(`  failed: ${cell.problem}`);
        }
        cell.wallSeconds = round((cell.wallSeconds ?? 0) + (performance.now() - t0) / 1000, 1);
      }
    }
    // A cell with a problem is left out of every verdict (verdicts.ts); the runs it made are kept for the record.
    for (const { cell } of entries) {
      const runs = made.get(cell)!;
      if (runs.length > 0) (cell.load ??= []).push(pooled(connections, runs));
    }
  }
}

/** A target's runs at one client count as one LoadRun (figures), each run's own figures kept in `rounds`. */
function pooled(connections: number, runs: readonly RoundTotals[]): LoadRun {
  const upstream = runs.reduce((s, t) => s + t.upstream, 0);
  const sent = runs.reduce((s, t) => s + t.sent, 0);
  return { connections, ...figures(runs), callsPerRequest: round(sent > 0 ? upstream / sent : NaN), rounds: runs.map((t) => figures([t])) };
}

/**
 * The figures of one or more runs: seconds, requests and failures summed, req/s their quotient, CPU per request the
 * CPU summed over the requests summed, latencies the runs' median, the highest peak RSS, the RSS before the first run.
 */
function figures(runs: readonly RoundTotals[]): LoadRound {
  const sum = (f: (t: RoundTotals) => number) => runs.reduce((s, t) => s + f(t), 0);
  const requests = sum((t) => t.requests);
  const seconds = sum((t) => t.seconds);
  const cpu = (key: 'cpuMs' | 'mainThreadCpuMs' | 'sandboxCpuMs') =>
    runs.every((t) => t[key] !== undefined)
      ? msPerRequest(
          sum((t) => t[key]!),
          requests,
        )
      : undefined;
  const peaks = runs.flatMap((t) => (t.peakRssBytes !== undefined ? [t.peakRssBytes] : []));
  const [all, main, sandbox] = [cpu('cpuMs'), cpu('mainThreadCpuMs'), cpu('sandboxCpuMs')];
  const rssBefore = runs[0]?.rssBeforeBytes;
  return {
    seconds,
    requests,
    rps: round(seconds > 0 ? requests / seconds : NaN, 1),
    p50: round(median(runs.map((t) => t.p50))),
    p99: round(median(runs.map((t) => t.p99))),
    failures: sum((t) => t.failures),
    ...(peaks.length === runs.length && peaks.length > 0 ? { peakRssBytes: Math.max(...peaks) } : {}),
    ...(rssBefore !== undefined ? { rssBeforeBytes: rssBefore } : {}),
    ...(all !== undefined ? { cpuMsPerRequest: all } : {}),
    ...(main !== undefined ? { mainThreadCpuMsPerRequest: main } : {}),
    ...(sandbox !== undefined ? { sandboxCpuMsPerRequest: sandbox } : {}),
  };
}

/** The difference of two CPU readings; undefined when either is missing (off Linux). */
const usedBetween = (before: number | undefined, after: number | undefined) => (before !== undefined && after !== undefined ? after - before : undefined);
/** CPU ms per request, to the µs; undefined without a reading or without requests. */
const msPerRequest = (ms: number | undefined, requests: number) => (ms !== undefined && requests > 0 ? round(ms / requests, 3) : undefined);

/**
 * Scenario n at one N. 1: one request's upstream calls against the model (computed from the first answer seen for this
 * N, the graph's when it runs first). 2: low-load p50 (one client). 3: a fixed number of requests (about
 * growthPatientReads patients in all) with about growthInFlightPatients patients in flight (growthClients), every one
 * answered before the CPU is read: CPU per request then has no tail of requests abandoned at the end of a timed run, which would weigh most at N = 200.
 */
async function measureGrowth(
  point: GrowthPoint,
  target: Target,
  growth: GrowthTarget,
  nhsNumbers: readonly string[],
  token: string,
  models: Map<number, Model>,
  tools: CellTools,
): Promise<void> {
  const { send, control, options } = tools;
  const n = nhsNumbers.length;
  const ask = async (): Promise<GrowthPatient[]> => {
    const r = growth.request(nhsNumbers, token);
    const answer = await send(target, r);
    const checked = growth.check(nhsNumbers, answer.status, answer.body);
    if (!checked.ok) throw new Error(`N = ${n}: ${checked.problem}`);
    return checked.patients!;
  };

  await settle(control);
  await control('/reset');
  const patients = await ask();
  const calls = await control<CallCounts>('/counts');
  let model = models.get(n);
  if (!model) models.set(n, (model = growthModel(patients)));
  point.distinctCodes = distinctCodes(patients);
  point.calls = calls;
  point.minCalls = model.minCalls;
  point.callsEqualMin = Object.keys({ ...calls, ...model.minCalls }).every((k) => (calls[k] ?? 0) === (model.minCalls[k] ?? 0));

  const samples = Math.max(3, Math.round(options.samples / 4));
  const latencies: number[] = [];
  for (let i = 0; i < 2 + samples; i++) {
    const t0 = performance.now();
    await ask();
    if (i >= 2) latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  point.lowLoadP50 = round(percentile(latencies, 50));

  const amount = growthAmount(n, options.growthPatientReads, options.growthMinRequests);
  const connections = growthClients(n, options.growthInFlightPatients, options.concurrency[0] ?? 50, amount);
  const fixed = growth.request(nhsNumbers, token);
  const check = (status: number, body: string) => growth.check(nhsNumbers, status, body).ok;
  await fixedRun(target, fixed, check, connections, Math.min(amount, connections * 2)); // warm-up
  await settle(control);
  target.resetPeak();
  const [cpu0, sandboxCpu0] = [target.cpuMs(), cpuMs(tools.sandboxPid)];
  const run = await fixedRun(target, fixed, check, connections, amount);
  const [cpu1, sandboxCpu1] = [target.cpuMs(), cpuMs(tools.sandboxPid)];
  const peak = target.peakRss();
  const upstream = total(await quiet(control));
  const cpu = msPerRequest(usedBetween(cpu0, cpu1), run.requests);
  const sandboxCpu = msPerRequest(usedBetween(sandboxCpu0, sandboxCpu1), run.requests);
  Object.assign(point, {
    connections,
    requests: run.requests,
    p50: run.p50,
    failures: run.failures,
    callsPerRequest: round(run.requests > 0 ? upstream / run.requests : NaN),
    ...(cpu !== undefined ? { cpuMsPerRequest: cpu } : {}),
    ...(sandboxCpu !== undefined ? { sandboxCpuMsPerRequest: sandboxCpu } : {}),
    ...(peak !== undefined ? { peakRssBytes: peak } : {}),
  });
}

/** `amount` requests of one fixed request over `connections` connections; resolves once every one is answered. */
async function fixedRun(
  target: Target,
  r: HttpRequest,
  check: (status: number, body: string) => boolean,
  connections: number,
  amount: number,
): Promise<{ requests: number; p50: number; failures: number }> {
  let bad = 0;
  const result = await autocannon({
    url: `${target.url}${r.path}`,
    method: r.method,
    headers: r.headers,
    ...(r.body !== undefined ? { body: r.body } : {}),
    connections,
    amount,
    timeout: 120,
    requests: [{ onResponse: (status: number, body: string) => void (check(status, body) || bad++) }],
  });
  return { requests: result.requests.total, p50: result.latency.p50, failures: bad + result.errors + result.timeouts };
}

/**
 * Waits until the target has finished the requests autocannon abandoned at the end of a run (a server goes on with a
 * request whose client has gone), so they are not counted in the next measurement: until the sandbox sees no call for
 * 200 ms. Leaves the counts reset.
 */
async function settle(control: CellTools['control']): Promise<void> {
  const until = performance.now() + 30_000;
  for (;;) {
    await control('/reset');
    await sleep(200);
    const counts = await control<CallCounts>('/counts');
    if (total(counts) === 0 || performance.now() > until) break;
  }
  await control('/reset');
}

/** The sandbox's counts once they have not moved for 200 ms. */
async function quiet(control: CellTools['control']): Promise<CallCounts> {
  const until = performance.now() + 30_000;
  let last = await control<CallCounts>('/counts');
  for (;;) {
    await sleep(200);
    const now = await control<CallCounts>('/counts');
    if (total(now) === total(last) || performance.now() > until) return now;
    last = now;
  }
}

/** A load run: requests sent, answered, their latency and the failures among them. */
export type Cannon = (
  target: Target,
  scenario: Exclude<ScenarioId, 'n'>,
  token: string,
  connections: number,
  seconds: number,
) => Promise<{ requests: number; sent: number; p50: number; p99: number; failures: number }>;

/** One autocannon run: each connection sends the scenario's requests in turn, checking every answer. */
async function cannon(
  target: Target,
  scenario: Exclude<ScenarioId, 'n'>,
  token: string,
  connections: number,
  seconds: number,
): Promise<{ requests: number; sent: number; p50: number; p99: number; failures: number }> {
  let i = 0;
  let bad = 0;
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: autocannon.Request, context: object) => {
          const n = i++;
          const s = scenarioOf(scenario, n);
          const r = target.request(s, n, token);
          (context as { scenario?: Single }).scenario = s;
          return { ...req, method: r.method, path: r.path, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) };
        },
        onResponse: (status: number, body: string, context: object) => {
          if (!target.check((context as { scenario: Single }).scenario, status, body).ok) bad++;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    sent: i,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: bad + result.errors + result.timeouts,
  };
}
