import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  defaultFieldResolver,
  execute,
  getNullableType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** A document's plan: compiled, or graphql-js (seen once so far, or not compilable). */
type Plan = CompiledQuery | 'seen-once' | 'graphql-js';

/**
 * Serves `schema` to Apollo Server through its gateway interface, so that the operations Apollo has parsed and validated
 * run as compiled code (graphql-jit) instead of graphql-js walking the document for every value of every request. A
 * document is compiled the second time it is run (a one-off document costs no compilation) and its plan is kept as long
 * as Apollo keeps the parsed document in its document store: the plans hang off the document objects. Apollo still runs
 * everything else: parsing, validation, the plugins' hooks, error formatting, the HTTP answer.
 *
 * graphql-js runs instead: the first time a document is seen, for subscriptions, for a document graphql-jit cannot
 * compile, and for a request whose variables do not coerce (so the caller gets graphql-js's own message, the one
 * formatError strips of the value and keeps our scalars' reason from; no resolver has run at that point). Both give the
 * same answers: see onePerNulledValue for the one difference graphql-jit has in its errors, and settleListItems for
 * the one it has in its data.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  settleListItems(schema);
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const planOf = (document: DocumentNode, operationName: string | null): Plan => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let plan = byName.get(key);
    if (plan === undefined) plan = 'seen-once';
    else if (plan === 'seen-once') {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      plan = isCompiledQuery(compiled) ? compiled : 'graphql-js';
    }
    byName.set(key, plan);
    return plan;
  };
  const executor: Executor = async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const byGraphqlJs = () => execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    const plan = operation.operation === 'subscription' ? 'graphql-js' : planOf(document, operationName);
    if (typeof plan === 'string') return byGraphqlJs();
    const result = await plan.query(undefined, context, variables);
    if (result.data === undefined && result.errors?.length) return byGraphqlJs();
    return result.errors && result.errors.length > 1 ? { ...result, errors: onePerNulledValue(result.data, result.errors) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';

/**
 * graphql-jit 0.8 mishandles a list whose items are promises when one of them rejects: it pushes the item's null onto
 * the end of the list instead of setting it at the item's index, so the list comes back short or with its items out of
 * place (`_entities` with an unknown organisation after valid ones lost its last item). An item that resolves to an
 * Error is handled at its own index, as graphql-js handles both. So each list field's resolver is wrapped, once, when
 * the schema is served: a rejected item becomes an item resolved to its error. graphql-js (subscriptions) gives the
 * same answer with or without the wrapper.
 */
function settleListItems(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const value = resolve(source, args, ctx, info);
        return isPromise(value) ? value.then(settled) : settled(value);
      };
    }
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

function settled(list: unknown): unknown {
  if (!Array.isArray(list) || !list.some(isPromise)) return list;
  return list.map((item) => (isPromise(item) ? item.then(undefined, asError) : item));
}

/**
 * graphql-jit reports every non-null field that failed under a value it nulled; graphql-js reports the first one only
 * (the value was null from then on). So when a patient's GP record is null because its allergies and its lists both
 * came from the one refused answer, the caller sees one UPSTREAM_ERROR either way. An error is kept when it is the first
 * at the first null on its path, where its failure landed; errors without a path (none reach here) are kept.
 */
function onePerNulledValue(data: unknown, errors: readonly GraphQLError[]): GraphQLError[] {
  const landed = new Set<string>();
  return errors.filter((error) => {
    if (!error.path) return true;
    let value = data;
    let depth = 0;
    while (depth < error.path.length && value !== null && value !== undefined) value = (value as Record<string | number, unknown>)[error.path[depth++]!];
    const where = JSON.stringify(error.path.slice(0, depth));
    if (landed.has(where)) return false;
    landed.add(where);
    return true;
  });
}
