import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../src/errors.js';
import { ersRoleContext, ersRoleHeaders, isReferrerRole } from '../../../src/sources/ers/role-context.js';

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof BadUserInputError ? (error.extensions.reason as string) : 'not BAD_USER_INPUT';
  }
  return undefined;
}

describe('ersRoleContext', () => {
  it('is application-restricted (no headers) when no business function is declared, even with an organisation', () => {
    expect(ersRoleContext(undefined)).toBeUndefined();
    expect(ersRoleContext({ organisationOds: 'R69' })).toBeUndefined();
    expect(ersRoleHeaders(undefined)).toEqual({});
  });

  it('normalises the role and organisation and turns them into e-RS headers', () => {
    const role = ersRoleContext({ ersBusinessFunction: 'referring_clinician', organisationOds: ' a83008 ' });
    expect(role).toEqual({ businessFunction: 'REFERRING_CLINICIAN', organisationOds: 'A83008' });
    expect(ersRoleHeaders(role)).toEqual({ 'nhsd-ers-business-function': 'REFERRING_CLINICIAN', 'nhsd-end-user-organisation-ods': 'A83008' });
  });

  it('carries the on-behalf-of user for SERVICE_PROVIDER_CLINICIAN_ADMIN', () => {
    const role = ersRoleContext({ ersBusinessFunction: 'SERVICE_PROVIDER_CLINICIAN_ADMIN', organisationOds: 'R69', ersOnBehalfOfUserId: '021600556514' });
    expect(ersRoleHeaders(role)['nhsd-ers-on-behalf-of-user-id']).toBe('021600556514');
  });

  it.each([
    [{ ersBusinessFunction: 'NURSE', organisationOds: 'R69' }, 'INVALID_ERS_BUSINESS_FUNCTION'],
    [{ ersBusinessFunction: 'REFERRING_ADMIN' }, 'ERS_ORGANISATION_REQUIRED'],
    [{ ersBusinessFunction: 'REFERRING_ADMIN', organisationOds: 'R6' }, 'INVALID_ODS_CODE'],
    [{ ersBusinessFunction: 'SERVICE_PROVIDER_CLINICIAN_ADMIN', organisationOds: 'R69' }, 'ERS_ON_BEHALF_OF_REQUIRED'],
    [{ ersBusinessFunction: 'SERVICE_PROVIDER_CLINICIAN', organisationOds: 'R69', ersOnBehalfOfUserId: '021600556514' }, 'ERS_ON_BEHALF_OF_NOT_ALLOWED'],
    [{ ersOnBehalfOfUserId: '021600556514' }, 'ERS_ON_BEHALF_OF_NOT_ALLOWED'],
    [{ ersBusinessFunction: 'SERVICE_PROVIDER_CLINICIAN_ADMIN', organisationOds: 'R69', ersOnBehalfOfUserId: '12' }, 'INVALID_SDS_USER_ID'],
  ])('refuses %j with %s', (endUser, expected) => {
    expect(reason(() => ersRoleContext(endUser))).toBe(expected);
  });

  it("defaults what the caller leaves undeclared from the signed-in worker's role", () => {
    const clinician = { roleProfileId: '555000000100', jobRoleCode: 'R8000', orgCode: 'y12345' };
    expect(ersRoleContext(undefined, clinician)).toEqual({ businessFunction: 'REFERRING_CLINICIAN', organisationOds: 'Y12345' });
    expect(ersRoleContext(undefined, { ...clinician, jobRoleCode: 'R8008' })).toEqual({ businessFunction: 'REFERRING_ADMIN', organisationOds: 'Y12345' });
    expect(ersRoleContext({ organisationOds: 'R69' }, clinician)).toEqual({ businessFunction: 'REFERRING_CLINICIAN', organisationOds: 'R69' });
    expect(ersRoleContext({ ersBusinessFunction: 'SERVICE_PROVIDER_ADMIN' }, clinician)).toEqual({ businessFunction: 'SERVICE_PROVIDER_ADMIN', organisationOds: 'Y12345' });
    // Declared values are validated as ever.
    expect(reason(() => ersRoleContext({ ersBusinessFunction: 'SURGEON' }, clinician))).toBe('INVALID_ERS_BUSINESS_FUNCTION');
    expect(reason(() => ersRoleContext({ organisationOds: 'R6!' }, clinician))).toBe('INVALID_ODS_CODE');
  });

  it('refuses a worker whose role has no default business function and who declares none, or who has no organisation', () => {
    expect(reason(() => ersRoleContext(undefined, { roleProfileId: '555000000100', jobRoleCode: 'R8013', orgCode: 'RR8' }))).toBe('ERS_BUSINESS_FUNCTION_REQUIRED');
    expect(ersRoleContext({ ersBusinessFunction: 'COMMISSIONER', organisationOds: 'RR8' }, { roleProfileId: '555000000100', jobRoleCode: 'R8013' })).toEqual({ businessFunction: 'COMMISSIONER', organisationOds: 'RR8' });
    expect(reason(() => ersRoleContext(undefined, { roleProfileId: '555000000100', jobRoleCode: 'R8000' }))).toBe('ERS_ORGANISATION_REQUIRED');
  });

  it('tells referrer roles from the others', () => {
    expect(isReferrerRole('REFERRING_ADMIN')).toBe(true);
    expect(isReferrerRole('SERVICE_PROVIDER_ADMIN')).toBe(false);
  });
});
