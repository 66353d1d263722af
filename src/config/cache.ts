import { CONTENT_MAX_AGE_SECONDS } from '../sources/content/cache.js';
import { ODS_MAX_AGE_SECONDS } from '../sources/ods/client.js';
import { CONTENT_RATE_LIMITS_PER_MINUTE } from '../sources/settings.js';
import { WLMDS_URL_FORMS, type WlmdsUrlForm } from '../sources/wlmds/wire.js';
import type { NhsEnv } from './platform.js';
import type { EnvReader } from './reader.js';

export interface CacheConfig {
  /** The shared cache of public reference data (ODS, Website Content): Redis when `redisUrl` is set, else in memory. */
  cache: { redisUrl?: string; odsMaxAgeSeconds: number; maxEntries: number };
  /** NHS Website Content: the app's rate limit per minute, and the longest an answer is cached (at most 7 days). */
  content: { rateLimitPerMinute: number; cacheMaxAgeSeconds: number };
  /** WLMDS: which of the spec's two URL forms to call (wlmds/CONTRACT.md). */
  wlmdsUrlForm: WlmdsUrlForm;
  batching: boolean;
}

/** Caching and per-source settings: Redis, reference-data ages, Website Content's limit, the WLMDS URL form, batching. */
export function readCache(r: EnvReader, nhsEnv: NhsEnv): CacheConfig {
  const { env } = r;
  const wlmdsUrlForm = (env.WLMDS_URL_FORM ?? 'query') as WlmdsUrlForm;
  if (!WLMDS_URL_FORMS.includes(wlmdsUrlForm)) {
    r.problem(
      `WLMDS_URL_FORM must be query ({base}/patient?patient.identifier=...) or path ({base}/elective-waiting-list/{nhs}) (got "${env.WLMDS_URL_FORM}")`,
    );
  }
  const content = {
    rateLimitPerMinute: r.int('CONTENT_RATE_LIMIT_PER_MINUTE', CONTENT_RATE_LIMITS_PER_MINUTE[nhsEnv] ?? 60, 1, 100_000),
    cacheMaxAgeSeconds: r.int('CONTENT_CACHE_MAX_AGE_SECONDS', CONTENT_MAX_AGE_SECONDS, 0, CONTENT_MAX_AGE_SECONDS),
  };
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl)) r.problem('REDIS_URL must be a redis:// or rediss:// URL');
  const cache = {
    ...(redisUrl ? { redisUrl } : {}),
    odsMaxAgeSeconds: r.int('ODS_CACHE_MAX_AGE_SECONDS', ODS_MAX_AGE_SECONDS, 0, ODS_MAX_AGE_SECONDS),
    maxEntries: r.int('REFERENCE_CACHE_MAX_ENTRIES', 10_000, 100, 10_000_000),
  };
  return { cache, content, wlmdsUrlForm, batching: env.DATALOADER !== 'off' };
}
