import type DataLoader from 'dataloader';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import type { ContentClient } from './client.js';
import { mapContentPage, type HealthContentModel } from './mapper.js';

export interface ContentLoaders {
  /** Pages by slash-form path. Across requests the client's shared cache serves repeats; this de-duplicates within one. */
  page: DataLoader<string, HealthContentModel>;
}

export function createContentLoaders(content: ContentClient, ctx: CallContext, settings: LoaderSettings): ContentLoaders {
  return {
    page: createLoader(
      eachKey(async (path: string) => mapContentPage(await content.getPage(path, ctx), path)),
      settings,
    ),
  };
}
