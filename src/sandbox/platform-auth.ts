import { randomBytes } from 'node:crypto';
import { decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import type { SandboxRequest, SandboxResponse } from './http.js';
import { header } from './http.js';

/** An application registered with the (embedded) NHS API platform: its API key and the public key of its JWKS. */
export interface RegisteredApp {
  apiKey: string;
  /** Public JWK with `kid`, as the app registers in its JWKS. */
  publicJwk: JWK & { kid: string };
}

interface IssuedToken {
  apiKey: string;
  expiresAt: number;
}

const MAX_ASSERTION_LIFETIME_S = 300;
const TOKEN_LIFETIME_S = 599;

function oauthError(status: number, error: string, description: string): SandboxResponse {
  return { status, body: { error, error_description: description }, headers: { 'content-type': 'application/json' } };
}

/**
 * The platform's OAuth2 side as the NHS API platform does it for application-restricted access: a signed-JWT client
 * assertion checked against the app's registered public key (RS512 only, `kid`, `iss` = `sub` = API key, `aud` = this
 * token URL exactly, expiry at most 5 minutes ahead, no `jti` reuse), then bearer tokens and API keys checked on
 * every API call.
 */
export class PlatformAuth {
  private readonly apps = new Map<string, RegisteredApp>();
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly usedJti = new Map<string, number>();
  tokenRequests = 0;

  constructor(private readonly tokenUrl: () => string) {}

  registerApp(app: RegisteredApp): void {
    this.apps.set(app.apiKey, app);
  }

  /** Open access (NHS's public sandbox) until an app is registered; the embedded sandbox always registers one. */
  get enforcing(): boolean {
    return this.apps.size > 0;
  }

  async handleTokenRequest(req: SandboxRequest): Promise<SandboxResponse> {
    this.tokenRequests++;
    if (req.method !== 'POST') return oauthError(405, 'invalid_request', 'Method not allowed');
    const form = new URLSearchParams(req.rawBody);
    if (form.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return oauthError(400, 'invalid_request', "Missing or invalid client_assertion_type - must be 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'");
    }
    const assertion = form.get('client_assertion');
    if (!assertion) return oauthError(400, 'invalid_request', 'Missing client_assertion');
    const verdict = await this.verifyAssertion(assertion);
    if (typeof verdict === 'object') return verdict;
    const accessToken = randomBytes(24).toString('base64url');
    this.tokens.set(accessToken, { apiKey: verdict, expiresAt: Date.now() + TOKEN_LIFETIME_S * 1000 });
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { access_token: accessToken, expires_in: String(TOKEN_LIFETIME_S), token_type: 'Bearer', issued_at: String(Date.now()) },
    };
  }

  /** The API key of the app, or the OAuth error to answer. */
  private async verifyAssertion(assertion: string): Promise<string | SandboxResponse> {
    let kid: string | undefined;
    let alg: string | undefined;
    try {
      ({ kid, alg } = decodeProtectedHeader(assertion));
    } catch {
      return oauthError(400, 'invalid_request', 'Malformed JWT in client_assertion');
    }
    if (alg !== 'RS512') return oauthError(400, 'invalid_request', "Invalid 'alg' header in client_assertion JWT - unsupported JWT algorithm - must be 'RS512'");
    if (!kid) return oauthError(400, 'invalid_request', "Missing 'kid' header in client_assertion JWT");
    const app = [...this.apps.values()].find((a) => a.publicJwk.kid === kid);
    if (!app) return oauthError(401, 'invalid_request', "Invalid 'kid' header in client_assertion JWT - no matching public key");
    try {
      const key = await importJWK(app.publicJwk, 'RS512');
      const { payload } = await jwtVerify(assertion, key, { algorithms: ['RS512'], audience: this.tokenUrl(), issuer: app.apiKey, subject: app.apiKey });
      const now = Math.floor(Date.now() / 1000);
      if (typeof payload.exp !== 'number' || payload.exp - now > MAX_ASSERTION_LIFETIME_S + 5) {
        return oauthError(400, 'invalid_request', "Invalid exp claim in JWT - more than 5 minutes in future");
      }
      if (typeof payload.jti !== 'string') return oauthError(400, 'invalid_request', 'Missing jti claim in JWT');
      this.forgetExpiredJti(now);
      if (this.usedJti.has(payload.jti)) return oauthError(400, 'invalid_request', 'Non-unique jti claim in JWT');
      this.usedJti.set(payload.jti, payload.exp);
      return app.apiKey;
    } catch {
      return oauthError(401, 'invalid_client', 'Invalid client_assertion JWT: signature, aud, iss, sub or exp refused');
    }
  }

  private forgetExpiredJti(now: number): void {
    for (const [jti, exp] of this.usedJti) if (exp < now) this.usedJti.delete(jti);
  }

  /** True when the call carries a live access token issued here. */
  acceptsBearer(req: SandboxRequest): boolean {
    if (!this.enforcing) return true;
    const match = /^Bearer (\S+)$/.exec(header(req, 'authorization') ?? '');
    const issued = match ? this.tokens.get(match[1] as string) : undefined;
    return issued !== undefined && issued.expiresAt > Date.now();
  }

  /** True when the call carries the API key of a registered app. */
  acceptsApiKey(req: SandboxRequest): boolean {
    if (!this.enforcing) return true;
    const key = header(req, 'apikey');
    return key !== undefined && this.apps.has(key);
  }
}
