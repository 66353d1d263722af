import { createHash } from 'node:crypto';
import type { CryptoKey, KeyObject } from 'jose';
import type { Dispatcher } from 'undici';
import { ID_TOKEN_TYPE, JWT_BEARER_ASSERTION, signClientAssertion, TOKEN_EXCHANGE_GRANT } from './client-assertion.js';
import { TokenCache } from './token-cache.js';
import { requestAccessToken } from './token-endpoint.js';
import type { CallContext, ProviderAddressing } from './types.js';

/** What one call tells its API's auth besides its headers (UpstreamCall.provider). */
export interface AuthCallOptions {
  provider?: ProviderAddressing;
}

/** Adds whatever credentials an API needs to the headers of one call. */
export interface UpstreamAuth {
  authorize(headers: Record<string, string>, ctx: CallContext, options?: AuthCallOptions): Promise<void>;
  /**
   * The API answered 401 to a call sent with these headers: forget the token it carried, so the next call gets a new
   * one. Returns whose token that was (the signed-in user's exchanged token, or the application's own), or undefined
   * when no cached token was involved (then sending the call again cannot help).
   */
  unauthorized?(headers: Record<string, string>, ctx: CallContext): CredentialOwner | undefined;
}

/** Whose credential an API refused: the caller's (their exchanged token) or the graph's (its application token). */
export type CredentialOwner = 'user' | 'application';

/** No credentials at all. */
export const noAuth: UpstreamAuth = { authorize: async () => {} };

/**
 * NHS's public sandboxes need no credentials, but some specs still require the header (the tracker's `Authorization`
 * is `required: true`; PDS refuses a bearer that is not letters and digits). These placeholders are the specs' own
 * examples: a bearer of letters, digits and one underscore (PDS, EPS, tracker), and the Website Content spec's example
 * API key. Never sent outside NHS_ENV=sandbox.
 */
export const SANDBOX_PLACEHOLDER_BEARER = 'g1112R_ccQ1Ebbb4gtHBP1aaaNM';
export const SANDBOX_PLACEHOLDER_API_KEY = 'XW7DGBVQzO0yPKdPbRXeqITzbdJ1jNh7';

/** What an API of this auth kind is sent in NHS's public sandbox without application credentials. */
export function sandboxPlaceholderAuth(kind: 'apikey' | 'bearer'): UpstreamAuth {
  return {
    authorize: async (headers) => {
      if (kind === 'apikey') headers.apikey = SANDBOX_PLACEHOLDER_API_KEY;
      else headers.authorization = `Bearer ${SANDBOX_PLACEHOLDER_BEARER}`;
    },
  };
}

/** APIs behind an API key only (ODS, SDS, Website Content): the `apikey` header. */
export function apiKeyAuth(apiKey: string): UpstreamAuth {
  return {
    authorize: async (headers) => {
      headers.apikey = apiKey;
    },
  };
}

export interface SignedJwtSettings {
  /** The platform's token endpoint, e.g. https://int.api.service.nhs.uk/oauth2/token. Also the JWT's `aud`. */
  tokenUrl: string;
  /** The application's API key: the JWT's `iss` and `sub`. */
  apiKey: string;
  /** The `kid` under which the public key is registered in the app's JWKS. */
  keyId: string;
  privateKey: CryptoKey | KeyObject;
  dispatcher: Dispatcher;
  /** Refresh this long before the token expires, so no call goes out with a token about to lapse. */
  refreshMarginSeconds?: number;
  /** Most user tokens whose exchanged platform token is held at once. */
  maxUserTokens?: number;
  now?: () => number;
}

const BEARER = /^Bearer (\S+)$/;

/**
 * Application-restricted access with a signed JWT client assertion (RS512, `kid`, `iss` = `sub` = API key, `aud` =
 * token URL, fresh `jti`, 5-minute expiry) exchanged at the platform's /oauth2/token. The token is cached until
 * `refreshMarginSeconds` before it expires and concurrent callers share one fetch. A refused request is
 * UPSTREAM_UNAVAILABLE naming the token endpoint, never the key (with the endpoint's HTTP status when it answered, so a
 * refusal is neither retried nor counted as an upstream fault).
 */
export class SignedJwtAuth implements UpstreamAuth {
  private readonly cache: TokenCache;
  private readonly now: () => number;

  constructor(private readonly settings: SignedJwtSettings) {
    this.now = settings.now ?? Date.now;
    this.cache = new TokenCache({ refreshMarginMs: (settings.refreshMarginSeconds ?? 30) * 1000, now: this.now, maxEntries: 1 });
  }

  async authorize(headers: Record<string, string>): Promise<void> {
    headers.authorization = `Bearer ${await this.token()}`;
  }

  unauthorized(headers: Record<string, string>): CredentialOwner | undefined {
    this.cache.invalidate('app', BEARER.exec(headers.authorization ?? '')?.[1]);
    return 'application';
  }

  /** The current access token, fetching one when none is cached or it is about to lapse. */
  token(): Promise<string> {
    return this.cache.get('app', () => this.fetchToken({ grant_type: 'client_credentials' }));
  }

  /** Forget the cached token. */
  invalidate(): void {
    this.cache.invalidate('app');
  }

  protected async fetchToken(fields: Record<string, string>) {
    const { tokenUrl, apiKey, keyId, privateKey, dispatcher } = this.settings;
    const assertion = await signClientAssertion({ clientId: apiKey, audience: tokenUrl, keyId, privateKey, nowMs: this.now() });
    const form = new URLSearchParams({ ...fields, client_assertion_type: JWT_BEARER_ASSERTION, client_assertion: assertion });
    return requestAccessToken(tokenUrl, form, dispatcher, this.now);
  }
}

/**
 * User-restricted access, "separate authentication": the signed-in user's ID token (NHS login or CIS2) is exchanged at
 * /oauth2/token (RFC 8693 token exchange, `subject_token_type` id_token, with the same client assertion) for a platform
 * token that acts for that user. Exchanged tokens are cached per user token (keyed by its SHA-256, never the token
 * itself) until shortly before they lapse, concurrent requests of one user share one exchange, and no user's platform
 * token is ever used for another.
 */
export class TokenExchangeAuth extends SignedJwtAuth {
  private readonly users: TokenCache;

  constructor(settings: SignedJwtSettings) {
    super(settings);
    this.users = new TokenCache({
      refreshMarginMs: (settings.refreshMarginSeconds ?? 30) * 1000,
      now: settings.now ?? Date.now,
      maxEntries: settings.maxUserTokens ?? 10_000,
    });
  }

  /**
   * The platform token acting for the holder of `idToken`. An ID token the exchange refuses (400 invalid_grant) is that
   * caller's UNAUTHENTICATED (reason TOKEN_EXCHANGE_REFUSED), never an upstream failure.
   */
  userToken(idToken: string): Promise<string> {
    return this.users.get(keyOf(idToken), () =>
      this.fetchToken({ grant_type: TOKEN_EXCHANGE_GRANT, subject_token_type: ID_TOKEN_TYPE, subject_token: idToken }),
    );
  }

  /** With a signed-in user, their exchanged token; without one, the application's own. */
  override async authorize(headers: Record<string, string>, ctx?: CallContext): Promise<void> {
    if (!ctx?.userToken) return super.authorize(headers);
    headers.authorization = `Bearer ${await this.userToken(ctx.userToken)}`;
    // The healthcare worker's selected role profile, which PDS and EPS read in healthcare-worker mode.
    if (ctx.staff?.roleProfileId && !headers['nhsd-session-urid']) headers['nhsd-session-urid'] = ctx.staff.roleProfileId;
  }

  override unauthorized(headers: Record<string, string>, ctx?: CallContext): CredentialOwner | undefined {
    if (!ctx?.userToken) return super.unauthorized(headers);
    this.users.invalidate(keyOf(ctx.userToken), BEARER.exec(headers.authorization ?? '')?.[1]);
    return 'user';
  }

  /** How many users' exchanged tokens are held. */
  get heldUserTokens(): number {
    return this.users.size;
  }
}

function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
