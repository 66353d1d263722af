import { describe, expect, it } from 'vitest';
import { toPdsSearchParams } from '../../../src/sources/pds/search-input.js';

describe('toPdsSearchParams', () => {
  it('turns an exact date into eq and a range into ge/le', () => {
    expect(toPdsSearchParams({ family: 'Smith', birthDate: '2010-10-22' }).birthdate).toEqual(['eq2010-10-22']);
    expect(toPdsSearchParams({ family: 'Smith', birthDateFrom: '2010-01-01', birthDateTo: '2010-12-31' }).birthdate).toEqual(['ge2010-01-01', 'le2010-12-31']);
    expect(toPdsSearchParams({ family: 'Smith', birthDateTo: '2010-12-31' }).birthdate).toEqual(['le2010-12-31']);
  });

  it('passes given names in order (first, then middle) and the flags PDS knows', () => {
    const p = toPdsSearchParams({ family: 'Smith', given: ['John Paul', 'James'], birthDate: '2010-10-22', fuzzy: true, history: true, maxResults: 5 });
    expect(p).toMatchObject({ given: ['John Paul', 'James'], fuzzy: true, history: true, maxResults: 5 });
  });

  it('accepts each of the three fuzzy combinations PDS allows', () => {
    expect(() => toPdsSearchParams({ fuzzy: true, given: ['Jane'], family: 'Smith', birthDate: '2010-10-22' })).not.toThrow();
    expect(() => toPdsSearchParams({ fuzzy: true, family: 'Smith', birthDate: '2010-10-22', gender: 'female', postcode: 'LS1 6AE' })).not.toThrow();
    expect(() => toPdsSearchParams({ fuzzy: true, given: ['Jane'], birthDate: '2010-10-22', gender: 'female', postcode: 'LS1 6AE' })).not.toThrow();
  });

  it('refuses a name over 35 characters', () => {
    expect(() => toPdsSearchParams({ family: 'x'.repeat(36), birthDate: '2010-10-22' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_SEARCH' }) }),
    );
  });
});
