/** How long a request id's first time is remembered: a retry after a lost answer comes within seconds or minutes. */
const REMEMBER_MS = 15 * 60_000;
const MAX_REMEMBERED = 10_000;

/**
 * When each request id of a typed EPS write was first used, per user: the time its message carries (handed over,
 * authored, created). A retry with the same request id then builds the identical message, which EPS (Spine) applies
 * once, as the contract asks ("retry the identical payload"). In this process only, like the prepared prescriptions.
 */
export class RequestTimes {
  private readonly times = new Map<string, { at: string; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The time the request id was first used by this user (now, if this is its first use). */
  timeOf(userId: string, requestId: string): string {
    const key = `${userId} ${requestId.toLowerCase()}`;
    const known = this.times.get(key);
    if (known && known.expiresAt > this.now()) return known.at;
    const at = new Date(this.now()).toISOString();
    this.times.delete(key);
    this.times.set(key, { at, expiresAt: this.now() + REMEMBER_MS });
    while (this.times.size > MAX_REMEMBERED) this.times.delete(this.times.keys().next().value as string);
    return at;
  }
}
