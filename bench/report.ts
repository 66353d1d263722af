/** bench/results.md from a benchmark result: one table per upstream latency, the ratios, and the targets' verdicts. */
import type { BenchResult, Cell, GrowthSeries, LoadRun } from './bench.js';
import { LINEAR_TOLERANCE } from './growth.js';
import { total } from './scenarios.js';
import { issueTargets, verdictText } from './verdicts.js';

const SCENARIOS: Record<string, string> = {
  a: 'a: patient + GP + pharmacy',
  b: 'b: search, 50 patients, 10 GPs',
  c: 'c: full picture, 8 APIs',
  d: 'd: mix of a, b, c',
  n: 'n: N patients by NHS number',
};
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 1024 / 1024)}`);
const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? 'n/a' : `${(a / b).toFixed(2)}×`);
const runAt = (cell: Cell | undefined, c: number): LoadRun | undefined => cell?.load?.find((l) => l.connections === c);
const runsText = (rounds: number) =>
  rounds > 1 ? `${rounds} runs per target and client count, the targets taking turns` : 'one run per target and client count';

export function markdown(result: BenchResult, command: string): string {
  const { meta } = result;
  const lines: string[] = [];
  const label = new Map(result.targets.map((t) => [t.id, t.label]));
  lines.push(`# Benchmark results`, '');
  lines.push(
    `\`${command}\` on ${meta.date.slice(0, 16).replace('T', ' ')} UTC: Node ${meta.node}, ${meta.cpus} ` +
      `× ${meta.cpuModel}, ${meta.memoryGb} GB, load average ${meta.loadAverage.before} before and ` +
      `${meta.loadAverage.after} after.` +
      ` Low load: ${meta.options.samples} sequential requests after a warm-up, the targets taking turns; load: autocannon ` +
      `${meta.options.durationSeconds} s per run after ${meta.options.warmupSeconds} s of warm-up, ` +
      `${runsText(meta.options.rounds ?? 1)}.` +
      (meta.quick ? ' **Quick mode: smoke figures, not measurements.**' : ''),
    '',
  );
  for (const note of meta.notes) lines.push(`- ${note}`);
  lines.push('');
  lines.push(...targetsSection(result), '');
  const [lo, hi] = [meta.options.concurrency[0], meta.options.concurrency[meta.options.concurrency.length - 1]];
  const cellScenarios = meta.options.scenarios.filter((s) => s !== 'n');
  for (const latency of cellScenarios.length > 0 ? meta.options.latencies : []) {
    lines.push(`## ${latency} ms upstream latency`, '');
    lines.push(
      `| scenario | target | upstream calls (min) | critical path ms | p50 ms | p99 ms | added p50 ` +
        `ms | req/s @${lo} | p99 ms @${lo} | req/s @${hi} | p99 ms @${hi} | peak RSS MB @${hi} (before) ` +
        `| CPU ms/req @${hi}: all threads, main thread (sandbox) | failures |`,
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const scenario of cellScenarios) {
      for (const cell of result.cells.filter((c) => c.latencyMs === latency && c.scenario === scenario)) {
        const name = label.get(cell.target) ?? cell.target;
        if (!cell.supported || cell.problem) {
          lines.push(
            `| ${SCENARIOS[scenario]} | ${name} | ${cell.problem ? `failed: ${cell.problem.slice(0, 120)}` : 'cannot express it (see notes)'} ` +
              `|  |  |  |  |  |  |  |  |  |  |  |`,
          );
          continue;
        }
        const calls = cell.calls ? total(cell.calls) : undefined;
        const min = cell.minCalls ? total(cell.minCalls) : undefined;
        const [a, b] = [runAt(cell, lo!), runAt(cell, hi!)];
        const failures = (cell.lowLoad?.failures ?? 0) + (cell.load ?? []).reduce((s, l) => s + l.failures, 0);
        lines.push(
          `| ${SCENARIOS[scenario]} | ${name} | ${calls} (${min})${cell.callsEqualMin ? '' : calls! > min! ? ' **above**' : ' below'} ` +
            `| ${fmt(cell.lowLoad?.criticalPathMs, 0)} | ${fmt(cell.lowLoad?.p50)} | ${fmt(cell.lowLoad?.p99)} ` +
            `| ${fmt(cell.lowLoad?.addedP50)} | ${fmt(a?.rps, 0)} | ${fmt(a?.p99, 0)} | ${fmt(b?.rps, 0)} ` +
            `| ${fmt(b?.p99, 0)} | ${mb(b?.peakRssBytes)} (${mb(b?.rssBeforeBytes)}) | ${fmt(b?.cpuMsPerRequest, 2)}` +
            `${b?.mainThreadCpuMsPerRequest !== undefined ? `, ${fmt(b.mainThreadCpuMsPerRequest, 2)}` : ''} ` +
            `(${fmt(b?.sandboxCpuMsPerRequest, 2)}) | ${failures} |`,
        );
      }
    }
    lines.push('');
  }

  const others = result.targets.map((t) => t.id).filter((id) => id !== 'graph');
  if (others.length > 0 && result.targets.some((t) => t.id === 'graph') && cellScenarios.length > 0) {
    lines.push('## Ratios: nhs-graph / each alternative', '');
    lines.push(`A throughput ratio above 1, and latency, memory and CPU ratios below 1, favour nhs-graph.`, '');
    lines.push(
      `| latency | scenario | alternative | req/s @${lo} | req/s @${hi} | low-load p50 | peak RSS @${hi} | CPU ms/req @${hi} |`,
      '|---|---|---|---|---|---|---|---|',
    );
    for (const latency of meta.options.latencies) {
      for (const scenario of cellScenarios) {
        const ours = result.cells.find((c) => c.target === 'graph' && c.latencyMs === latency && c.scenario === scenario);
        for (const other of others) {
          const theirs = result.cells.find((c) => c.target === other && c.latencyMs === latency && c.scenario === scenario);
          if (!ours?.load || !theirs?.load) continue;
          lines.push(
            `| ${latency} ms | ${scenario} | ${label.get(other)} | ${ratio(runAt(ours, lo!)?.rps, runAt(theirs, lo!)?.rps)} ` +
              `| ${ratio(runAt(ours, hi!)?.rps, runAt(theirs, hi!)?.rps)} | ${ratio(ours.lowLoad?.p50, theirs.lowLoad?.p50)} ` +
              `| ${ratio(runAt(ours, hi!)?.peakRssBytes, runAt(theirs, hi!)?.peakRssBytes)} ` +
              `| ${ratio(runAt(ours, hi!)?.cpuMsPerRequest, runAt(theirs, hi!)?.cpuMsPerRequest)} |`,
          );
        }
      }
    }
    lines.push('');
  }

  if (result.growth?.length) lines.push(...growthSection(result), '');

  const callCells = result.cells.filter((c) => c.calls && c.latencyMs === meta.options.latencies[0]);
  if (callCells.length > 0) lines.push('## Upstream calls per API (one request; d = one each of a, b, c)', '');
  if (callCells.length > 0) lines.push('| latency | scenario | target | calls | model minimum |', '|---|---|---|---|---|');
  for (const cell of callCells) {
    lines.push(`| ${cell.latencyMs} ms | ${cell.scenario} | ${label.get(cell.target)} | ${show(cell.calls!)} | ${show(cell.minCalls!)} |`);
  }
  if (callCells.length > 0) lines.push('');
  const notes = result.targets.filter((t) => t.notes);
  if (notes.length > 0) {
    lines.push('## Notes on the alternatives', '');
    for (const t of notes) lines.push(`- **${t.label}**: ${t.notes}`);
    lines.push('');
  }
  return lines.join('\n');
}

const show = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** The targets of issue 17: each one's worst measured value and met / missed (bench/verdicts.ts). */
export function targetsSection(result: BenchResult, heading = '## Targets (issue 17)', details = true): string[] {
  const verdicts = issueTargets(result);
  const lines = [heading, '', '| target | measured (worst) | verdict |', '|---|---|---|'];
  for (const v of verdicts) lines.push(`| ${v.target} | ${v.measured} | ${verdictText(v)} |`);
  if (!details) return lines;
  lines.push('', 'Every value measured, per target (✗: misses):', '');
  for (const v of verdicts) {
    const values = v.measures.filter((m) => m.value !== undefined);
    if (values.length === 0) continue;
    const text = values.map((m) => `${m.where}: ${v.format(m.value!)}${m.pass ? '' : ' ✗'}`).join('; ');
    lines.push(`- ${v.target}: ${text}`);
    const rest = v.measures.filter((m) => m.rest !== undefined);
    if (rest.length > 0)
      lines.push(`  - REST by hand against the same bar: ${rest.map((m) => `${m.where}: ${v.format(m.rest!)}${m.restPass ? '' : ' ✗'}`).join('; ')}`);
  }
  return lines;
}

/** Scenario n: per latency, a row per N and target, then the least-squares line of CPU per request against N. */
export function growthSection(result: BenchResult): string[] {
  const { meta } = result;
  const label = new Map(result.targets.map((t) => [t.id, t.label]));
  const series = result.growth ?? [];
  const inFlight = meta.options.growthInFlightPatients ?? 'n/a';
  const lines = [
    '## Scenario n: cost growth (N patients by NHS number in one query)',
    '',
    `One query reads N patients (aliases), each with GP practice and nominated pharmacy, N = ${meta.options.growthSizes?.join(', ')}. ` +
      "Upstream calls are one request's, against the model: PDS = N (no multi-patient read), ODS = ⌈distinct codes / 100⌉ " +
      `(one \`_id\` search per 100 codes). CPU per request is over a fixed number of requests (about ${meta.options.growthPatientReads} ` +
      `patients, at least ${meta.options.growthMinRequests} requests), every one answered before the CPU is read, with about ` +
      `${inFlight} patients in flight (${inFlight} / N clients, at most ${meta.options.concurrency[0]}). ` +
      `Growth is linear when CPU per patient at the largest N is at most ${LINEAR_TOLERANCE}× ` +
      'CPU per patient at N = 10 (a fixed per-request cost makes it fall with N; a cost growing faster than N makes it rise).',
    '',
  ];
  for (const latency of meta.options.latencies) {
    const here = series.filter((s) => s.latencyMs === latency);
    if (here.length === 0) continue;
    lines.push(`### ${latency} ms upstream latency`, '');
    lines.push(
      '| N | target | upstream calls (min) | distinct ODS codes | low-load p50 ms | requests (clients) | p50 ms under load ' +
        '| CPU ms/req (sandbox) | CPU ms per patient | vs REST CPU | peak RSS MB | failures |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    const rest = here.find((s) => s.target === 'rest');
    for (const n of meta.options.growthSizes ?? []) {
      for (const s of here) {
        const name = label.get(s.target) ?? s.target;
        if (!s.supported) continue;
        const p = s.points.find((x) => x.n === n);
        if (!p) continue;
        if (p.problem) {
          lines.push(`| ${n} | ${name} | failed: ${p.problem.slice(0, 120)} |  |  |  |  |  |  |  |  |  |`);
          continue;
        }
        const calls = p.calls ? `${show(p.calls)} (${show(p.minCalls ?? {})})${p.callsEqualMin ? '' : ' **differs**'}` : 'n/a';
        const restCpu = rest?.points.find((x) => x.n === n)?.cpuMsPerRequest;
        lines.push(
          `| ${n} | ${name} | ${calls} | ${p.distinctCodes ?? 'n/a'} | ${fmt(p.lowLoadP50)} | ${p.requests ?? 'n/a'} (${p.connections ?? 'n/a'}) ` +
            `| ${fmt(p.p50, 0)} | ${fmt(p.cpuMsPerRequest, 2)} (${fmt(p.sandboxCpuMsPerRequest, 2)}) ` +
            `| ${fmt(p.cpuMsPerRequest !== undefined ? p.cpuMsPerRequest / n : undefined, 3)} ` +
            `| ${s.target === 'rest' ? '' : ratio(p.cpuMsPerRequest, restCpu)} | ${mb(p.peakRssBytes)} | ${p.failures ?? 'n/a'} |`,
        );
      }
    }
    lines.push(
      '',
      '| target | slope: CPU ms per patient | fixed CPU ms per request | r² | CPU/N at the largest N ÷ at N = 10 | marginal cost, last step ÷ first | growth |',
    );
    lines.push('|---|---|---|---|---|---|---|');
    for (const s of here.filter((x) => x.supported)) lines.push(fitRow(s, label.get(s.target) ?? s.target));
    lines.push('');
  }
  const unsupported = series.filter((s) => !s.supported && s.latencyMs === meta.options.latencies[0]);
  for (const s of unsupported) lines.push(`- ${label.get(s.target) ?? s.target}: ${s.note ?? 'not measured'}.`);
  return lines;
}

function fitRow(s: GrowthSeries, name: string): string {
  const v = s.verdict;
  const fit = v?.fit;
  const growth = v?.linear === undefined ? 'n/a' : v.linear ? 'at most linear' : '**faster than linear**';
  return (
    `| ${name} | ${fmt(fit?.slope, 3)} | ${fmt(fit?.intercept, 2)} | ${fmt(fit?.r2, 3)} ` +
    `| ${v?.perPatientRatio !== undefined ? `${v.perPatientRatio.toFixed(2)} (N = ${v.to} vs ${v.from})` : 'n/a'} ` +
    `| ${fmt(v?.marginalRatio, 2)} | ${growth} |`
  );
}

/** The README's Performance table: the graph per scenario and latency, with its throughput ratio to each alternative. */
export function summary(result: BenchResult, command: string): string {
  const { meta } = result;
  const [lo, hi] = [meta.options.concurrency[0]!, meta.options.concurrency[meta.options.concurrency.length - 1]!];
  const others = result.targets.map((t) => t.id).filter((id) => id !== 'graph');
  const label = new Map(result.targets.map((t) => [t.id, t.label]));
  const lines = [
    `\`${command}\`, ${meta.date.slice(0, 16).replace('T', ' ')} UTC, Node ${meta.node}, ${meta.cpus} ` +
      `cores (load average ${meta.loadAverage.before} before the run). Ratios are nhs-graph's req/s ` +
      `over the alternative's at ${lo} / ${hi} clients (above 1: the graph is faster). Full tables, ` +
      `CPU and memory of every target: [bench/results.md](bench/results.md).`,
    '',
    `| latency | scenario | upstream calls (minimum) | p50 ms (added over the critical path) | ` +
      `p50 − REST's p50 ms | req/s @${lo} / @${hi} | CPU ms/req @${hi} | peak RSS MB @${hi} | ${others.map((o) => `vs ${label.get(o)}`).join(' | ')} |`,
    `|---|---|---|---|---|---|---|---|${others.map(() => '---|').join('')}`,
  ];
  for (const latency of meta.options.latencies) {
    for (const scenario of meta.options.scenarios) {
      const ours = result.cells.find((c) => c.target === 'graph' && c.latencyMs === latency && c.scenario === scenario);
      if (!ours?.load || !ours.calls || !ours.minCalls) continue;
      const vs = others.map((o) => {
        const theirs = result.cells.find((c) => c.target === o && c.latencyMs === latency && c.scenario === scenario);
        if (!theirs?.load) return theirs?.note || theirs?.problem ? 'n/a' : '';
        return `${ratio(runAt(ours, lo)?.rps, runAt(theirs, lo)?.rps)} / ${ratio(runAt(ours, hi)?.rps, runAt(theirs, hi)?.rps)}`;
      });
      const rest = result.cells.find((c) => c.target === 'rest' && c.latencyMs === latency && c.scenario === scenario)?.lowLoad?.p50;
      const overRest = rest !== undefined && ours.lowLoad ? fmt(ours.lowLoad.p50 - rest) : 'n/a';
      lines.push(
        `| ${latency} ms | ${SCENARIOS[scenario]} | ${total(ours.calls)} (${total(ours.minCalls)}) ` +
          `| ${fmt(ours.lowLoad?.p50)} (${fmt(ours.lowLoad?.addedP50)}) | ${overRest} | ${fmt(runAt(ours, lo)?.rps, 0)} ` +
          `/ ${fmt(runAt(ours, hi)?.rps, 0)} | ${fmt(runAt(ours, hi)?.cpuMsPerRequest, 1)} | ${mb(runAt(ours, hi)?.peakRssBytes)} ` +
          `| ${vs.join(' | ')} |`,
      );
    }
  }
  lines.push('', ...targetsSection(result, '**Targets (issue 17)**', false));
  return lines.join('\n');
}
