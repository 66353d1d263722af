import type DataLoader from 'dataloader';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import { checkClinicalViewAnswer, checkSearchAnswer } from './answers.js';
import type { TrackerClient, TrackerWindow } from './client.js';
import { mapClinicalView, mapPrescriptionSearch, type PrescriptionModel } from './mapper.js';

/** A prescription (and, for repeat dispensing, one issue of it). */
export interface PrescriptionKey {
  id: string;
  issueNumber?: number | undefined;
}

/** A patient's prescriptions created within a window (the tracker's own two years when unbounded). */
export interface PatientPrescriptionsKey extends TrackerWindow {
  nhsNumber: string;
}

export interface TrackerLoaders {
  /** A patient's prescriptions (summaries) by NHS number and window: one search per distinct patient and window. */
  prescriptionsOfPatient: DataLoader<PatientPrescriptionsKey, PrescriptionModel[], string>;
  /**
   * Clinical views by prescription id (and issue): one call per distinct key, all of a batch answered together, so
   * the ODS reads that follow from every prescription of a list land in one batched ODS call.
   */
  prescription: DataLoader<PrescriptionKey, PrescriptionModel, string>;
}

export function createTrackerLoaders(tracker: TrackerClient, ctx: CallContext, settings: LoaderSettings): TrackerLoaders {
  return {
    prescriptionsOfPatient: createLoader(
      eachKey(async (key: PatientPrescriptionsKey) => {
        const bundle = await tracker.searchByNhsNumber(key.nhsNumber, key, ctx);
        const found = mapPrescriptionSearch(bundle);
        checkSearchAnswer(bundle, key.nhsNumber, found);
        return found;
      }),
      settings,
      { cacheKeyFn: (key) => `${key.nhsNumber}|${key.from ?? ''}|${key.to ?? ''}` },
    ),
    prescription: createLoader(
      eachKey(async (key: PrescriptionKey) => {
        const bundle = await tracker.getPrescription(key.id, key.issueNumber, ctx);
        return checkClinicalViewAnswer(bundle, key.id, key.issueNumber, mapClinicalView(bundle));
      }),
      settings,
      { cacheKeyFn: (key) => `${key.id}|${key.issueNumber ?? ''}` },
    ),
  };
}
