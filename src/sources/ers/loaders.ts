import type DataLoader from 'dataloader';
import { NotFoundError } from '../../errors.js';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import { ERS_SERVICE_BATCH_SIZE, type ErsClient, type ErsWorklistType } from './client.js';
import {
  mapErsAppointment,
  mapErsReferral,
  mapHealthcareService,
  type HealthcareServiceModel,
  type ReferralAppointmentModel,
  type ReferralModel,
} from './mapper.js';
import type { ErsWorklist } from './wire.js';

export interface ErsLoaders {
  /** Referrals by UBRN (A005): e-RS reads one referral per call. */
  referral: DataLoader<string, ReferralModel>;
  /** The caller's organisation's worklists (A008): one call per list type per request, however many patients ask. */
  worklist: DataLoader<ErsWorklistType, ErsWorklist>;
  /** Appointments by e-RS id (A038), for referrals that reference rather than embed theirs. */
  appointment: DataLoader<string, ReferralAppointmentModel>;
  /** R4 HealthcareServices by e-RS service id: every id a request needs in one A035 search. */
  healthcareService: DataLoader<string, HealthcareServiceModel>;
}

/** Per-request loaders: referrals are personal data, never shared across requests or principals. */
export function createErsLoaders(ers: ErsClient, ctx: CallContext, settings: LoaderSettings): ErsLoaders {
  const services = async (ids: readonly string[]): Promise<(HealthcareServiceModel | Error)[]> => {
    try {
      const found = new Map((await ers.getHealthcareServices(ids, ctx)).map((s) => [s.id, mapHealthcareService(s)]));
      return ids.map((id) => found.get(id) ?? new NotFoundError(`e-RS does not know the service ${id}`, { upstream: { api: 'ers', status: 200 } }));
    } catch (error) {
      return ids.map(() => error as Error);
    }
  };
  return {
    referral: createLoader(
      eachKey(async (ubrn: string) => mapErsReferral(await ers.getReferral(ubrn, ctx))),
      settings,
    ),
    worklist: createLoader(
      eachKey((listType: ErsWorklistType) => ers.fetchWorklist(listType, ctx)),
      settings,
    ),
    appointment: createLoader(
      eachKey(async (id: string) => mapErsAppointment(await ers.getAppointment(id, ctx))),
      settings,
    ),
    healthcareService: createLoader(services, settings, { maxBatchSize: ERS_SERVICE_BATCH_SIZE }),
  };
}
