import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { accreditedSystemFor, type AccreditedSystemModel, type SpineEndpointModel } from '../sources/sds/index.js';

async function systemOf(endpoint: SpineEndpointModel, ctx: Context): Promise<AccreditedSystemModel | null> {
  const systems = await ctx.nhs.sds.accreditedSystems.load({ odsCode: endpoint.odsCode, interaction: endpoint.interaction });
  return accreditedSystemFor(endpoint, systems);
}

export const directoryResolvers: Resolvers = {
  Organisation: {
    spineEndpoints: (org, { interaction }, ctx) => ctx.nhs.sds.endpoints.load({ odsCode: org.odsCode, interaction }),
  },
  SpineEndpoint: {
    asid: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.asid ?? null,
    interactions: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.interactions ?? null,
    manufacturingOrganisation: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.manufacturingOrganisation ?? null,
  },
};
