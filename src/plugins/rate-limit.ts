import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Principal } from '../auth/principal.js';
import { MemoryCounters, type Counters } from '../cache/counters.js';
import type { Context } from '../context.js';
import { RateLimitedError } from '../errors.js';

export interface RateLimitSettings {
  /** Operations one caller may run per window (each operation of a batch counts). */
  limit: number;
  windowMs: number;
  /** Where the counts live: Redis (shared by every replica) or this process. In-process unless given. */
  counters?: Counters;
}

/**
 * The rate-limit key of a caller: their identity provider and subject (anonymous callers: their address), hashed, so
 * the shared store never holds an identifier it could leak.
 */
export function callerKey(principal: Principal, clientAddress: string | undefined): string {
  const who = principal.kind === 'anonymous' ? `anonymous|${clientAddress ?? 'unknown'}` : `${principal.kind}|${principal.issuer}|${principal.subject}`;
  return createHash('sha256').update(who).digest('base64url').slice(0, 32);
}

/**
 * A per-caller limit on operations: over it, the operation is refused before it executes (so it calls no upstream) with
 * RATE_LIMITED, HTTP 429 and a Retry-After header giving the seconds until the caller's window ends. Counted per
 * operation once it is resolved, so each operation of a batch counts.
 */
export function rateLimitPlugin(settings: RateLimitSettings): ApolloServerPlugin<Context> {
  const counters = settings.counters ?? new MemoryCounters();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const { count, resetInMs } = await counters.increment(callerKey(contextValue.principal, contextValue.clientAddress), settings.windowMs);
          if (count <= settings.limit) return;
          const retryAfterSeconds = Math.max(1, Math.ceil(resetInMs / 1000));
          const error = new RateLimitedError(
            `Too many operations: at most ${settings.limit} per ${Math.round(settings.windowMs / 1000)} ` +
              `s for each caller. Try again in ${retryAfterSeconds} s.`,
            {
              reason: 'CALLER_RATE_LIMIT',
              retryAfterSeconds,
            },
          );
          const headers = new HeaderMap([['retry-after', String(retryAfterSeconds)]]);
          Object.assign(error.extensions, { http: { status: 429, headers } });
          throw error;
        },
      };
    },
  };
}
