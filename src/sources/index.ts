import type { Platform } from '../upstream/platform.js';
import type { CallContext } from '../upstream/types.js';
import type { LoaderSettings } from './loader-options.js';
import { createGpConnectSources, type GpConnectSources } from './gp-connect/index.js';
import { createGpConnectLoaders, type GpConnectLoaders } from './gp-connect/loaders.js';
import { OdsClient } from './ods/client.js';
import { createOdsLoaders, type OdsLoaders } from './ods/loaders.js';
import { PdsClient } from './pds/client.js';
import { createPdsLoaders, type PdsLoaders } from './pds/loaders.js';

/** One typed client per NHS API, built once per process over the platform's pools. */
export interface Sources {
  pds: PdsClient;
  ods: OdsClient;
  gpc: GpConnectSources;
}

/** Per-request loaders, one per source and key. Built per request (and so per principal): nothing personal is shared. */
export interface Loaders {
  pds: PdsLoaders;
  ods: OdsLoaders;
  gpc: GpConnectLoaders;
}

export function createSources(platform: Platform): Sources {
  return {
    pds: new PdsClient(platform.clients.pds),
    ods: new OdsClient(platform.clients.ods),
    gpc: createGpConnectSources(platform),
  };
}

export function createLoaders(sources: Sources, ctx: CallContext, settings: LoaderSettings): Loaders {
  return {
    pds: createPdsLoaders(sources.pds, ctx, settings),
    ods: createOdsLoaders(sources.ods, ctx, settings),
    gpc: createGpConnectLoaders(sources.gpc, ctx, settings),
  };
}
