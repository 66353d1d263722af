import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads docs/clinical-safety/hazard-log.md into hazards, controls and the tests that verify them, so that a test can
 * hold the log to the code: every named test must exist, every hazard and every design control must name one, and
 * every risk must be the one the NHS England risk matrix gives. The format is plain Markdown (see the log's "How to
 * read this log"); anything the parser does not recognise is prose and is ignored.
 */

export const SEVERITIES = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'] as const;
export const LIKELIHOODS = ['Very low', 'Low', 'Medium', 'High', 'Very high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Likelihood = (typeof LIKELIHOODS)[number];

/** DCB0129's risk matrix (NHS England): rows by likelihood (very low first), columns by severity (minor first). */
const MATRIX: Record<Likelihood, readonly number[]> = {
  'Very low': [1, 1, 2, 2, 3],
  Low: [1, 2, 2, 3, 4],
  Medium: [2, 2, 3, 3, 4],
  High: [2, 3, 3, 4, 5],
  'Very high': [3, 4, 4, 5, 5],
};

/** The risk (1 to 5) of a severity and a likelihood. */
export function riskOf(severity: Severity, likelihood: Likelihood): number {
  return MATRIX[likelihood][SEVERITIES.indexOf(severity)]!;
}

export interface Rating {
  severity: string;
  likelihood: string;
  risk: number;
}

export interface TestRef {
  file: string;
  title: string;
  line: number;
}

export interface Control {
  id: string;
  kind: 'design' | 'test' | 'deployer';
  text: string;
  tests: TestRef[];
  line: number;
}

export interface Hazard {
  id: string;
  title: string;
  line: number;
  initial?: Rating;
  residual?: Rating;
  causes: string[];
  controls: Control[];
}

const HAZARD = /^## (H\d{2}) (.+)$/;
const RISK = /^- (Initial|Residual) risk: ([A-Za-z ]+?) × ([A-Za-z ]+?) = (\d)\s*$/;
const CAUSE = /^- Cause: (.+)$/;
const CONTROL = /^- (C\d{2}\.\d+) \[(design|test|deployer)\] (.+)$/;
const VERIFY = /^ {2}- verify: `([^`]+)` › (.+)$/;

/** Parses the hazard log's text. */
export function parseHazardLog(text: string): Hazard[] {
  const hazards: Hazard[] = [];
  let hazard: Hazard | undefined;
  let control: Control | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const lineNo = index + 1;
    const h = HAZARD.exec(line);
    if (h) {
      hazard = { id: h[1]!, title: h[2]!, line: lineNo, causes: [], controls: [] };
      control = undefined;
      hazards.push(hazard);
      return;
    }
    if (line.startsWith('## ')) {
      hazard = undefined;
      control = undefined;
      return;
    }
    if (!hazard) return;
    const r = RISK.exec(line);
    if (r) {
      const rating = { severity: r[2]!, likelihood: r[3]!, risk: Number(r[4]) };
      if (r[1] === 'Initial') hazard.initial = rating;
      else hazard.residual = rating;
      return;
    }
    const cause = CAUSE.exec(line);
    if (cause) {
      hazard.causes.push(cause[1]!);
      return;
    }
    const c = CONTROL.exec(line);
    if (c) {
      control = { id: c[1]!, kind: c[2] as Control['kind'], text: c[3]!, tests: [], line: lineNo };
      hazard.controls.push(control);
      return;
    }
    const v = VERIFY.exec(line);
    if (v && control) control.tests.push({ file: v[1]!, title: v[2]!, line: lineNo });
  });
  return hazards;
}

/** Titles of the tests a file declares: the first argument of it(), test() and their .each forms. */
export function testTitlesIn(source: string): string[] {
  const titles: string[] = [];
  const call = /\b(?:it|test)(?:\.each\((?:[^()]|\([^()]*\))*\))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const m of source.matchAll(call)) titles.push(unquote(m[2]!, m[1]!));
  return titles;
}

function unquote(literal: string, quote: string): string {
  // Only what a title needs: an escaped quote of the literal's own kind, a backslash, a newline.
  return literal.replace(/\\(.)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === quote ? quote : ch));
}

/**
 * Whether a declared title is the one named: equal, or a parameterised title (`%s`, `%i`, `$name`, `${...}`) whose
 * fixed parts frame the named one.
 */
export function titleMatches(declared: string, named: string): boolean {
  if (declared === named) return true;
  if (!/%[sidfjo#%]|\$\{|\$[a-zA-Z]/.test(declared)) return false;
  const pattern = declared
    .split(/(%[sidfjo#]|\$\{[^}]*\}|\$[a-zA-Z_][\w.]*)/)
    .map((part, i) => (i % 2 === 1 ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`, 's').test(named);
}

export interface Problem {
  line: number;
  message: string;
}

/** Every way the log fails the code: missing tests, unverified hazards and design controls, wrong risk arithmetic. */
export function checkHazardLog(hazards: readonly Hazard[], root: string): Problem[] {
  const problems: Problem[] = [];
  const titles = new Map<string, string[] | null>();
  const titlesOf = (file: string): string[] | null => {
    if (!titles.has(file)) {
      const path = join(root, file);
      titles.set(file, existsSync(path) ? testTitlesIn(readFileSync(path, 'utf8')) : null);
    }
    return titles.get(file)!;
  };
  const seen = new Set<string>();
  for (const hazard of hazards) {
    if (seen.has(hazard.id)) problems.push({ line: hazard.line, message: `${hazard.id} appears twice` });
    seen.add(hazard.id);
    if (hazard.causes.length === 0) problems.push({ line: hazard.line, message: `${hazard.id} names no cause in the code` });
    for (const [name, rating] of [
      ['initial', hazard.initial],
      ['residual', hazard.residual],
    ] as const) {
      if (!rating) {
        problems.push({ line: hazard.line, message: `${hazard.id} has no ${name} risk` });
        continue;
      }
      const severity = rating.severity as Severity;
      const likelihood = rating.likelihood as Likelihood;
      if (!SEVERITIES.includes(severity) || !LIKELIHOODS.includes(likelihood)) {
        problems.push({ line: hazard.line, message: `${hazard.id} ${name} risk: unknown severity or likelihood "${rating.severity} × ${rating.likelihood}"` });
      } else if (riskOf(severity, likelihood) !== rating.risk) {
        problems.push({
          line: hazard.line,
          message: `${hazard.id} ${name} risk: ${severity} × ${likelihood} is ${riskOf(severity, likelihood)}, not ${rating.risk}`,
        });
      }
    }
    if (hazard.initial && hazard.residual && hazard.residual.risk > hazard.initial.risk) {
      problems.push({ line: hazard.line, message: `${hazard.id} residual risk is above its initial risk` });
    }
    const verifying = hazard.controls.flatMap((c) => c.tests);
    if (verifying.length === 0) problems.push({ line: hazard.line, message: `${hazard.id} has no verifying test` });
    for (const control of hazard.controls) {
      if (control.kind !== 'deployer' && control.tests.length === 0) {
        problems.push({ line: control.line, message: `${control.id} (${control.kind}) names no test that verifies it` });
      }
      for (const ref of control.tests) {
        const declared = titlesOf(ref.file);
        if (declared === null) problems.push({ line: ref.line, message: `${control.id}: ${ref.file} does not exist` });
        else if (!declared.some((d) => titleMatches(d, ref.title))) {
          problems.push({ line: ref.line, message: `${control.id}: ${ref.file} has no test "${ref.title}"` });
        }
      }
    }
  }
  return problems;
}
