import { request, type Dispatcher } from 'undici';
import { GraphError, UpstreamUnavailableError } from '../errors.js';
import { TOKEN_EXCHANGE_GRANT } from './client-assertion.js';
import type { IssuedAccessToken } from './token-cache.js';

const OAUTH_ERROR = /^[a-z_]{1,64}$/;

/**
 * POSTs one form to the platform's /oauth2/token and reads the access token out of the answer. A token exchange the
 * platform refuses with 400 `invalid_grant` (the user's ID token is expired, revoked or not trusted there) is the caller's UNAUTHENTICATED (reason
 * TOKEN_EXCHANGE_REFUSED): their
 * credential, not the platform, failed, so it is neither retried nor counted against any API's circuit breaker. Anything
 * else but a 200 with an `access_token` and a numeric `expires_in` is UPSTREAM_UNAVAILABLE naming the token endpoint,
 * its HTTP status when it answered (a 4xx is then neither retried nor counted as an upstream fault either) and, when the
 * platform gave one, its OAuth error code. The form (client assertion, user token) and the API key never appear in the
 * error.
 */
export async function requestAccessToken(tokenUrl: string, form: URLSearchParams, dispatcher: Dispatcher, now: () => number): Promise<IssuedAccessToken> {
  const refused = (detail: string, oauthError?: string, status?: number) =>
    new UpstreamUnavailableError(`The NHS token endpoint ${tokenUrl} refused the token request (${detail})`, {
      upstream: { api: 'oauth2', ...(status !== undefined ? { status } : {}), ...(oauthError ? { issueCode: oauthError } : {}) },
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
  const text = await res.body.text().catch(() => '');
  let parsed: { access_token?: unknown; expires_in?: unknown; error?: unknown } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // A non-JSON answer is reported by status below.
  }
  const oauthError = typeof parsed.error === 'string' && OAUTH_ERROR.test(parsed.error) ? parsed.error : undefined;
  const exchange = form.get('grant_type') === TOKEN_EXCHANGE_GRANT;
  if (exchange && res.statusCode === 400 && oauthError === 'invalid_grant') {
    throw new GraphError('UNAUTHENTICATED', "The NHS platform's token exchange refused the caller's token: sign in again", {
      reason: 'TOKEN_EXCHANGE_REFUSED',
      upstream: { api: 'oauth2', status: 400, issueCode: oauthError },
    });
  }
  if (res.statusCode !== 200) throw refused(`HTTP ${res.statusCode}${oauthError ? ` ${oauthError}` : ''}`, oauthError, res.statusCode);
  const expiresIn = Number(parsed.expires_in);
  if (typeof parsed.access_token !== 'string' || parsed.access_token === '' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw refused('malformed answer');
  }
  const issuedAt = now();
  return { accessToken: parsed.access_token, issuedAt, expiresAt: issuedAt + expiresIn * 1000 };
}
