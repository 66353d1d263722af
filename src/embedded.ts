import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { startSandbox, type Sandbox, type SandboxOptions } from './sandbox/server.js';
import type { AppCredentials } from './upstream/platform.js';

export interface EmbeddedPlatform {
  sandbox: Sandbox;
  /** The application registered with the sandbox, exactly as one is registered with NHS int. */
  credentials: AppCredentials;
}

/**
 * Starts the embedded NHS sandbox and registers a fresh application with it (an API key and an RS512 key pair whose
 * public half is in the sandbox's JWKS), so the graph reaches it through the same signed-JWT flow it uses for int.
 */
export async function startEmbeddedPlatform(options: SandboxOptions = {}): Promise<EmbeddedPlatform> {
  const sandbox = await startSandbox(options);
  const { publicKey, privateKey } = await generateKeyPair('RS512', { modulusLength: 2048 });
  const keyId = `embedded-${randomUUID()}`;
  const apiKey = randomUUID().replace(/-/g, '');
  sandbox.registerApp({ apiKey, publicJwk: { ...(await exportJWK(publicKey)), kid: keyId, alg: 'RS512', use: 'sig' } });
  return { sandbox, credentials: { apiKey, keyId, privateKey } };
}
