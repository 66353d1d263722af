import { randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPlatform, type EmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { signIn, type SignInClient } from '../../sandbox/src/identity/sign-in.js';
import { signClientAssertion } from '../../src/upstream/client-assertion.js';

/** The embedded NHS login (OpenID Connect, nhs-login/CONTRACT.md) and CIS2 stand-in, over loopback. */
let embedded: EmbeddedPlatform;
let nhsLogin: string;
let client: SignInClient;

beforeAll(async () => {
  embedded = await startEmbeddedPlatform();
  nhsLogin = embedded.sandbox.nhsLogin.issuer;
  client = embedded.signInClients.nhsLogin;
});
afterAll(() => embedded.sandbox.close());

async function get(url: string) {
  const res = await request(url);
  const text = await res.body.text();
  return { status: res.statusCode, location: res.headers.location as string | undefined, text, json: () => JSON.parse(text) };
}
async function postForm(url: string, form: Record<string, string>) {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const text = await res.body.text();
  return {
    status: res.statusCode,
    location: res.headers.location as string | undefined,
    headers: res.headers,
    body: text ? JSON.parse(text.startsWith('{') ? text : '{}') : {},
  };
}
function authorizeParams(overrides: Record<string, string | undefined> = {}) {
  const p: Record<string, string> = {
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: 'code',
    scope: 'openid profile',
    state: 's1',
    nonce: 'n1',
  };
  for (const [k, v] of Object.entries(overrides)) v === undefined ? delete p[k] : (p[k] = v);
  return p;
}
/** Runs authorize and the sign-in form; resolves with the code. */
async function codeFor(user: string, overrides: Record<string, string | undefined> = {}) {
  const r = await postForm(`${nhsLogin}/authorize`, { ...authorizeParams(overrides), user });
  return new URL(r.location!).searchParams.get('code')!;
}
async function tokenRequest(form: Record<string, string>, assertion?: string) {
  return postForm(`${nhsLogin}/token`, {
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion:
      assertion ??
      (await signClientAssertion({ clientId: client.clientId, audience: `${nhsLogin}/token`, keyId: client.keyId, privateKey: client.privateKey })),
    ...form,
  });
}

describe('NHS login: discovery and keys', () => {
  it('serves NHS England’s discovery document with the sandbox as issuer', async () => {
    const doc = (await get(`${nhsLogin}/.well-known/openid-configuration`)).json();
    const stub = JSON.parse(JSON.stringify(loadFixture('nhs-login/openid-configuration.json')).replaceAll('@@LOGIN_ROOT_URL@@', nhsLogin));
    expect(doc).toEqual(stub);
    expect(doc).toMatchObject({
      issuer: nhsLogin,
      id_token_signing_alg_values_supported: ['RS512'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    });
  });

  it('publishes RS512 public keys with a kid, never a private part', async () => {
    const { keys } = (await get(`${nhsLogin}/.well-known/jwks.json`)).json();
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS512', use: 'sig', kid: expect.any(String) });
      expect(key.d).toBeUndefined();
    }
  });
});

describe('NHS login: signing in', () => {
  it('a P9 citizen gets an RS512 ID token with vot, vtm and the profile claims PDS knows, for our client and nonce', async () => {
    const signedIn = await signIn(nhsLogin, client, 'P9:9000000009', { scope: 'openid profile' });
    expect(decodeProtectedHeader(signedIn.idToken)).toMatchObject({ alg: 'RS512', kid: expect.any(String) });
    const claims = decodeJwt(signedIn.idToken);
    expect(claims).toMatchObject({
      iss: nhsLogin,
      aud: client.clientId,
      vot: 'P9.Cp.Cd',
      vtm: expect.stringContaining('/trustmark/'),
      nhs_number: '9000000009',
      family_name: 'Smith',
      birthdate: '2010-10-22',
      identity_proofing_level: 'P9',
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(signedIn.expiresIn).toBe(300);
  });

  it('a P0 user has no NHS number and no proofing claims', async () => {
    const claims = decodeJwt((await signIn(nhsLogin, client, 'P0:1', { scope: 'openid profile', vtr: ['P0.Cp.Cd'] })).idToken);
    expect(claims.vot).toBe('P0.Cp.Cd');
    expect(claims.nhs_number).toBeUndefined();
    expect(claims.identity_proofing_level).toBeUndefined();
  });

  it('the vector achieved is the highest requested level the user meets; a P5 user asked only for P9 is refused', async () => {
    const p5 = decodeJwt((await signIn(nhsLogin, client, 'P5:9000000009', { scope: 'openid profile', vtr: ['P9.Cp.Cd', 'P5.Cp.Cd'] })).idToken);
    expect(p5).toMatchObject({ vot: 'P5.Cp.Cd', identity_proofing_level: 'P5' });
    await expect(signIn(nhsLogin, client, 'P5:9000000009', { scope: 'openid profile' })).rejects.toThrow(/access_denied/);
  });

  it('UserInfo returns the consented claims only', async () => {
    const signedIn = await signIn(nhsLogin, client, 'P9:9000000009', { scope: 'openid profile email phone profile_extended gp_registration_details' });
    const res = await request(`${nhsLogin}/userinfo`, { headers: { authorization: `Bearer ${signedIn.accessToken}` } });
    const info = (await res.body.json()) as Record<string, unknown>;
    expect(info).toMatchObject({
      sub: decodeJwt(signedIn.idToken).sub,
      nhs_number: '9000000009',
      given_name: 'Jane',
      email_verified: true,
      gp_registration_details: { gp_ods_code: 'Y12345' },
    });
    const narrow = await signIn(nhsLogin, client, 'P9:9000000009', { scope: 'openid' });
    const only = (await (await request(`${nhsLogin}/userinfo`, { headers: { authorization: `Bearer ${narrow.accessToken}` } })).body.json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(only)).toEqual(['sub']);
    expect((await request(`${nhsLogin}/userinfo`, { headers: { authorization: 'Bearer nonsense' } })).statusCode).toBe(401);
  });
});

describe('NHS login: the authorize request', () => {
  it.each([
    ['no nonce', { nonce: undefined }, 'invalid_request'],
    ['no state', { state: undefined }, 'invalid_request'],
    ['no openid scope', { scope: 'profile' }, 'invalid_scope'],
    ['an unknown scope', { scope: 'openid address' }, 'invalid_scope'],
    ['a malformed vtr', { vtr: '["P7.Cx"]' }, 'invalid_request'],
    ['response_type token', { response_type: 'token' }, 'invalid_request'],
    ['prompt=none (no session)', { prompt: 'none' }, 'login_required'],
  ])('%s is redirected back with error %s', async (_, overrides, error) => {
    const r = await get(`${nhsLogin}/authorize?${new URLSearchParams(authorizeParams(overrides) as Record<string, string>)}`);
    expect(r.status).toBe(302);
    expect(new URL(r.location!).searchParams.get('error')).toBe(error);
  });

  it('an unknown client or redirect URI is answered on the page, never redirected', async () => {
    expect((await get(`${nhsLogin}/authorize?${new URLSearchParams(authorizeParams({ client_id: 'stranger' }) as Record<string, string>)}`)).status).toBe(400);
    const evil = await get(
      `${nhsLogin}/authorize?${new URLSearchParams(authorizeParams({ redirect_uri: 'https://evil.example/cb' }) as Record<string, string>)}`,
    );
    expect(evil.status).toBe(400);
    expect(evil.location).toBeUndefined();
  });

  it('shows a sign-in form of test users that carries the request', async () => {
    const r = await get(`${nhsLogin}/authorize?${new URLSearchParams(authorizeParams() as Record<string, string>)}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('name="nonce" value="n1"');
    expect(r.text).toContain('value="P9:9000000009"');
    expect(r.text).toContain('value="P0:1"');
    expect(r.text).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
  });
});

describe('NHS login: the token endpoint', () => {
  it('a code is single use and bound to its redirect URI', async () => {
    const code = await codeFor('P9:9000000009');
    const wrongRedirect = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1/other' });
    expect(wrongRedirect).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const code2 = await codeFor('P9:9000000009');
    const ok = await tokenRequest({ grant_type: 'authorization_code', code: code2, redirect_uri: client.redirectUri });
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    const again = await tokenRequest({ grant_type: 'authorization_code', code: code2, redirect_uri: client.redirectUri });
    expect(again).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('needs private_key_jwt: no assertion, RS256, a replayed jti and a stranger’s key are refused', async () => {
    const form = { grant_type: 'authorization_code', code: await codeFor('P9:9000000009'), redirect_uri: client.redirectUri };
    const none = await postForm(`${nhsLogin}/token`, form);
    expect(none).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
    const rs256Key = await generateKeyPair('RS256');
    const rs256 = await new SignJWT({ jti: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: client.keyId })
      .setIssuer(client.clientId)
      .setSubject(client.clientId)
      .setAudience(`${nhsLogin}/token`)
      .setExpirationTime('2m')
      .sign(rs256Key.privateKey);
    expect(await tokenRequest(form, rs256)).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const assertion = await signClientAssertion({
      clientId: client.clientId,
      audience: `${nhsLogin}/token`,
      keyId: client.keyId,
      privateKey: client.privateKey,
    });
    expect((await tokenRequest(form, assertion)).status).toBe(200);
    const replay = await tokenRequest({ ...form, code: await codeFor('P9:9000000009') }, assertion);
    expect(replay).toMatchObject({ status: 400, body: { error_description: 'Non-unique jti claim in JWT' } });
    const stranger = await generateKeyPair('RS512');
    const forged = await signClientAssertion({
      clientId: client.clientId,
      audience: `${nhsLogin}/token`,
      keyId: client.keyId,
      privateKey: stranger.privateKey,
    });
    expect(await tokenRequest({ ...form, code: await codeFor('P9:9000000009') }, forged)).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
  });

  it('a refresh token gives a new access token, and may only narrow the scope', async () => {
    const code = await codeFor('P9:9000000009', { scope: 'openid profile email' });
    const first = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: client.redirectUri });
    const refreshed = await tokenRequest({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token, scope: 'openid email' });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.id_token).toBeUndefined();
    expect(decodeJwt(refreshed.body.access_token).scope).toBe('openid email');
    const wider = await tokenRequest({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token, scope: 'openid phone' });
    expect(wider).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });
  });

  it('a key registered for the client through the sandbox-only endpoint can authenticate; a private JWK is refused', async () => {
    const mine = await generateKeyPair('RS512', { extractable: true });
    const jwk = { ...(await exportJWK(mine.publicKey)), kid: `test-${randomBytes(4).toString('hex')}` };
    const add = (body: unknown) =>
      request(`${nhsLogin}/_sandbox/client-keys`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await add({ client_id: client.clientId, jwk: { ...(await exportJWK(mine.privateKey)), kid: 'leak' } })).statusCode).toBe(400);
    expect((await add({ client_id: client.clientId, jwk })).statusCode).toBe(201);
    const signedIn = await signIn(nhsLogin, { ...client, keyId: jwk.kid, privateKey: mine.privateKey }, 'P9:9000000033', { scope: 'openid profile' });
    expect(decodeJwt(signedIn.idToken).nhs_number).toBe('9000000033');
  });
});

describe('CIS2 stand-in', () => {
  it('is found through its discovery document (CIS2’s endpoint layout) and signs ID tokens RS256', async () => {
    const issuer = embedded.sandbox.cis2.issuer;
    const doc = (await get(`${issuer}/.well-known/openid-configuration`)).json();
    expect(doc).toMatchObject({
      issuer,
      token_endpoint: `${issuer}/access_token`,
      jwks_uri: `${issuer}/connect/jwk_uri`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    const { keys } = (await get(doc.jwks_uri)).json();
    expect(keys[0]).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
  });

  it('a healthcare worker’s ID token carries assurance levels, the selected role and their national RBAC roles', async () => {
    const signedIn = await signIn(embedded.sandbox.cis2.issuer, embedded.signInClients.cis2, 'clinician', {
      scope: 'openid profile nationalrbacaccess selectedrole',
    });
    expect(decodeProtectedHeader(signedIn.idToken).alg).toBe('RS256');
    const claims = decodeJwt(signedIn.idToken);
    expect(claims).toMatchObject({
      sub: '555000000101',
      aud: embedded.signInClients.cis2.clientId,
      authentication_assurance_level: '3',
      id_assurance_level: '3',
      selected_roleid: '555000000100',
    });
    expect(claims.nhsid_nrbac_roles).toEqual([expect.objectContaining({ person_roleid: '555000000100', role_code: 'S8000:G8000:R8000', org_code: 'Y12345' })]);
  });

  it('a user without roles has no selected role', async () => {
    const claims = decodeJwt(
      (await signIn(embedded.sandbox.cis2.issuer, embedded.signInClients.cis2, 'no-role', { scope: 'openid nationalrbacaccess selectedrole' })).idToken,
    );
    expect(claims.selected_roleid).toBeUndefined();
    expect(claims.nhsid_nrbac_roles).toEqual([]);
  });
});
