import { MemoryCache, type SharedCache } from '../../cache/index.js';

/** How long a request id's first time is remembered: a retry after a lost answer comes within seconds or minutes. */
const REMEMBER_MS = 15 * 60_000;
const MAX_REMEMBERED = 10_000;

/**
 * When each request id of a typed EPS write was first used, per user: the time its message carries (handed over,
 * authored, created). A retry with the same request id then builds the identical message, which EPS (Spine) applies
 * once, as the contract asks ("retry the identical payload"). Kept in the graph's own store like the prepared
 * prescriptions (Redis with REDIS_URL: a retry reaching another replica builds the same message).
 */
export class RequestTimes {
  constructor(
    private readonly store: SharedCache = new MemoryCache(MAX_REMEMBERED),
    private readonly now: () => number = Date.now,
  ) {}

  /** The time the request id was first used by this user (now, if this is its first use). */
  async timeOf(userId: string, requestId: string): Promise<string> {
    const key = `eps-request-time:${userId} ${requestId.toLowerCase()}`;
    const known = await this.store.get<{ at: string }>(key);
    if (known) return known.at;
    const at = new Date(this.now()).toISOString();
    await this.store.set(key, { at }, REMEMBER_MS);
    return at;
  }
}
