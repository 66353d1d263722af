import type { Counters } from './counters.js';
import { RedisCache, type RedisCacheOptions, type RedisState } from './redis-cache.js';
import { MemoryCache, type SharedCache } from './shared-cache.js';

export { cacheLifetimeMs, MemoryCache, type SharedCache } from './shared-cache.js';
export { RedisCache, type RedisState } from './redis-cache.js';
export { MemoryCounters, type Counters, type WindowCount } from './counters.js';

export interface SharedCacheSettings {
  /** Redis when set (several replicas share it), else in this process's memory. */
  redisUrl?: string;
  /** Entries kept by the in-memory cache before the least recently used go. */
  maxEntries?: number;
  /** Told when Redis becomes unreachable and when it is back. */
  logger?: RedisCacheOptions['logger'];
}

/** The shared cache and rate-limit counters, and (with Redis) whether Redis is reachable. */
export type SharedStore = SharedCache & Counters & { close?(): Promise<void>; readonly state?: RedisState };

/**
 * The process's cache of public reference data (only ever given to sources whose data is not personal) and its
 * per-caller rate-limit counters: in Redis when configured (shared by replicas, in-process while it is unreachable),
 * else in this process.
 */
export function createSharedCache(settings: SharedCacheSettings = {}): SharedStore {
  if (!settings.redisUrl) return new MemoryCache(settings.maxEntries);
  return new RedisCache(settings.redisUrl, { ...(settings.logger ? { logger: settings.logger } : {}), ...(settings.maxEntries ? { maxEntries: settings.maxEntries } : {}) });
}

/** A view of `cache` whose keys all start with `namespace` (one per source), so sources never read each other's. */
export function namespaced(cache: SharedCache, namespace: string): SharedCache {
  return {
    get: (key) => cache.get(namespace + key),
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
