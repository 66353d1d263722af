import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsCheckDigit, normaliseNhsNumber } from '../../src/nhs/nhs-number.js';
import { isValidOdsCode, normaliseOdsCode } from '../../src/nhs/ods-code.js';
import { testNhsNumbers } from '../../sandbox/src/population.js';

describe('NHS number', () => {
  it('accepts numbers whose tenth digit is the Modulus 11 check digit', () => {
    for (const n of ['9000000009', '9000000025', '9000000033', '9693632109', '5900046192', '9434765919']) expect(isValidNhsNumber(n)).toBe(true);
  });

  it('refuses a wrong check digit, the wrong length and letters', () => {
    for (const n of ['9000000000', '9000000001', '900000000', '90000000099', '90000000O9', '', 'abcdefghij']) expect(isValidNhsNumber(n)).toBe(false);
  });

  it('has no valid number when the remainder gives 10', () => {
    // 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no digit can check these nine.
    expect(nhsCheckDigit('100000001')).toBeUndefined();
    expect(isValidNhsNumber('1000000010')).toBe(false);
  });

  it('maps a check result of 11 to 0', () => {
    expect(nhsCheckDigit('900000000')).toBe(9);
    expect(nhsCheckDigit('000000000')).toBe(0);
  });

  it('accepts the spaced form people type', () => {
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
  });

  it('generates only valid synthetic numbers in the 999 test range', () => {
    const numbers = testNhsNumbers(500);
    expect(new Set(numbers).size).toBe(500);
    for (const n of numbers) {
      expect(n.startsWith('999')).toBe(true);
      expect(isValidNhsNumber(n)).toBe(true);
    }
  });
});

describe('ODS code', () => {
  it('normalises to upper case and accepts 3 to 10 alphanumerics', () => {
    expect(normaliseOdsCode(' rr8 ')).toBe('RR8');
    for (const c of ['RR8', 'g81086', 'FA565', 'U36842', 'RR801']) expect(isValidOdsCode(c)).toBe(true);
  });

  it('refuses codes that are too short, too long or not alphanumeric', () => {
    for (const c of ['R8', 'ABCDEFGHIJK', 'RR-8', 'G81 086', '']) expect(isValidOdsCode(c)).toBe(false);
  });
});
