import { Redis } from 'ioredis';
import type { SharedCache } from './shared-cache.js';

/** Commands that take longer than this are treated as a miss: a slow Redis must not slow the graph. */
const COMMAND_TIMEOUT_MS = 250;

/**
 * SharedCache in Redis, so several graph replicas behind a load balancer share one cache of public reference data.
 * Values are JSON under `prefix`, expiring with Redis's own PX. Redis being down, slow or full is a cache miss (and a
 * skipped write), never an error: the graph then reads the upstream as it would with no cache at all.
 */
export class RedisCache implements SharedCache {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'nhs-graph:',
  ) {
    // No offline queue: while disconnected a command fails at once instead of waiting for a reconnect.
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: COMMAND_TIMEOUT_MS, lazyConnect: false });
    this.redis.on('error', () => {});
  }

  async get<T>(key: string): Promise<T | undefined> {
    try {
      const raw = await this.redis.get(this.prefix + key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    try {
      await this.redis.set(this.prefix + key, JSON.stringify(value), 'PX', Math.ceil(ttlMs));
    } catch {
      // A write that fails only costs a later miss.
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.redis.del(this.prefix + key);
    } catch {
      // As for set.
    }
  }

  /** Removes every key under this cache's prefix (SCAN, never KEYS, so Redis is not blocked). */
  async clear(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  /** Resolves once connected (for start-up checks and tests); rejects after `timeoutMs`. */
  async ready(timeoutMs = 5_000): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Redis did not become ready in time')), timeoutMs);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
