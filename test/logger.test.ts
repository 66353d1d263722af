import { describe, expect, it } from 'vitest';
import { capturingLogger } from './support/log-capture.js';

/** The application logger's own defences (src/logger.ts), read back from what it writes. */
describe('the application logger', () => {
  const logged = (write: (logger: ReturnType<typeof capturingLogger>) => void): Record<string, unknown> => {
    const lines: string[] = [];
    write(capturingLogger(lines));
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0]!) as Record<string, unknown>;
  };

  it('redacts authorization, tokens, variables and NHS numbers by field name', () => {
    const line = logged((l) => l.info({ headers: { authorization: 'Bearer abc' }, token: 't', variables: { n: 1 }, nhsNumber: 'x' }, 'hello'));
    expect(line).toMatchObject({
      headers: { authorization: '[redacted]' },
      token: '[redacted]',
      variables: '[redacted]',
      nhsNumber: '[redacted]',
      msg: 'hello',
    });
  });

  it('blanks tokens and NHS numbers in any string, in messages too', () => {
    const jwt = 'eyJhbGciOiJSUzUxMiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const line = logged((l) => l.warn({ detail: `for 943 476 5919 with ${jwt}`, list: ['Bearer abc.def'] }, 'about 9434765919'));
    expect(line).toMatchObject({ detail: 'for [nhs-number] with [token]', list: ['Bearer [token]'], msg: 'about [nhs-number]' });
  });

  it('blanks an NHS number given as a number, and reads objects deeper than it walks', () => {
    const line = logged((l) => l.info({ n: 9434765919, status: 200, a: { b: { c: { d: { e: { f: '9434765919' } } } } } }, 'deep'));
    expect(line.n).toBe('[nhs-number]');
    expect(line.status).toBe(200);
    expect(JSON.stringify(line)).not.toContain('9434765919');
  });
});
