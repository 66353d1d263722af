import type { Resolvers } from '../generated/resolvers.js';
import { accreditedSystemFor, type AccreditedSystemModel, type SpineEndpointModel } from '../sources/sds/mapper.js';
import { checkInteractionId } from '../sources/sds/interactions.js';
import type { Context } from '../context.js';

async function systemOf(endpoint: SpineEndpointModel, ctx: Context): Promise<AccreditedSystemModel | null> {
  const systems = await ctx.loaders.sds.accreditedSystems.load({ odsCode: endpoint.odsCode, interaction: endpoint.interaction });
  return accreditedSystemFor(endpoint, systems);
}

export const directoryResolvers: Resolvers = {
  Organisation: {
    spineEndpoints: (org, { interaction }, ctx) => ctx.loaders.sds.endpoints.load({ odsCode: org.odsCode, interaction: checkInteractionId(interaction) }),
  },
  SpineEndpoint: {
    asid: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.asid ?? null,
    interactions: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.interactions ?? null,
    manufacturingOrganisation: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.manufacturingOrganisation ?? null,
  },
};
