import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { addResolversToSchema } from '@graphql-tools/schema';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  GraphQLInputObjectType,
  GraphQLEnumType,
  GraphQLInterfaceType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLString,
  GraphQLUnionType,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';

const FEDERATION_SDL = fileURLToPath(new URL('../../schema/federation/subgraph.graphql', import.meta.url));

export interface FederationOptions {
  /**
   * Prefix for every object, interface, union, enum and input type of the graph as the supergraph sees it
   * (FEDERATION_TYPE_PREFIX), so that a subgraph with its own `Appointment`, `Patient` or `Gender` composes beside ours:
   * with `Nhs`, ours are `NhsAppointment`, `NhsPatient`... Root types and scalars keep their names.
   */
  typePrefix?: string;
}

/** Entity types and the root field that reads one by its key: a reference resolves exactly as that field does. */
export const ENTITIES = {
  Patient: { key: 'nhsNumber', field: 'patient' },
  Organisation: { key: 'odsCode', field: 'organisation' },
  Appointment: { key: 'id', field: 'appointment' },
  Prescription: { key: 'id', field: 'prescription' },
  Referral: { key: 'ubrn', field: 'referral' },
} as const;
type EntityName = keyof typeof ENTITIES;

/**
 * Value types that other subgraphs commonly define with the same name and meaning: @shareable, so that a trust's own
 * `PageInfo { hasNextPage endCursor }` (marked @shareable on its side too) composes with ours.
 */
export const SHAREABLE = ['PageInfo', 'Period', 'Coding', 'Address', 'ContactPoint', 'HumanName'] as const;

/** The published SDL of each schema built here (what `_service { sdl }` answers and `schema:export --federation` writes). */
const published = new WeakMap<GraphQLSchema, string>();

/** The subgraph SDL a supergraph composes, for a schema built by buildSubgraph. */
export function subgraphSdl(schema: GraphQLSchema): string {
  const sdl = published.get(schema);
  if (sdl === undefined) throw new Error('Not a schema built by buildSubgraph');
  return sdl;
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
const RENAMED_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.UNION_TYPE_EXTENSION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.ENUM_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_EXTENSION,
]);

/** The graph's own type names and the names the supergraph sees them by. */
class TypeNames {
  private readonly toInternal = new Map<string, string>();
  constructor(
    readonly own: ReadonlySet<string>,
    private readonly prefix: string,
  ) {
    for (const name of own) this.toInternal.set(this.external(name), name);
  }
  external(name: string): string {
    return this.prefix && this.own.has(name) ? this.prefix + name : name;
  }
  /** The entity type a representation's `__typename` names, if it names one. */
  entity(typename: unknown): EntityName | undefined {
    const internal = typeof typename === 'string' ? (this.prefix ? this.toInternal.get(typename) : typename) : undefined;
    return internal !== undefined && Object.hasOwn(ENTITIES, internal) ? (internal as EntityName) : undefined;
  }
}

/** Object, interface, union, enum and input types the SDL files define (root types excluded). */
function ownTypeNames(typeDefs: string[]): Set<string> {
  const names = new Set<string>();
  for (const sdl of typeDefs) {
    for (const def of parse(sdl).definitions) {
      if (RENAMED_KINDS.has(def.kind) && 'name' in def && def.name && !ROOTS.has(def.name.value)) names.add(def.name.value);
    }
  }
  return names;
}

/** A key field published as `String!` (every key but Appointment's `ID!`), so a subgraph's plain `String!` key composes. */
function publishedAsString(typeName: string, fieldName: string, namedType: string): boolean {
  return Object.hasOwn(ENTITIES, typeName) && ENTITIES[typeName as EntityName].key === fieldName && namedType !== 'ID';
}

/** Adds @shareable to every definition and extension of the SHAREABLE value types. */
function markShareable(document: DocumentNode): DocumentNode {
  const shareable = new Set<string>(SHAREABLE);
  return visit(document, {
    enter(node) {
      if ((node.kind === Kind.OBJECT_TYPE_DEFINITION || node.kind === Kind.OBJECT_TYPE_EXTENSION) && shareable.has(node.name.value)) {
        return { ...node, directives: [...(node.directives ?? []), { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'shareable' }, arguments: [] }] };
      }
      return undefined;
    },
  });
}

/** The SDL as the supergraph sees it: key fields as `String!`, and the type prefix applied. */
function publishDocument(document: DocumentNode, names: TypeNames): DocumentNode {
  const keyed = visit(document, {
    enter(node) {
      if ((node.kind !== Kind.OBJECT_TYPE_DEFINITION && node.kind !== Kind.OBJECT_TYPE_EXTENSION) || !Object.hasOwn(ENTITIES, node.name.value))
        return undefined;
      const fields = node.fields?.map((f) =>
        f.type.kind === Kind.NON_NULL_TYPE && f.type.type.kind === Kind.NAMED_TYPE && publishedAsString(node.name.value, f.name.value, f.type.type.name.value)
          ? { ...f, type: { ...f.type, type: { ...f.type.type, name: { ...f.type.type.name, value: 'String' } } } }
          : f,
      );
      return { ...node, fields };
    },
  });
  const rename = <T extends { name: { value: string } }>(node: T): T => ({ ...node, name: { ...node.name, value: names.external(node.name.value) } });
  return visit(keyed, {
    enter(node) {
      if (node.kind === Kind.NAMED_TYPE || RENAMED_KINDS.has(node.kind)) return rename(node as never);
      return undefined;
    },
  });
}

/** The executable schema as published: `_service` answers the published SDL, key fields are `String!`, types prefixed. */
function publishSchema(schema: GraphQLSchema, names: TypeNames, sdl: string): GraphQLSchema {
  const keyed = mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (typeName === 'Query' && fieldName === '_service') return { ...field, resolve: () => ({ sdl }) };
      const named = field.type instanceof GraphQLNonNull ? field.type.ofType : undefined;
      if (named instanceof GraphQLScalarType && publishedAsString(typeName, fieldName, named.name))
        return { ...field, type: new GraphQLNonNull(GraphQLString) };
      return field;
    },
  });
  const renamed =
    names.own.size === 0
      ? keyed
      : mapSchema(keyed, {
          [MapperKind.TYPE]: (type: GraphQLNamedType) => {
            const name = names.external(type.name);
            if (name === type.name) return type;
            if (type instanceof GraphQLObjectType) return new GraphQLObjectType({ ...type.toConfig(), name });
            if (type instanceof GraphQLInterfaceType) return new GraphQLInterfaceType({ ...type.toConfig(), name });
            if (type instanceof GraphQLUnionType) return new GraphQLUnionType({ ...type.toConfig(), name });
            if (type instanceof GraphQLEnumType) return new GraphQLEnumType({ ...type.toConfig(), name });
            if (type instanceof GraphQLInputObjectType) return new GraphQLInputObjectType({ ...type.toConfig(), name });
            return type;
          },
        });
  // `_Entity` resolves its member from the entity's (internal) __typename, by the name the supergraph knows it by.
  const entity = renamed.getType('_Entity');
  if (entity instanceof GraphQLUnionType) entity.resolveType = (value) => names.external(String((value as { __typename?: unknown }).__typename));
  return renamed;
}

/**
 * Resolves `{ __typename, <key> }` through the executing schema's own root field (`patient(nhsNumber:)`,
 * `organisation(odsCode:)`, `appointment(id:)`, `prescription(id:)`, `referral(ubrn:)`), so an entity fetch gets that
 * field's input checks, access rules, audit and loaders, and costs the same upstream calls: one per distinct key,
 * batched by the request's DataLoader.
 */
function referenceResolver(typeName: EntityName) {
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
 * One representation of `_entities`, settled on its own. @apollo/subgraph's own resolver maps the representations
 * synchronously: one that throws (an invalid key, an unknown type) aborts the map and fails the whole list, while the
 * reads already started for earlier representations reject later with no one listening (an unhandled rejection, which
 * ended the process). Here every item is a promise of its own, so an unknown, invalid or refused key is `null` with its
 * error at `["_entities", i]` and every other entity still arrives.
 */
async function resolveEntity(reference: unknown, names: TypeNames, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const typeName = names.entity(typeof reference === 'object' && reference !== null ? (reference as { __typename?: unknown }).__typename : undefined);
  if (!typeName) {
    const known = Object.keys(ENTITIES).map((n) => names.external(n));
    throw new BadUserInputError('INVALID_REPRESENTATION', `A representation's __typename must be one of this graph's entity types: ${known.join(', ')}`);
  }
  const entity = await referenceResolver(typeName)(reference as Record<string, unknown>, ctx, info);
  if (entity === null || typeof entity !== 'object') return null;
  // The _Entity union resolves its member from __typename. The object itself is marked (not a copy): the access rules
  // know what the object was reached through by its identity. Non-enumerable, as @apollo/subgraph marks it.
  if (!('__typename' in entity)) Object.defineProperty(entity, '__typename', { value: typeName });
  return entity;
}

/**
 * The graph as an Apollo Federation v2 subgraph: the same SDL and resolvers plus `@link`, the entity keys,
 * `_service { sdl }` and `_entities`. @apollo/subgraph builds the federation layer from the SDL alone; graphql-tools
 * then attaches our resolvers (it handles custom scalars completely), and `guard` (the access rules) wraps them while
 * the types still have their own names. Last, the schema is published as the supergraph sees it: `@shareable` value
 * types, `String!` keys and, with `typePrefix`, prefixed type names.
 */
export function buildSubgraph(
  typeDefs: string[],
  resolvers: Resolvers[],
  options: FederationOptions = {},
  guard: (schema: GraphQLSchema) => GraphQLSchema = (s) => s,
): GraphQLSchema {
  const document = markShareable(parse([...typeDefs, readFileSync(FEDERATION_SDL, 'utf8')].join('\n')));
  const names = new TypeNames(options.typePrefix ? ownTypeNames(typeDefs) : new Set(), options.typePrefix ?? '');
  const entityResolvers = Object.fromEntries(Object.keys(ENTITIES).map((type) => [type, { __resolveReference: referenceResolver(type as EntityName) }]));
  const { buildSubgraphSchema, printSubgraphSchema } = apolloSubgraph();
  const federated = buildSubgraphSchema([{ typeDefs: document, resolvers: entityResolvers as never }]);
  const merged = mergeResolvers(resolvers);
  merged.Query = {
    ...(merged.Query as object),
    _entities: (_root: unknown, args: { representations: readonly unknown[] }, ctx: Context, info: GraphQLResolveInfo): Promise<unknown>[] =>
      args.representations.map((reference) => resolveEntity(reference, names, ctx, info)),
  };
  const executable = guard(addResolversToSchema({ schema: federated, resolvers: merged as never, updateResolversInPlace: false }));
  const sdl = printSubgraphSchema(buildSubgraphSchema(publishDocument(document, names)));
  const schema = publishSchema(executable, names, sdl);
  published.set(schema, sdl);
  return schema;
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

/**
 * @apollo/subgraph (a CommonJS package), loaded the first time a subgraph is built: a graph that is not a federation
 * subgraph (FEDERATION unset, the default) never loads it and its federation internals.
 */
function apolloSubgraph(): typeof import('@apollo/subgraph') {
  return createRequire(import.meta.url)('@apollo/subgraph') as typeof import('@apollo/subgraph');
}
