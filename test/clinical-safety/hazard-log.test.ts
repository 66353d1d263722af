import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkHazardLog, parseHazardLog, riskOf, testTitlesIn, titleMatches, type Hazard } from '../support/hazard-log.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOG = readFileSync(`${ROOT}docs/clinical-safety/hazard-log.md`, 'utf8');

/** The hazards the safety case must cover (issue 20), each by the words its title must hold. */
const REQUIRED: Record<string, RegExp> = {
  H01: /wrong patient or wrong record/i,
  H02: /incomplete or truncated clinical list/i,
  H03: /withheld or confidential data not signalled/i,
  H04: /stale data/i,
  H05: /failure shown as an absence/i,
  H06: /unauthorised or unaudited access/i,
  H07: /write applied twice or lost/i,
  H08: /restricted patient's whereabouts revealed/i,
  H09: /contract change goes unnoticed/i,
  H10: /stand-in mistaken for real NHS data/i,
  H11: /refused clinical action reported as a generic error/i,
};

describe('the hazard log (docs/clinical-safety/hazard-log.md)', () => {
  const hazards = parseHazardLog(LOG);

  it('covers every hazard the safety case must, each with causes, ratings and controls', () => {
    for (const [id, title] of Object.entries(REQUIRED)) {
      const hazard = hazards.find((h) => h.id === id);
      expect(hazard, id).toBeDefined();
      expect(hazard!.title).toMatch(title);
      expect(hazard!.causes.length, id).toBeGreaterThan(0);
      expect(hazard!.controls.filter((c) => c.kind !== 'deployer').length, id).toBeGreaterThan(0);
    }
  });

  it('names only tests that exist, a verifying test for every hazard and design control, and risks from the matrix', () => {
    const problems = checkHazardLog(hazards, ROOT).map((p) => `hazard-log.md:${p.line}: ${p.message}`);
    expect(problems).toEqual([]);
    const tests = hazards.flatMap((h) => h.controls.flatMap((c) => c.tests));
    console.info(`hazard log: ${hazards.length} hazards, ${hazards.flatMap((h) => h.controls).length} controls, ${tests.length} verifying tests`);
  });
});

describe('the safety case report (docs/clinical-safety/safety-case-report.md)', () => {
  it("lists every hazard of the log with the log's title, initial and residual risk", () => {
    const report = readFileSync(`${ROOT}docs/clinical-safety/safety-case-report.md`, 'utf8');
    const rows = [...report.matchAll(/^\| (H\d{2}) \| (.+?) \| (\d) \| (\d) \|$/gm)].map((m) => ({
      id: m[1],
      title: m[2],
      initial: Number(m[3]),
      residual: Number(m[4]),
    }));
    const fromLog = parseHazardLog(LOG).map((h) => ({ id: h.id, title: h.title, initial: h.initial?.risk, residual: h.residual?.risk }));
    expect(fromLog.length).toBeGreaterThan(0);
    expect(rows).toEqual(fromLog);
  });
});

describe('the hazard log check', () => {
  const one = (body: string): Hazard[] =>
    parseHazardLog(`## H99 A hazard\n- Cause: \`src/x.ts\` \`f\`\n- Initial risk: Major × Medium = 3\n- Residual risk: Major × Low = 3\n${body}`);
  const real = '- C99.1 [design] guarded\n  - verify: `test/clinical-safety/hazard-log.test.ts` › rates risk with the NHS England matrix\n';

  it('accepts a hazard whose design control names a test that exists', () => {
    expect(checkHazardLog(one(real), ROOT)).toEqual([]);
  });

  it('fails a named test that does not exist, in a file or as a file', () => {
    const missingTest = one('- C99.1 [design] guarded\n  - verify: `test/clinical-safety/hazard-log.test.ts` › no such test\n');
    expect(checkHazardLog(missingTest, ROOT).map((p) => p.message)).toEqual(['C99.1: test/clinical-safety/hazard-log.test.ts has no test "no such test"']);
    const missingFile = one('- C99.1 [design] guarded\n  - verify: `test/nowhere.test.ts` › anything\n');
    expect(checkHazardLog(missingFile, ROOT).map((p) => p.message)).toEqual(['C99.1: test/nowhere.test.ts does not exist']);
  });

  it('fails a hazard with no verifying test, and a design control with none', () => {
    const none = one('- C99.1 [deployer] the trust does it\n');
    expect(checkHazardLog(none, ROOT).map((p) => p.message)).toEqual(['H99 has no verifying test']);
    const unverified = one(`${real}- C99.2 [design] also guarded\n`);
    expect(checkHazardLog(unverified, ROOT).map((p) => p.message)).toEqual(['C99.2 (design) names no test that verifies it']);
  });

  it('fails a risk the matrix does not give, and a residual risk above the initial one', () => {
    const wrong = parseHazardLog(`## H98 Wrong sums\n- Cause: x\n- Initial risk: Major × Medium = 4\n- Residual risk: Catastrophic × High = 5\n${real}`);
    expect(checkHazardLog(wrong, ROOT).map((p) => p.message)).toEqual([
      'H98 initial risk: Major × Medium is 3, not 4',
      'H98 residual risk is above its initial risk',
    ]);
  });

  it('rates risk with the NHS England matrix', () => {
    expect(riskOf('Minor', 'Very low')).toBe(1);
    expect(riskOf('Catastrophic', 'Very high')).toBe(5);
    expect(riskOf('Major', 'Medium')).toBe(3);
    expect(riskOf('Considerable', 'High')).toBe(3);
    expect(riskOf('Catastrophic', 'Low')).toBe(4);
    expect(riskOf('Significant', 'Very high')).toBe(4);
  });

  it('reads test titles, including parameterised ones', () => {
    const titles = testTitlesIn("it('plain one', () => {});\nit.each([1, 2])('case %i works', () => {});\ntest(\"it's quoted\", () => {});");
    expect(titles).toEqual(['plain one', 'case %i works', "it's quoted"]);
    expect(titleMatches('case %i works', 'case %i works')).toBe(true);
    expect(titleMatches('case %i works', 'case 2 works')).toBe(true);
    expect(titleMatches('case %i works', 'other')).toBe(false);
  });
});
