export { cacheLifetimeMs, MemoryCache, type SharedCache } from '../../cache/shared-cache.js';

/** The contract's ceiling: cached content must be refreshed at least every 7 days. */
export const CONTENT_MAX_AGE_SECONDS = 7 * 24 * 3600;
