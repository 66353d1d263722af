import { randomBytes } from 'node:crypto';
import { decodeJwt, type CryptoKey, type KeyObject } from 'jose';
import { request } from 'undici';
import { JWT_BEARER_ASSERTION, signClientAssertion } from './client-assertion.js';

/** A relying party as the identity provider knows it, with the private half of its registered key. */
export interface SignInClient {
  clientId: string;
  redirectUri: string;
  keyId: string;
  privateKey: CryptoKey | KeyObject;
}

export interface SignInOptions {
  scope?: string;
  /** NHS login vectors of trust to ask for. */
  vtr?: string[];
  /** CIS2: the role profile to select when the user holds several. */
  role?: string;
}

export interface SignedIn {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
}

/**
 * Signs a test user in to one of the embedded sandbox's identity providers with the authorization-code flow, exactly as
 * a relying party would: discovery, the authorize request (state and nonce), the test sign-in form, the redirect, and
 * the code exchanged at the token endpoint with a `private_key_jwt` client assertion. Checks state and nonce.
 * Throws with the provider's error when any step is refused.
 */
export async function signIn(issuer: string, client: SignInClient, userId: string, options: SignInOptions = {}): Promise<SignedIn> {
  const discovery = await getJson<Discovery>(`${issuer}/.well-known/openid-configuration`);
  if (discovery.issuer !== issuer) throw new Error(`Discovery names issuer ${discovery.issuer}, not ${issuer}`);
  const state = randomBytes(16).toString('base64url');
  const nonce = randomBytes(16).toString('base64url');
  const params = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: 'code',
    scope: options.scope ?? 'openid',
    state,
    nonce,
  });
  if (options.vtr) params.set('vtr', JSON.stringify(options.vtr));

  const form = await request(`${discovery.authorization_endpoint}?${params}`);
  const formText = await form.body.text();
  if (form.statusCode !== 200)
    throw new Error(`Sign-in refused at the authorize endpoint: HTTP ${form.statusCode} ${redirectError(form.headers.location) ?? formText.slice(0, 200)}`);

  const chosen = new URLSearchParams(params);
  chosen.set('user', userId);
  if (options.role) chosen.set('role', options.role);
  const answer = await request(discovery.authorization_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: chosen.toString(),
  });
  const answerText = await answer.body.text();
  const location = answer.headers.location;
  if (answer.statusCode !== 302 || typeof location !== 'string') throw new Error(`Sign-in refused: HTTP ${answer.statusCode} ${answerText.slice(0, 200)}`);
  const back = new URL(location);
  if (back.searchParams.get('error'))
    throw new Error(`Sign-in refused: ${back.searchParams.get('error')} (${back.searchParams.get('error_description') ?? ''})`);
  if (back.searchParams.get('state') !== state) throw new Error('Sign-in answered with a different state');
  const code = back.searchParams.get('code');
  if (!code) throw new Error('Sign-in answered without a code');

  const assertion = await signClientAssertion({
    clientId: client.clientId,
    audience: discovery.token_endpoint,
    keyId: client.keyId,
    privateKey: client.privateKey,
  });
  const tokenRes = await request(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirectUri,
      client_assertion_type: JWT_BEARER_ASSERTION,
      client_assertion: assertion,
    }).toString(),
  });
  const tokens = (await tokenRes.body.json()) as {
    id_token?: string;
    access_token?: string;
    refresh_token?: string;
    expires_in?: number;
    error?: string;
    error_description?: string;
  };
  if (tokenRes.statusCode !== 200 || !tokens.id_token || !tokens.access_token) {
    throw new Error(`Token request refused: HTTP ${tokenRes.statusCode} ${tokens.error ?? ''} ${tokens.error_description ?? ''}`.trim());
  }
  if (decodeJwt(tokens.id_token).nonce !== nonce) throw new Error('The ID token carries a different nonce');
  return {
    idToken: tokens.id_token,
    accessToken: tokens.access_token,
    expiresIn: Number(tokens.expires_in ?? 0),
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
  };
}

async function getJson<T>(url: string): Promise<T> {
  const res = await request(url, { headers: { accept: 'application/json' } });
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new Error(`GET ${url} answered ${res.statusCode}`);
  }
  return (await res.body.json()) as T;
}

function redirectError(location: string | string[] | undefined): string | undefined {
  if (typeof location !== 'string') return undefined;
  const url = new URL(location);
  return url.searchParams.get('error') ?? undefined;
}
