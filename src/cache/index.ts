import { RedisCache } from './redis-cache.js';
import { MemoryCache, type SharedCache } from './shared-cache.js';

export { cacheLifetimeMs, MemoryCache, type SharedCache } from './shared-cache.js';
export { RedisCache } from './redis-cache.js';

export interface SharedCacheSettings {
  /** Redis when set (several replicas share it), else in this process's memory. */
  redisUrl?: string;
  /** Entries kept by the in-memory cache before the least recently used go. */
  maxEntries?: number;
}

/** The process's cache of public reference data. Only ever given to sources whose data is not personal. */
export function createSharedCache(settings: SharedCacheSettings = {}): SharedCache & { close?(): Promise<void> } {
  return settings.redisUrl ? new RedisCache(settings.redisUrl) : new MemoryCache(settings.maxEntries);
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
