import type DataLoader from 'dataloader';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import type { SdsClient } from './client.js';
import { mapSdsDevice, mapSdsEndpoint, type AccreditedSystemModel, type SpineEndpointModel } from './mapper.js';

/** A lookup key: one organisation and one interaction, the most one SDS search can take. */
export interface SdsKey {
  odsCode: string;
  interaction: string;
}

export interface SdsLoaders {
  /** MHS records per (organisation, interaction): one SDS Endpoint search per distinct key in a request. */
  endpoints: DataLoader<SdsKey, SpineEndpointModel[], string>;
  /** Accredited systems per (organisation, interaction): one SDS Device search per distinct key in a request. */
  accreditedSystems: DataLoader<SdsKey, AccreditedSystemModel[], string>;
}

const keyOf = (k: SdsKey) => `${k.odsCode} ${k.interaction}`;

/**
 * Per-request loaders. SDS has no multi-organisation search (each parameter takes its last value), so batching cannot
 * merge keys: the loaders de-duplicate and run distinct keys concurrently. Nothing is kept across requests, as GP
 * Connect requires of SDS lookups.
 */
export function createSdsLoaders(sds: SdsClient, ctx: CallContext, settings: LoaderSettings): SdsLoaders {
  return {
    endpoints: createLoader(
      eachKey(async (k: SdsKey) => (await sds.findEndpoints(k.odsCode, k.interaction, ctx)).map((e) => mapSdsEndpoint(e, k.odsCode, k.interaction))),
      settings,
      { cacheKeyFn: keyOf },
    ),
    accreditedSystems: createLoader(
      eachKey(async (k: SdsKey) => (await sds.findDevices(k.odsCode, k.interaction, undefined, ctx)).map(mapSdsDevice)),
      settings,
      { cacheKeyFn: keyOf },
    ),
  };
}
