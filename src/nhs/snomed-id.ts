/**
 * A dm+d medicine code: dm+d identifies every medicine by a SNOMED CT concept identifier (SCTID), so the rules are
 * SNOMED CT's own (SNOMED CT Technical Implementation Guide, "SCTID"): 6 to 18 digits without a leading zero, the last
 * a Verhoeff check digit, and the two before it the partition identifier, which for a concept is `00` (an
 * international concept, e.g. 322341003) or `10` (a concept of a namespace extension, as the UK dm+d extension's
 * 39732311000001104). Every medication code in the EPS contract's examples passes these rules.
 */
const FORMAT = /^[1-9]\d{5,17}$/;
const CONCEPT_PARTITIONS = new Set(['00', '10']);

const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when the digits (check digit included) pass the Verhoeff check. */
export function passesVerhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    c = (D[c] as number[])[(P[i % 8] as number[])[digit] as number] as number;
  }
  return c === 0;
}

export type ConceptIdProblem = 'FORMAT' | 'CHECK_DIGIT' | 'NOT_A_CONCEPT';

/** Why a value is not a SNOMED CT concept id (a dm+d code), or undefined when it is one. */
export function conceptIdProblem(value: string): ConceptIdProblem | undefined {
  if (!FORMAT.test(value)) return 'FORMAT';
  if (!passesVerhoeff(value)) return 'CHECK_DIGIT';
  return CONCEPT_PARTITIONS.has(value.slice(-3, -1)) ? undefined : 'NOT_A_CONCEPT';
}
