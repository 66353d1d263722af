import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { BadUserInputError, ForbiddenError } from '../../../src/errors.js';
import { ersRoleContext, ersRoleHeaders, isReferrerRole, rolePairsOf } from '../../../src/sources/ers/role-context.js';

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

  it("takes what the caller leaves undeclared from the worker's A030 roles, never from their RBAC job role", () => {
    const clinician = { roleProfileId: '555000000100', jobRoleCode: 'R8000', orgCode: 'y12345' };
    const pairs = [
      { organisationOds: 'Y12345', businessFunctions: ['REFERRING_ADMIN' as const] },
      { organisationOds: 'R69', businessFunctions: ['SERVICE_PROVIDER_CLINICIAN' as const] },
    ];
    // R8000 would once have been guessed REFERRING_CLINICIAN: e-RS says this worker is a referring admin at Y12345.
    expect(ersRoleContext(undefined, clinician, pairs)).toEqual({ businessFunction: 'REFERRING_ADMIN', organisationOds: 'Y12345' });
    expect(ersRoleContext({ organisationOds: 'R69' }, clinician, pairs)).toEqual({ businessFunction: 'SERVICE_PROVIDER_CLINICIAN', organisationOds: 'R69' });
    expect(ersRoleContext({ ersBusinessFunction: 'SERVICE_PROVIDER_ADMIN' }, clinician, pairs)).toEqual({
      businessFunction: 'SERVICE_PROVIDER_ADMIN',
      organisationOds: 'Y12345',
    });
    expect(reason(() => ersRoleContext({ ersBusinessFunction: 'SURGEON' }, clinician, pairs))).toBe('INVALID_ERS_BUSINESS_FUNCTION');
    expect(reason(() => ersRoleContext({ organisationOds: 'R6!' }, clinician, pairs))).toBe('INVALID_ODS_CODE');
  });

  it('asks the worker to choose among several roles, and refuses one e-RS gives none (FORBIDDEN)', () => {
    const manager = { roleProfileId: '555000000100', jobRoleCode: 'R8013', orgCode: 'RR8' };
    expect(reason(() => ersRoleContext(undefined, manager, [{ organisationOds: 'RR8', businessFunctions: ['SERVICE_PROVIDER_ADMIN', 'COMMISSIONER'] }]))).toBe(
      'ERS_BUSINESS_FUNCTION_REQUIRED',
    );
    expect(() => ersRoleContext(undefined, manager, [])).toThrow(ForbiddenError);
    expect(() => ersRoleContext({ organisationOds: 'R69' }, manager, [{ organisationOds: 'RR8', businessFunctions: ['SERVICE_PROVIDER_ADMIN'] }])).toThrow(
      ForbiddenError,
    );
    expect(ersRoleContext({ ersBusinessFunction: 'COMMISSIONER', organisationOds: 'RR8' }, { roleProfileId: '555000000100', jobRoleCode: 'R8013' })).toEqual({
      businessFunction: 'COMMISSIONER',
      organisationOds: 'RR8',
    });
  });

  it('reads the pairs of an A030 bundle, leaving out roles the contract does not list', () => {
    const bundle = loadFixture<{ entry: { resource: never }[] }>(
      'ers/specification/components/r4/examples/retrieveBusinessFunctions/responses/PractitionerRoleBundle.json',
    );
    expect(rolePairsOf(bundle.entry.map((e) => e.resource))).toEqual([
      { organisationOds: 'R69', businessFunctions: ['SERVICE_PROVIDER_CLINICIAN', 'SERVICE_PROVIDER_ADMIN'] },
      { organisationOds: 'R68', businessFunctions: ['REFERRING_CLINICIAN'] },
    ]);
  });

  it('tells referrer roles from the others', () => {
    expect(isReferrerRole('REFERRING_ADMIN')).toBe(true);
    expect(isReferrerRole('SERVICE_PROVIDER_ADMIN')).toBe(false);
  });
});
