import type DataLoader from 'dataloader';
import { NotFoundError } from '../../errors.js';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, type LoaderSettings } from '../loader-options.js';
import { ODS_BATCH_SIZE, type OdsClient } from './client.js';
import { mapOdsOrganisation, type OrganisationModel } from './mapper.js';

export interface OdsLoaders {
  /** Organisations by upper-case ODS code: one read for one code, one `_id` search for several. */
  organisation: DataLoader<string, OrganisationModel>;
}

function notKnown(odsCode: string): NotFoundError {
  return new NotFoundError(`ODS does not know the organisation ${odsCode}`, { upstream: { api: 'ods', status: 404, issueCode: 'HAPI-2001' } });
}

export function createOdsLoaders(ods: OdsClient, ctx: CallContext, settings: LoaderSettings): OdsLoaders {
  const batch = async (codes: readonly string[]): Promise<(OrganisationModel | Error)[]> => {
    try {
      if (codes.length === 1) return [mapOdsOrganisation(await ods.getOrganisation(codes[0] as string, ctx))];
      const found = new Map((await ods.getOrganisations(codes, ctx)).map((o) => [o.id.toUpperCase(), mapOdsOrganisation(o)]));
      return codes.map((code) => found.get(code) ?? notKnown(code));
    } catch (error) {
      return codes.map(() => error as Error);
    }
  };
  return { organisation: createLoader(batch, settings, { maxBatchSize: ODS_BATCH_SIZE }) };
}
