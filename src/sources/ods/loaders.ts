import type DataLoader from 'dataloader';
import { NotFoundError } from '../../errors.js';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import { ODS_BATCH_SIZE, type OdsClient } from './client.js';
import { mapOdsOrganisation, type OrganisationModel } from './mapper.js';
import { mapOrganisationLookup, type OrganisationLookupModel } from './terminology.js';

export interface OdsLoaders {
  /** Organisations by upper-case ODS code: one read for one code, one `_id` search for several. */
  organisation: DataLoader<string, OrganisationModel>;
  /** Whether a role code is a primary role (ODSOrganisationRole CodeSystem): one lookup per distinct code. */
  primaryRole: DataLoader<string, boolean>;
  /** The ods-organization-code concept of an organisation (related entities, succession): one lookup per code. */
  lookup: DataLoader<string, OrganisationLookupModel>;
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
  return {
    organisation: createLoader(batch, settings, { maxBatchSize: ODS_BATCH_SIZE }),
    primaryRole: createLoader(
      eachKey((code: string) => ods.isPrimaryRole(code, ctx)),
      settings,
    ),
    lookup: createLoader(
      eachKey(async (code: string) => mapOrganisationLookup(await ods.lookupOrganisation(code, ctx))),
      settings,
    ),
  };
}
