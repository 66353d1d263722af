import { decodeJwt, decodeProtectedHeader, exportSPKI, generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type CryptoKey, type JWK } from 'jose';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';

/** The bearer token a caller brings: verified with jose against the issuer's JWKS, then turned into a principal. */
let t: TestGraph;
let citizenToken: string;
let citizenClaims: Record<string, unknown>;

beforeAll(async () => {
  t = await startTestGraph({ jwksCooldownMs: 0 });
  citizenToken = await t.tokenFor({ citizen: '9000000009' });
  citizenClaims = decodeJwt(citizenToken) as Record<string, unknown>;
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const PATIENT = `{ patient(nhsNumber: "9000000009") { nhsNumber } }`;
const run = (token: string, query = PATIENT) => t.run(query, undefined, { headers: { authorization: `Bearer ${token}` } });
const nhsLogin = () => t.sandbox.nhsLogin;

function expectRefused(r: GraphQLResult, reason: string) {
  expect(r.status).toBe(401);
  expect(r.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  expect(r.data).toBeUndefined();
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  expect(r.errors![0]!.extensions!.reason).toBe(reason);
  expect(t.calls()).toEqual({});
}

describe('a valid token', () => {
  it('from NHS login or CIS2 is accepted', async () => {
    expect((await run(citizenToken)).data).toEqual({ patient: { nhsNumber: '9000000009' } });
    expect((await run(await t.tokenFor({ staff: 'clinician' }))).data).toEqual({ patient: { nhsNumber: '9000000009' } });
  });
});

describe('a token that is refused (UNAUTHENTICATED, HTTP 401, no upstream call)', () => {
  it('forged: signed by another key under the issuer’s kid', async () => {
    const attacker = await generateKeyPair('RS512');
    const forged = await new SignJWT(citizenClaims).setProtectedHeader(decodeProtectedHeader(citizenToken) as never).sign(attacker.privateKey);
    expectRefused(await run(forged), 'BAD_SIGNATURE');
  });

  it('tampered: a genuine token whose NHS number was edited', async () => {
    const [header, , signature] = citizenToken.split('.');
    const payload = Buffer.from(JSON.stringify({ ...citizenClaims, nhs_number: '9000000025' })).toString('base64url');
    expectRefused(await run(`${header}.${payload}.${signature}`), 'BAD_SIGNATURE');
  });

  it('expired', async () => {
    const iat = Math.floor(Date.now() / 1000) - 7200;
    const expired = await nhsLogin().sign({ ...citizenClaims, iat, exp: iat + 3600 }, { iat });
    expectRefused(await run(expired), 'TOKEN_EXPIRED');
  });

  it('for another audience', async () => {
    expectRefused(await run(await nhsLogin().sign({ ...citizenClaims, aud: 'another-nhs-login-client' })), 'WRONG_AUDIENCE');
  });

  it('from an issuer the graph does not trust, even when signed by a trusted key', async () => {
    expectRefused(await run(await nhsLogin().sign({ ...citizenClaims, iss: 'https://auth.login.nhs.uk.evil.example' })), 'UNTRUSTED_ISSUER');
  });

  it('alg none', async () => {
    expectRefused(await run(new UnsecuredJWT(citizenClaims).encode()), 'ALGORITHM_NOT_ALLOWED');
  });

  it('HS256 keyed with the issuer’s public key (algorithm confusion)', async () => {
    const { keys } = (await (await request(`${nhsLogin().issuer}/.well-known/jwks.json`)).body.json()) as { keys: JWK[] };
    const pem = await exportSPKI((await importJWK(keys[0]!, 'RS512', { extractable: true })) as CryptoKey);
    const confused = await new SignJWT(citizenClaims)
      .setProtectedHeader({ alg: 'HS256', kid: decodeProtectedHeader(citizenToken).kid! })
      .sign(new TextEncoder().encode(pem));
    expectRefused(await run(confused), 'ALGORITHM_NOT_ALLOWED');
  });

  it('RS256 for NHS login, which signs RS512 only', async () => {
    const other = await generateKeyPair('RS256');
    const rs256 = await new SignJWT(citizenClaims).setProtectedHeader({ alg: 'RS256', kid: 'whatever' }).sign(other.privateKey);
    expectRefused(await run(rs256), 'ALGORITHM_NOT_ALLOWED');
  });

  it('an unknown kid, after fetching the JWKS again to look for it', async () => {
    await run(citizenToken);
    t.resetCalls();
    const fetchesBefore = nhsLogin().requests.jwks;
    const attacker = await generateKeyPair('RS512');
    const unknown = await new SignJWT(citizenClaims).setProtectedHeader({ alg: 'RS512', kid: 'kid-nobody-published' }).sign(attacker.privateKey);
    expectRefused(await run(unknown), 'UNKNOWN_KEY');
    expect(nhsLogin().requests.jwks).toBe(fetchesBefore + 1);
  });

  it.each([
    ['a Basic header', 'Basic dXNlcjpwYXNz'],
    ['a bearer that is not a JWT', 'Bearer not-a-jwt'],
  ])('%s', async (_, authorization) => {
    expectRefused(await t.run(PATIENT, undefined, { headers: { authorization } }), 'MALFORMED_TOKEN');
  });

  it('an NHS login token without a vector of trust, or whose identity levels disagree', async () => {
    const { vot: _vot, ...noVot } = citizenClaims;
    expectRefused(await run(await nhsLogin().sign(noVot)), 'IDENTITY_LEVEL');
    expectRefused(await run(await nhsLogin().sign({ ...citizenClaims, vot: 'P9.Cp.Cd', identity_proofing_level: 'P5' })), 'IDENTITY_LEVEL');
  });

  it('a CIS2 token below AAL2', async () => {
    const staff = decodeJwt(await t.tokenFor({ staff: 'clinician' }));
    expectRefused(await run(await t.sandbox.cis2.sign({ ...staff, authentication_assurance_level: '1' })), 'ASSURANCE_LEVEL');
  });

  it('never echoes the token in the answer', async () => {
    const expired = await nhsLogin().sign({ ...citizenClaims, iat: 1, exp: 2 }, { iat: 1 });
    const r = await run(expired);
    expect(JSON.stringify(r.errors)).not.toContain(expired.split('.')[1]!.slice(0, 20));
    expect(JSON.stringify(r.errors)).not.toContain('9000000009');
  });
});

describe('the issuer’s keys', () => {
  it('are fetched once (through discovery) and cached across requests', async () => {
    const fresh = await startTestGraph();
    try {
      const token = await fresh.tokenFor({ staff: 'nurse' });
      const before = { jwks: fresh.sandbox.cis2.requests.jwks, discovery: fresh.sandbox.cis2.requests.discovery };
      for (let i = 0; i < 5; i++) expect((await fresh.run(PATIENT, undefined, { headers: { authorization: `Bearer ${token}` } })).errors).toBeUndefined();
      expect(fresh.sandbox.cis2.requests.jwks - before.jwks).toBe(1);
      expect(fresh.sandbox.cis2.requests.discovery - before.discovery).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('are fetched again when the provider rotates its signing key, so new tokens are accepted', async () => {
    await run(citizenToken);
    const before = nhsLogin().requests.jwks;
    await nhsLogin().rotateSigningKey();
    const rotated = await nhsLogin().sign(citizenClaims);
    expect(decodeProtectedHeader(rotated).kid).not.toBe(decodeProtectedHeader(citizenToken).kid);
    expect((await run(rotated)).data).toEqual({ patient: { nhsNumber: '9000000009' } });
    expect(nhsLogin().requests.jwks).toBe(before + 1);
    // Tokens signed before the rotation still verify: the old key stays published.
    expect((await run(citizenToken)).errors).toBeUndefined();
  });
});

describe('me', () => {
  const ME = `{ me { subject identityLevel vectorOfTrust nhsNumber familyName birthDate patient { nhsNumber name { family } } } }`;

  it('is the P9 citizen’s profile, identity level and own record', async () => {
    const r = await t.run<{ me: Record<string, unknown> }>(ME, undefined, { principal: { citizen: '9000000009' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.me).toEqual({
      subject: citizenClaims.sub,
      identityLevel: 'P9',
      vectorOfTrust: 'P9.Cp.Cd',
      nhsNumber: '9000000009',
      familyName: 'Smith',
      birthDate: '2010-10-22',
      patient: { nhsNumber: '9000000009', name: { family: 'Smith' } },
    });
    expect(t.calls()).toEqual({ pds: 1 });
  });

  it('at P5 shows the profile, and FORBIDDEN on the record', async () => {
    const r = await t.run<{ me: Record<string, unknown> }>(ME, undefined, { principal: { citizen: '9000000009', level: 'P5' } });
    expect(r.data!.me).toMatchObject({ identityLevel: 'P5', nhsNumber: '9000000009', patient: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0]).toMatchObject({ path: ['me', 'patient'], extensions: { reason: 'IDENTITY_LEVEL' } });
    expect(t.calls()).toEqual({});
  });

  it('at P0 has no NHS number', async () => {
    const r = await t.run<{ me: Record<string, unknown> }>(`{ me { identityLevel nhsNumber familyName } }`, undefined, { principal: { level: 'P0' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.me).toEqual({ identityLevel: 'P0', nhsNumber: null, familyName: null });
  });

  it('is null for a healthcare worker and for an anonymous caller', async () => {
    expect((await t.run(ME)).data).toEqual({ me: null });
    expect((await t.run(ME, undefined, { principal: null })).data).toEqual({ me: null });
  });
});
