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
 * `_entities`, settled per representation. @apollo/subgraph's own resolver maps the representations synchronously: one
 * that throws (an invalid key, an unknown type) aborts the map and fails the whole list, while the reads already
 * started for earlier representations reject later with no one listening (an unhandled rejection, which ended the
 * process). Here every item is a promise of its own, so an unknown, invalid or refused key is `null` with its error at
 * `["_entities", i]` and every other entity still arrives.
 */
function resolveEntities(_root: unknown, args: { representations: readonly unknown[] }, ctx: Context, info: GraphQLResolveInfo): Promise<unknown>[] {
  return args.representations.map((reference) => resolveEntity(reference, ctx, info));
}

async function resolveEntity(reference: unknown, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const typeName = typeof reference === 'object' && reference !== null ? (reference as { __typename?: unknown }).__typename : undefined;
  if (typeof typeName !== 'string' || !Object.hasOwn(ENTITIES, typeName)) {
    throw new BadUserInputError('INVALID_REPRESENTATION', `A representation's __typename must be one of this graph's entity types: ${Object.keys(ENTITIES).join(', ')}`);
  }
  const entity = await referenceResolver(typeName as keyof typeof ENTITIES)(reference as Record<string, unknown>, ctx, info);
  if (entity === null || typeof entity !== 'object') return null;
  // The _Entity union resolves its member from __typename. The object itself is marked (not a copy): the access rules
  // know what the object was reached through by its identity. Non-enumerable, as @apollo/subgraph marks it.
  if (!('__typename' in entity)) Object.defineProperty(entity, '__typename', { value: typeName });
  return entity;
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
  const merged = mergeResolvers(resolvers);
  merged.Query = { ...(merged.Query as object), _entities: resolveEntities };
  return addResolversToSchema({ schema: federated, resolvers: merged as never, updateResolversInPlace: false });
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
