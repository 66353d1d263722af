import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenVerifier } from '../../src/auth/token-verifier.js';
import { GraphError } from '../../src/errors.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * The verified-token cache (src/auth/token-verifier.ts): a token that verified is remembered by its hash so the next
 * request with it skips the signature check, but never past its `exp`, never across a change of the issuer's keys, and
 * a refusal is never remembered. The verifier reads the embedded NHS login's real JWKS over loopback; its clock is moved.
 */
let t: TestGraph;
let clock = Date.now();
let verifier: TokenVerifier;

beforeAll(async () => {
  t = await startTestGraph({ jwksCooldownMs: 0 });
});
afterAll(() => t.close());

function fresh() {
  clock = Date.now();
  verifier = new TokenVerifier(t.embedded.issuers, { jwksCooldownMs: 0, now: () => clock });
}

async function reasonOf(token: string): Promise<string | undefined> {
  try {
    await verifier.authenticate(`Bearer ${token}`);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphError);
    return (error as GraphError).extensions.reason as string;
  }
}

async function citizenToken(lifetimeSeconds: number, iat?: number): Promise<string> {
  const claims = decodeJwt(await t.tokenFor({ citizen: '9000000009' })) as Record<string, unknown>;
  const { iat: _iat, exp: _exp, ...rest } = claims;
  return t.sandbox.nhsLogin.sign(rest, { lifetimeSeconds, ...(iat !== undefined ? { iat } : {}) });
}

describe('a verified token, remembered', () => {
  it('is accepted again with the same principal, and refused once its exp has passed', async () => {
    fresh();
    const token = await citizenToken(60);
    const first = await verifier.authenticate(`Bearer ${token}`);
    expect(first.principal.kind).toBe('citizen');
    clock += 30_000;
    expect((await verifier.authenticate(`Bearer ${token}`)).principal).toEqual(first.principal);
    // Past exp and the clock tolerance: the remembered verdict is not used.
    clock += 40_000;
    expect(await reasonOf(token)).toBe('TOKEN_EXPIRED');
  });

  it('is refused once its signing key is withdrawn from the JWKS and the set is fetched again (revoked)', async () => {
    fresh();
    const nhsLogin = t.sandbox.nhsLogin;
    await nhsLogin.rotateSigningKey();
    const token = await citizenToken(3600);
    expect(await reasonOf(token)).toBeUndefined();
    expect(await reasonOf(token)).toBeUndefined();
    nhsLogin.withdrawSigningKey(decodeProtectedHeader(token).kid!);
    // The key set is refetched when older than its maximum age (10 minutes): the remembered verdict goes with it.
    clock += 11 * 60_000;
    expect(await reasonOf(token)).toBe('UNKNOWN_KEY');
  });

  it('never remembers a refusal: a token issued in the future is refused, then accepted once its time has come', async () => {
    fresh();
    const token = await citizenToken(3600, Math.floor(clock / 1000) + 120);
    expect(await reasonOf(token)).toBe('TOKEN_ISSUED_IN_FUTURE');
    clock += 130_000;
    expect(await reasonOf(token)).toBeUndefined();
  });
});
