import { MemoryCounters, type Counters, type WindowCount } from './counters.js';
import { CacheStats } from './stats.js';

/**
 * A store for public reference data shared by every request and caller. Asynchronous so that a Redis store can
 * replace the in-memory one without changing its users; values must be JSON.
 */
export interface SharedCache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * In-process SharedCache: entries expire after their TTL, and the least recently used go first beyond `maxEntries`.
 * Its rate-limit counters are this process's own.
 */
export class MemoryCache implements SharedCache, Counters {
  private readonly entries = new Map<string, Entry>();
  private readonly counters = new MemoryCounters();
  /** Hits and misses per namespace (src/cache/index.ts's `namespaced`), for the metrics. */
  readonly stats = new CacheStats();

  constructor(
    private readonly maxEntries = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value as T;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async clear(): Promise<void> {
    this.entries.clear();
  }

  increment(key: string, windowMs: number): Promise<WindowCount> {
    return this.counters.increment(key, windowMs);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * How long an answer may be kept: the upstream's Cache-Control max-age when it sends one, never more than `ceiling`
 * seconds, and not at all for no-store / no-cache / private.
 */
export function cacheLifetimeMs(cacheControl: string | undefined, ceilingSeconds: number): number {
  const directives = (cacheControl ?? '').toLowerCase();
  if (/\b(no-store|no-cache|private)\b/.test(directives)) return 0;
  const maxAge = /\bmax-age=(\d+)/.exec(directives);
  const seconds = maxAge ? Math.min(Number(maxAge[1]), ceilingSeconds) : ceilingSeconds;
  return seconds * 1000;
}
