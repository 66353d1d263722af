import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import { capturedRun, captureSlug, type CapturedRun } from '../support/log-capture.js';
import { findPersonalData, knownPersonalData, type KnownPersonalData } from '../support/personal-data.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * The application log never holds an NHS number, name, date of birth, address or token, and neither does any error the
 * graph returns to a client. Every test graph of the run logs through the real logger into one capture directory, and
 * its error answers and the run's console output are kept there too (test/support/log-capture.ts); this suite runs
 * after all the others (vitest.config.ts orders the projects) and scans everything they wrote, after adding traffic of
 * its own down every path that logs.
 */
let known: KnownPersonalData;
beforeAll(() => {
  known = knownPersonalData(['s3cr3t-api-key-value']);
});

describe('the personal-data scan', () => {
  it('finds valid NHS numbers, spaced or not, and leaves other digit runs alone', () => {
    expect(findPersonalData('{"msg":"9000000009"} and 900 000 0033 and {"n":9449305552}', known).map((f) => f.kind)).toEqual([
      'nhs-number',
      'nhs-number',
      'nhs-number',
    ]);
    expect(findPersonalData('{"time":1764061234567,"durationMs":12,"n":"9000000001","port":54321}', known)).toEqual([]);
  });

  it('finds tokens, bearer values, private keys and recorded secrets', () => {
    const jwt = 'eyJhbGciOiJSUzUxMiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const kinds = findPersonalData(`${jwt} Bearer abcdefghijklmnop.qrs {"d":"${'x'.repeat(40)}"} key=s3cr3t-api-key-value`, known).map((f) => f.kind);
    expect(kinds).toEqual(['token', 'token', 'token', 'token']);
    expect(findPersonalData('{"authorization":"[redacted]","msg":"Bearer [token]","why":"Bearer token missing"}', known)).toEqual([]);
  });

  it('finds the names, dates of birth, address lines, postcodes and contact details the sandbox serves', () => {
    const findings = findPersonalData('{"msg":"patient Smith born 2010-10-22 at 1 Trevelyan Square, LS1 6AE"}', known);
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['name', 'birth-date', 'address']));
    const [someone] = [...known.contacts];
    expect(findPersonalData(`{"msg":"call ${someone}"}`, known).map((f) => f.kind)).toEqual(['contact']);
  });

  it('knows the test patients of every contract as well as the seeded population', () => {
    expect(known.names.size).toBeGreaterThan(100);
    // 9000000009's canned PDS record (Jane Smith), the search-only Jayne Smyth, and EPS's example patient (TWITCHETT).
    for (const name of ['Jane', 'Smith', 'Jayne', 'TWITCHETT']) expect(known.names.has(name)).toBe(true);
  });

  it('passes an ordinary request line', () => {
    const line =
      '{"level":30,"time":1764061234567,"pid":1,"hostname":"h","service":"nhs-graph",' +
      '"requestId":"0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d","status":200,"durationMs":7,"msg":"graphql request"}';
    expect(findPersonalData(line, known)).toEqual([]);
  });
});

const THIS_FILE = captureSlug('test/logs/no-personal-data.test.ts');

describe('what the test run logged and answered', () => {
  let t: TestGraph;
  let run: CapturedRun;
  beforeAll(async () => {
    t = await startTestGraph();
    // Down every path that logs: refusals, a forged token, bad input, an upstream failure, an unwritable audit trail.
    await t.run(`{ patient(nhsNumber: "9000000025") { name { family } birthDate addresses { lines postalCode } } }`, undefined, {
      principal: { citizen: '9000000009' },
    });
    await t.run(`{ patients(search: { family: "Smith", birthDate: "2010-10-22" }) { total } }`, undefined, { principal: null });
    await t.run(`{ patient(nhsNumber: "9000000009") { name { family } } }`, undefined, {
      headers: { authorization: `Bearer ${(await t.tokenFor({ citizen: '9000000009' })).slice(0, -4)}AAAA` },
    });
    await t.run(`{ patient(nhsNumber: "9000000008") { nhsNumber } }`);
    await t.run(`query ($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }`, { n: '900000000' });
    await t.run(`{ patient(nhsNumber: "9000000009") { name { family given } birthDate addresses { lines postalCode } registeredGp { name } } }`);
    t.sandbox.setFault('pds', { kind: 'status', status: 500 });
    await t.run(`{ patient(nhsNumber: "9000000033") { name { family } } }`);
    t.sandbox.setFault('pds', undefined);
    const broken = await startTestGraph({ audit: new JsonLinesAuditSink('/dev/null/cannot/audit.jsonl') });
    await broken.run(`{ patient(nhsNumber: "9000000009") { name { family } } }`);
    await broken.close();
    run = capturedRun();
  });
  afterAll(() => t?.close());

  const lines = (files: { text: string }[]) => files.flatMap((f) => f.text.split('\n').filter(Boolean));

  it('is captured: the log lines and error answers of this suite’s graphs', () => {
    expect(run.dir).toBeDefined();
    const own = run.logs.filter((f) => f.testFile === THIS_FILE);
    const parsed = lines(own).map((l) => JSON.parse(l) as { msg?: string; reason?: string; status?: number });
    for (const msg of ['graphql request', 'access refused', 'audit write failed']) expect(parsed.map((p) => p.msg)).toContain(msg);
    for (const reason of ['NOT_OWN_RECORD', 'SIGN_IN_REQUIRED']) expect(parsed.map((p) => p.reason)).toContain(reason);
    for (const status of [200, 400, 401, 500]) expect(parsed.map((p) => p.status)).toContain(status);
    const answers = lines(run.responses.filter((f) => f.testFile === THIS_FILE)).map((l) => JSON.parse(l) as { status: number; errors: unknown });
    expect(answers.length).toBeGreaterThanOrEqual(6);
    for (const status of [200, 400, 401, 500]) expect(answers.map((a) => a.status)).toContain(status);
    // The platform's opaque access tokens and the API key are known secrets.
    expect(run.secrets.length).toBeGreaterThan(2);
  });

  it('is captured: every test file of the run that starts a test graph logged into the capture', () => {
    // The reporter (test/support/log-capture.reporter.ts, in vitest.config.ts) lists the run's test files. Without the
    // list nothing here could be checked, so its absence (a command line that replaced the reporters) fails rather than
    // passing on nothing.
    expect(run.runFiles, 'the list of test files written by test/support/log-capture.reporter.ts').toBeDefined();
    const starting = run.runFiles!.filter((f) => /\bstartTestGraph\(/.test(readFileSync(f, 'utf8')));
    // A graph's logger opens its file when the graph starts (a suite may then only call sources directly, logging nothing).
    expect(starting.length).toBeGreaterThan(0);
    const opened = new Set(run.logs.map((f) => f.testFile));
    expect(starting.filter((f) => !opened.has(captureSlug(f)))).toEqual([]);
    const written = new Set(run.logs.filter((f) => f.text.length > 0).map((f) => f.testFile));
    expect(written.size).toBeGreaterThanOrEqual(Math.ceil(starting.length / 2));
  });

  it('comes from loggers the capture sees: no test builds its own logger or graph server around it', () => {
    const offenders: string[] = [];
    const check = (path: string): void => {
      if (!/\.ts$/.test(path) || path === join('test', 'support', 'log-capture.ts')) return;
      const text = readFileSync(path, 'utf8');
      if (/\bpino\s*\(|\bcreateLogger\s*\(|pino\.destination|\blevel:\s*['"]silent['"]/.test(text)) offenders.push(`${path}: builds a logger`);
      if (/\bcreateGraphServer\s*\(/.test(text) && path !== join('test', 'support', 'harness.ts') && !/captureGraphResponses\(/.test(text))
        offenders.push(`${path}: a graph server whose answers are not captured`);
      if (/\bspawn\s*\(|\bfork\s*\(/.test(text) && /src\/main\.ts/.test(text) && !/captureChildOutput\(/.test(text))
        offenders.push(`${path}: a graph process whose output is not captured`);
    };
    // test/load (npm run test:load) and test/e2e (npm run test:e2e, which `npm test` runs after this vitest run, in its
    // own) run against processes of their own; the benchmark lives outside test/ (bench/).
    const outside = new Set([join('test', 'load'), join('test', 'e2e')]);
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (!entry.isDirectory()) check(path);
        else if (!outside.has(path)) walk(path);
      }
    };
    walk('test');
    expect(offenders).toEqual([]);
  });

  it('holds no NHS number, name, date of birth, address, contact detail or token in any log line, process output, error answer or console output', () => {
    const scan = knownPersonalData(run.secrets);
    const sources = [
      ...run.logs.map((f) => ({ name: `log ${f.name}`, text: f.text })),
      ...run.children.map((f) => ({ name: `process ${f.name}`, text: f.text })),
      ...run.responses.map((f) => ({ name: `answers ${f.name}`, text: f.text })),
      { name: 'console', text: run.console },
    ];
    const findings = sources.flatMap((s) =>
      s.text.split('\n').flatMap((line, i) => findPersonalData(line, scan).map((finding) => ({ where: `${s.name}:${i + 1}`, ...finding }))),
    );
    expect(findings).toEqual([]);
    const total = sources.reduce((n, s) => n + s.text.split('\n').filter(Boolean).length, 0);
    expect(total).toBeGreaterThan(10);
  });
});
