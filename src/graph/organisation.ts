import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import type { OdsSearchParams } from '../sources/ods/client.js';
import { mapOdsOrganisation, organisationStub, type OrganisationModel, type OrganisationRef } from '../sources/ods/mapper.js';
import { bundleResources } from '../sources/fhir.js';
import { decodeOffsetCursor, encodeOffsetCursor } from './cursor.js';

const MAX_PAGE = 100;
const NAME = /^[A-Za-z0-9&()’'+\-_./:@ ]{3,100}$/;

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_, { odsCode }, ctx) => ctx.nhs.ods.organisation.load(odsCode),
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
      const bundle = await ctx.nhs.ods.searchOrganisations(params, count, offset);
      const nodes = bundleResources(bundle).map(mapOdsOrganisation);
      for (const org of nodes) ctx.nhs.ods.organisation.prime(org.odsCode, org);
      const hasNextPage = Boolean(bundle.link?.some((l) => l.relation === 'next'));
      return {
        // ODS pages carry no total: OrganisationConnection.totalCount asks ODS (`_summary=count`) only when selected.
        totalCount: typeof bundle.total === 'number' ? bundle.total : null,
        search: params,
        nodes,
        pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeOffsetCursor(offset + nodes.length) : null },
      };
    },
  },
  OrganisationConnection: {
    totalCount: (connection, _, ctx) => {
      const { totalCount, search } = connection as typeof connection & { search?: OdsSearchParams };
      if (typeof totalCount === 'number' || !search) return totalCount ?? null;
      return ctx.nhs.ods.countOrganisations(search);
    },
  },
  Organisation: {
    name: detail((o) => o.name),
    active: detail((o) => o.active),
    roles: detail((o) => o.roles),
    recordClass: detail((o) => o.recordClass),
    recordUseType: detail((o) => o.recordUseType),
    lastChangeDate: detail((o) => o.lastChangeDate),
    addresses: detail((o) => o.addresses),
    telecom: detail((o) => o.telecom),
    resource: detail((o) => o.resource),
    primaryRole: async (org, _, ctx) => {
      const { roles } = await detailsOf(org, ctx);
      const primary = await Promise.all(roles.map((r) => ctx.nhs.ods.primaryRole.load(r.code)));
      return roles.find((_role, i) => primary[i]) ?? null;
    },
    relationships: async (org, _, ctx) => (await ctx.nhs.ods.lookup.load(org.odsCode)).relationships,
    successorOdsCodes: async (org, _, ctx) => (await ctx.nhs.ods.lookup.load(org.odsCode)).successorOdsCodes,
    successors: async (org, _, ctx) => (await ctx.nhs.ods.lookup.load(org.odsCode)).successorOdsCodes.map(organisationStub),
  },
  OrganisationRole: {
    primary: (role, _, ctx) => ctx.nhs.ods.primaryRole.load(role.code),
  },
  OrganisationRelationship: {
    target: (relationship) => organisationStub(relationship.targetOdsCode),
  },
};

/** The organisation's ODS details: itself when mapped, else read by its code (the loader batches and dedupes). */
function detailsOf(org: OrganisationRef, ctx: Context): Promise<OrganisationModel> {
  return 'stub' in org ? ctx.nhs.ods.organisation.load(org.odsCode) : Promise.resolve(org);
}

/** A detail field's resolver: read through detailsOf, so a failed read errors on the field and keeps the code. */
function detail<T>(pick: (org: OrganisationModel) => T) {
  return async (org: OrganisationRef, _: unknown, ctx: Context): Promise<T> => pick(await detailsOf(org, ctx));
}
