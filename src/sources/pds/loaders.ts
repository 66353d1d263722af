import type DataLoader from 'dataloader';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import { bundleResources } from '../fhir.js';
import type { PdsClient } from './client.js';
import { mapRelatedPerson, type RelatedPersonModel } from './related-people.js';
import { mapPdsPatient, markSuperseded, type PatientModel } from './mapper.js';

export interface PdsLoaders {
  /** Full records by NHS number. PDS has no multi-record read, so each distinct number is one concurrent call. */
  patient: DataLoader<string, PatientModel>;
  /** A patient's related people by NHS number: one RelatedPerson call per distinct patient. */
  relatedPeople: DataLoader<string, RelatedPersonModel[]>;
}

export function createPdsLoaders(pds: PdsClient, ctx: CallContext, settings: LoaderSettings): PdsLoaders {
  return {
    relatedPeople: createLoader(
      eachKey(async (nhsNumber: string) => bundleResources(await pds.getRelatedPeople(nhsNumber, ctx)).map(mapRelatedPerson)),
      settings,
    ),
    patient: createLoader(
      eachKey(async (nhsNumber: string) => markSuperseded(mapPdsPatient(await pds.getPatient(nhsNumber, ctx)), nhsNumber)),
      settings,
    ),
  };
}
