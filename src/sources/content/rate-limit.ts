import pThrottle from 'p-throttle';
import { RateLimitedError } from '../../errors.js';

export interface RateLimitSettings {
  /** Calls allowed in any `intervalMs` (the API's per-app limit). */
  limit: number;
  intervalMs: number;
  /** Calls that may wait for a slot; one more fails at once with RATE_LIMITED instead of queueing. */
  maxQueue: number;
}

export interface RateLimiter {
  schedule<T>(call: () => Promise<T>): Promise<T>;
  readonly queued: number;
}

/**
 * A client-side limiter shared by every request: at most `limit` calls start in any `intervalMs` (p-throttle's strict
 * sliding window, so no window of the platform's ever sees more), further calls wait their turn, and when `maxQueue`
 * are already waiting the call fails with RATE_LIMITED (and retryAfterSeconds) rather than sending a burst of 429s.
 */
export function createRateLimiter(settings: RateLimitSettings, api: string, label: string): RateLimiter {
  const throttle = pThrottle({ limit: settings.limit, interval: settings.intervalMs, strict: true });
  const run = throttle(<T>(call: () => Promise<T>) => call());
  return {
    get queued() {
      return run.queueSize;
    },
    schedule<T>(call: () => Promise<T>): Promise<T> {
      if (run.queueSize >= settings.maxQueue) {
        const retryAfterSeconds = Math.max(1, Math.ceil(((run.queueSize + 1) / settings.limit) * (settings.intervalMs / 1000)));
        return Promise.reject(
          new RateLimitedError(`${label}'s rate limit (${settings.limit} calls per ${settings.intervalMs / 1000} s) is reached: try again shortly`, { upstream: { api }, retryAfterSeconds }),
        );
      }
      return run(call) as Promise<T>;
    },
  };
}
