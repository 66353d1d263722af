import type { Counters } from './counters.js';
import { RedisCache, type RedisCacheOptions, type RedisState } from './redis-cache.js';
import { MemoryCache, type SharedCache } from './shared-cache.js';
import { cacheKeyPrefix } from './keys.js';
import type { SharedSlots } from './slots.js';
import type { CacheStats } from './stats.js';

export { cacheLifetimeMs, MemoryCache, type SharedCache } from './shared-cache.js';
export { RedisCache, type RedisState } from './redis-cache.js';
export { MemoryCounters, type Counters, type WindowCount } from './counters.js';
export { cacheKeyPrefix, schemaVersion } from './keys.js';
export { CacheStats, type HitsAndMisses } from './stats.js';
export type { SharedSlots, SlotAnswer } from './slots.js';
export { broadcastOf, type Broadcast } from './broadcast.js';

export interface SharedCacheSettings {
  /** Redis when set (several replicas share it), else in this process's memory. */
  redisUrl?: string;
  /** Entries kept by the in-memory cache before the least recently used go. */
  maxEntries?: number;
  /** Told when Redis becomes unreachable and when it is back. */
  logger?: RedisCacheOptions['logger'];
  /**
   * NHS_ENV and the schema version (src/cache/keys.ts): Redis keys start `nhs-graph:<env>:<version>:` (rate-limit keys
   * `nhs-graph:<env>:`), so replicas of other environments or schema versions never share an entry.
   */
  environment?: string;
  schemaVersion?: string;
}

/**
 * The shared cache and rate-limit counters, its hit/miss counts, and (with Redis) whether Redis is reachable and the
 * upstream rate-limit slots every replica shares (`sharedSlotsOf`).
 */
export type SharedStore = SharedCache & Counters & { close?(): Promise<void>; readonly state?: RedisState; readonly stats: CacheStats };

/**
 * The process's cache of public reference data (only ever given to sources whose data is not personal) and its
 * per-caller rate-limit counters: in Redis when configured (shared by replicas, in-process while it is unreachable),
 * else in this process.
 */
export function createSharedCache(settings: SharedCacheSettings = {}): SharedStore {
  if (!settings.redisUrl) return new MemoryCache(settings.maxEntries);
  if (!settings.environment || !settings.schemaVersion) throw new Error('a Redis cache needs NHS_ENV and the schema version for its keys');
  return new RedisCache(settings.redisUrl, {
    prefix: cacheKeyPrefix(settings.environment, settings.schemaVersion),
    limitsPrefix: `nhs-graph:${settings.environment}:`,
    ...(settings.logger ? { logger: settings.logger } : {}),
    ...(settings.maxEntries ? { maxEntries: settings.maxEntries } : {}),
  });
}

/** The store's shared upstream rate-limit slots when it has them (Redis), for src/sources/content/rate-limit.ts. */
export function sharedSlotsOf(store: SharedStore): SharedSlots | undefined {
  return store instanceof RedisCache ? store : undefined;
}

/**
 * A view of `cache` whose keys all start with `namespace` (one per source), so sources never read each other's. Its
 * reads are counted as hits or misses under the namespace's name (`ods:` counts as `ods`) when the store keeps stats.
 */
export function namespaced(cache: SharedCache, namespace: string): SharedCache {
  const stats = (cache as { stats?: CacheStats }).stats;
  const name = namespace.replace(/:$/, '');
  return {
    get: async <T>(key: string) => {
      const value = await cache.get<T>(namespace + key);
      stats?.record(name, value !== undefined);
      return value;
    },
    set: (key, value, ttlMs) => cache.set(namespace + key, value, ttlMs),
    delete: (key) => cache.delete(namespace + key),
    clear: () => cache.clear(),
  };
}

/**
 * Shares one in-flight read among concurrent callers of the same key: the second caller gets the first one's promise,
 * so a burst of identical reads makes one upstream call. The entry goes when the read settles, either way.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  run(key: string, read: () => Promise<T>): Promise<T> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = read().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }
}
