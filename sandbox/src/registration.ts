import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, exportPKCS8, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { TEST_STAFF } from './identity/cis2.js';
import { signIn, type SignInClient } from './identity/sign-in.js';
import { startSandbox, type Sandbox, type SandboxOptions } from './server.js';

/** The graph's client ids at the stand-in's NHS login and CIS2: the audience of the ID tokens the graph accepts. */
export const GRAPH_NHS_LOGIN_CLIENT_ID = 'nhs-graph-embedded';
export const GRAPH_CIS2_CLIENT_ID = 'nhs-graph-embedded.apps.national';
export const GRAPH_REDIRECT_URI = 'http://127.0.0.1/signed-in';

type KeyedJwk = JWK & { kid: string };

/**
 * What the stand-in is told at start (`--registration <file>`), as NHS's developer portal and identity providers'
 * onboarding would be told: the application registered with the API platform (its API key and the public half of its
 * RS512 key), the identity providers' own signing keys (so a restarted stand-in keeps its JWKS and the tokens already
 * issued stay valid), and the relying party registered with NHS login and CIS2. The relying party's private key is
 * here too: the stand-in signs its test users in for that client (`/_sandbox/personas`), which no real provider does.
 * Secret: the launcher writes it with mode 0600 under var/ (git-ignored).
 */
export interface Registration {
  app: { apiKey: string; publicJwk: KeyedJwk };
  identityKeys: { nhsLogin: KeyedJwk; cis2: KeyedJwk };
  relyingParty: { nhsLoginClientId: string; cis2ClientId: string; redirectUri: string; privateJwk: KeyedJwk };
}

/** A fresh registration, and the application's private key (PKCS#8 PEM) that the graph signs its token requests with. */
export async function createRegistration(): Promise<{ registration: Registration; appPrivateKeyPem: string; appKeyId: string }> {
  const gen = () => generateKeyPair('RS512', { modulusLength: 2048, extractable: true });
  const [app, rp, nhsLogin, cis2] = await Promise.all([gen(), gen(), gen(), generateKeyPair('RS256', { modulusLength: 2048, extractable: true })]);
  const appKeyId = `embedded-${randomUUID()}`;
  const publicJwk = (key: CryptoKey, kid: string, alg: string): Promise<KeyedJwk> => exportJWK(key).then((jwk) => ({ ...jwk, kid, alg, use: 'sig' }));
  const registration: Registration = {
    app: { apiKey: randomUUID().replace(/-/g, ''), publicJwk: await publicJwk(app.publicKey, appKeyId, 'RS512') },
    identityKeys: {
      nhsLogin: await publicJwk(nhsLogin.privateKey, `nhs-login-${randomUUID()}`, 'RS512'),
      cis2: await publicJwk(cis2.privateKey, `cis2-${randomUUID()}`, 'RS256'),
    },
    relyingParty: {
      nhsLoginClientId: GRAPH_NHS_LOGIN_CLIENT_ID,
      cis2ClientId: GRAPH_CIS2_CLIENT_ID,
      redirectUri: GRAPH_REDIRECT_URI,
      privateJwk: await publicJwk(rp.privateKey, `nhs-graph-rp-${randomUUID()}`, 'RS512'),
    },
  };
  return { registration, appPrivateKeyPem: await exportPKCS8(app.privateKey), appKeyId };
}

export function readRegistration(file: string): Registration {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Registration;
  if (!parsed.app?.apiKey || !parsed.app.publicJwk?.kid || !parsed.identityKeys?.nhsLogin || !parsed.identityKeys.cis2 || !parsed.relyingParty?.privateJwk) {
    throw new Error(`${file} is not a stand-in registration (app, identityKeys, relyingParty)`);
  }
  return parsed;
}

const publicHalf = ({ d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest }: KeyedJwk): KeyedJwk => rest;

/** A test user of the stand-in's identity providers: staff through CIS2 (a TEST_STAFF id), or a citizen through NHS login. */
export type TestUser = { staff: string; role?: string } | { citizen?: string; level?: 'P0' | 'P5' | 'P9' };

/** The stand-in's test users offered to the playground's "Act as" picker: CIS2 staff in each role, and the contracts' test citizen. */
export const PERSONAS: ReadonlyMap<string, { label: string; user: TestUser }> = new Map<string, { label: string; user: TestUser }>([
  ...TEST_STAFF.map((s) => [`staff:${s.id}`, { label: `Staff (CIS2): ${s.id}`, user: { staff: s.id } }] as const),
  ['citizen:9000000009', { label: 'Citizen (NHS login P9): 9000000009', user: { citizen: '9000000009', level: 'P9' } }],
]);

/** Signs a test user in through the stand-in's NHS login or CIS2 (authorization-code flow) for a client; returns the ID token. */
export async function signInTestUser(sandbox: Sandbox, clients: { nhsLogin: SignInClient; cis2: SignInClient }, user: TestUser): Promise<string> {
  if ('staff' in user) {
    const signedIn = await signIn(sandbox.cis2.issuer, clients.cis2, user.staff, {
      scope: 'openid profile nationalrbacaccess selectedrole',
      ...(user.role ? { role: user.role } : {}),
    });
    return signedIn.idToken;
  }
  const level = user.level ?? 'P9';
  const id = level === 'P0' && !user.citizen ? 'P0:1' : `${level}:${user.citizen}`;
  const signedIn = await signIn(sandbox.nhsLogin.issuer, clients.nhsLogin, id, { scope: 'openid profile', vtr: [`${level}.Cp.Cd`] });
  return signedIn.idToken;
}

/**
 * Applies a registration to a started stand-in: the app, the identity providers' keys and the relying party. Returns
 * the relying party as a sign-in client of each provider (for `/_sandbox/personas` and `/_sandbox/sign-in`).
 */
export async function applyRegistration(sandbox: Sandbox, registration: Registration): Promise<{ nhsLogin: SignInClient; cis2: SignInClient }> {
  sandbox.registerApp({ apiKey: registration.app.apiKey, publicJwk: registration.app.publicJwk });
  await sandbox.nhsLogin.useSigningKey(registration.identityKeys.nhsLogin);
  await sandbox.cis2.useSigningKey(registration.identityKeys.cis2);
  const rp = registration.relyingParty;
  const keys = [publicHalf(rp.privateJwk)];
  sandbox.nhsLogin.registerClient({ clientId: rp.nhsLoginClientId, redirectUris: [rp.redirectUri], keys });
  sandbox.cis2.registerClient({ clientId: rp.cis2ClientId, redirectUris: [rp.redirectUri], keys });
  const privateKey = (await importJWK(rp.privateJwk, 'RS512')) as CryptoKey;
  const client = { redirectUri: rp.redirectUri, keyId: rp.privateJwk.kid, privateKey };
  return { nhsLogin: { clientId: rp.nhsLoginClientId, ...client }, cis2: { clientId: rp.cis2ClientId, ...client } };
}

/** What `GET /_sandbox/identity` answers: where the stand-in's providers are and the relying party's client ids. Nothing secret. */
export interface SandboxIdentity {
  sandbox: string;
  nhsLogin: { issuer: string; clientId: string; redirectUri: string };
  cis2: { issuer: string; clientId: string; redirectUri: string };
}

/** The environment a graph process needs to use this stand-in as its NHS environment (NHS_ENV=embedded). */
export function graphEnvironment(identity: SandboxIdentity, registration: Registration, privateKeyFile: string): Record<string, string> {
  return {
    NHS_ENV: 'embedded',
    NHS_API_ORIGIN: identity.sandbox,
    NHS_API_KEY: registration.app.apiKey,
    NHS_KEY_ID: registration.app.publicJwk.kid,
    NHS_PRIVATE_KEY_FILE: privateKeyFile,
    NHS_LOGIN_CLIENT_ID: identity.nhsLogin.clientId,
    NHS_LOGIN_ISSUER: identity.nhsLogin.issuer,
    CIS2_CLIENT_ID: identity.cis2.clientId,
    CIS2_ISSUER: identity.cis2.issuer,
    PLAYGROUND_PERSONAS_URL: `${identity.sandbox}/_sandbox/personas`,
  };
}

/**
 * Starts a stand-in in this process with a fresh registration and writes the app's private key to `keyFile` (mode
 * 0600): what a test needs to run a graph process against it as a configured NHS environment (`graphEnv`).
 */
export async function startRegisteredSandbox(
  keyFile: string,
  options: SandboxOptions = {},
): Promise<{ sandbox: Sandbox; registration: Registration; graphEnv: Record<string, string> }> {
  const { registration, appPrivateKeyPem } = await createRegistration();
  writeFileSync(keyFile, appPrivateKeyPem, { mode: 0o600 });
  const sandbox = await startSandbox(options);
  await sandbox.useRegistration(registration);
  return { sandbox, registration, graphEnv: graphEnvironment(identityOf(sandbox, registration), registration, keyFile) };
}

/** The stand-in's identity endpoint's answer, computed in process. */
export function identityOf(sandbox: Sandbox, registration: Registration): SandboxIdentity {
  const rp = registration.relyingParty;
  return {
    sandbox: sandbox.origin,
    nhsLogin: { issuer: sandbox.nhsLogin.issuer, clientId: rp.nhsLoginClientId, redirectUri: rp.redirectUri },
    cis2: { issuer: sandbox.cis2.issuer, clientId: rp.cis2ClientId, redirectUri: rp.redirectUri },
  };
}
