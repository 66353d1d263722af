import { randomBytes, randomUUID } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { SandboxRequest, SandboxResponse } from '../http.js';
import { header } from '../http.js';
import { checkClientAssertion, JtiRegister, type OAuthRefusal } from './assertion-check.js';
import { authorizeForm } from './authorize-form.js';

/** A relying party registered with the provider: its redirect URIs and the public keys of its JWKS. */
export interface OidcClient {
  clientId: string;
  redirectUris: string[];
  keys: (JWK & { kid: string })[];
}

/** Someone who can sign in. `id` is what the test sign-in form takes; `subject` is the stable `sub`. */
export interface OidcUser {
  id: string;
  label: string;
  subject: string;
}

/** What one sign-in established: consented scopes, the client's nonce, and provider-specific facts (NHS login's `vot`). */
export interface SignInSession {
  clientId: string;
  scopes: Set<string>;
  nonce: string;
  authTime: number;
  extras: Record<string, unknown>;
}

export type AuthorizeError = { error: string; description: string };

/** What makes a provider NHS login or CIS2: endpoints, users, claims. */
export interface OidcFlavour<U extends OidcUser> {
  name: string;
  /** Mount path on the sandbox: the issuer is the sandbox origin + this. */
  path: string;
  signingAlg: 'RS512' | 'RS256';
  endpoints: { authorize: string; token: string; userinfo: string; jwks: string };
  scopes: readonly string[];
  lifetimes: { code: number; accessToken: number; idToken: number; refreshToken: number };
  discovery(issuer: string, urls: { authorize: string; token: string; userinfo: string; jwks: string }): Record<string, unknown>;
  findUser(id: string): U | undefined;
  listUsers(): U[];
  /** Checks of authorize parameters beyond OIDC core (NHS login's `vtr`). */
  validateAuthorize?(params: URLSearchParams): AuthorizeError | undefined;
  /** Signs the user in: the error to redirect with, or the session's extras. */
  authenticate(user: U, params: URLSearchParams): AuthorizeError | Record<string, unknown>;
  idTokenClaims(user: U, session: SignInSession, issuer: string): Record<string, unknown>;
  accessTokenClaims(user: U, session: SignInSession, issuer: string): Record<string, unknown>;
  userinfo(user: U, session: SignInSession, issuer: string): Record<string, unknown>;
}

interface Grant {
  userId: string;
  session: SignInSession;
  expiresAt: number;
}
interface Code extends Grant {
  redirectUri: string;
}
interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK & { kid: string };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse => ({
  status,
  body,
  headers: { 'content-type': 'application/json', ...headers },
});
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };
/** NHS login answers every token-endpoint error with HTTP 400 (nhs-login/CONTRACT.md). */
const oauthError = (r: OAuthRefusal | AuthorizeError): SandboxResponse => json(400, { error: r.error, error_description: r.description }, NO_STORE);
const UNSUPPORTED_PARAMS = ['request', 'request_uri'];

/**
 * An OpenID Connect provider for the embedded sandbox: discovery, JWKS, the authorization-code flow with a test
 * sign-in form, `private_key_jwt` client authentication (RS512, single-use `jti`), refresh tokens and UserInfo.
 * The flavour supplies what differs between NHS login and the CIS2 stand-in.
 */
export class OidcProvider<U extends OidcUser = OidcUser> {
  private signingKeys: SigningKey[] = [];
  private readonly clients = new Map<string, OidcClient>();
  private readonly codes = new Map<string, Code>();
  private readonly refreshTokens = new Map<string, Grant & { clientId: string }>();
  private readonly accessTokens = new Map<string, Grant>();
  private readonly usedJti = new JtiRegister();
  /** Requests per endpoint, for tests (JWKS fetches, token calls). */
  readonly requests = { discovery: 0, jwks: 0, authorize: 0, token: 0, userinfo: 0 };
  /** The provider's clock (ms); tests may move it. */
  now: () => number = Date.now;

  constructor(
    readonly flavour: OidcFlavour<U>,
    private readonly origin: () => string,
  ) {}

  get issuer(): string {
    return this.origin() + this.flavour.path;
  }

  get path(): string {
    return this.flavour.path;
  }

  /** Generates the first signing key. Idempotent. */
  async init(): Promise<void> {
    if (this.signingKeys.length === 0) await this.rotateSigningKey();
  }

  /** Signs with a new key from now on; the old public key stays in the JWKS so tokens already issued still verify. */
  async rotateSigningKey(): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair(this.flavour.signingAlg, { modulusLength: 2048 });
    const kid = `${this.flavour.path.slice(1)}-${randomUUID()}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: this.flavour.signingAlg, use: 'sig' };
    this.signingKeys.unshift({ kid, privateKey, publicJwk });
    return kid;
  }

  /** Takes a key out of the JWKS (revoked): tokens it signed no longer verify once a relying party refetches the set. */
  withdrawSigningKey(kid: string): void {
    this.signingKeys = this.signingKeys.filter((k) => k.kid !== kid);
  }

  /** Signs with this key (a private JWK) in place of the generated ones: tokens and JWKS survive a restart. */
  async useSigningKey(privateJwk: JWK & { kid: string }): Promise<void> {
    const privateKey = (await importJWK(privateJwk, this.flavour.signingAlg)) as CryptoKey;
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
    this.signingKeys = [{ kid: privateJwk.kid, privateKey, publicJwk: { ...publicJwk, kid: privateJwk.kid } }];
  }

  registerClient(client: OidcClient): void {
    this.clients.set(client.clientId, { ...client, keys: [...client.keys] });
  }

  clientIds(): string[] {
    return [...this.clients.keys()];
  }

  /** Signs any claims with the provider's current key: for tests that need a validly signed but wrong token. */
  async sign(claims: Record<string, unknown>, options: { lifetimeSeconds?: number; iat?: number } = {}): Promise<string> {
    const key = this.signingKeys[0];
    if (!key) throw new Error(`${this.flavour.name} sandbox has no signing key: call init() first`);
    const iat = options.iat ?? Math.floor(this.now() / 1000);
    return new SignJWT({ iss: this.issuer, iat, exp: iat + (options.lifetimeSeconds ?? this.flavour.lifetimes.idToken), jti: randomUUID(), ...claims })
      .setProtectedHeader({ alg: this.flavour.signingAlg, typ: 'JWT', kid: key.kid })
      .sign(key.privateKey);
  }

  /** Verifies an ID token this provider issued to one of its clients (the platform's token exchange trusts it). */
  async verifyIdToken(token: string): Promise<JWTPayload> {
    const keys = createLocalJWKSet({ keys: this.signingKeys.map((k) => k.publicJwk) });
    const { payload } = await jwtVerify(token, keys, {
      issuer: this.issuer,
      audience: this.clientIds(),
      algorithms: [this.flavour.signingAlg],
      requiredClaims: ['exp', 'sub'],
      currentDate: new Date(this.now()),
    });
    return payload;
  }

  /** Answers one request below the provider's path. */
  async handle(req: SandboxRequest): Promise<SandboxResponse> {
    const { endpoints } = this.flavour;
    const route = `${req.method} ${req.path}`;
    if (route === 'GET /.well-known/openid-configuration') {
      this.requests.discovery++;
      return json(200, this.flavour.discovery(this.issuer, this.urls()));
    }
    if (route === `GET ${endpoints.jwks}`) {
      this.requests.jwks++;
      return json(200, { keys: this.signingKeys.map((k) => k.publicJwk) });
    }
    if (req.path === endpoints.authorize && (req.method === 'GET' || req.method === 'POST')) {
      this.requests.authorize++;
      return this.authorize(req);
    }
    if (route === `POST ${endpoints.token}`) {
      this.requests.token++;
      return this.token(req);
    }
    if (req.path === endpoints.userinfo && req.method === 'GET') {
      this.requests.userinfo++;
      return this.userinfoAnswer(req);
    }
    if (route === 'POST /_sandbox/client-keys') return this.addClientKey(req);
    return json(404, { error: 'not_found', error_description: `${this.flavour.name} has nothing at this path` });
  }

  private urls() {
    const { endpoints } = this.flavour;
    const base = this.issuer;
    return { authorize: base + endpoints.authorize, token: base + endpoints.token, userinfo: base + endpoints.userinfo, jwks: base + endpoints.jwks };
  }

  private async authorize(req: SandboxRequest): Promise<SandboxResponse> {
    const params = req.method === 'POST' ? new URLSearchParams(req.rawBody) : req.query;
    const client = this.clients.get(params.get('client_id') ?? '');
    const redirectUri = params.get('redirect_uri') ?? '';
    // Without a known client and one of its exact redirect URIs there is nowhere safe to redirect: answer here.
    if (!client) return page(400, `${this.flavour.name}: unknown client_id`);
    if (!client.redirectUris.includes(redirectUri)) return page(400, `${this.flavour.name}: redirect_uri is not registered for this client`);
    const state = params.get('state') ?? undefined;
    const fail = (e: AuthorizeError) => redirect(redirectUri, { error: e.error, error_description: e.description, state });
    const problem = this.checkAuthorizeParams(params);
    if (problem) return fail(problem);
    if (req.method === 'GET') {
      if (params.get('prompt') === 'none') return fail({ error: 'login_required', description: 'No session: the sandbox keeps none' });
      return {
        status: 200,
        body: authorizeForm(this.flavour.name, this.urls().authorize, params, this.flavour.listUsers()),
        headers: { 'content-type': 'text/html; charset=utf-8' },
      };
    }
    const user = this.flavour.findUser(params.get('user') ?? '');
    if (!user) return page(400, `${this.flavour.name}: no such test user`);
    const extras = this.flavour.authenticate(user, params);
    if ('error' in extras && typeof extras.error === 'string') return fail(extras as AuthorizeError);
    const code = randomBytes(24).toString('base64url');
    const session: SignInSession = {
      clientId: client.clientId,
      scopes: new Set((params.get('scope') ?? '').split(' ').filter(Boolean)),
      nonce: params.get('nonce') ?? '',
      authTime: Math.floor(this.now() / 1000),
      extras,
    };
    this.codes.set(code, { userId: user.id, session, redirectUri, expiresAt: this.now() + this.flavour.lifetimes.code * 1000 });
    return redirect(redirectUri, { code, state });
  }

  private checkAuthorizeParams(params: URLSearchParams): AuthorizeError | undefined {
    if (params.get('response_type') !== 'code') return { error: 'invalid_request', description: 'response_type must be code' };
    const scopes = (params.get('scope') ?? '').split(' ').filter(Boolean);
    if (!scopes.includes('openid')) return { error: 'invalid_scope', description: 'scope must include openid' };
    const unknown = scopes.find((s) => !this.flavour.scopes.includes(s));
    if (unknown) return { error: 'invalid_scope', description: `scope ${unknown} is not supported` };
    if (!params.get('state')) return { error: 'invalid_request', description: 'state is required' };
    if (!params.get('nonce')) return { error: 'invalid_request', description: 'nonce is required' };
    const responseMode = params.get('response_mode');
    if (responseMode && responseMode !== 'query') return { error: 'invalid_request', description: 'only response_mode=query is supported' };
    const unsupported = UNSUPPORTED_PARAMS.find((p) => params.has(p));
    if (unsupported) return { error: 'invalid_request', description: `${unsupported} is not supported` };
    return this.flavour.validateAuthorize?.(params);
  }

  private async token(req: SandboxRequest): Promise<SandboxResponse> {
    const form = new URLSearchParams(req.rawBody);
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' || !form.get('client_assertion')) {
      return oauthError({ error: 'invalid_client', description: 'private_key_jwt client authentication is required' });
    }
    const now = this.now();
    const checked = await checkClientAssertion(form.get('client_assertion') as string, {
      keyFor: (kid) => this.clientKey(kid),
      audience: this.urls().token,
      maxLifetimeSeconds: 300,
      usedJti: this.usedJti,
      now: Math.floor(now / 1000),
      unknownKidStatus: 400,
    });
    if ('error' in checked) return oauthError(checked);
    const clientId = checked.clientId;
    if (form.has('client_id') && form.get('client_id') !== clientId)
      return oauthError({ error: 'invalid_client', description: 'client_id does not match the client assertion' });

    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      // A code is single use: it is gone once presented, whether or not the rest of the request is right.
      this.codes.delete(form.get('code') ?? '');
      if (!code || code.expiresAt <= now || code.session.clientId !== clientId)
        return oauthError({ error: 'invalid_grant', description: 'The authorization code is invalid, expired or already used' });
      if (form.get('redirect_uri') !== code.redirectUri)
        return oauthError({ error: 'invalid_grant', description: 'redirect_uri does not match the authorization request' });
      return this.issueTokens(code, true);
    }
    if (grantType === 'refresh_token') {
      const grant = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!grant || grant.expiresAt <= now || grant.clientId !== clientId)
        return oauthError({ error: 'invalid_grant', description: 'The refresh token is invalid or expired' });
      const narrower = (form.get('scope') ?? '').split(' ').filter(Boolean);
      if (narrower.some((s) => !grant.session.scopes.has(s))) return oauthError({ error: 'invalid_scope', description: 'A refresh may only narrow the scope' });
      const session = narrower.length > 0 ? { ...grant.session, scopes: new Set(narrower) } : grant.session;
      return this.issueTokens({ ...grant, session }, false);
    }
    return oauthError({ error: 'unsupported_grant_type', description: 'grant_type must be authorization_code or refresh_token' });
  }

  private async issueTokens(grant: Grant, withIdToken: boolean): Promise<SandboxResponse> {
    const user = this.flavour.findUser(grant.userId);
    if (!user) return oauthError({ error: 'invalid_grant', description: 'The user no longer exists' });
    const { lifetimes } = this.flavour;
    const { session } = grant;
    const issuer = this.issuer;
    const accessJti = randomUUID();
    const accessToken = await this.sign(
      {
        ...this.flavour.accessTokenClaims(user, session, issuer),
        sub: user.subject,
        aud: session.clientId,
        scope: [...session.scopes].join(' '),
        auth_time: session.authTime,
        jti: accessJti,
      },
      { lifetimeSeconds: lifetimes.accessToken },
    );
    this.accessTokens.set(accessJti, { ...grant, expiresAt: this.now() + lifetimes.accessToken * 1000 });
    const refreshToken = randomBytes(32).toString('base64url');
    this.refreshTokens.set(refreshToken, { ...grant, clientId: session.clientId, expiresAt: this.now() + lifetimes.refreshToken * 1000 });
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: lifetimes.accessToken,
      refresh_token: refreshToken,
      scope: [...session.scopes].join(' '),
    };
    if (withIdToken) {
      body.id_token = await this.sign(
        { ...this.flavour.idTokenClaims(user, session, issuer), sub: user.subject, aud: session.clientId, nonce: session.nonce, auth_time: session.authTime },
        { lifetimeSeconds: lifetimes.idToken },
      );
    }
    return json(200, body, NO_STORE);
  }

  private async userinfoAnswer(req: SandboxRequest): Promise<SandboxResponse> {
    const token = /^Bearer (\S+)$/.exec(header(req, 'authorization') ?? '')?.[1];
    const refuse = () => ({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' }, body: '' });
    if (!token) return refuse();
    let jti: unknown;
    try {
      const keys = createLocalJWKSet({ keys: this.signingKeys.map((k) => k.publicJwk) });
      ({
        payload: { jti },
      } = await jwtVerify(token, keys, { issuer: this.issuer, algorithms: [this.flavour.signingAlg], currentDate: new Date(this.now()) }));
    } catch {
      return refuse();
    }
    const grant = typeof jti === 'string' ? this.accessTokens.get(jti) : undefined;
    const user = grant && this.flavour.findUser(grant.userId);
    if (!grant || !user) return refuse();
    return json(200, { sub: user.subject, ...this.flavour.userinfo(user, grant.session, this.issuer) });
  }

  /**
   * Sandbox only (no real provider has it): adds a public key to a registered client's JWKS, as registering a new key
   * with NHS login would, so that a local tool (`npm run token`) can authenticate as the graph's client.
   */
  private addClientKey(req: SandboxRequest): SandboxResponse {
    let body: { client_id?: unknown; jwk?: JWK & { kid?: string } };
    try {
      body = JSON.parse(req.rawBody) as typeof body;
    } catch {
      return json(400, { error: 'invalid_request', error_description: 'body must be JSON {client_id, jwk}' });
    }
    const client = this.clients.get(String(body.client_id));
    const jwk = body.jwk;
    if (!client || !jwk || jwk.kty !== 'RSA' || typeof jwk.kid !== 'string' || 'd' in jwk) {
      return json(400, { error: 'invalid_request', error_description: 'a registered client_id and a public RSA jwk with a kid are required' });
    }
    client.keys = [...client.keys.filter((k) => k.kid !== jwk.kid), jwk as JWK & { kid: string }];
    return json(201, { client_id: client.clientId, kid: jwk.kid, redirect_uris: client.redirectUris });
  }

  private clientKey(kid: string) {
    for (const client of this.clients.values()) {
      const jwk = client.keys.find((k) => k.kid === kid);
      if (jwk) return { clientId: client.clientId, jwk };
    }
    return undefined;
  }
}

function redirect(to: string, params: Record<string, string | undefined>): SandboxResponse {
  const url = new URL(to);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store' }, body: '' };
}

function page(status: number, message: string): SandboxResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: message };
}
