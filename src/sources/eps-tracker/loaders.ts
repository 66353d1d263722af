import type DataLoader from 'dataloader';
import { NotFoundError } from '../../errors.js';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import type { TrackerClient } from './client.js';
import { mapClinicalView, mapPrescriptionSearch, type PrescriptionModel } from './mapper.js';

/** A prescription (and, for repeat dispensing, one issue of it). */
export interface PrescriptionKey {
  id: string;
  issueNumber?: number | undefined;
}

export interface TrackerLoaders {
  /** A patient's prescriptions (summaries) by NHS number: one search per distinct patient. */
  prescriptionsOfPatient: DataLoader<string, PrescriptionModel[]>;
  /**
   * Clinical views by prescription id (and issue): one call per distinct key, all of a batch answered together, so
   * the ODS reads that follow from every prescription of a list land in one batched ODS call.
   */
  prescription: DataLoader<PrescriptionKey, PrescriptionModel, string>;
}

export function createTrackerLoaders(tracker: TrackerClient, ctx: CallContext, settings: LoaderSettings): TrackerLoaders {
  return {
    prescriptionsOfPatient: createLoader(eachKey(async (nhsNumber: string) => mapPrescriptionSearch(await tracker.searchByNhsNumber(nhsNumber, ctx))), settings),
    prescription: createLoader(
      eachKey(async (key: PrescriptionKey) => {
        const found = mapClinicalView(await tracker.getPrescription(key.id, key.issueNumber, ctx));
        if (!found) throw new NotFoundError('The tracker has no such prescription', { upstream: { api: 'eps-tracker', status: 200 } });
        return found;
      }),
      settings,
      { cacheKeyFn: (key) => `${key.id}|${key.issueNumber ?? ''}` },
    ),
  };
}
