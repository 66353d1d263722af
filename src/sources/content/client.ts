import { NotFoundError, UpstreamError } from '../../errors.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { cacheLifetimeMs, type SharedCache } from './cache.js';
import { createRateLimiter, type RateLimiter, type RateLimitSettings } from './rate-limit.js';
import { isContentError, type ContentWebPage } from './wire.js';

export interface ContentClientSettings {
  rateLimit: RateLimitSettings;
  /** Longest an answer is kept (seconds); the contract's ceiling is 7 days. */
  maxAgeSeconds: number;
  cache: SharedCache;
}

/** The A–Z listings the graph searches. */
export type ContentListing = 'conditions' | 'medicines' | 'symptoms' | 'tests-and-treatments';

/**
 * Typed calls to the NHS Website Content API v2 (website-content/CONTRACT.md). Answers are public: they are kept in a
 * cache shared by all requests for at most `maxAgeSeconds` (and the upstream's max-age), concurrent reads of one URL
 * share one call, and every call that does go out waits for the shared rate limiter first.
 */
export class ContentClient {
  private readonly limiter: RateLimiter;
  private readonly inFlight = new Map<string, Promise<ContentWebPage>>();

  constructor(
    private readonly http: UpstreamClient,
    private readonly settings: ContentClientSettings,
  ) {
    this.limiter = createRateLimiter(settings.rateLimit, http.endpoint.api, http.endpoint.label);
  }

  /** One page by its slash-form path (`/conditions/acne/`); NOT_FOUND when the API has no such page. */
  getPage(path: string, ctx: CallContext): Promise<ContentWebPage> {
    return this.read('GET /{page}', path, {}, ctx);
  }

  /** One page of an A–Z listing: `category` is a letter, `page` counts from 1. */
  getListing(listing: ContentListing, category: string, page: number, ctx: CallContext): Promise<ContentWebPage> {
    return this.read(`GET /${listing}/`, `/${listing}/`, { category, ...(page > 1 ? { page: String(page) } : {}) }, ctx);
  }

  private async read(route: string, path: string, query: Record<string, string>, ctx: CallContext): Promise<ContentWebPage> {
    const key = `${path}?${new URLSearchParams(Object.entries(query).sort()).toString()}`;
    const cached = await this.settings.cache.get<ContentWebPage>(key);
    if (cached) return cached;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.fetch(route, path, query, key, ctx).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async fetch(route: string, path: string, query: Record<string, string>, key: string, ctx: CallContext): Promise<ContentWebPage> {
    const res = await this.limiter.schedule(() =>
      this.http.request<unknown>(route, { method: 'GET', path, query, accept: 'application/json', idempotent: true }, ctx),
    );
    const info = { api: this.http.endpoint.api, status: res.status, requestId: res.requestId };
    // The API's sandbox answers an unknown listing query with HTTP 200 and a `{statusCode: 404}` body.
    if (isContentError(res.body)) {
      if (res.body.statusCode === 404)
        throw new NotFoundError(`NHS Website Content has no page ${path} for that query`, { upstream: { ...info, issueCode: 'RESOURCE_NOT_FOUND' } });
      throw new UpstreamError(`NHS Website Content answered ${res.status} with an error body (${res.body.statusCode})`, { upstream: info });
    }
    if (typeof res.body !== 'object' || res.body === null || 'resourceType' in res.body)
      throw new UpstreamError('NHS Website Content answered with a body that is not a page', { upstream: info });
    const page = res.body as ContentWebPage;
    await this.settings.cache.set(key, page, cacheLifetimeMs(res.headers['cache-control'], this.settings.maxAgeSeconds));
    return page;
  }
}
