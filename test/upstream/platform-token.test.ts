import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type KeyObject } from 'jose';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import { startEmbeddedPlatform, type EmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { GraphError } from '../../src/errors.js';
import { createGraphServer } from '../../src/server.js';
import { SignedJwtAuth } from '../../src/upstream/auth.js';
import { signClientAssertion } from '../../src/upstream/client-assertion.js';
import { createPlatform } from '../../src/upstream/platform.js';
import { captureGraphResponses, capturingLogger, recordSecret, releaseGraphResponses } from '../support/log-capture.js';

let embedded: EmbeddedPlatform;
let tokenUrl: string;
let apiKey: string;
let keyId: string;
let privateKey: CryptoKey | KeyObject;
const dispatcher = new Agent();

beforeAll(async () => {
  embedded = await startEmbeddedPlatform();
  tokenUrl = `${embedded.sandbox.origin}/oauth2/token`;
  ({ apiKey, keyId, privateKey } = embedded.credentials);
  recordSecret(apiKey);
});
afterAll(async () => {
  await dispatcher.close();
  await embedded.sandbox.close();
});

async function postToken(assertion: string, fields: Record<string, string> = {}) {
  const res = await request(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      ...fields,
    }).toString(),
  });
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, string> };
}

/** An assertion with the platform's rules, each of which a test breaks in turn. */
function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: apiKey, sub: apiKey, aud: tokenUrl, jti: randomUUID(), iat: now, exp: now + 300, ...overrides };
}
const sign = (payload: Record<string, unknown>, header: Record<string, unknown> = {}, key: CryptoKey | KeyObject = privateKey) =>
  new SignJWT(payload).setProtectedHeader({ alg: 'RS512', typ: 'JWT', kid: keyId, ...header } as never).sign(key);

describe('the sandbox /oauth2/token (application-restricted, signed JWT)', () => {
  it('issues a token for a well-formed RS512 assertion: expires_in 599 as a string, Bearer', async () => {
    const r = await postToken(await signClientAssertion({ clientId: apiKey, audience: tokenUrl, keyId, privateKey }));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ token_type: 'Bearer', expires_in: '599' });
    expect(r.body.access_token).toMatch(/^\S{20,}$/);
  });

  it('refuses a replayed assertion (same jti)', async () => {
    const assertion = await sign(claims());
    expect((await postToken(assertion)).status).toBe(200);
    const replay = await postToken(assertion);
    expect(replay).toMatchObject({ status: 400, body: { error: 'invalid_request', error_description: 'Non-unique jti claim in JWT' } });
  });

  it.each([
    ['a wrong aud', { aud: 'https://int.api.service.nhs.uk/oauth2/token' }],
    ['iss not the API key', { iss: 'someone-else' }],
    ['sub not the API key', { sub: 'someone-else' }],
    ['an expired assertion', { iat: Math.floor(Date.now() / 1000) - 900, exp: Math.floor(Date.now() / 1000) - 600 }],
    ['no jti', { jti: undefined }],
  ])('refuses %s with 401 invalid_client', async (_, overrides) => {
    const r = await postToken(await sign(claims(overrides)));
    expect(r).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });

  it('refuses an expiry more than 5 minutes ahead', async () => {
    const r = await postToken(await sign(claims({ exp: Math.floor(Date.now() / 1000) + 600 })));
    expect(r).toMatchObject({ status: 400, body: { error: 'invalid_request', error_description: 'Invalid exp claim in JWT - more than 5 minutes in future' } });
  });

  it('refuses an unknown kid, and a registered kid signed with another key', async () => {
    expect(await postToken(await sign(claims(), { kid: 'not-registered' }))).toMatchObject({ status: 401, body: { error: 'invalid_request' } });
    const other = await generateKeyPair('RS512');
    expect(await postToken(await sign(claims(), {}, other.privateKey))).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });

  it('refuses every algorithm but RS512: RS256, HS256 and none', async () => {
    const rs256Key = await generateKeyPair('RS256');
    const rs256 = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: keyId }).sign(rs256Key.privateKey);
    const hs256 = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS256', kid: keyId })
      .sign(new TextEncoder().encode('a-shared-secret-of-32-bytes-long!'));
    const none = new UnsecuredJWT(claims()).encode();
    for (const assertion of [rs256, hs256, none]) {
      const r = await postToken(assertion);
      expect(r.status).toBe(400);
      expect(r.body.error_description).toMatch(/must be 'RS512'/);
    }
  });

  it('refuses a missing kid, another grant type and a missing assertion type', async () => {
    expect(await postToken(await sign(claims(), { kid: undefined }))).toMatchObject({
      status: 400,
      body: { error_description: "Missing 'kid' header in client_assertion JWT" },
    });
    expect(await postToken(await sign(claims()), { grant_type: 'password' })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    expect(await postToken(await sign(claims()), { client_assertion_type: 'secret' })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });
});

describe('SignedJwtAuth (the graph side)', () => {
  it('makes one token call for 20 concurrent first callers, then reuses the token', async () => {
    const auth = new SignedJwtAuth({ tokenUrl, apiKey, keyId, privateKey, dispatcher });
    const before = embedded.sandbox.auth.tokenRequests;
    const tokens = await Promise.all(Array.from({ length: 20 }, () => auth.token()));
    expect(new Set(tokens).size).toBe(1);
    expect(await auth.token()).toBe(tokens[0]);
    expect(embedded.sandbox.auth.tokenRequests - before).toBe(1);
  });

  it('refreshes once the token is within the margin of lapsing, not before', async () => {
    let now = Date.now();
    const clock = () => now;
    embedded.sandbox.auth.now = clock;
    try {
      const auth = new SignedJwtAuth({ tokenUrl, apiKey, keyId, privateKey, dispatcher, now: clock, refreshMarginSeconds: 30 });
      const before = embedded.sandbox.auth.tokenRequests;
      const first = await auth.token();
      now += 568_000; // 599 s token, 30 s margin: still fresh at 568 s
      expect(await auth.token()).toBe(first);
      expect(embedded.sandbox.auth.tokenRequests - before).toBe(1);
      now += 2_000; // 570 s: inside the margin
      const second = await auth.token();
      expect(second).not.toBe(first);
      expect(embedded.sandbox.auth.tokenRequests - before).toBe(2);
    } finally {
      embedded.sandbox.auth.now = Date.now;
    }
  });

  it('a refused token request is UPSTREAM_UNAVAILABLE naming the token endpoint, never the key, and is not cached', async () => {
    const auth = new SignedJwtAuth({ tokenUrl, apiKey, keyId: 'a-kid-nobody-registered', privateKey, dispatcher });
    const before = embedded.sandbox.auth.tokenRequests;
    const error = (await auth.token().catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain(tokenUrl);
    expect(error.message).toContain('HTTP 401');
    expect(error.upstream).toEqual({ api: 'oauth2', status: 401, issueCode: 'invalid_request' });
    expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toContain(apiKey);
    await auth.token().catch(() => undefined);
    expect(embedded.sandbox.auth.tokenRequests - before).toBe(2);
  });

  it('an unreachable token endpoint is UPSTREAM_UNAVAILABLE too', async () => {
    const auth = new SignedJwtAuth({ tokenUrl: 'http://127.0.0.1:9/oauth2/token', apiKey, keyId, privateKey, dispatcher });
    await expect(auth.token()).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringContaining('unreachable') });
  });
});

describe('a graph whose platform credentials are refused', () => {
  it('answers UPSTREAM_UNAVAILABLE for PDS, still serves ODS, and logs neither the key nor the token', async () => {
    const lines: string[] = [];
    const logger = capturingLogger(lines);
    const platform = createPlatform({
      origin: embedded.sandbox.origin,
      credentials: { apiKey, keyId: 'revoked-kid', privateKey },
      timeoutMs: { default: 5_000 },
    });
    const graph = await createGraphServer({
      platform,
      environment: 'embedded',
      logger,
      auth: { issuers: embedded.issuers },
      audit: new JsonLinesAuditSink(`/tmp/nhs-graph-test-${randomUUID()}.jsonl`),
    });
    const url = await graph.listen(0);
    captureGraphResponses(url);
    try {
      const { signIn } = await import('../../sandbox/src/identity/sign-in.js');
      const staff = await signIn(embedded.sandbox.cis2.issuer, embedded.signInClients.cis2, 'clinician', { scope: 'openid nationalrbacaccess selectedrole' });
      const res = await request(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.idToken}` },
        body: JSON.stringify({ query: '{ patient(nhsNumber: "9000000009") { nhsNumber } organisation(odsCode: "RR8") { name } }' }),
      });
      const body = (await res.body.json()) as { data: Record<string, unknown>; errors: { message: string; extensions: { code: string } }[] };
      expect(body.data).toEqual({ patient: null, organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' } });
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(body.errors[0]!.message).toContain(`${embedded.sandbox.origin}/oauth2/token`);
      const log = lines.join('');
      expect(log.length).toBeGreaterThan(0);
      expect(log).not.toContain(apiKey);
      expect(log).not.toContain(staff.idToken.slice(0, 40));
    } finally {
      await graph.close();
      releaseGraphResponses(url);
      await platform.close();
    }
  });
});
