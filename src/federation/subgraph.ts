import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { addResolversToSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, parse, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';

const FEDERATION_SDL = fileURLToPath(new URL('../../schema/federation/subgraph.graphql', import.meta.url));

/** Entity types and the root field that reads one by its key: a reference resolves exactly as that field does. */
const ENTITIES = { Patient: { key: 'nhsNumber', field: 'patient' }, Organisation: { key: 'odsCode', field: 'organisation' } } as const;

/**
 * Resolves `{ __typename, <key> }` through the executing schema's own root field (`patient(nhsNumber:)`,
 * `organisation(odsCode:)`), so an entity fetch gets that field's input checks, access rules and loaders, and costs
 * the same upstream calls: one per distinct key, batched by the request's DataLoader.
 */
function referenceResolver(typeName: keyof typeof ENTITIES) {
  const { key, field } = ENTITIES[typeName];
  return (reference: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo): unknown => {
    const rootField = info.schema.getQueryType()?.getFields()[field];
    const argType = rootField?.args.find((a) => a.name === key)?.type;
    const scalar = argType && 'ofType' in argType ? argType.ofType : argType;
    const raw = reference[key];
    if (!rootField?.resolve || !scalar || typeof raw !== 'string') {
      throw new BadUserInputError('INVALID_REPRESENTATION', `A ${typeName} reference needs a string ${key}`);
    }
    // The key goes through the same scalar as the root field's argument (checksum, case), before any upstream call.
    const value = (scalar as { parseValue(v: unknown): unknown }).parseValue(raw);
    return (rootField.resolve as GraphQLFieldResolver<unknown, Context>)(undefined, { [key]: value }, ctx, info);
  };
}

/**
 * The graph as an Apollo Federation v2 subgraph: the same SDL and resolvers plus `@link`, the entity keys,
 * `_service { sdl }` and `_entities`. @apollo/subgraph builds the federation layer from the SDL alone; graphql-tools
 * then attaches our resolvers (it handles custom scalars completely), so every later schema transform sees an ordinary
 * executable schema.
 */
export function buildSubgraph(typeDefs: string[], resolvers: Resolvers[]): GraphQLSchema {
  const document = parse([...typeDefs, readFileSync(FEDERATION_SDL, 'utf8')].join('\n'));
  const entityResolvers = Object.fromEntries(Object.keys(ENTITIES).map((type) => [type, { __resolveReference: referenceResolver(type as keyof typeof ENTITIES) }]));
  const federated = buildSubgraphSchema([{ typeDefs: document, resolvers: entityResolvers as never }]);
  return addResolversToSchema({ schema: federated, resolvers: mergeResolvers(resolvers) as never, updateResolversInPlace: false });
}

/** One resolver map from the per-domain ones (each may add fields to Query, Mutation, Patient...). */
function mergeResolvers(maps: Resolvers[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, value] of Object.entries(map)) {
      const existing = merged[type];
      merged[type] = value instanceof GraphQLScalarType || !existing ? value : { ...(existing as object), ...(value as object) };
    }
  }
  return merged;
}
