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

  it('tells referrer roles from the others', () => {
    expect(isReferrerRole('REFERRING_ADMIN')).toBe(true);
    expect(isReferrerRole('SERVICE_PROVIDER_ADMIN')).toBe(false);
  });
});
