import type DataLoader from 'dataloader';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import type { PdsClient } from './client.js';
import { mapPdsPatient, markSuperseded, type PatientModel } from './mapper.js';

export interface PdsLoaders {
  /** Full records by NHS number. PDS has no multi-record read, so each distinct number is one concurrent call. */
  patient: DataLoader<string, PatientModel>;
}

export function createPdsLoaders(pds: PdsClient, ctx: CallContext, settings: LoaderSettings): PdsLoaders {
  return {
    patient: createLoader(eachKey(async (nhsNumber: string) => markSuperseded(mapPdsPatient(await pds.getPatient(nhsNumber, ctx)), nhsNumber)), settings),
  };
}
