import { describe, expect, it } from 'vitest';
import * as codes from '../../src/nhs/fhir-codes.js';
import { codeOfEnum, enumOfCode } from '../../src/nhs/fhir-codes.js';

const valueSets = Object.entries(codes as Record<string, unknown>).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

describe('FHIR codes as enum values (src/nhs/fhir-codes.ts)', () => {
  it('has value sets to check', () => {
    expect(valueSets.map(([name]) => name)).toEqual(expect.arrayContaining(['APPOINTMENT_STATUSES', 'ADDRESS_USES', 'NAME_USES']));
  });

  it.each(valueSets)('%s: every value from its FHIR code and back', (_, values) => {
    for (const value of values) expect(enumOfCode(values, codeOfEnum(value))).toBe(value);
  });

  it('takes other spellings of a known code, and gives OTHER for an unknown one and null for none', () => {
    expect(enumOfCode(codes.ADDRESS_USES, 'Home')).toBe('HOME');
    expect(enumOfCode(codes.ADDRESS_USES, ' home ')).toBe('HOME');
    expect(enumOfCode(codes.APPOINTMENT_STATUSES, 'entered in error')).toBe('ENTERED_IN_ERROR');
    expect(enumOfCode(codes.APPOINTMENT_STATUSES, 'ENTERED-IN-ERROR')).toBe('ENTERED_IN_ERROR');
    expect(enumOfCode(codes.ADDRESS_USES, 'holiday')).toBe('OTHER');
    // A code of another value set is OTHER here.
    expect(enumOfCode(codes.CONTACT_POINT_USES, 'mobile')).toBe('MOBILE');
    expect(enumOfCode(codes.ADDRESS_USES, 'mobile')).toBe('OTHER');
    expect(enumOfCode(codes.ADDRESS_USES, '')).toBeNull();
    expect(enumOfCode(codes.ADDRESS_USES, undefined)).toBeNull();
    expect(enumOfCode(codes.ADDRESS_USES, null)).toBeNull();
  });
});
