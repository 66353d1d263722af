import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, low items on caller tokens: RFC 6750's scheme is case-insensitive; a token issued in the future or claiming
 * a lifetime over the configured maximum is refused; a key id the cached JWKS does not hold makes one refetch at once
 * (a rotated key is accepted within seconds) and no more until the cooldown has passed.
 */
const PATIENT = `{ patient(nhsNumber: "9000000009") { nhsNumber } }`;

let t: TestGraph;
let citizenToken: string;
let citizenClaims: Record<string, unknown>;
beforeAll(async () => {
  // The production JWKS cooldown (30 s) and maximum token lifetime (12 h, TOKEN_MAX_LIFETIME_SECONDS).
  t = await startTestGraph();
  citizenToken = await t.tokenFor({ citizen: '9000000009' });
  citizenClaims = decodeJwt(citizenToken) as Record<string, unknown>;
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const send = (authorization: string) => t.run(PATIENT, undefined, { headers: { authorization } });
const nhsLogin = () => t.sandbox.nhsLogin;

function expectRefused(r: GraphQLResult, reason: string) {
  expect(r.status).toBe(401);
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  expect(r.errors![0]!.extensions!.reason).toBe(reason);
  expect(t.calls()).toEqual({});
}

describe('the Authorization scheme', () => {
  it.each(['bearer', 'BEARER', 'Bearer'])('"%s <token>" is accepted (RFC 6750: the scheme is case-insensitive)', async (scheme) => {
    const r = await send(`${scheme} ${citizenToken}`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ patient: { nhsNumber: '9000000009' } });
  });
});

describe('token times', () => {
  it('a token issued in the future (beyond the 5 s skew) is refused', async () => {
    const iat = Math.floor(Date.now() / 1000) + 600;
    expectRefused(await send(`Bearer ${await nhsLogin().sign({ ...citizenClaims, iat, exp: iat + 3600 }, { iat })}`), 'TOKEN_ISSUED_IN_FUTURE');
  });

  it('a token issued a second ahead (clock skew) is accepted', async () => {
    const iat = Math.floor(Date.now() / 1000) + 1;
    const r = await send(`Bearer ${await nhsLogin().sign({ ...citizenClaims, iat, exp: iat + 3600 }, { iat })}`);
    expect(r.errors).toBeUndefined();
  });

  it('a token whose lifetime is over the configured maximum (12 h by default) is refused', async () => {
    const iat = Math.floor(Date.now() / 1000);
    expectRefused(await send(`Bearer ${await nhsLogin().sign({ ...citizenClaims, iat, exp: iat + 30 * 86_400 }, { iat })}`), 'TOKEN_LIFETIME_TOO_LONG');
  });
});

describe('a key id the cached JWKS does not hold', () => {
  it('is looked for at once, so a key the provider just rotated to is accepted; a second unknown kid within the cooldown fetches nothing', async () => {
    expect((await send(`Bearer ${citizenToken}`)).errors).toBeUndefined();
    const fetches = nhsLogin().requests.jwks;
    await nhsLogin().rotateSigningKey();
    const rotated = await nhsLogin().sign(citizenClaims);
    expect(decodeProtectedHeader(rotated).kid).not.toBe(decodeProtectedHeader(citizenToken).kid);
    const r = await send(`Bearer ${rotated}`);
    expect(r.errors).toBeUndefined();
    expect(nhsLogin().requests.jwks).toBe(fetches + 1);

    t.resetCalls();
    const attacker = await generateKeyPair('RS512');
    for (let i = 0; i < 5; i++) {
      const forged = await new SignJWT(citizenClaims).setProtectedHeader({ alg: 'RS512', kid: `made-up-${i}` }).sign(attacker.privateKey);
      expectRefused(await send(`Bearer ${forged}`), 'UNKNOWN_KEY');
    }
    expect(nhsLogin().requests.jwks).toBe(fetches + 1);
  });
});
