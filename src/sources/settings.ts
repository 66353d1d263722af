import { CONTENT_MAX_AGE_SECONDS, MemoryCache, type SharedCache } from './content/cache.js';
import type { RateLimitSettings } from './content/rate-limit.js';
import type { OdsCacheSettings } from './ods/client.js';
import type { WlmdsUrlForm } from './wlmds/wire.js';

/** What the sources need beyond the platform: per-API behaviour chosen by configuration. */
export interface SourceSettings {
  wlmds: { urlForm: WlmdsUrlForm };
  content: { rateLimit: RateLimitSettings; maxAgeSeconds: number; cache: SharedCache };
  /** The cross-request cache of ODS answers; absent = every request reads ODS (tests counting ODS calls). */
  ods?: OdsCacheSettings;
  /**
   * Where typed EPS writes keep prepared prescriptions and request times: Redis when configured (a create or a retry may
   * reach another replica); absent = this process's own store, apart from the reference-data cache.
   */
  eps?: { store: SharedCache };
}

/** NHS Website Content's per-app limit per minute in each environment (website-content/CONTRACT.md). */
export const CONTENT_RATE_LIMITS_PER_MINUTE: Record<string, number> = { embedded: 60, sandbox: 60, int: 120, prod: 1200 };

/** Calls allowed to wait for the limiter: about five seconds' worth, at least one. */
export function contentQueueFor(limitPerMinute: number): number {
  return Math.max(1, Math.round((limitPerMinute * 5) / 60));
}

export function defaultSourceSettings(
  environment = 'embedded',
  overrides: {
    wlmds?: Partial<SourceSettings['wlmds']>;
    content?: Partial<SourceSettings['content']>;
    ods?: OdsCacheSettings;
    eps?: SourceSettings['eps'];
  } = {},
): SourceSettings {
  const perMinute = CONTENT_RATE_LIMITS_PER_MINUTE[environment] ?? 60;
  return {
    wlmds: { urlForm: 'query', ...overrides.wlmds },
    content: {
      rateLimit: { limit: perMinute, intervalMs: 60_000, maxQueue: contentQueueFor(perMinute) },
      maxAgeSeconds: CONTENT_MAX_AGE_SECONDS,
      cache: new MemoryCache(),
      ...overrides.content,
    },
    ...(overrides.ods ? { ods: overrides.ods } : {}),
    ...(overrides.eps ? { eps: overrides.eps } : {}),
  };
}
