import { describe, expect, it } from 'vitest';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../../../src/config/index.js';
import { ForbiddenError } from '../../../src/errors.js';
import { GpConnectAuth } from '../../../src/sources/gp-connect/auth.js';
import type { CallContext } from '../../../src/upstream/types.js';

/** GpConnectAuth decides who a GP Connect request names from the signed-in user alone (pure: no socket). */
const auth = new GpConnectAuth({ consumer: EMBEDDED_GP_CONNECT_CONSUMER, audience: 'https://platform.example/gpc', now: () => 1_700_000_000_000 });
const STRUCTURED = 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1';

async function refusal(ctx: CallContext): Promise<ForbiddenError> {
  const error = await auth.authorize({ 'ssp-interactionid': STRUCTURED }, ctx).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ForbiddenError);
  return error as ForbiddenError;
}

function claimsOf(headers: Record<string, string>): any {
  return JSON.parse(Buffer.from(headers.authorization!.split('.')[1]!, 'base64url').toString());
}

describe('GpConnectAuth', () => {
  it('refuses a call with nobody signed in: GP Connect allows no system or generic user', async () => {
    expect((await refusal({ correlationId: 'c' })).extensions.reason).toBe('GPC_USER_REQUIRED');
  });

  it('refuses a worker without a name, and names one with no selected role with role profile UNK', async () => {
    const worker = { kind: 'staff' as const, userId: 'u1', sdsUserId: '555000000199', familyName: null, givenNames: [] };
    expect((await refusal({ correlationId: 'c', user: worker })).extensions.reason).toBe('GPC_PRACTITIONER_NAME_REQUIRED');
    const headers: Record<string, string> = { 'ssp-interactionid': STRUCTURED };
    await auth.authorize(headers, { correlationId: 'c', user: { ...worker, familyName: 'Roleless', givenNames: ['Rae', 'Ann'] } });
    const claims = claimsOf(headers);
    expect(claims.sub).toBe('u1');
    expect(claims.requesting_practitioner.identifier.slice(0, 2)).toEqual([
      { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '555000000199' },
      { system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: 'UNK' },
    ]);
    expect(claims.requesting_practitioner.name).toEqual([{ family: 'Roleless', given: ['Rae', 'Ann'] }]);
  });

  it('sends a citizen the patient-facing way: no SSP header, no audit JWT (the token exchange needs the platform)', async () => {
    const headers: Record<string, string> = { 'ssp-interactionid': STRUCTURED };
    await auth.authorize(headers, { correlationId: 'c', user: { kind: 'citizen' } });
    expect(headers).toEqual({});
    const amend = await auth
      .authorize({ 'ssp-interactionid': 'urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1' }, { correlationId: 'c', user: { kind: 'citizen' } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(amend).toBeInstanceOf(ForbiddenError);
    expect((amend as ForbiddenError).extensions.reason).toBe('NOT_PATIENT_FACING');
  });
});
