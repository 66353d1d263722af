import type { SharedCache } from '../cache/shared-cache.js';

/** How long a registered query is kept in the shared store when Apollo gives no TTL: a day. */
export const APQ_TTL_SECONDS = 24 * 3600;

/** A literal in a document that could be an NHS number (ten digits, spaced or not). */
const NHS_NUMBER_SHAPED = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/;

/**
 * Apollo's automatic persisted-query (APQ) store over the shared cache (Redis when REDIS_URL is set), so a query hash
 * one replica registered is known to every other: a client that registered on one replica and lands on the next is
 * not told PERSISTED_QUERY_NOT_FOUND. Keys carry NHS_ENV and the schema version (the store's prefix).
 *
 * The shared store holds no personal data: a document with a literal shaped like an NHS number (a client that wrote the
 * number into its query instead of a variable) is kept in this process only, in a small bounded map, as Apollo's own
 * store would have kept it.
 */
export class SharedApqStore {
  private readonly local = new Map<string, string>();

  constructor(
    private readonly shared: SharedCache,
    private readonly maxLocal = 1_000,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const local = this.local.get(key);
    if (local !== undefined) return local;
    const value = await this.shared.get<unknown>(key);
    return typeof value === 'string' ? value : undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    if (NHS_NUMBER_SHAPED.test(value)) {
      this.local.delete(key);
      this.local.set(key, value);
      while (this.local.size > this.maxLocal) this.local.delete(this.local.keys().next().value as string);
      return;
    }
    await this.shared.set(key, value, (options?.ttl ?? APQ_TTL_SECONDS) * 1000);
  }

  async delete(key: string): Promise<boolean | void> {
    this.local.delete(key);
    await this.shared.delete(key);
  }
}
