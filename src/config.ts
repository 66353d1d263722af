import { readFileSync } from 'node:fs';
import { CONTENT_MAX_AGE_SECONDS } from './sources/content/cache.js';
import { CONTENT_RATE_LIMITS_PER_MINUTE } from './sources/settings.js';
import { WLMDS_URL_FORMS, type WlmdsUrlForm } from './sources/wlmds/wire.js';
import { API_IDS, type ApiId } from './upstream/apis.js';

export const NHS_ENVS = ['embedded', 'sandbox', 'int', 'prod'] as const;
export type NhsEnv = (typeof NHS_ENVS)[number];

/** The NHS API platform's origins. `embedded` is the sandbox this process starts on loopback. */
export const PLATFORM_ORIGINS: Record<Exclude<NhsEnv, 'embedded'>, string> = {
  sandbox: 'https://sandbox.api.service.nhs.uk',
  int: 'https://int.api.service.nhs.uk',
  prod: 'https://api.service.nhs.uk',
};

export interface Config {
  env: NhsEnv;
  host: string;
  port: number;
  /** Per-API upstream timeouts in ms; `default` for the rest. */
  timeoutMs: Partial<Record<ApiId, number>> & { default: number };
  batching: boolean;
  embedded: { port: number; latencyMs: number };
  /** int/prod: the application registered with the NHS API platform. */
  credentials?: { apiKey: string; keyId: string; privateKeyPem: string };
  apiKeys: Partial<Record<ApiId, string>>;
  /** Overrides the platform origin (a proxy in front of int, say). */
  origin?: string;
  /** WLMDS: which of the spec's two URL forms to call (wlmds/CONTRACT.md). */
  wlmdsUrlForm: WlmdsUrlForm;
  /** NHS Website Content: the app's rate limit per minute, and the longest an answer is cached (at most 7 days). */
  content: { rateLimitPerMinute: number; cacheMaxAgeSeconds: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the environment into a typed config. Every bad or missing value is reported at once, one line each, and the
 * process does not start half-configured. Secrets are never echoed.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nhsEnv = (env.NHS_ENV ?? 'embedded') as NhsEnv;
  if (!NHS_ENVS.includes(nhsEnv)) problems.push(`NHS_ENV must be one of ${NHS_ENVS.join(', ')} (got "${env.NHS_ENV}")`);

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const timeoutMs: Config['timeoutMs'] = { default: int('UPSTREAM_TIMEOUT_MS', 10_000, 100, 120_000) };
  for (const id of API_IDS) {
    const name = `UPSTREAM_TIMEOUT_MS_${id.toUpperCase().replace(/-/g, '_')}`;
    if (env[name] !== undefined) timeoutMs[id] = int(name, timeoutMs.default, 100, 120_000);
  }

  const apiKeys: Config['apiKeys'] = {};
  for (const id of API_IDS) {
    const value = env[`NHS_API_KEY_${id.toUpperCase().replace(/-/g, '_')}`];
    if (value) apiKeys[id] = value;
  }

  let credentials: Config['credentials'];
  if (nhsEnv === 'int' || nhsEnv === 'prod') {
    const apiKey = env.NHS_API_KEY;
    const keyId = env.NHS_KEY_ID;
    const keyFile = env.NHS_PRIVATE_KEY_FILE;
    if (!apiKey) problems.push('NHS_API_KEY is required for int and prod: the application key from the NHS developer portal');
    if (!keyId) problems.push('NHS_KEY_ID is required for int and prod: the kid of the public key registered in your JWKS');
    let privateKeyPem = '';
    if (!keyFile) problems.push('NHS_PRIVATE_KEY_FILE is required for int and prod: the PEM file of the RSA private key');
    else {
      try {
        privateKeyPem = readFileSync(keyFile, 'utf8');
        if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKeyPem)) problems.push(`NHS_PRIVATE_KEY_FILE (${keyFile}) is not a PEM private key`);
      } catch {
        problems.push(`NHS_PRIVATE_KEY_FILE (${keyFile}) cannot be read`);
      }
    }
    if (apiKey && keyId && privateKeyPem) credentials = { apiKey, keyId, privateKeyPem };
  }

  const wlmdsUrlForm = (env.WLMDS_URL_FORM ?? 'query') as WlmdsUrlForm;
  if (!WLMDS_URL_FORMS.includes(wlmdsUrlForm)) {
    problems.push(`WLMDS_URL_FORM must be query ({base}/patient?patient.identifier=...) or path ({base}/elective-waiting-list/{nhs}) (got "${env.WLMDS_URL_FORM}")`);
  }
  const content = {
    rateLimitPerMinute: int('CONTENT_RATE_LIMIT_PER_MINUTE', CONTENT_RATE_LIMITS_PER_MINUTE[nhsEnv] ?? 60, 1, 100_000),
    cacheMaxAgeSeconds: int('CONTENT_CACHE_MAX_AGE_SECONDS', CONTENT_MAX_AGE_SECONDS, 0, CONTENT_MAX_AGE_SECONDS),
  };

  const origin = env.NHS_API_ORIGIN;
  if (origin !== undefined && !/^https?:\/\/[^/]+$/.test(origin)) problems.push(`NHS_API_ORIGIN must be an origin such as https://int.api.service.nhs.uk (got "${origin}")`);

  const config: Config = {
    env: nhsEnv,
    host: env.HOST ?? '127.0.0.1',
    port: int('PORT', 4000, 0, 65_535),
    timeoutMs,
    batching: env.DATALOADER !== 'off',
    embedded: { port: int('EMBEDDED_SANDBOX_PORT', 0, 0, 65_535), latencyMs: int('EMBEDDED_SANDBOX_LATENCY_MS', 0, 0, 60_000) },
    apiKeys,
    wlmdsUrlForm,
    content,
    ...(credentials ? { credentials } : {}),
    ...(origin ? { origin } : {}),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
