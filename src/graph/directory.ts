import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { INTERACTION_ID } from '../sources/sds/interactions.js';
import { accreditedSystemFor, type AccreditedSystemModel, type SpineEndpointModel } from '../sources/sds/mapper.js';

function interactionId(value: unknown): string {
  if (typeof value !== 'string' || !INTERACTION_ID.test(value)) {
    throw new GraphQLError('Not a valid interaction id: use a Spine service interaction id such as urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INTERACTION_ID' },
    });
  }
  return value;
}

/** Checked while the query is validated, so a malformed id never costs an upstream call (not even the parent's). */
export const InteractionIdScalar = new GraphQLScalarType<string, string>({
  name: 'InteractionId',
  description: 'A Spine service interaction id',
  serialize: (value) => String(value),
  parseValue: interactionId,
  parseLiteral: (ast) => interactionId(ast.kind === Kind.STRING ? ast.value : undefined),
});

async function systemOf(endpoint: SpineEndpointModel, ctx: Context): Promise<AccreditedSystemModel | null> {
  const systems = await ctx.nhs.sds.accreditedSystems.load({ odsCode: endpoint.odsCode, interaction: endpoint.interaction });
  return accreditedSystemFor(endpoint, systems);
}

export const directoryResolvers: Resolvers = {
  InteractionId: InteractionIdScalar,
  Organisation: {
    spineEndpoints: (org, { interaction }, ctx) => ctx.nhs.sds.endpoints.load({ odsCode: org.odsCode, interaction }),
  },
  SpineEndpoint: {
    asid: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.asid ?? null,
    interactions: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.interactions ?? null,
    manufacturingOrganisation: async (endpoint, _, ctx) => (await systemOf(endpoint, ctx))?.manufacturingOrganisation ?? null,
  },
};
