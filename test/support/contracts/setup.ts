import { appendFileSync } from 'node:fs';
import { subscribe } from 'node:diagnostics_channel';
import { afterAll, afterEach } from 'vitest';
import { SANDBOX_EXCHANGE_CHANNEL, type SandboxExchange } from '../../../sandbox/src/exchange.js';
import { currentTestFile, logDir, workerFile } from '../log-capture.js';
import { checkExchange, type ExchangeVerdict } from './check.js';
import { KNOWN_DEVIATIONS } from './known-deviations.js';
import { clearExpectedNonConformance, expectedNonConformance, NONCONFORMING_HEADER, type ExpectedNonConformance } from './opt-out.js';

/**
 * Every exchange between the graph (or a test) and the embedded sandbox in this test file, judged against the API's
 * published OpenAPI document (check.ts). A test fails when an exchange made during it does not conform, unless a known
 * deviation (known-deviations.ts) excuses each violation or the test marked the request as a deliberate negative case
 * (opt-out.ts). Each verdict goes to the run's capture directory (`contracts-*`) for `npm run contracts`.
 */

/** One verdict as recorded for the report: no bodies, no header values. */
export interface RecordedVerdict extends ExchangeVerdict {
  testFile: string;
  /** The findings whose known deviations excused violations. */
  allowed: string[];
  /** Violations nothing excuses. */
  failing: string[];
  /** Why the test sent it knowing it breaks the contract. */
  negative?: string;
  fault?: string;
}

interface Received {
  exchange: SandboxExchange;
  testFile: string;
  expected: readonly ExpectedNonConformance[];
}

/**
 * Exchanges received and not yet judged. Judging waits for the end of the test: compiling a spec's validators takes a
 * CPU second or two, which would otherwise stall the sandbox and the graph (one process) inside the test's own timeouts.
 * The answer's body is copied now, as the sandbox may change the object it answered with later.
 */
let pending: Received[] = [];

subscribe(SANDBOX_EXCHANGE_CHANNEL, (message) => {
  const exchange = message as SandboxExchange;
  const body = typeof exchange.body === 'object' && exchange.body !== null ? JSON.parse(JSON.stringify(exchange.body)) : exchange.body;
  pending.push({ exchange: { ...exchange, headers: { ...exchange.headers }, body }, testFile: currentTestFile(), expected: expectedNonConformance() });
});

async function judge(exchange: SandboxExchange, testFile: string, expected: readonly ExpectedNonConformance[]): Promise<RecordedVerdict> {
  const marked = exchange.headers[NONCONFORMING_HEADER];
  let negative = Array.isArray(marked) ? marked.join(', ') : marked;
  const { [NONCONFORMING_HEADER]: _, ...headers } = exchange.headers;
  let verdict: ExchangeVerdict;
  try {
    verdict = await checkExchange({ ...exchange, headers });
  } catch (error) {
    verdict = {
      api: exchange.api,
      operation: undefined,
      method: exchange.method,
      path: exchange.path,
      status: exchange.status,
      violations: [`the checker failed: ${(error as Error).message}`],
    };
  }
  negative ??= expected.find((e) => e.api === verdict.api && e.operation === verdict.operation)?.reason;
  const allowed = new Set<string>();
  const failing = verdict.violations.filter((v) => {
    const excuse = KNOWN_DEVIATIONS.find(
      (d) => d.api === verdict.api && d.operation === (verdict.operation ?? `${verdict.method} ${verdict.path}`) && d.violation.test(v),
    );
    if (excuse) allowed.add(excuse.finding);
    return !excuse;
  });
  const recorded: RecordedVerdict = {
    ...verdict,
    path: pathShape(verdict.path),
    testFile,
    allowed: [...allowed],
    failing,
    ...(exchange.fault ? { fault: exchange.fault } : {}),
  };
  if (negative !== undefined) {
    recorded.negative = negative;
    // A negative case must be one: an opted-out exchange that conforms means the opt-out (or the checker) is wrong.
    recorded.failing = verdict.violations.length > 0 ? [] : [`marked non-conforming ("${negative}") but conforms to the spec`];
  }
  return recorded;
}

/** The path with digits and long ids blanked, so the record holds no NHS number or identifier. */
function pathShape(path: string): string {
  return path
    .split('/')
    .map((s) => (/\d{3,}|^[0-9a-f-]{16,}$/i.test(s) ? '…' : s))
    .join('/');
}

async function settle(): Promise<RecordedVerdict[]> {
  const batch = pending;
  pending = [];
  const verdicts: RecordedVerdict[] = [];
  for (const r of batch) verdicts.push(await judge(r.exchange, r.testFile, r.expected));
  const dir = logDir();
  if (dir && verdicts.length > 0) appendFileSync(workerFile(dir, 'contracts'), verdicts.map((v) => `${JSON.stringify(v)}\n`).join(''));
  return verdicts;
}

function failIfAny(verdicts: RecordedVerdict[]): void {
  const bad = verdicts.filter((v) => v.failing.length > 0);
  if (bad.length === 0) return;
  const lines = bad
    .slice(0, 10)
    .map((v) => `  ${v.api} ${v.operation ?? `${v.method} ${v.path}`} -> ${v.status}${v.negative ? ' [negative case]' : ''}\n    ${v.failing.join('\n    ')}`);
  throw new Error(
    `${bad.length} exchange(s) with the sandbox do not conform to the published OpenAPI documents:\n` +
      `${lines.join('\n')}${bad.length > 10 ? `\n  ... and ${bad.length - 10} more` : ''}`,
  );
}

afterEach(async () => {
  clearExpectedNonConformance();
  failIfAny(await settle());
});
afterAll(async () => failIfAny(await settle()));
