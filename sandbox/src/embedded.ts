import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import type { IssuerSettings } from '../../src/auth/issuers.js';
import { TEST_STAFF } from './identity/cis2.js';
import { signIn, type SignInClient } from './identity/sign-in.js';
import { startSandbox, type Sandbox, type SandboxOptions } from './server.js';
import type { AppCredentials } from '../../src/upstream/platform.js';

/** The graph's client at the embedded NHS login and CIS2: the audience of the ID tokens the graph accepts. */
export const EMBEDDED_NHS_LOGIN_CLIENT_ID = 'nhs-graph-embedded';
export const EMBEDDED_CIS2_CLIENT_ID = 'nhs-graph-embedded.apps.national';
const REDIRECT_URI = 'http://127.0.0.1/signed-in';

export interface EmbeddedPlatform {
  sandbox: Sandbox;
  /** The application registered with the sandbox, exactly as one is registered with NHS int. */
  credentials: AppCredentials;
  /** The identity providers the graph trusts in embedded mode: the sandbox's NHS login and CIS2 stand-in. */
  issuers: IssuerSettings[];
  /** The relying party registered with both providers, to sign test users in (the harness, `npm run token`). */
  signInClients: { nhsLogin: SignInClient; cis2: SignInClient };
}

/**
 * Starts the embedded NHS sandbox and registers a fresh application with it (an API key and an RS512 key pair whose
 * public half is in the sandbox's JWKS), so the graph reaches it through the same signed-JWT flow it uses for int. It
 * also registers the graph's front end as a client of the sandbox's NHS login and CIS2 (one key pair, as one
 * relying party's JWKS), whose ID tokens the graph then accepts.
 */
export async function startEmbeddedPlatform(options: SandboxOptions = {}): Promise<EmbeddedPlatform> {
  const sandbox = await startSandbox(options);
  const [app, rp] = await Promise.all([generateKeyPair('RS512', { modulusLength: 2048 }), generateKeyPair('RS512', { modulusLength: 2048 })]);
  const keyId = `embedded-${randomUUID()}`;
  const apiKey = randomUUID().replace(/-/g, '');
  sandbox.registerApp({ apiKey, publicJwk: { ...(await exportJWK(app.publicKey)), kid: keyId, alg: 'RS512', use: 'sig' } });

  const rpKeyId = `nhs-graph-rp-${randomUUID()}`;
  const rpJwk = { ...(await exportJWK(rp.publicKey)), kid: rpKeyId, alg: 'RS512', use: 'sig' };
  sandbox.nhsLogin.registerClient({ clientId: EMBEDDED_NHS_LOGIN_CLIENT_ID, redirectUris: [REDIRECT_URI], keys: [rpJwk] });
  sandbox.cis2.registerClient({ clientId: EMBEDDED_CIS2_CLIENT_ID, redirectUris: [REDIRECT_URI], keys: [rpJwk] });
  const client = { redirectUri: REDIRECT_URI, keyId: rpKeyId, privateKey: rp.privateKey };

  return {
    sandbox,
    credentials: { apiKey, keyId, privateKey: app.privateKey },
    issuers: [
      { kind: 'nhs-login', issuer: sandbox.nhsLogin.issuer, audience: [EMBEDDED_NHS_LOGIN_CLIENT_ID], algorithms: ['RS512'] },
      { kind: 'cis2', issuer: sandbox.cis2.issuer, audience: [EMBEDDED_CIS2_CLIENT_ID], algorithms: ['RS256'] },
    ],
    signInClients: {
      nhsLogin: { clientId: EMBEDDED_NHS_LOGIN_CLIENT_ID, ...client },
      cis2: { clientId: EMBEDDED_CIS2_CLIENT_ID, ...client },
    },
  };
}

/** A test user of the embedded identity providers: staff through CIS2 (a TEST_STAFF id), or a citizen through NHS login. */
export type TestUser = { staff: string } | { citizen?: string; level?: 'P0' | 'P5' | 'P9' };

/** Signs a test user in through the embedded NHS login or CIS2 stand-in (authorization-code flow); returns the ID token. */
export async function signInAs(embedded: EmbeddedPlatform, user: TestUser): Promise<string> {
  const { sandbox, signInClients } = embedded;
  if ('staff' in user) {
    const signedIn = await signIn(sandbox.cis2.issuer, signInClients.cis2, user.staff, { scope: 'openid profile nationalrbacaccess selectedrole' });
    return signedIn.idToken;
  }
  const level = user.level ?? 'P9';
  const id = level === 'P0' && !user.citizen ? 'P0:1' : `${level}:${user.citizen}`;
  const signedIn = await signIn(sandbox.nhsLogin.issuer, signInClients.nhsLogin, id, { scope: 'openid profile', vtr: [`${level}.Cp.Cd`] });
  return signedIn.idToken;
}

/** The playground's persona picker in embedded mode: CIS2 staff in each test role, and the contracts' test citizen. */
export function embeddedPersonas(embedded: EmbeddedPlatform): { list: { id: string; label: string }[]; tokenFor(id: string): Promise<string> } {
  const users = new Map<string, { label: string; user: TestUser }>([
    ...TEST_STAFF.map((s) => [`staff:${s.id}`, { label: `Staff (CIS2): ${s.id}`, user: { staff: s.id } }] as const),
    ['citizen:9000000009', { label: 'Citizen (NHS login P9): 9000000009', user: { citizen: '9000000009', level: 'P9' } }],
  ]);
  return {
    list: [...users].map(([id, { label }]) => ({ id, label })),
    tokenFor: (id) => {
      const entry = users.get(id);
      if (!entry) return Promise.reject(new Error('unknown persona'));
      return signInAs(embedded, entry.user);
    },
  };
}
