import type { Platform } from '../upstream/platform.js';
import { BarsClient } from './bars/index.js';
import { ContentClient } from './content/index.js';
import { EpsClient } from './eps/index.js';
import { TrackerClient } from './eps-tracker/index.js';
import { ErsClient } from './ers/index.js';
import { createGpConnectSources, type GpConnectSources } from './gp-connect/index.js';
import { OdsClient } from './ods/index.js';
import { PdsClient } from './pds/index.js';
import { SdsClient } from './sds/index.js';
import { defaultSourceSettings, type SourceSettings } from './settings.js';
import { WlmdsClient } from './wlmds/index.js';

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

export function createSources(platform: Platform, settings: SourceSettings = defaultSourceSettings()): Sources {
  return {
    pds: new PdsClient(platform.clients.pds),
    ods: new OdsClient(platform.clients.ods, settings.ods),
    gpc: createGpConnectSources(platform),
    sds: new SdsClient(platform.clients.sds),
    content: new ContentClient(platform.clients.content, settings.content),
    wlmds: new WlmdsClient(platform.clients.wlmds, settings.wlmds.urlForm),
    eps: new EpsClient(platform.clients['eps-prescribing'], platform.clients['eps-dispensing'], settings.eps?.store),
    epsTracker: new TrackerClient(platform.clients['eps-tracker']),
    ers: new ErsClient(platform.clients.ers),
    bars: new BarsClient(platform.clients.bars),
  };
}

export { createNhs, releaseNhs, type Nhs } from './nhs.js';
