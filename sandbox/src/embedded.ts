import { type CryptoKey, importPKCS8, type KeyObject } from 'jose';
import type { SignInClient } from './identity/sign-in.js';
import {
  applyRegistration,
  createRegistration,
  GRAPH_CIS2_CLIENT_ID,
  GRAPH_NHS_LOGIN_CLIENT_ID,
  PERSONAS,
  signInTestUser,
  type TestUser,
} from './registration.js';
import { startSandbox, type Sandbox, type SandboxOptions } from './server.js';

export type { TestUser } from './registration.js';

/** The graph's client at the embedded NHS login and CIS2: the audience of the ID tokens the graph accepts. */
export const EMBEDDED_NHS_LOGIN_CLIENT_ID = GRAPH_NHS_LOGIN_CLIENT_ID;
export const EMBEDDED_CIS2_CLIENT_ID = GRAPH_CIS2_CLIENT_ID;

/**
 * The application registered with the stand-in, as a client of the API platform holds it (the graph's
 * `AppCredentials` has this shape; the stand-in states it itself rather than importing the product).
 */
export interface RegisteredApp {
  apiKey: string;
  keyId: string;
  privateKey: CryptoKey | KeyObject;
}

/** An identity provider a client should trust, as the graph's issuer settings take it. */
export interface TrustedIssuer {
  kind: 'nhs-login' | 'cis2';
  issuer: string;
  audience: string[];
  algorithms: string[];
}

export interface EmbeddedPlatform {
  sandbox: Sandbox;
  /** The application registered with the sandbox, exactly as one is registered with NHS int. */
  credentials: RegisteredApp;
  /** The identity providers the graph trusts in embedded mode: the sandbox's NHS login and CIS2 stand-in. */
  issuers: TrustedIssuer[];
  /** The relying party registered with both providers, to sign test users in (the harness, `npm run token`). */
  signInClients: { nhsLogin: SignInClient; cis2: SignInClient };
}

/**
 * Starts the embedded NHS sandbox with a fresh registration (registration.ts: an API key and an RS512 key pair whose
 * public half is in the sandbox's JWKS, and the graph's front end as a relying party of the sandbox's NHS login and
 * CIS2), so the graph reaches it through the same signed-JWT flow it uses for int and accepts its ID tokens.
 */
export async function startEmbeddedPlatform(options: SandboxOptions = {}): Promise<EmbeddedPlatform> {
  const [sandbox, { registration, appPrivateKeyPem, appKeyId }] = await Promise.all([startSandbox(options), createRegistration()]);
  const signInClients = await applyRegistration(sandbox, registration);
  return {
    sandbox,
    credentials: { apiKey: registration.app.apiKey, keyId: appKeyId, privateKey: await importPKCS8(appPrivateKeyPem, 'RS512') },
    issuers: [
      { kind: 'nhs-login', issuer: sandbox.nhsLogin.issuer, audience: [EMBEDDED_NHS_LOGIN_CLIENT_ID], algorithms: ['RS512'] },
      { kind: 'cis2', issuer: sandbox.cis2.issuer, audience: [EMBEDDED_CIS2_CLIENT_ID], algorithms: ['RS256'] },
    ],
    signInClients,
  };
}

/** Signs a test user in through the embedded NHS login or CIS2 stand-in (authorization-code flow); returns the ID token. */
export function signInAs(embedded: EmbeddedPlatform, user: TestUser): Promise<string> {
  return signInTestUser(embedded.sandbox, embedded.signInClients, user);
}

/** The playground's persona picker in embedded mode: CIS2 staff in each test role, and the contracts' test citizen. */
export function embeddedPersonas(embedded: EmbeddedPlatform): { list: { id: string; label: string }[]; tokenFor(id: string): Promise<string> } {
  return {
    list: [...PERSONAS].map(([id, { label }]) => ({ id, label })),
    tokenFor: (id) => {
      const entry = PERSONAS.get(id);
      if (!entry) return Promise.reject(new Error('unknown persona'));
      return signInAs(embedded, entry.user);
    },
  };
}
