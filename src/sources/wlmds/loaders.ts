import type DataLoader from 'dataloader';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import type { WlmdsClient } from './client.js';
import { extractWaitingListEntries, mapWaitingListEntry, type WaitingListEntryModel } from './mapper.js';

export interface WlmdsLoaders {
  /** Waiting-list entries by NHS number: WLMDS takes one patient per call, so each distinct patient is one call. */
  waitingList: DataLoader<string, WaitingListEntryModel[]>;
}

/** Per-request loaders: personal data, never shared across requests or principals. */
export function createWlmdsLoaders(wlmds: WlmdsClient, ctx: CallContext, settings: LoaderSettings): WlmdsLoaders {
  return {
    waitingList: createLoader(
      eachKey(async (nhsNumber: string) => extractWaitingListEntries(await wlmds.getWaitingList(nhsNumber, ctx)).map(mapWaitingListEntry)),
      settings,
    ),
  };
}
