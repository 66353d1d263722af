import {
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  decorrelatedJitterGenerator,
  handleWhen,
  type CircuitBreakerPolicy,
  type IBackoff,
} from 'cockatiel';
import { GraphError } from '../errors.js';

/** How an API's calls hold up when the upstream does not: retries of idempotent calls and a circuit breaker. */
export interface ResilienceSettings {
  /** Extra attempts of an idempotent call after a transient failure (0 = none). All attempts share the API's timeout. */
  retries: number;
  /** First backoff in ms; later ones grow exponentially with decorrelated jitter, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Consecutive upstream failures that open an API's breaker (0 = no breaker). */
  breakerThreshold: number;
  /** How long an open breaker fails fast before it lets one probe call through. */
  halfOpenAfterMs: number;
}

export const DEFAULT_RESILIENCE: ResilienceSettings = {
  retries: 2,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  breakerThreshold: 5,
  halfOpenAfterMs: 10_000,
};

export type BreakerState = 'closed' | 'open' | 'half-open' | 'disabled';

/** Failures a caller caused by going away: never the upstream's fault, so never counted against it. */
const cancellations = new WeakSet<Error>();

export function markCancelled(error: Error): Error {
  cancellations.add(error);
  return error;
}

/**
 * True when a failure says the upstream is unwell: unreachable, timed out, 5xx, or an answer we could not read. A 4xx
 * (the request's own fault, a refused credential or token exchange, or a rate limit), a caller's UNAUTHENTICATED and a
 * cancelled graph request say nothing about its health.
 */
export function isUpstreamFault(error: unknown): boolean {
  if (!(error instanceof GraphError) || cancellations.has(error)) return false;
  const status = error.upstream?.status;
  // A 4xx says the request (or its credentials) was refused, whichever code it maps to: the token endpoint refusing
  // the graph's client assertion is UPSTREAM_UNAVAILABLE, but the upstream answered.
  if (status !== undefined && status >= 400 && status < 500 && status !== 408) return false;
  if (error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_TIMEOUT') return true;
  if (error.code !== 'UPSTREAM_ERROR') return false;
  return status === undefined || status >= 500 || (status >= 200 && status < 300);
}

/**
 * True when sending the same call again may succeed: a refused or reset connection, 429, 500, 502, 503, 504. Our own
 * timeout is not retried (the budget is spent), nor is an unreadable answer (the next one is very likely the same).
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof GraphError) || cancellations.has(error)) return false;
  const status = error.upstream?.status;
  if (status === undefined) return error.code === 'UPSTREAM_UNAVAILABLE';
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/** A per-API circuit breaker that counts only upstream faults; undefined when the settings turn breakers off. */
export function createBreaker(settings: ResilienceSettings): CircuitBreakerPolicy | undefined {
  if (settings.breakerThreshold <= 0) return undefined;
  return circuitBreaker(handleWhen(isUpstreamFault), {
    halfOpenAfter: settings.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(settings.breakerThreshold),
  });
}

export function breakerState(breaker: CircuitBreakerPolicy | undefined): BreakerState {
  if (!breaker) return 'disabled';
  switch (breaker.state) {
    case CircuitState.Closed:
      return 'closed';
    case CircuitState.HalfOpen:
      return 'half-open';
    default:
      return 'open';
  }
}

/** Successive backoff delays for one call's retries: exponential, decorrelated jitter, capped. */
export function backoffDelays(settings: ResilienceSettings): () => number {
  let backoff: IBackoff<unknown> | undefined;
  const factory = new ExponentialBackoff({ initialDelay: settings.baseDelayMs, maxDelay: settings.maxDelayMs, generator: decorrelatedJitterGenerator });
  return () => {
    backoff = backoff ? backoff.next(undefined) : factory.next();
    return backoff.duration;
  };
}

/** The wait before the next attempt: the backoff, or the upstream's Retry-After when it asks for longer. */
export function retryDelayMs(error: GraphError, backoffMs: number): number {
  const retryAfter = error.extensions.retryAfterSeconds;
  return typeof retryAfter === 'number' ? Math.max(backoffMs, retryAfter * 1000) : backoffMs;
}
