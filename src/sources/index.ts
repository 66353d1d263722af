import type { Platform } from '../upstream/platform.js';
import type { CallContext } from '../upstream/types.js';
import { BarsClient } from './bars/client.js';
import { ContentClient } from './content/client.js';
import { createContentLoaders, type ContentLoaders } from './content/loaders.js';
import { EpsClient } from './eps/client.js';
import { TrackerClient } from './eps-tracker/client.js';
import { createTrackerLoaders, type TrackerLoaders } from './eps-tracker/loaders.js';
import { ErsClient } from './ers/client.js';
import { createErsLoaders, type ErsLoaders } from './ers/loaders.js';
import type { LoaderSettings } from './loader-options.js';
import { createGpConnectAddresser } from './gp-connect/addressing.js';
import { createGpConnectSources, gpConnectForRequest, type GpConnectSources } from './gp-connect/index.js';
import { createGpConnectLoaders, type GpConnectLoaders } from './gp-connect/loaders.js';
import { OdsClient } from './ods/client.js';
import { createOdsLoaders, type OdsLoaders } from './ods/loaders.js';
import { PdsClient } from './pds/client.js';
import { createPdsLoaders, type PdsLoaders } from './pds/loaders.js';
import { SdsClient } from './sds/client.js';
import { createSdsLoaders, type SdsLoaders } from './sds/loaders.js';
import { defaultSourceSettings, type SourceSettings } from './settings.js';
import { WlmdsClient } from './wlmds/client.js';
import { createWlmdsLoaders, type WlmdsLoaders } from './wlmds/loaders.js';

/** One typed client per NHS API, built once per process over the platform's pools. */
export interface Sources {
  pds: PdsClient;
  ods: OdsClient;
  gpc: GpConnectSources;
  sds: SdsClient;
  content: ContentClient;
  wlmds: WlmdsClient;
  eps: EpsClient;
  epsTracker: TrackerClient;
  ers: ErsClient;
  bars: BarsClient;
}

/** Per-request loaders, one per source and key. Built per request (and so per principal): nothing personal is shared. */
export interface Loaders {
  pds: PdsLoaders;
  ods: OdsLoaders;
  gpc: GpConnectLoaders;
  /** This request's GP Connect clients, each call addressed to its practice through SDS (for the mutations). */
  gpcClients: GpConnectSources;
  sds: SdsLoaders;
  content: ContentLoaders;
  wlmds: WlmdsLoaders;
  epsTracker: TrackerLoaders;
  ers: ErsLoaders;
}

export function createSources(platform: Platform, settings: SourceSettings = defaultSourceSettings()): Sources {
  return {
    pds: new PdsClient(platform.clients.pds),
    ods: new OdsClient(platform.clients.ods, settings.ods),
    gpc: createGpConnectSources(platform),
    sds: new SdsClient(platform.clients.sds),
    content: new ContentClient(platform.clients.content, settings.content),
    wlmds: new WlmdsClient(platform.clients.wlmds, settings.wlmds.urlForm),
    eps: new EpsClient(platform.clients['eps-prescribing'], platform.clients['eps-dispensing']),
    epsTracker: new TrackerClient(platform.clients['eps-tracker']),
    ers: new ErsClient(platform.clients.ers),
    bars: new BarsClient(platform.clients.bars),
  };
}

export function createLoaders(sources: Sources, ctx: CallContext, settings: LoaderSettings): Loaders {
  const pds = createPdsLoaders(sources.pds, ctx, settings);
  const sds = createSdsLoaders(sources.sds, ctx, settings);
  const gpcClients = gpConnectForRequest(sources.gpc, createGpConnectAddresser({ pds, sds }, ctx));
  return {
    pds,
    ods: createOdsLoaders(sources.ods, ctx, settings),
    gpc: createGpConnectLoaders(gpcClients, ctx, settings),
    gpcClients,
    sds,
    content: createContentLoaders(sources.content, ctx, settings),
    wlmds: createWlmdsLoaders(sources.wlmds, ctx, settings),
    epsTracker: createTrackerLoaders(sources.epsTracker, ctx, settings),
    ers: createErsLoaders(sources.ers, ctx, settings),
  };
}
