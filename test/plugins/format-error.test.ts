import { describe, expect, it, vi } from 'vitest';
import { formatError, withoutEchoedValue } from '../../src/plugins/format-error.js';

describe('formatError', () => {
  it('keeps our codes and masks anything unknown as INTERNAL_SERVER_ERROR', () => {
    const internal = vi.fn();
    expect(formatError({ message: 'x', extensions: { code: 'NOT_FOUND' } }, internal).extensions).toEqual({ code: 'NOT_FOUND' });
    const masked = formatError({ message: 'Cannot read properties of undefined (patient 9000000009)', extensions: { code: 'SOMETHING' } }, internal);
    expect(masked).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(internal).toHaveBeenCalledOnce();
  });

  it("reports Apollo's request errors as BAD_USER_INPUT with Apollo's code as the reason", () => {
    expect(formatError({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, vi.fn()).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
    expect(formatError({ message: 'bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'INVALID_NHS_NUMBER' } }, vi.fn()).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_NHS_NUMBER',
    });
  });

  it('never returns a stack trace', () => {
    expect(formatError({ message: 'x', extensions: { code: 'NOT_FOUND', stacktrace: ['at foo'] } }, vi.fn()).extensions).toEqual({ code: 'NOT_FOUND' });
  });
});

describe('withoutEchoedValue', () => {
  it('drops the value graphql-js echoes, keeping the variable, the path and our own reason', () => {
    expect(withoutEchoedValue('Variable "$n" got invalid value "9000000000"; Not a valid NHS number: it must be 10 digits')).toBe(
      'Variable "$n" got an invalid value; Not a valid NHS number: it must be 10 digits',
    );
    expect(withoutEchoedValue('Variable "$s" got invalid value "Smith" at "s.family"; String cannot represent a non string value: "Smith"')).toBe(
      'Variable "$s" got an invalid value at "s.family"',
    );
    expect(withoutEchoedValue('Cannot query field "x" on type "Query".')).toBe('Cannot query field "x" on type "Query".');
  });
});
