import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import type { Broadcast } from './broadcast.js';
import { MemoryCounters, type Counters, type WindowCount } from './counters.js';
import { MemoryCache, type SharedCache } from './shared-cache.js';
import type { SharedSlots, SlotAnswer } from './slots.js';
import { CacheStats } from './stats.js';

/** Commands that take longer than this are treated as a miss: a slow Redis must not slow the graph. */
const COMMAND_TIMEOUT_MS = 250;

/** Where the shared cache and the rate-limit counters stand: Redis reachable, not (yet), or never configured. */
export type RedisState = 'connecting' | 'up' | 'down';

export interface RedisCacheOptions {
  /** Before every cache entry's key: `nhs-graph:<NHS_ENV>:<schema version>:` as main.ts sets it (src/cache/keys.ts). */
  prefix?: string;
  /**
   * Before every rate-limit key (per-caller windows, upstream slots): `nhs-graph:<NHS_ENV>:` as main.ts sets it. No
   * schema version: replicas of two schema versions during a rolling deploy still share one NHS limit. `prefix` unless given.
   */
  limitsPrefix?: string;
  /** Told once when Redis becomes unreachable (and once when it is back), never per failed command. */
  logger?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  /** Entries the in-process stand-in keeps while Redis is unreachable. */
  maxEntries?: number;
}

/** INCR the window's key, start its expiry on the first hit, and return the count and the time left. One round trip. */
const INCREMENT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

/**
 * Takes one of ARGV[1] slots of the sorted set KEYS[1] (member ARGV[3], freeing ARGV[2] ms from now), or answers how
 * long until the first held slot frees. Scores are the times slots free, on Redis's clock (TIME), so the replicas'
 * own clocks never matter. One round trip.
 */
const TAKE_SLOT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local hold = tonumber(ARGV[2])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + hold, ARGV[3])
  if redis.call('PTTL', KEYS[1]) < hold then redis.call('PEXPIRE', KEYS[1], hold) end
  return {1, 0}
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, math.max(1, tonumber(first[2]) - now)}`;

/** The slot ARGV[1] of KEYS[1] (if still held) now frees ARGV[2] ms from now. */
const HOLD_SLOT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local hold = tonumber(ARGV[2])
if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + hold, ARGV[1]) == 1 and redis.call('PTTL', KEYS[1]) < hold then
  redis.call('PEXPIRE', KEYS[1], hold)
end
return 0`;

/**
 * SharedCache and rate-limit Counters in Redis, so several graph replicas behind a load balancer share one cache of
 * public reference data and one count per caller. Values are JSON under `prefix`, expiring with Redis's own PX. While
 * Redis is unreachable (down, refusing, or not yet connected) an in-process cache and in-process counters serve
 * instead, so the graph keeps caching and limiting on its own; the outage is logged once, shown by `state` (for
 * /readyz and the metrics) and counted in `fallbacks`. A command that fails or times out is a miss, never an error.
 */
export class RedisCache implements SharedCache, Counters, SharedSlots, Broadcast {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly limitsPrefix: string;
  /** Hits and misses per namespace (src/cache/index.ts's `namespaced`), for the metrics. */
  readonly stats = new CacheStats();
  private readonly local: MemoryCache;
  private readonly localCounters = new MemoryCounters();
  private current: RedisState = 'connecting';
  /** Operations the in-process stand-ins served because Redis could not. */
  fallbacks = 0;
  /** The connection in subscriber mode (pub/sub needs its own), opened by the first `listen`. */
  private subscriber: Redis | undefined;
  private readonly channels = new EventEmitter().setMaxListeners(0);

  constructor(
    url: string,
    private readonly options: RedisCacheOptions = {},
  ) {
    this.prefix = options.prefix ?? 'nhs-graph:';
    this.limitsPrefix = options.limitsPrefix ?? this.prefix;
    this.local = new MemoryCache(options.maxEntries);
    // No offline queue: while disconnected a command fails at once instead of waiting for a reconnect.
    // ioredis (a CommonJS package) is loaded when a Redis is configured, not by every process that imports the cache:
    // without REDIS_URL the graph never needs its ~2 MB of heap and its code.
    const { Redis: RedisClient } = createRequire(import.meta.url)('ioredis') as typeof import('ioredis');
    this.redis = new RedisClient(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
      lazyConnect: false,
      // Keep trying, at most every 5 s: the cache comes back on its own when Redis does.
      retryStrategy: (times) => Math.min(times * 200, 5_000),
    });
    this.redis.on('ready', () => this.transition('up'));
    this.redis.on('error', (error: NodeJS.ErrnoException) => this.transition('down', error.code));
    this.redis.on('close', () => this.transition('down'));
  }

  /** Redis reachable (`up`), unreachable (`down`: the in-process stand-ins serve), or not connected yet. */
  get state(): RedisState {
    return this.current;
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (this.current !== 'up') return this.fallback(() => this.local.get<T>(key));
    try {
      const raw = await this.redis.get(this.prefix + key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    } catch {
      return this.fallback(() => this.local.get<T>(key));
    }
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    if (this.current !== 'up') return this.fallback(() => this.local.set(key, value, ttlMs));
    try {
      await this.redis.set(this.prefix + key, JSON.stringify(value), 'PX', Math.ceil(ttlMs));
    } catch {
      await this.fallback(() => this.local.set(key, value, ttlMs));
    }
  }

  async delete(key: string): Promise<void> {
    await this.local.delete(key);
    if (this.current !== 'up') return;
    try {
      await this.redis.del(this.prefix + key);
    } catch {
      // As for set.
    }
  }

  /** Removes every key under this cache's prefix (SCAN, never KEYS, so Redis is not blocked). */
  async clear(): Promise<void> {
    await this.local.clear();
    if (this.current !== 'up') return;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  /** One more in the key's window, shared by every replica; counted in this process alone while Redis is unreachable. */
  async increment(key: string, windowMs: number): Promise<WindowCount> {
    if (this.current !== 'up') return this.fallback(() => this.localCounters.increment(key, windowMs));
    try {
      const [count, ttl] = (await this.redis.eval(INCREMENT, 1, `${this.limitsPrefix}rate:${key}`, String(windowMs))) as [number, number];
      return { count: Number(count), resetInMs: Number(ttl) };
    } catch {
      return this.fallback(() => this.localCounters.increment(key, windowMs));
    }
  }

  /**
   * One of `limit` slots of `key`, shared by every replica (an upstream's per-app limit), held for `holdMs` unless
   * `holdSlot` says otherwise; or how long until one frees. Undefined while Redis is unreachable: the caller limits in
   * its own process meanwhile.
   */
  async takeSlot(key: string, limit: number, holdMs: number, id: string): Promise<SlotAnswer | undefined> {
    if (this.current !== 'up') return this.fallback(async () => undefined);
    try {
      const [taken, waitMs] = (await this.redis.eval(TAKE_SLOT, 1, `${this.limitsPrefix}slots:${key}`, String(limit), String(Math.ceil(holdMs)), id)) as [
        number,
        number,
      ];
      return Number(taken) === 1 ? { taken: true } : { taken: false, waitMs: Number(waitMs) };
    } catch {
      return this.fallback(async () => undefined);
    }
  }

  /** The slot `id` of `key` frees `holdMs` from now (its call has finished). A failure leaves the longer hold in place. */
  async holdSlot(key: string, id: string, holdMs: number): Promise<void> {
    if (this.current !== 'up') return;
    try {
      await this.redis.eval(HOLD_SLOT, 1, `${this.limitsPrefix}slots:${key}`, id, String(Math.ceil(holdMs)));
    } catch {
      // The slot frees at the time it was taken with (the longest a call may take, plus the interval): later, never sooner.
    }
  }

  /** Publishes on `channel` (under the limits prefix: replicas of two schema versions hear each other). */
  async publish(channel: string, message: string): Promise<boolean> {
    if (this.current !== 'up') return false;
    try {
      await this.redis.publish(`${this.limitsPrefix}channel:${channel}`, message);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Listens on `channel` through one subscriber connection per process (ioredis subscribes again after a reconnect).
   * Resolves once Redis confirmed the subscription, so a message published after that is heard (at once while Redis
   * is unreachable: the subscription is made when it is back).
   */
  async listen(channel: string, listener: (message: string) => void): Promise<() => void> {
    const name = `${this.limitsPrefix}channel:${channel}`;
    if (!this.subscriber) {
      // The offline queue on: a SUBSCRIBE sent while connecting waits for the connection instead of failing.
      this.subscriber = this.redis.duplicate({ enableOfflineQueue: true, commandTimeout: undefined });
      this.subscriber.on('error', () => {
        // The command connection's events report the outage; this one reconnects and resubscribes on its own.
      });
      this.subscriber.on('message', (from: string, message: string) => this.channels.emit(from, message));
    }
    this.channels.on(name, listener);
    if (this.channels.listenerCount(name) === 1) {
      const subscribed = this.subscriber.subscribe(name).catch(() => {});
      // While Redis is unreachable the SUBSCRIBE waits for the reconnect: do not hold the caller meanwhile.
      if (this.current === 'up') await subscribed;
    }
    return () => {
      this.channels.off(name, listener);
      if (this.channels.listenerCount(name) === 0) this.subscriber?.unsubscribe(name).catch(() => {});
    };
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
    this.redis.removeAllListeners('close');
    this.redis.disconnect();
    this.subscriber?.disconnect();
  }

  private fallback<T>(serve: () => Promise<T>): Promise<T> {
    this.fallbacks += 1;
    return serve();
  }

  /** Logs only changes of state: an outage is one warning however many reconnects and commands fail during it. */
  private transition(next: 'up' | 'down', code?: string): void {
    const previous = this.current;
    if (previous === next) return;
    this.current = next;
    if (next === 'down') {
      this.options.logger?.warn(
        { redis: 'unreachable', ...(code ? { code } : {}) },
        'Redis is unreachable: the shared cache and rate limits run in this process until it is back',
      );
    } else if (previous === 'down') {
      this.options.logger?.info({ redis: 'reachable' }, 'Redis is reachable again: the shared cache and rate limits are shared');
    }
  }
}
