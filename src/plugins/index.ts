import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from '../context.js';

export interface PluginOptions {
  /** Reserved for plugins that need settings (limits, audit sink, telemetry). */
  [key: string]: unknown;
}

/**
 * The Apollo plugins the server runs, one behaviour per file in src/plugins/. Apollo's own landing page is off: it
 * loads from Apollo's CDN, and nothing may load from the internet at run time.
 */
export function graphPlugins(_options: PluginOptions = {}): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginLandingPageDisabled()];
}
