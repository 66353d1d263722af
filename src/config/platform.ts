import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { API_IDS, type ApiId } from '../upstream/apis.js';
import { ConfigError, envName, type EnvReader } from './reader.js';

export const NHS_ENVS = ['embedded', 'sandbox', 'int', 'prod'] as const;
export type NhsEnv = (typeof NHS_ENVS)[number];

/**
 * The NHS API platform's origins. `embedded` is the local NHS stand-in (the sandbox workspace), which has no fixed
 * origin: `npm start` starts it and passes NHS_API_ORIGIN; the graph never starts it itself.
 */
export const PLATFORM_ORIGINS: Record<Exclude<NhsEnv, 'embedded'>, string> = {
  sandbox: 'https://sandbox.api.service.nhs.uk',
  int: 'https://int.api.service.nhs.uk',
  prod: 'https://api.service.nhs.uk',
};

export interface PlatformConfig {
  /**
   * The application registered with the NHS API platform (NHS_API_KEY, NHS_KEY_ID, NHS_PRIVATE_KEY_FILE): required in
   * int and prod; in embedded and sandbox, when given (the local stand-in's registered app, which `npm start` passes).
   */
  credentials?: { apiKey: string; keyId: string; privateKeyPem: string };
  apiKeys: Partial<Record<ApiId, string>>;
  /** Overrides the platform origin (a proxy in front of int, say; the local stand-in's origin in embedded). */
  origin?: string;
  /** Full base URLs replacing origin + base path, per API. */
  baseUrls: Partial<Record<ApiId, string>>;
}

const API_KEY = /^[A-Za-z0-9_-]{8,128}$/;
const KEY_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** NHS_ENV: embedded (the local stand-in) unless set. */
export function readNhsEnv(r: EnvReader): NhsEnv {
  const nhsEnv = (r.env.NHS_ENV ?? 'embedded') as NhsEnv;
  if (!NHS_ENVS.includes(nhsEnv)) r.problem(`NHS_ENV must be one of ${NHS_ENVS.join(', ')} (got "${r.env.NHS_ENV}")`);
  return nhsEnv;
}

/** The platform: origin, per-API keys and base URLs, and the registered application's credentials. */
export function readPlatform(r: EnvReader, live: boolean): PlatformConfig {
  const { env } = r;
  const apiKeys: PlatformConfig['apiKeys'] = {};
  const baseUrls: PlatformConfig['baseUrls'] = {};
  for (const id of API_IDS) {
    const keyName = `NHS_API_KEY_${envName(id)}`;
    const key = env[keyName];
    if (key && !API_KEY.test(key)) r.problem(`${keyName} must be an API key of 8 to 128 letters, digits, - or _`);
    else if (key) apiKeys[id] = key;
    const base = r.url(`NHS_BASE_URL_${envName(id)}`, live);
    if (base) baseUrls[id] = base;
  }
  const credentials = live || env.NHS_API_KEY || env.NHS_KEY_ID || env.NHS_PRIVATE_KEY_FILE ? readCredentials(r, live) : undefined;
  const origin = env.NHS_API_ORIGIN || undefined;
  if (origin !== undefined && !/^https?:\/\/[^/]+$/.test(origin))
    r.problem(`NHS_API_ORIGIN must be an origin such as https://int.api.service.nhs.uk (got "${origin}")`);
  return { apiKeys, baseUrls, ...(credentials ? { credentials } : {}), ...(origin ? { origin } : {}) };
}

/**
 * The platform origin the graph calls: NHS_API_ORIGIN, else the environment's. The local stand-in (embedded) has
 * none of its own: without NHS_API_ORIGIN this is a ConfigError that says how to start one.
 */
export function platformOrigin(config: { env: NhsEnv; origin?: string }): string {
  if (config.origin) return config.origin;
  if (config.env === 'embedded') {
    throw new ConfigError([
      'NHS_ENV=embedded needs NHS_API_ORIGIN: the graph does not start the local NHS stand-in. Run ' +
        '`npm start` (it starts the stand-in and the graph against it), or start the stand-in with ' +
        '`npm start -w @nhs-graph/sandbox` and set NHS_API_ORIGIN, NHS_API_KEY, NHS_KEY_ID and NHS_PRIVATE_KEY_FILE ' +
        'to its registered app',
    ]);
  }
  return PLATFORM_ORIGINS[config.env];
}

/**
 * The application's API key, key id and RSA private key (PEM, at least 2048 bits, for RS512): required in int and
 * prod; elsewhere all three or none.
 */
function readCredentials(r: EnvReader, live: boolean): PlatformConfig['credentials'] {
  const apiKey = r.env.NHS_API_KEY;
  const keyId = r.env.NHS_KEY_ID;
  const keyFile = r.env.NHS_PRIVATE_KEY_FILE;
  const where = live ? 'for int and prod' : 'with the other two (NHS_API_KEY, NHS_KEY_ID, NHS_PRIVATE_KEY_FILE)';
  if (!apiKey) r.problem(`NHS_API_KEY is required ${where}: the application key from the NHS developer portal`);
  else if (!API_KEY.test(apiKey)) r.problem('NHS_API_KEY must be an API key of 8 to 128 letters, digits, - or _');
  if (!keyId) r.problem(`NHS_KEY_ID is required ${where}: the kid of the public key registered in your JWKS`);
  else if (!KEY_ID.test(keyId)) r.problem('NHS_KEY_ID must be 1 to 128 letters, digits, ., _, : or -');
  let privateKeyPem = '';
  if (!keyFile) r.problem(`NHS_PRIVATE_KEY_FILE is required ${where}: the PEM file of the RSA private key`);
  else {
    try {
      privateKeyPem = readFileSync(keyFile, 'utf8');
    } catch {
      r.problem(`NHS_PRIVATE_KEY_FILE (${keyFile}) cannot be read`);
    }
    if (privateKeyPem) {
      const problem = privateKeyProblem(privateKeyPem);
      if (problem) {
        r.problem(`NHS_PRIVATE_KEY_FILE (${keyFile}) ${problem}`);
        privateKeyPem = '';
      }
    }
  }
  return apiKey && API_KEY.test(apiKey) && keyId && KEY_ID.test(keyId) && privateKeyPem ? { apiKey, keyId, privateKeyPem } : undefined;
}

function privateKeyProblem(pem: string): string | undefined {
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) return 'is not a PEM private key';
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'rsa') return `holds a ${key.asymmetricKeyType ?? 'non-RSA'} key: RS512 needs RSA`;
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < 2048) return `holds a ${bits}-bit RSA key: at least 2048 bits are needed`;
  } catch {
    return 'is not a readable private key (encrypted, or damaged)';
  }
  return undefined;
}
