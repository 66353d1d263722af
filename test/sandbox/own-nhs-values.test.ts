import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsCheckDigit } from '../../sandbox/src/nhs/nhs-number.js';
import { makePrescriptionId, normalisePrescriptionId, prescriptionIdProblem } from '../../sandbox/src/nhs/prescription-id.js';
import { addDays, daysBetween, toUkDateTime, ukWallClock } from '../../sandbox/src/nhs/uk-time.js';

// The stand-in's own NHS value checks (it does not import the product), judged by the contracts' published examples.
describe("the stand-in's own NHS value checks", () => {
  it("checks NHS numbers by Modulus 11: the contracts' test patients pass, a wrong check digit and placeholders fail", () => {
    for (const n of ['9000000009', '9434765919', '9449306680']) expect(isValidNhsNumber(n)).toBe(true);
    for (const n of ['9434765918', '1111111111', '0000000000', '943476591', '94347659190']) expect(isValidNhsNumber(n)).toBe(false);
    expect(nhsCheckDigit('943476591')).toBe(9);
  });

  it("checks EPS short-form prescription ids (ISO 7064 MOD 37-2) as eps/CONTRACT.md's examples are written", () => {
    for (const id of ['24F5DA-A83008-7EFE6Z', 'B57FE1-A83008-196009', '2D35F7-ZA0448-11E88Z', 'D7AC09-A99968-4BA59C'])
      expect(prescriptionIdProblem(id)).toBeUndefined();
    expect(prescriptionIdProblem('ABC5F7-ZA0448-77E88X')).toBe('CHECKSUM');
    expect(prescriptionIdProblem('ABC5F7ZA044877E88X')).toBe('FORMAT');
    expect(normalisePrescriptionId(' b57fe1-a83008-196009 ')).toBe('B57FE1-A83008-196009');
    expect(makePrescriptionId('24f5da', 'A83008', '7efe6')).toBe('24F5DA-A83008-7EFE6Z');
  });

  it('writes UK times with their offset, GMT and BST', () => {
    expect(toUkDateTime(new Date('2024-01-15T10:00:00Z'))).toBe('2024-01-15T10:00:00+00:00');
    expect(toUkDateTime(new Date('2024-05-30T09:00:00Z'))).toBe('2024-05-30T10:00:00+01:00');
    expect(ukWallClock('2024-05-30', '10:00').toISOString()).toBe('2024-05-30T09:00:00.000Z');
    expect(daysBetween('2024-02-27', addDays('2024-02-27', 3))).toBe(3);
  });
});
