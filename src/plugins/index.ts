import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from '../context.js';
import { DEFAULT_QUERY_LIMITS, queryCostPlugin, type QueryLimits } from './query-limits.js';

export interface PluginOptions {
  /** Query limits; the cost limit runs as a plugin (it needs the variables), the others as validation rules. */
  limits?: QueryLimits;
  /** Reserved for plugins that need settings (limits, audit sink, telemetry). */
  [key: string]: unknown;
}

/**
 * The Apollo plugins the server runs, one behaviour per file in src/plugins/. Apollo's own landing page is off: it
 * loads from Apollo's CDN, and nothing may load from the internet at run time.
 */
export function graphPlugins(options: PluginOptions = {}): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginLandingPageDisabled(), queryCostPlugin(options.limits ?? DEFAULT_QUERY_LIMITS)];
}
