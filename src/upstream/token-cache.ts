/** An access token and when it lapses (ms since the epoch). */
export interface IssuedAccessToken {
  accessToken: string;
  issuedAt: number;
  expiresAt: number;
}

export interface TokenCacheSettings {
  /** Refresh this long before a token lapses, so no call goes out with a token about to expire. */
  refreshMarginMs: number;
  /** Bound on the number of keys held (one per user token for token exchange). */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Access tokens by key (one key for the application, one per user token for token exchange). A token is reused until
 * `refreshMarginMs` before it lapses (or half its lifetime, for tokens shorter than twice the margin), and concurrent
 * callers of a key share one fetch, so a burst of first requests makes one token call, never a stampede. A failed
 * fetch is not cached: the next caller tries again.
 */
export class TokenCache {
  private readonly tokens = new Map<string, IssuedAccessToken>();
  private readonly inFlight = new Map<string, Promise<IssuedAccessToken>>();
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(private readonly settings: TokenCacheSettings) {
    this.now = settings.now ?? Date.now;
    this.maxEntries = settings.maxEntries ?? 10_000;
  }

  /** The key's live token, fetching one when none is held or it is within the margin of lapsing. */
  async get(key: string, fetch: () => Promise<IssuedAccessToken>): Promise<string> {
    const held = this.tokens.get(key);
    if (held && this.fresh(held)) return held.accessToken;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = fetch().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const token = await pending;
    this.store(key, token);
    return token.accessToken;
  }

  /** Forgets the key's token, but only if it is still the one given (a newer one fetched meanwhile is kept). */
  invalidate(key: string, accessToken?: string): void {
    const held = this.tokens.get(key);
    if (held && (accessToken === undefined || held.accessToken === accessToken)) this.tokens.delete(key);
  }

  get size(): number {
    return this.tokens.size;
  }

  private fresh(token: IssuedAccessToken): boolean {
    const lifetime = token.expiresAt - token.issuedAt;
    const margin = Math.min(this.settings.refreshMarginMs, lifetime / 2);
    return token.expiresAt - margin > this.now();
  }

  private store(key: string, token: IssuedAccessToken): void {
    this.tokens.delete(key);
    this.tokens.set(key, token);
    if (this.tokens.size <= this.maxEntries) return;
    const now = this.now();
    for (const [k, t] of this.tokens) if (t.expiresAt <= now) this.tokens.delete(k);
    // Still full: drop the least recently stored (Map keeps insertion order).
    for (const k of this.tokens.keys()) {
      if (this.tokens.size <= this.maxEntries) break;
      this.tokens.delete(k);
    }
  }
}
