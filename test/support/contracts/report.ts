import { existsSync, readFileSync, statSync } from 'node:fs';
import { KNOWN_DEVIATIONS } from './known-deviations.js';
import { LAST_RUN_FILE } from './contracts.reporter.js';
import type { RecordedVerdict } from './setup.js';

/**
 * `npm run contracts`: what the last test run's exchanges with the embedded sandbox were, judged against the published
 * OpenAPI documents (test/support/contracts/). Per API: each operation used, how many exchanges were checked from the
 * graph's tests and from the sandbox's own tests (test/sandbox/), how many were excused by a known deviation (and
 * which), how many were deliberate negative cases, and how many did not conform. Known deviations that excused nothing
 * are listed (remove them once fixed). Exits 1 when any exchange did not conform, or when there is no run to report.
 */
const file = process.argv[2] ?? LAST_RUN_FILE;
if (!existsSync(file)) {
  console.error(`No test run recorded at ${file}: run the tests first (npm test, or npx vitest run <files>).`);
  process.exit(1);
}
const verdicts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as RecordedVerdict);

interface Tally {
  graph: number;
  sandbox: number;
  allowed: Set<string>;
  excused: number;
  negative: number;
  faults: number;
  failing: number;
}
const byApi = new Map<string, Map<string, Tally>>();
for (const v of verdicts) {
  const ops = byApi.get(v.api) ?? new Map<string, Tally>();
  byApi.set(v.api, ops);
  const key = v.operation ?? `(no operation) ${v.method} ${v.path}`;
  const t = ops.get(key) ?? { graph: 0, sandbox: 0, allowed: new Set(), excused: 0, negative: 0, faults: 0, failing: 0 };
  ops.set(key, t);
  if (v.testFile.startsWith('test/sandbox/')) t.sandbox += 1;
  else t.graph += 1;
  for (const f of v.allowed) t.allowed.add(f);
  if (v.allowed.length > 0) t.excused += 1;
  if (v.negative !== undefined) t.negative += 1;
  if (v.fault !== undefined) t.faults += 1;
  if (v.failing.length > 0) t.failing += 1;
}

const when = statSync(file).mtime.toISOString();
console.log(`Exchanges with the embedded sandbox in the last test run (${when}), judged against contracts/nhs/*:\n`);
let total = 0;
let failing = 0;
for (const api of [...byApi.keys()].sort()) {
  const ops = byApi.get(api)!;
  const sum = (f: (t: Tally) => number) => [...ops.values()].reduce((n, t) => n + f(t), 0);
  const checked = sum((t) => t.graph + t.sandbox);
  total += checked;
  failing += sum((t) => t.failing);
  console.log(
    `${api}: ${checked} checked, ${sum((t) => t.failing)} non-conforming, ${sum((t) => t.excused)} ` +
      `excused by known deviations, ${sum((t) => t.negative)} deliberate negative cases`,
  );
  for (const [op, t] of [...ops].sort()) {
    const notes = [
      t.allowed.size ? `known: ${[...t.allowed].join(', ')} (${t.excused})` : '',
      t.negative ? `negative: ${t.negative}` : '',
      t.faults ? `injected faults: ${t.faults}` : '',
      t.failing ? `NON-CONFORMING: ${t.failing}` : '',
    ].filter(Boolean);
    console.log(
      `  ${op.padEnd(70)} graph ${String(t.graph).padStart(5)}  sandbox tests ${String(t.sandbox).padStart(4)}${notes.length ? `  ${notes.join('; ')}` : ''}`,
    );
  }
}
const used = new Set(verdicts.flatMap((v) => v.allowed));
const stale = KNOWN_DEVIATIONS.filter((d) => !used.has(d.finding));
console.log(`\n${total} exchanges checked, ${failing} non-conforming.`);
if (stale.length > 0)
  console.log(
    `Known deviations that excused nothing in this run (remove them if the run covered them): ${[...new Set(stale.map((d) => d.finding))].join(', ')}`,
  );
if (verdicts.length === 0) console.log('The run made no exchange with the sandbox.');
process.exit(failing > 0 || verdicts.length === 0 ? 1 : 0);
