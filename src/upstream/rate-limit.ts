import { randomUUID } from 'node:crypto';
import type { SharedSlots } from '../cache/slots.js';
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
  /**
   * The slots in a store every replica shares (Redis when REDIS_URL is set): the replicas together stay within `limit`.
   * Absent: this process's own slots (one replica alone).
   */
  shared?: SharedSlots;
  /**
   * Longest a call may take (its timeouts and retries): a slot taken is held this long plus `intervalMs` until the call says it finished, so a replica that
   * dies mid-call frees its slot by then. 60 s unless given.
   */
  maxCallMs?: number;
}

const DEFAULT_MAX_CALL_MS = 60_000;
/** Longest a waiting call sleeps before asking the shared store again (a slot another replica frees early is seen). */
const MAX_POLL_MS = 1_000;

export interface RateLimiter {
  schedule<T>(call: () => Promise<T>): Promise<T>;
  readonly queued: number;
}

/**
 * A client-side limiter shared by every request (Website Content's per-app minute; PDS's 5 transactions a second): `limit` slots, each held while its call runs
 * and for `intervalMs`
 * after the call finished. The platform counts a call when it arrives, which is before it finishes, so no window of
 * the platform's can ever see more than `limit` calls, whatever the network's jitter. (A limiter that counts from
 * when a call starts, such as p-throttle's, lets a later call overtake an earlier one in flight and draws 429s.)
 * Calls beyond the free slots wait in order; when `maxQueue` are already waiting a call fails at once with
 * RATE_LIMITED and a retryAfterSeconds, instead of sending a burst of 429s. With `shared` (Redis) the slots are every
 * replica's (createSharedLimiter below).
 */
export function createRateLimiter(settings: RateLimitSettings, api: string, label: string): RateLimiter {
  const local = createLocalLimiter(settings, api, label);
  return settings.shared ? createSharedLimiter(settings, settings.shared, local, api, label) : local;
}

function rateLimited(settings: RateLimitSettings, api: string, label: string, retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(`${label}'s rate limit (${settings.limit} calls per ${settings.intervalMs / 1000} s) is reached: try again shortly`, {
    upstream: { api },
    retryAfterSeconds,
  });
}

/**
 * The same rule with the slots in Redis (src/cache/redis-cache.ts's takeSlot): a slot is taken on Redis's clock before
 * the call, held while the call runs (at most `maxCallMs`) and for `intervalMs` after it finished, whichever replica
 * made it. A call that finds no free slot waits here until the first held one frees (asking again at least every
 * second), in this process's queue of at most `maxQueue`; beyond that it fails at once with RATE_LIMITED. Waiting calls
 * of different replicas are served in no set order. While Redis is unreachable this process's own limiter serves: each
 * replica then keeps to `limit` alone (fails open, as the shared cache does), and the outage is on /readyz and redis_up.
 */
function createSharedLimiter(settings: RateLimitSettings, shared: SharedSlots, local: RateLimiter, api: string, label: string): RateLimiter {
  const key = `upstream:${api}`;
  const maxCallMs = settings.maxCallMs ?? DEFAULT_MAX_CALL_MS;
  let waiting = 0;
  return {
    get queued() {
      return waiting + local.queued;
    },
    async schedule<T>(call: () => Promise<T>): Promise<T> {
      const id = randomUUID();
      let queued = false;
      try {
        for (;;) {
          const answer = await shared.takeSlot(key, settings.limit, maxCallMs + settings.intervalMs, id);
          if (!answer) return await local.schedule(call);
          if (answer.taken) break;
          if (!queued) {
            if (waiting >= settings.maxQueue) throw rateLimited(settings, api, label, Math.max(1, Math.ceil(answer.waitMs / 1000)));
            queued = true;
            waiting++;
          }
          await new Promise((resolve) => setTimeout(resolve, Math.min(answer.waitMs, MAX_POLL_MS)));
        }
      } finally {
        if (queued) waiting--;
      }
      try {
        return await call();
      } finally {
        await shared.holdSlot(key, id, settings.intervalMs);
      }
    },
  };
}

/** This process's own slots. */
function createLocalLimiter(settings: RateLimitSettings, api: string, label: string): RateLimiter {
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
        throw rateLimited(settings, api, label, retryAfterSeconds);
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
