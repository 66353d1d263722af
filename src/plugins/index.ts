import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { AuditSink } from '../audit/sink.js';
import type { Context } from '../context.js';
import { auditPlugin } from './audit.js';
import { DEFAULT_QUERY_LIMITS, queryCostPlugin, type QueryLimits } from './query-limits.js';

export interface PluginOptions {
  /** Where audit records go; without one, no audit plugin runs (the server always passes one). */
  auditSink?: AuditSink;
  logger?: Logger;
  /** Query limits; the cost limit runs as a plugin (it needs the variables), the others as validation rules. */
  limits?: QueryLimits;
  /** Reserved for plugins that need settings (telemetry). */
  [key: string]: unknown;
}

/**
 * The Apollo plugins the server runs, one behaviour per file in src/plugins/. Apollo's own landing page is off: it
 * loads from Apollo's CDN, and nothing may load from the internet at run time.
 */
export function graphPlugins(options: PluginOptions = {}): ApolloServerPlugin<Context>[] {
  const plugins: ApolloServerPlugin<Context>[] = [ApolloServerPluginLandingPageDisabled(), queryCostPlugin(options.limits ?? DEFAULT_QUERY_LIMITS)];
  if (options.auditSink && options.logger) plugins.push(auditPlugin(options.auditSink, options.logger));
  return plugins;
}
