import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conceptIdProblem, passesVerhoeff } from '../../src/nhs/snomed-id.js';

const EXAMPLES = new URL('../../sandbox/contracts/nhs/eps/specification/examples/', import.meta.url).pathname;

/** Every medication code (medicationCodeableConcept / productOrService, SNOMED CT) in the EPS contract's examples. */
function exampleMedicationCodes(): string[] {
  const codes = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/"medicationCodeableConcept":\s*\{\s*"coding":\s*\[\s*\{[^}]*?"code":\s*"(\d+)"/g))
          codes.add(m[1]!);
      }
    }
  };
  walk(EXAMPLES);
  return [...codes];
}

describe('dm+d codes (SNOMED CT concept ids)', () => {
  it('accepts every medication code of the EPS contract examples', () => {
    const codes = exampleMedicationCodes();
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((c) => conceptIdProblem(c) !== undefined)).toEqual([]);
  });

  it('refuses a code of the wrong length, with a leading zero, a wrong check digit, or of a description', () => {
    expect(conceptIdProblem('12345')).toBe('FORMAT');
    expect(conceptIdProblem('0322341003')).toBe('FORMAT');
    expect(conceptIdProblem('1234567890123456789')).toBe('FORMAT');
    expect(conceptIdProblem('322341004')).toBe('CHECK_DIGIT');
    expect(conceptIdProblem('39732311000001105')).toBe('CHECK_DIGIT');
    // 2154501018 passes Verhoeff but its partition (01) marks a description id, not a concept.
    expect(passesVerhoeff('2154501018')).toBe(true);
    expect(conceptIdProblem('2154501018')).toBe('NOT_A_CONCEPT');
    expect(conceptIdProblem('39732311000001104')).toBeUndefined();
  });
});
