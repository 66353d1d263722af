import { RateLimitedError } from '../errors.js';

export interface RateLimitSettings {
  /** Calls allowed in any `intervalMs` (the API's per-app limit). */
  limit: number;
  intervalMs: number;
  /**
   * Calls that may wait for a slot; one more fails at once with RATE_LIMITED instead of queueing. Infinity queues
   * every call (each still bounded by its own timeout): the per-API limits of PDS and the like.
   */
  maxQueue: number;
}

export interface RateLimiter {
  schedule<T>(call: () => Promise<T>): Promise<T>;
  readonly queued: number;
}

/**
 * A client-side limiter shared by every request (Website Content's per-app minute; PDS's 5 transactions a second): `limit` slots, each held while its call runs and for `intervalMs`
 * after the call finished. The platform counts a call when it arrives, which is before it finishes, so no window of
 * the platform's can ever see more than `limit` calls, whatever the network's jitter. (A limiter that counts from
 * when a call starts, such as p-throttle's, lets a later call overtake an earlier one in flight and draws 429s.)
 * Calls beyond the free slots wait in order; when `maxQueue` are already waiting a call fails at once with
 * RATE_LIMITED and a retryAfterSeconds, instead of sending a burst of 429s.
 */
export function createRateLimiter(settings: RateLimitSettings, api: string, label: string): RateLimiter {
  let free = settings.limit;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  const acquire = (): Promise<void> => {
    if (free > 0) {
      free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  return {
    get queued() {
      return waiting.length;
    },
    async schedule<T>(call: () => Promise<T>): Promise<T> {
      if (free === 0 && waiting.length >= settings.maxQueue) {
        const retryAfterSeconds = Math.max(1, Math.ceil(((waiting.length + 1) / settings.limit) * (settings.intervalMs / 1000)));
        throw new RateLimitedError(`${label}'s rate limit (${settings.limit} calls per ${settings.intervalMs / 1000} s) is reached: try again shortly`, { upstream: { api }, retryAfterSeconds });
      }
      await acquire();
      try {
        return await call();
      } finally {
        setTimeout(release, settings.intervalMs).unref();
      }
    },
  };
}
