import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, isCompositeType, GraphQLError, type GraphQLFieldResolver, type GraphQLNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { GraphError } from '../errors.js';
import { OwnerFinder, type Owners } from './owners.js';
import { nhsNumbersIn, PatientLinks, type ArgPath } from './patient-links.js';
import { isPublicSource, notOwnRecord, refuseSource } from './policy.js';

type Resolver = GraphQLFieldResolver<unknown, Context>;

/** What the rules need to know about one field; fixed when the schema is built. */
interface FieldRule {
  coordinate: string;
  /** The API of its `@source`, when it makes an upstream call. */
  api: string | undefined;
  /** Where its arguments carry NHS numbers. */
  nhsArgs: readonly ArgPath[];
  /** A root Mutation field: what it does to a patient is a write. */
  write: boolean;
  /**
   * A field with a patient-data `@source` that reaches patient data from no patient (a root field, or a field of an
   * object that belongs to no one): a citizen must pin it to their own NHS number.
   */
  anchored: boolean;
  /** Its parent type when that type belongs to a patient (then the parent's owner is checked and audited). */
  parent: GraphQLNamedType | undefined;
  /** Its (named) return type when that type belongs to a patient (then every object it returns is checked). */
  returns: GraphQLNamedType | undefined;
  /**
   * It returns objects from which patient data can be reached: they remember the `@source` field they came through, so
   * a patient found further down (a search's matches) is audited under that field and source too.
   */
  carries: boolean;
}

/** The `@source` field an object was reached through. */
export interface Origin {
  field: string;
  api: string;
}

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';
const codeOf = (error: unknown): string =>
  error instanceof GraphError ? error.code : error instanceof GraphQLError ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';

/**
 * THE place where access is enforced: a schema transform that wraps every field whose rule needs it, so no resolver
 * checks anything itself and a field added by any domain is covered by carrying `@source(api:)` and the NhsNumber /
 * Patient types. For each such field, before its resolver runs:
 * 1. the source rule for its `@source` API (policy.ts): anonymous callers reach only public reference data, citizens
 *    need P9, staff need a role that allows the source;
 * 2. for a citizen, every NHS number in its arguments must be their own, and a field that reaches patient data from
 *    no patient (a root field, or a practice's appointments) must be pinned to their NHS number by an argument (so no
 *    search, and no look-up by another key, reaches anyone);
 * 3. for a citizen, the object the field belongs to, when it belongs to a patient, must be theirs;
 * and after it: 4. for a citizen, every patient-linked object it returns must be theirs.
 * A refusal is a field error (FORBIDDEN or UNAUTHENTICATED) made before any upstream call, and the rest of the answer
 * resolves. Every patient touched, refused or failed is written to the request's audit trail.
 */
export function applyAccessRules(schema: GraphQLSchema): GraphQLSchema {
  const links = new PatientLinks(schema);
  const owners = new OwnerFinder(links);
  const mutation = schema.getMutationType()?.name;

  const guarded = mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const coordinate = `${typeName}.${fieldName}`;
      // Federation's `_entities` resolves each representation through its entity's root field (`patient`,
      // `organisation`: src/federation/subgraph.ts), which carries these rules and audits. Guarding the list as a whole
      // as well would turn one refused or failed entity into an error for every other one.
      if (coordinate === 'Query._entities') return field;
      owners.originals.set(coordinate, field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined);
      const api = getDirective(schema, field, 'source')?.[0]?.api as string | undefined;
      const parentType = schema.getType(typeName);
      const returnType = getNamedType(field.type);
      const nhsArgs = links.nhsArgPaths(field.args ?? {});
      const rule: FieldRule = {
        coordinate,
        api,
        nhsArgs,
        write: typeName === mutation,
        // Patient data reached from no patient: a root field, or a field of an object that belongs to no one (a practice's
        // appointments). Public reference data is never anchored: it is not patient data, whatever lies beyond it.
        anchored: api !== undefined && !isPublicSource(api) && !(parentType && links.isLinked(parentType)) && links.reachesPatientData(returnType),
        parent: parentType && links.isLinked(parentType) ? parentType : undefined,
        returns: links.isLinked(returnType) ? returnType : undefined,
        carries: isCompositeType(returnType) && links.reachesPatientData(returnType),
      };
      if (!rule.api && rule.nhsArgs.length === 0 && !rule.parent && !rule.returns && !rule.carries) return field;
      return { ...field, resolve: guard((field.resolve as Resolver | undefined) ?? defaultFieldResolver, rule, owners) };
    },
  });
  owners.attach(guarded);
  return guarded;
}

function guard(resolve: Resolver, rule: FieldRule, owners: OwnerFinder): Resolver {
  return (source, args, ctx, info) => {
    const { principal, audit } = ctx;
    const citizen = principal.kind === 'citizen' ? principal : undefined;
    const numbers = rule.nhsArgs.length > 0 ? nhsNumbersIn(args, rule.nhsArgs) : [];
    // Where this field's data comes from: its own source, else the source field its parent object was reached through.
    const inherited = originsOf(source, ctx);
    const via: readonly Origin[] = rule.api ? [{ field: rule.coordinate, api: rule.api }] : inherited;
    // A patient named by the arguments or owning the parent was reached through the parent's origins as well; a patient
    // in the result only through this field's own source (when it has one).
    const trail = new AuditWriter(audit, rule, inherited);
    const returnedTrail = rule.api ? new AuditWriter(audit, rule, []) : trail;
    const refuse = (error: GraphError, whose: readonly (string | null)[]): never => {
      for (const n of whose) if (n) trail.denied(n);
      ctx.logger.warn({ field: rule.coordinate, source: rule.api, code: error.code, reason: error.extensions.reason, principal: principal.kind }, 'access refused');
      throw error;
    };

    if (rule.api) {
      const refusal = refuseSource(principal, rule.api, ctx.access.policy);
      if (refusal) refuse(refusal, numbers);
    }
    if (citizen) {
      if (numbers.some((n) => n !== citizen.nhsNumber)) refuse(notOwnRecord(), numbers);
      if (rule.anchored && numbers.length === 0) refuse(notOwnRecord(), []);
    }

    const run = (parentOwners: Owners): unknown => {
      if (citizen && parentOwners.some((n) => n !== citizen.nhsNumber)) refuse(notOwnRecord(), parentOwners);
      const whose = [...numbers, ...parentOwners];
      for (const n of whose) if (n) trail.touched(n);
      const failed = (error: unknown): never => {
        for (const n of whose) if (n) trail.failed(n, codeOf(error));
        throw error;
      };
      let result: unknown;
      try {
        result = resolve(source, args, ctx, info);
      } catch (error) {
        failed(error);
      }
      if (isPromise(result)) result = result.catch(failed);
      if (rule.carries && via.length > 0) result = remember(result, via, ctx);
      return rule.returns ? checkReturned(result, rule, returnedTrail, owners, ctx, info) : result;
    };

    if (!rule.parent) return run([]);
    const parentOwners = owners.ownersOf(source, rule.parent, ctx, info, ctx.access.owners);
    return isPromise(parentOwners) ? parentOwners.then(run) : run(parentOwners);
  };
}

/** Writes one field's doings to the request's audit trail, with the source fields its parent was reached through. */
class AuditWriter {
  constructor(
    private readonly audit: Context['audit'],
    private readonly rule: FieldRule,
    private readonly inherited: readonly Origin[],
  ) {}

  touched(nhsNumber: string): void {
    this.audit.touched(nhsNumber, this.rule.coordinate, this.rule.api, this.rule.write);
    for (const o of this.inherited) this.audit.touched(nhsNumber, o.field, o.api, this.rule.write);
  }

  failed(nhsNumber: string, code: string): void {
    this.touched(nhsNumber);
    this.audit.failed(nhsNumber, this.rule.coordinate, code, this.rule.api, this.rule.write);
  }

  denied(nhsNumber: string): void {
    this.touched(nhsNumber);
    this.audit.denied(nhsNumber, this.rule.coordinate, this.rule.api, this.rule.write);
  }
}

function originsOf(source: unknown, ctx: Context): readonly Origin[] {
  return source !== null && typeof source === 'object' ? (ctx.access.origins.get(source) ?? []) : [];
}

/** Marks every object in a field's result (single, list, or promised) as reached through `via`. */
function remember(result: unknown, via: readonly Origin[], ctx: Context): unknown {
  const mark = (value: unknown): unknown => {
    for (const v of flatten(value)) {
      if (isPromise(v)) void v.then((settled) => mark(settled), () => undefined);
      else if (v !== null && typeof v === 'object') ctx.access.origins.set(v, [...(ctx.access.origins.get(v) ?? []), ...via]);
    }
    return value;
  };
  return isPromise(result) ? result.then(mark) : mark(result);
}

/**
 * Checks (for citizens) and audits every patient-linked object a field returns, in single values and lists. A citizen
 * given an object that is not theirs gets FORBIDDEN for the field, however it was reached.
 */
function checkReturned(result: unknown, rule: FieldRule, trail: AuditWriter, owners: OwnerFinder, ctx: Context, info: GraphQLResolveInfo): unknown {
  const type = rule.returns as GraphQLNamedType;
  const citizen = ctx.principal.kind === 'citizen' ? ctx.principal : undefined;
  const inspect = (value: unknown): unknown => (flatten(value).some(isPromise) ? settleList(value).then(inspectSettled) : inspectSettled(value));
  const inspectSettled = (value: unknown): unknown => {
    const found = flatten(value).filter((v) => v !== null && v !== undefined).map((v) => owners.ownersOf(v, type, ctx, info, ctx.access.owners));
    const decide = (lists: Owners[]): unknown => {
      const whose = lists.flat();
      if (citizen && whose.some((n) => n !== citizen.nhsNumber)) {
        for (const n of whose) if (n && n !== citizen.nhsNumber) trail.denied(n);
        ctx.logger.warn({ field: rule.coordinate, source: rule.api, code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD', principal: 'citizen' }, 'access refused');
        throw notOwnRecord();
      }
      for (const n of whose) if (n) trail.touched(n);
      return value;
    };
    return found.some(isPromise) ? Promise.all(found).then(decide) : decide(found as Owners[]);
  };
  return isPromise(result) ? result.then(inspect) : inspect(result);
}

/** The same (possibly nested) list with its promised items resolved. */
async function settleList(value: unknown): Promise<unknown> {
  return Array.isArray(value) ? Promise.all(value.map(settleList)) : value;
}

/** The leaves of a (possibly nested) list result; a single value is a list of one. */
function flatten(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}
