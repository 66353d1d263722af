import { describe, expect, it } from 'vitest';
import { isValidUbrn, normaliseUbrn } from '../../src/nhs/ubrn.js';

describe('UBRN', () => {
  it('accepts 12 digits, keeping leading zeros', () => {
    expect(isValidUbrn(normaliseUbrn('000000070000'))).toBe(true);
    expect(normaliseUbrn(' 000000070000 ')).toBe('000000070000');
  });

  it('accepts the printed form in groups of four, with spaces or hyphens', () => {
    expect(normaliseUbrn('0000 0007 0000')).toBe('000000070000');
    expect(normaliseUbrn('0000-0007-0000')).toBe('000000070000');
  });

  it.each(['', '70000', '0000000700001', '00000007000A', '0000 00070000', '0000 0007 000', '+00000070000', '0000_0007_0000'])('refuses %j', (value) => {
    expect(isValidUbrn(normaliseUbrn(value))).toBe(false);
  });
});
