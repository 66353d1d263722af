import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { AuditSink } from '../audit/sink.js';
import type { Context } from '../context.js';
import { auditPlugin } from './audit.js';
import { environmentMarker } from './environment-marker.js';
import { DEFAULT_QUERY_LIMITS, queryCostPlugin, type QueryLimits } from './query-limits.js';
import { rateLimitPlugin, type RateLimitSettings } from './rate-limit.js';

export interface PluginOptions {
  /** Where audit records go; without one, no audit plugin runs (the server always passes one). */
  auditSink?: AuditSink;
  logger?: Logger;
  /** Query limits; the cost limit runs as a plugin (it needs the variables), the others as validation rules. */
  limits?: QueryLimits;
  /** Per-caller operations per window; no limit when absent. */
  rateLimit?: RateLimitSettings;
  /** The NHS environment the graph points at, named on every answer (environment-marker.ts). */
  environment?: string;
  /** Reserved for plugins that need settings (telemetry). */
  [key: string]: unknown;
}

/**
 * The Apollo plugins the server runs, one behaviour per file in src/plugins/. Three of Apollo's defaults are off:
 * - the landing page, which loads from Apollo's CDN (nothing may load from the internet at run time);
 * - usage reporting, which would send operations to Apollo's cloud if an APOLLO_KEY were ever set (nothing leaves);
 * - cache control, which hooks every field of every answer to collect cache hints the graph never sets (patient data
 *   is not cacheable by HTTP caches): turning it off took the graph's CPU per 50-patient search from 12.6 to 8.0 ms
 *   in the bench (docs/bench.md, "What the profiles show").
 */
export function graphPlugins(options: PluginOptions = {}): ApolloServerPlugin<Context>[] {
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginCacheControlDisabled(),
    // The caller's rate limit first: an operation over it is not costed, and one refused for cost still counted.
    ...(options.rateLimit ? [rateLimitPlugin(options.rateLimit)] : []),
    queryCostPlugin(options.limits ?? DEFAULT_QUERY_LIMITS),
  ];
  if (options.environment) plugins.push(environmentMarker(options.environment));
  if (options.auditSink && options.logger) plugins.push(auditPlugin(options.auditSink, options.logger));
  return plugins;
}
