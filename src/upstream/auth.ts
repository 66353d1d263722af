import { randomUUID } from 'node:crypto';
import { SignJWT, type CryptoKey, type KeyObject } from 'jose';
import { request, type Dispatcher } from 'undici';
import { UpstreamUnavailableError } from '../errors.js';
import type { CallContext } from './types.js';

/** Adds whatever credentials an API needs to the headers of one call. */
export interface UpstreamAuth {
  authorize(headers: Record<string, string>, ctx: CallContext): Promise<void>;
}

/** NHS public sandbox: open access, nothing to send. */
export const noAuth: UpstreamAuth = { authorize: async () => {} };

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
  now?: () => number;
}

interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

/**
 * Application-restricted access with a signed JWT client assertion (RS512, `kid`, `iss` = `sub` = API key, `aud` =
 * token URL, fresh `jti`, 5-minute expiry) exchanged at the platform's /oauth2/token. The token is cached until
 * `refreshMarginSeconds` before it expires and concurrent callers share one fetch, so a burst of first requests makes
 * one token call, never a stampede.
 */
export class SignedJwtAuth implements UpstreamAuth {
  private cached: CachedToken | undefined;
  private inFlight: Promise<CachedToken> | undefined;
  private readonly margin: number;
  private readonly now: () => number;

  constructor(private readonly settings: SignedJwtSettings) {
    this.margin = (settings.refreshMarginSeconds ?? 30) * 1000;
    this.now = settings.now ?? Date.now;
  }

  async authorize(headers: Record<string, string>): Promise<void> {
    headers.authorization = `Bearer ${await this.token()}`;
  }

  /** The current access token, fetching one when none is cached or it is about to lapse. */
  async token(): Promise<string> {
    if (this.cached && this.cached.expiresAt - this.margin > this.now()) return this.cached.accessToken;
    this.inFlight ??= this.fetchToken().finally(() => {
      this.inFlight = undefined;
    });
    this.cached = await this.inFlight;
    return this.cached.accessToken;
  }

  /** Forget the cached token (after the upstream answered 401 to it). */
  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<CachedToken> {
    const { tokenUrl, apiKey, keyId, privateKey, dispatcher } = this.settings;
    const nowSeconds = Math.floor(this.now() / 1000);
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS512', typ: 'JWT', kid: keyId })
      .setIssuer(apiKey)
      .setSubject(apiKey)
      .setAudience(tokenUrl)
      .setJti(randomUUID())
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + 300)
      .sign(privateKey);
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    });
    const refused = (detail: string) =>
      new UpstreamUnavailableError(`The NHS token endpoint ${tokenUrl} refused the token request (${detail})`, {
        upstream: { api: 'oauth2' },
      });
    let res: Dispatcher.ResponseData;
    try {
      res = await request(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        dispatcher,
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw refused((error as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable');
    }
    const text = await res.body.text();
    if (res.statusCode !== 200) throw refused(`HTTP ${res.statusCode}`);
    let parsed: { access_token?: unknown; expires_in?: unknown };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw refused('malformed answer');
    }
    const expiresIn = Number(parsed.expires_in);
    if (typeof parsed.access_token !== 'string' || !Number.isFinite(expiresIn)) throw refused('malformed answer');
    return { accessToken: parsed.access_token, expiresAt: this.now() + expiresIn * 1000 };
  }
}
