import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../plugins/query-limits.js';
import { API_IDS, type ApiId } from '../upstream/apis.js';
import { DEFAULT_UPSTREAM_CONNECTIONS } from '../upstream/platform.js';
import { DEFAULT_RESILIENCE, type ResilienceSettings } from '../upstream/resilience.js';
import type { NhsEnv } from './platform.js';
import { envName, type EnvReader } from './reader.js';

/** The contracts' per-app rates in transactions per second (pds/CONTRACT.md, "Rate limits": 5 by default). */
export const DEFAULT_RATE_LIMITS_PER_SECOND: Partial<Record<ApiId, number>> = { pds: 5 };

export interface LimitsConfig {
  /** Keep-alive connections per upstream origin (UPSTREAM_CONNECTIONS); calls beyond them wait for a free one. */
  upstreamConnections: number;
  /** Per-API upstream timeouts in ms; `default` for the rest. */
  timeoutMs: Partial<Record<ApiId, number>> & { default: number };
  /**
   * Per-API rate limits in calls per second (UPSTREAM_RATE_LIMIT_<API>): calls beyond one wait their turn. PDS defaults
   * to its contract's 5 transactions per second per app outside `embedded` (the local stand-in has no such limit).
   */
  rateLimitsPerSecond: Partial<Record<ApiId, number>>;
  /** Retries of idempotent upstream calls and the per-API circuit breakers. */
  resilience: ResilienceSettings;
  /** Query depth, cost, alias, directive, token and batch limits. */
  limits: QueryLimits;
  /** Operations one caller may run per window (0: no limit); counted in Redis when REDIS_URL is set. */
  rateLimit: { operations: number; windowSeconds: number };
}

/** Limits: upstream timeouts, rates, retries and breakers; query limits; the per-caller operation rate. */
export function readLimits(r: EnvReader, nhsEnv: NhsEnv): LimitsConfig {
  const { env } = r;
  const timeoutMs: LimitsConfig['timeoutMs'] = { default: r.int('UPSTREAM_TIMEOUT_MS', 10_000, 100, 120_000) };
  const rateLimitsPerSecond: LimitsConfig['rateLimitsPerSecond'] = nhsEnv === 'embedded' ? {} : { ...DEFAULT_RATE_LIMITS_PER_SECOND };
  for (const id of API_IDS) {
    const timeoutName = `UPSTREAM_TIMEOUT_MS_${envName(id)}`;
    if (env[timeoutName] !== undefined) timeoutMs[id] = r.int(timeoutName, timeoutMs.default, 100, 120_000);
    const rateName = `UPSTREAM_RATE_LIMIT_${envName(id)}`;
    if (env[rateName] !== undefined && env[rateName] !== '') rateLimitsPerSecond[id] = r.int(rateName, DEFAULT_RATE_LIMITS_PER_SECOND[id] ?? 1, 1, 10_000);
  }
  const resilience: ResilienceSettings = {
    retries: r.int('UPSTREAM_RETRIES', DEFAULT_RESILIENCE.retries, 0, 5),
    baseDelayMs: r.int('UPSTREAM_RETRY_BASE_MS', DEFAULT_RESILIENCE.baseDelayMs, 1, 10_000),
    maxDelayMs: r.int('UPSTREAM_RETRY_MAX_DELAY_MS', DEFAULT_RESILIENCE.maxDelayMs, 1, 60_000),
    breakerThreshold: r.int('BREAKER_THRESHOLD', DEFAULT_RESILIENCE.breakerThreshold, 0, 1_000),
    halfOpenAfterMs: r.int('BREAKER_HALF_OPEN_MS', DEFAULT_RESILIENCE.halfOpenAfterMs, 100, 600_000),
  };
  const limits: QueryLimits = {
    maxDepth: r.int('MAX_QUERY_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1, 100),
    maxCost: r.int('MAX_QUERY_COST', DEFAULT_QUERY_LIMITS.maxCost, 1, 100_000),
    maxAliases: r.int('MAX_QUERY_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0, 1_000),
    maxDirectives: r.int('MAX_QUERY_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives, 0, 1_000),
    maxTokens: r.int('MAX_QUERY_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 100, 1_000_000),
    maxBatch: r.int('MAX_BATCH_OPERATIONS', DEFAULT_QUERY_LIMITS.maxBatch, 1, 100),
    defaultListSize: r.int('QUERY_DEFAULT_LIST_SIZE', DEFAULT_QUERY_LIMITS.defaultListSize, 1, 1_000),
  };
  const rateLimit = { operations: r.int('RATE_LIMIT_OPERATIONS', 1_200, 0, 10_000_000), windowSeconds: r.int('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400) };
  const upstreamConnections = r.int('UPSTREAM_CONNECTIONS', DEFAULT_UPSTREAM_CONNECTIONS, 1, 4_096);
  return { upstreamConnections, timeoutMs, rateLimitsPerSecond, resilience, limits, rateLimit };
}
