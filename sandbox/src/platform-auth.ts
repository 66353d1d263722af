import { randomBytes } from 'node:crypto';
import { decodeJwt, type JWK, type JWTPayload } from 'jose';
import type { SandboxRequest, SandboxResponse } from './http.js';
import { header } from './http.js';
import { checkClientAssertion, JtiRegister, type OAuthRefusal } from './identity/assertion-check.js';

/** An application registered with the (embedded) NHS API platform: its API key and the public key of its JWKS. */
export interface RegisteredApp {
  apiKey: string;
  /** Public JWK with `kid`, as the app registers in its JWKS. */
  publicJwk: JWK & { kid: string };
}

/** An identity provider whose ID tokens the platform accepts as a token exchange's `subject_token`. */
export interface TrustedIssuer {
  kind: 'nhs-login' | 'cis2';
  issuer: string;
  /** Resolves with the claims of an ID token the provider issued (signature, issuer, audience, expiry checked). */
  verifyIdToken(token: string): Promise<JWTPayload>;
}

/** What an access token issued here allows: who it acts for and the product scopes, as the platform's proxies see them. */
export type PlatformGrant =
  | { kind: 'application'; apiKey: string; scopes: string[] }
  | { kind: 'cis2'; apiKey: string; scopes: string[]; subject: string; roleProfileId?: string }
  | { kind: 'nhs-login'; apiKey: string; scopes: string[]; subject: string; level: string; nhsNumber?: string };

interface IssuedToken {
  grant: PlatformGrant;
  expiresAt: number;
}

const MAX_ASSERTION_LIFETIME_S = 300;
const TOKEN_LIFETIME_S = 599;
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ID_TOKEN = 'urn:ietf:params:oauth:token-type:id_token';

/** Product names the platform uses in scopes, where they differ from our API ids. */
const PRODUCT_NAMES: Record<string, string> = { pds: 'personal-demographics-service' };
export const productOf = (apiId: string): string => PRODUCT_NAMES[apiId] ?? apiId;

function oauthError(status: number, error: string, description: string): SandboxResponse {
  return { status, body: { error, error_description: description }, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } };
}
const refusal = (r: OAuthRefusal) => oauthError(r.status, r.error, r.description);

/**
 * The platform's OAuth2 side as the NHS API platform does it. Application-restricted access: a signed-JWT client
 * assertion checked against the app's registered public key (RS512 only, `kid`, `iss` = `sub` = API key, `aud` = this
 * token URL exactly, expiry at most 5 minutes ahead, no `jti` reuse). User-restricted access, separate authentication:
 * the same assertion plus an NHS login or CIS2 ID token (RFC 8693 token exchange), giving a token whose scopes name
 * the user's access mode per product (`urn:nhsd:apim:user-nhs-login:P9:personal-demographics-service`...).
 */
export class PlatformAuth {
  private readonly apps = new Map<string, RegisteredApp>();
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly usedJti = new JtiRegister();
  private readonly issuers: TrustedIssuer[] = [];
  tokenRequests = 0;
  exchangeRequests = 0;
  /** The platform's clock (ms); tests may move it. */
  now: () => number = Date.now;

  constructor(
    private readonly tokenUrl: () => string,
    private readonly products: () => string[] = () => [],
  ) {}

  registerApp(app: RegisteredApp): void {
    this.apps.set(app.apiKey, app);
  }

  trustIssuer(issuer: TrustedIssuer): void {
    this.issuers.push(issuer);
  }

  /** Open access (NHS's public sandbox) until an app is registered; the embedded sandbox always registers one. */
  get enforcing(): boolean {
    return this.apps.size > 0;
  }

  /** Every access token issued so far stops working (a platform-side revocation). */
  revokeAll(): void {
    this.tokens.clear();
  }

  async handleTokenRequest(req: SandboxRequest): Promise<SandboxResponse> {
    this.tokenRequests++;
    if (req.method !== 'POST') return oauthError(405, 'invalid_request', 'Method not allowed');
    const form = new URLSearchParams(req.rawBody);
    const grantType = form.get('grant_type');
    if (grantType !== 'client_credentials' && grantType !== TOKEN_EXCHANGE) {
      return oauthError(400, 'unsupported_grant_type', `grant_type must be client_credentials or ${TOKEN_EXCHANGE}`);
    }
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      return oauthError(400, 'invalid_request', `Missing or invalid client_assertion_type - must be '${JWT_BEARER}'`);
    }
    const assertion = form.get('client_assertion');
    if (!assertion) return oauthError(400, 'invalid_request', 'Missing client_assertion');
    const checked = await checkClientAssertion(assertion, {
      keyFor: (kid) => {
        const app = [...this.apps.values()].find((a) => a.publicJwk.kid === kid);
        return app && { clientId: app.apiKey, jwk: app.publicJwk };
      },
      audience: this.tokenUrl(),
      maxLifetimeSeconds: MAX_ASSERTION_LIFETIME_S,
      usedJti: this.usedJti,
      now: Math.floor(this.now() / 1000),
    });
    if ('error' in checked) return refusal(checked);
    const apiKey = checked.clientId;

    let grant: PlatformGrant | SandboxResponse;
    if (grantType === TOKEN_EXCHANGE) {
      this.exchangeRequests++;
      grant = await this.userGrant(apiKey, form);
      if ('status' in grant) return grant;
    } else {
      grant = { kind: 'application', apiKey, scopes: this.products().map((p) => `urn:nhsd:apim:app:level3:${productOf(p)}`) };
    }
    const accessToken = randomBytes(24).toString('base64url');
    this.tokens.set(accessToken, { grant, expiresAt: this.now() + TOKEN_LIFETIME_S * 1000 });
    const body: Record<string, unknown> = {
      access_token: accessToken,
      expires_in: String(TOKEN_LIFETIME_S),
      token_type: 'Bearer',
      issued_at: String(this.now()),
    };
    if (grantType === TOKEN_EXCHANGE) body.issued_token_type = 'urn:ietf:params:oauth:token-type:access_token';
    return { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body };
  }

  /** Token exchange: the subject token must be an ID token of a trusted issuer, valid now, for a client it knows. */
  private async userGrant(apiKey: string, form: URLSearchParams): Promise<PlatformGrant | SandboxResponse> {
    if (form.get('subject_token_type') !== ID_TOKEN) return oauthError(400, 'invalid_request', `subject_token_type must be '${ID_TOKEN}'`);
    const subjectToken = form.get('subject_token');
    if (!subjectToken) return oauthError(400, 'invalid_request', 'Missing subject_token');
    let iss: unknown;
    try {
      ({ iss } = decodeJwt(subjectToken));
    } catch {
      return oauthError(400, 'invalid_request', 'Malformed subject_token');
    }
    const issuer = this.issuers.find((i) => i.issuer === iss);
    if (!issuer) return oauthError(400, 'invalid_grant', 'subject_token is not from a trusted identity provider');
    let claims: JWTPayload;
    try {
      claims = await issuer.verifyIdToken(subjectToken);
    } catch {
      return oauthError(400, 'invalid_grant', 'subject_token is invalid or expired');
    }
    const subject = String(claims.sub);
    if (issuer.kind === 'cis2') {
      const scopes = this.products().map((p) => `urn:nhsd:apim:user-nhs-cis2:aal3:${productOf(p)}`);
      return { kind: 'cis2', apiKey, scopes, subject, ...(typeof claims.selected_roleid === 'string' ? { roleProfileId: claims.selected_roleid } : {}) };
    }
    const level = /^(P\d)\./.exec(String(claims.vot ?? ''))?.[1];
    if (!level) return oauthError(400, 'invalid_grant', 'subject_token carries no vector of trust');
    const scopes = this.products().map((p) => `urn:nhsd:apim:user-nhs-login:${level}:${productOf(p)}`);
    return { kind: 'nhs-login', apiKey, scopes, subject, level, ...(typeof claims.nhs_number === 'string' ? { nhsNumber: claims.nhs_number } : {}) };
  }

  /** What the call's bearer token allows, when it is a live token issued here. */
  grantOf(req: SandboxRequest): PlatformGrant | undefined {
    const match = /^Bearer (\S+)$/.exec(header(req, 'authorization') ?? '');
    const issued = match ? this.tokens.get(match[1] as string) : undefined;
    return issued && issued.expiresAt > this.now() ? issued.grant : undefined;
  }

  /** True when the call carries a live access token issued here (or nothing is enforced). */
  acceptsBearer(req: SandboxRequest): boolean {
    return !this.enforcing || this.grantOf(req) !== undefined;
  }

  /** True when the call carries the API key of a registered app. */
  acceptsApiKey(req: SandboxRequest): boolean {
    if (!this.enforcing) return true;
    const key = header(req, 'apikey');
    return key !== undefined && this.apps.has(key);
  }
}
