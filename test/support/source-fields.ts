import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/**
 * The graph's schema read straight from schema/*.graphql (not from the product's code), and what the generated suites
 * (the access matrix and the fault sweep) need from it: every field that reaches an NHS API (`@source(api:)`), and the
 * chain of fields a test query walks to reach one.
 */
const SCHEMA_DIR = new URL('../../schema/', import.meta.url).pathname;

let cached: GraphQLSchema | undefined;
export function sdlSchema(): GraphQLSchema {
  if (!cached) {
    const sdl = readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'))
      .join('\n');
    cached = buildASTSchema(parse(sdl));
  }
  return cached;
}

/** The API id (src/upstream/apis.ts) of a field's `@source`, read from the SDL: the NhsApi value GPC_ACCESS_RECORD is `gpc-access-record`. */
function sourceOf(field: GraphQLField<unknown, unknown>): string | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'source');
  const arg = directive?.arguments?.find((a) => a.name.value === 'api');
  return arg && arg.value.kind === Kind.ENUM ? arg.value.value.toLowerCase().replace(/_/g, '-') : undefined;
}

export interface SourceField {
  /** `Type.field` */
  coordinate: string;
  api: string;
  /** Returns an object or a list (of anything): its failure must be a coded error, never an empty list or a silent null. */
  composite: boolean;
  list: boolean;
}

/**
 * Every field of the schema with a `@source` that a query or mutation over HTTP reaches, in schema order. Subscription
 * fields run over WebSocket, not the HTTP these suites probe with: their access and audit tests are their own
 * (test/graph/bars-receiver.test.ts).
 */
export function sourceFields(): SourceField[] {
  const schema = sdlSchema();
  const out: SourceField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || !isCompositeType(type) || !('getInterfaces' in type)) continue;
    if (type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      const api = sourceOf(field as GraphQLField<unknown, unknown>);
      if (!api) continue;
      const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
      const list = isListType(inner);
      out.push({ coordinate: `${type.name}.${field.name}`, api, list, composite: list || isCompositeType(getNamedType(field.type)) });
    }
  }
  return out;
}

/** One field along the way from the root to a probe's target. */
export interface Hop {
  coordinate: string;
  /** Its response key. */
  key: string;
  api: string | undefined;
  /** It is a list: the response path has an index after it. */
  list: boolean;
}

/**
 * The fields a query walks, root first, to the (single) field with coordinate `target`. Throws when the query does not
 * select it exactly once: a probe that no longer reaches its field is a broken probe, not a pass.
 */
export function hopsTo(query: string, target: string): Hop[] {
  const schema = sdlSchema();
  const info = new TypeInfo(schema);
  const stack: Hop[] = [];
  const found: Hop[][] = [];
  visit(
    parse(query),
    visitWithTypeInfo(info, {
      Field: {
        enter(node) {
          const parent = info.getParentType();
          const def = info.getFieldDef();
          if (!parent || !def) throw new Error(`probe selects an unknown field ${node.name.value}`);
          const inner = isNonNullType(def.type) ? def.type.ofType : def.type;
          const hop = { coordinate: `${parent.name}.${def.name}`, key: node.alias?.value ?? node.name.value, api: sourceOf(def), list: isListType(inner) };
          stack.push(hop);
          if (hop.coordinate === target) found.push([...stack]);
        },
        leave() {
          stack.pop();
        },
      },
    }),
  );
  if (found.length !== 1) throw new Error(`the probe for ${target} selects it ${found.length} times`);
  return found[0] as Hop[];
}

/** A response path with its list indices taken out (`patient.prescriptions.0.lineItems` -> `patient.prescriptions.lineItems`). */
export const keyPath = (path: readonly (string | number)[] | undefined): string => (path ?? []).filter((p) => typeof p === 'string').join('.');

/**
 * The values at a chain of hops in a response: every list along the way must be non-empty (an empty list would make the
 * check below it vacuous), and the values of the last hop are returned (one per element reached).
 */
export function valuesAt(data: unknown, hops: readonly Hop[]): unknown[] {
  let level: unknown[] = [data];
  hops.forEach((hop, i) => {
    const last = i === hops.length - 1;
    const next: unknown[] = [];
    for (const parent of level) {
      if (parent === null || parent === undefined)
        throw new Error(
          `nothing at ${hops
            .slice(0, i)
            .map((h) => h.key)
            .join('.')} to read ${hop.key} from`,
        );
      const value = (parent as Record<string, unknown>)[hop.key];
      if (hop.list && Array.isArray(value) && !last) {
        if (value.length === 0)
          throw new Error(
            `${hops
              .slice(0, i + 1)
              .map((h) => h.key)
              .join('.')} is an empty list`,
          );
        next.push(...value);
      } else next.push(value);
    }
    level = next;
  });
  return level;
}

/** The query with the field `target` replaced by `__typename`: what its ancestors alone ask of the upstreams. */
export function withoutTarget(query: string, target: string): string {
  const info = new TypeInfo(sdlSchema());
  const edited = visit(
    parse(query),
    visitWithTypeInfo(info, {
      Field: {
        enter(node) {
          const parent = info.getParentType();
          if (parent && `${parent.name}.${node.name.value}` === target) {
            return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as FieldNode;
          }
          return undefined;
        },
      },
    }),
  );
  return print(edited);
}
