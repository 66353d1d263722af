import { describe, expect, expectTypeOf, it } from 'vitest';
import { type OdsCode, parseOdsCode } from '../../src/nhs/ods-code.js';
import { endUserOdsCode } from '../../src/sources/end-user-ods.js';

describe('the ODS code type', () => {
  it('is produced only by parseOdsCode: trimmed and upper-cased, or undefined when not 3 to 10 letters and digits', () => {
    expect(parseOdsCode(' y12345 ')).toBe('Y12345');
    expect(parseOdsCode('RR8')).toBe('RR8');
    for (const bad of ['AB', 'A1234567890', 'Y1234-5', '', 'Y12 345']) expect(parseOdsCode(bad)).toBeUndefined();
    expectTypeOf(parseOdsCode).returns.toEqualTypeOf<OdsCode | undefined>();
    // @ts-expect-error a plain string is not an OdsCode: it must go through parseOdsCode
    const unchecked: OdsCode = 'Y12345';
    expect(unchecked).toBe('Y12345');
  });

  it("decides the end user organisation header once: the declared code, else the worker's, refused when malformed", () => {
    expect(endUserOdsCode({ endUser: { organisationOds: 'y12345' }, staff: { orgCode: 'RR8' } } as never)).toBe('Y12345');
    expect(endUserOdsCode({ staff: { orgCode: 'rr8' } } as never)).toBe('RR8');
    expect(endUserOdsCode({} as never)).toBeUndefined();
    expect(() => endUserOdsCode({ endUser: { organisationOds: 'not an ods code' } } as never)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_ODS_CODE' }) }),
    );
  });
});
