import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { mapOdsOrganisation } from '../sources/ods/mapper.js';
import { bundleResources } from '../sources/fhir.js';
import { decodeOffsetCursor, encodeOffsetCursor } from './cursor.js';

const MAX_PAGE = 100;
const NAME = /^[A-Za-z0-9&()’'+\-_./:@ ]{3,100}$/;

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_, { odsCode }, ctx) => ctx.loaders.ods.organisation.load(odsCode),
    organisations: async (_, { search, first, after }, ctx) => {
      const count = first ?? 20;
      if (count < 1 || count > MAX_PAGE) throw new BadUserInputError('INVALID_PAGE', `first must be between 1 and ${MAX_PAGE}`);
      const offset = decodeOffsetCursor(after);
      const { name, nameContains, postcode, city, roles, active } = search;
      if (!name && !nameContains && !postcode && !city && !roles?.length) {
        throw new BadUserInputError('INVALID_SEARCH', 'Search by at least one of name, nameContains, postcode, city or roles');
      }
      for (const value of [name, nameContains]) {
        if (value && !NAME.test(value)) throw new BadUserInputError('INVALID_SEARCH', 'Names are 3 to 100 letters, digits, spaces or &()’+-_./:@');
      }
      const params = {
        name: name ?? undefined,
        nameContains: nameContains ?? undefined,
        postcode: postcode ?? undefined,
        city: city ?? undefined,
        roles: roles ?? undefined,
        active: active ?? undefined,
      };
      const bundle = await ctx.sources.ods.searchOrganisations(params, count, offset, ctx.call);
      const nodes = bundleResources(bundle).map(mapOdsOrganisation);
      for (const org of nodes) ctx.loaders.ods.organisation.prime(org.odsCode, org);
      const hasNextPage = Boolean(bundle.link?.some((l) => l.relation === 'next'));
      return {
        totalCount: bundle.total ?? offset + nodes.length,
        nodes,
        pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeOffsetCursor(offset + nodes.length) : null },
      };
    },
  },
};
