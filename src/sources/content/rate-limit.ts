/** The Website Content limiter is the upstream one (src/upstream/rate-limit.ts), with a bounded queue. */
export { createRateLimiter, type RateLimiter, type RateLimitSettings } from '../../upstream/rate-limit.js';
