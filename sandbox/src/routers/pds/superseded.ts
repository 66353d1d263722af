import { isValidNhsNumber } from '../../../../src/nhs/nhs-number.js';
import type { Population } from '../../population.js';

/** How many seeded patients also answer to an old, superseded NHS number. */
const SUPERSEDED_COUNT = 3;

/**
 * Old NHS numbers PDS still answers with the successor's record (pds/CONTRACT.md: "retrieving an old NHS number returns
 * the new record with a different id"): the first few seeded patients each have one, a valid number from 9990000000 up
 * that no record holds. Deterministic: the same on every run. Old number -> current number.
 */
export function supersededNumbers(population: Population, taken: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  let candidate = 9_990_000_000;
  for (const patient of population.patients.slice(0, SUPERSEDED_COUNT)) {
    while (!isValidNhsNumber(String(candidate)) || taken.has(String(candidate))) candidate++;
    map.set(String(candidate), patient.nhsNumber);
    candidate++;
  }
  return map;
}
