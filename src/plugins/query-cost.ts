import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Argument names that bound the length of the list a field (or the connection under it) returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'maxResults', 'count', 'limit'];

export interface CostSettings {
  /** Assumed length of a list whose size no argument bounds. */
  defaultListSize: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  settings: CostSettings;
  /** Fragments being expanded on the current path: a cycle is invalid GraphQL, and is never walked twice. */
  expanding: Set<string>;
  /** A variable's value was read: the cost holds for these variables only, and is not kept for the operation. */
  variablesRead: boolean;
}

/**
 * The cost of each operation whose cost reads no variable (most: a patient by NHS number), per schema and default list
 * size. Apollo keeps a parsed document, and so its operation nodes, for as long as it is used, so an operation asked
 * again is costed once; the entries go with the documents.
 */
const known = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Map<number, number>>>();

/**
 * The most upstream calls an operation can make: each field carrying `@source(api: ...)` costs one call per object it
 * is resolved on, and a list multiplies what is under it by its size — the value of its size argument (`first`,
 * `maxResults`, ... on the field, or inside an input object argument; a connection's size applies to its first list),
 * else the argument's default, else `defaultListSize`. Batching and caching only ever make the real count smaller.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  settings: CostSettings,
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  let bySchema = known.get(schema);
  if (!bySchema) known.set(schema, (bySchema = new WeakMap()));
  let bySize = bySchema.get(operation);
  const kept = bySize?.get(settings.defaultListSize);
  if (kept !== undefined) return kept;
  const walk: Walk = { schema, fragments, variables, settings, expanding: new Set(), variablesRead: false };
  const cost = selectionCost(walk, operation.selectionSet, root, 1, undefined);
  if (!walk.variablesRead) {
    if (!bySize) bySchema.set(operation, (bySize = new Map()));
    bySize.set(settings.defaultListSize, cost);
  }
  return cost;
}

function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLObjectType, multiplier: number, pendingSize: number | undefined): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, selection, parent, multiplier, pendingSize);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      cost += selectionCost(walk, selection.selectionSet, isObjectType(type) ? type : parent, multiplier, pendingSize);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || walk.expanding.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      walk.expanding.add(name);
      cost += selectionCost(walk, fragment.selectionSet, isObjectType(type) ? type : parent, multiplier, pendingSize);
      walk.expanding.delete(name);
    }
  }
  return cost;
}

function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLObjectType, multiplier: number, pendingSize: number | undefined): number {
  const field = parent.getFields()[node.name.value];
  if (!field) return 0;
  const own = field.astNode?.directives?.some((d) => d.name.value === 'source') ? multiplier : 0;
  if (!node.selectionSet) return own;
  const size = sizeArgument(walk, field, node) ?? pendingSize;
  const list = returnsList(field.type);
  const childMultiplier = list ? multiplier * (size ?? walk.settings.defaultListSize) : multiplier;
  const childPending = list ? undefined : size;
  const named = getNamedType(field.type);
  // Interfaces and unions are costed through the inline fragments that name a concrete type.
  const child = isObjectType(named) ? named : parent;
  return own + selectionCost(walk, node.selectionSet, child, childMultiplier, childPending);
}

function returnsList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The list size a field's arguments ask for, directly or inside an input object; undefined when none does. */
function sizeArgument(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  for (const arg of field.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
    if (SIZE_ARGUMENTS.includes(arg.name)) {
      const value = given ? valueOf(walk, given, arg.type) : arg.defaultValue;
      if (typeof value === 'number' && value > 0) return value;
      continue;
    }
    // Only an input object can hold a size (`search: { maxResults: 10 }`): a scalar or list argument is not read.
    if (!given || !isInputObjectType(getNullableType(arg.type))) continue;
    const input = valueOf(walk, given, arg.type);
    if (typeof input === 'object' && input !== null) {
      for (const name of SIZE_ARGUMENTS) {
        const nested = (input as Record<string, unknown>)[name];
        if (typeof nested === 'number' && nested > 0) return nested;
      }
    }
  }
  return undefined;
}

function valueOf(walk: Walk, node: ValueNode, type: GraphQLInputType): unknown {
  if (hasVariable(node)) walk.variablesRead = true;
  if (node.kind === Kind.VARIABLE) return walk.variables[node.name.value];
  try {
    return valueFromAST(node, type, walk.variables);
  } catch {
    return undefined;
  }
}

function hasVariable(node: ValueNode): boolean {
  if (node.kind === Kind.VARIABLE) return true;
  if (node.kind === Kind.LIST) return node.values.some(hasVariable);
  if (node.kind === Kind.OBJECT) return node.fields.some((f) => hasVariable(f.value));
  return false;
}
