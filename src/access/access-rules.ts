import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNamedType,
  isCompositeType,
  isObjectType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { CitizenPrincipal } from '../auth/principal.js';
import type { Context } from '../context.js';
import { GraphError } from '../errors.js';
import { patientsNamedIn } from '../audit/subjects.js';
import { AuditWriter, type Tally } from './audit-writer.js';
import { OwnerFinder, type Owners } from './owners.js';
import { nhsNumbersIn, PatientLinks, type ArgPath } from './patient-links.js';
import { isPublicSource, notOwnRecord, refuseSource } from './policy.js';
import { applyRestrictedPatientRule } from './restricted.js';

type Resolver = GraphQLFieldResolver<unknown, Context>;

/** What the rules need to know about one field; fixed when the schema is built. */
interface FieldRule {
  coordinate: string;
  /** The API of its `@source`, when it makes an upstream call. */
  api: string | undefined;
  /** Where its arguments carry NHS numbers. */
  nhsArgs: readonly ArgPath[];
  /** It takes arguments at all (a field without any gets an empty object: nothing in it can name a patient). */
  hasArgs: boolean;
  /** A root Mutation field: what it does to a patient is a write. */
  write: boolean;
  /**
   * Its `@source` is an API of personal data (every API but the public reference data): each read is audited under the
   * patients it names, or with no NHS number when it names none, and a write is audited before it is sent.
   */
  personal: boolean;
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
   * For a mutation returning a `<Name>Payload`, the payload's result field: `returns` is that field's type, and the
   * object checked and audited is the result inside the payload, as if the mutation returned it.
   */
  payloadResult: string | undefined;
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
  /**
   * The patients that field's data was about (filled as it resolves): a patient-data field of an object the schema ties
   * to no patient (a referral's service) is about them too.
   */
  patients: ReadonlySet<string>;
}

/** Shared empty lists: the guards below run once per resolved value, and most values have nothing to add to these. */
const NONE: readonly string[] = [];
const NO_ORIGINS: readonly Origin[] = [];

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';
const codeOf = (error: unknown): string =>
  error instanceof GraphError
    ? error.code
    : error instanceof GraphQLError
      ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')
      : 'INTERNAL_SERVER_ERROR';

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
export function applyAccessRules(built: GraphQLSchema): GraphQLSchema {
  // The restricted-patient rule (restricted.ts) runs inside the guard: a caller the source rule refuses learns nothing.
  const schema = applyRestrictedPatientRule(built);
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
      owners.original(typeName, fieldName, field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined);
      const api = getDirective(schema, field, 'source')?.[0]?.api as string | undefined;
      const parentType = schema.getType(typeName);
      const payload = typeName === mutation ? payloadResultOf(getNamedType(field.type)) : undefined;
      const returnType = payload ? getNamedType(payload.type) : getNamedType(field.type);
      const nhsArgs = links.nhsArgPaths(field.args ?? {});
      const rule: FieldRule = {
        coordinate,
        api,
        nhsArgs,
        hasArgs: Object.keys(field.args ?? {}).length > 0,
        write: typeName === mutation,
        personal: api !== undefined && !isPublicSource(api),
        // Patient data reached from no patient: a root field, or a field of an object that belongs to no one (a practice's
        // appointments). Public reference data is never anchored: it is not patient data, whatever lies beyond it.
        anchored: api !== undefined && !isPublicSource(api) && !(parentType && links.isLinked(parentType)) && links.reachesPatientData(returnType),
        parent: parentType && links.isLinked(parentType) ? parentType : undefined,
        returns: links.isLinked(returnType) ? returnType : undefined,
        payloadResult: payload?.name,
        carries: isCompositeType(returnType) && links.reachesPatientData(returnType),
      };
      if (!rule.api && rule.nhsArgs.length === 0 && !rule.parent && !rule.returns && !rule.carries) return field;
      // A plain field of a patient's object (its name, its birth date): only the parent's owner to check and audit.
      if (!rule.api && rule.nhsArgs.length === 0 && !rule.write && !rule.returns && !rule.carries && rule.parent) {
        return { ...field, resolve: guardOwnedField((field.resolve as Resolver | undefined) ?? defaultFieldResolver, rule, rule.parent, owners) };
      }
      return { ...field, resolve: guard((field.resolve as Resolver | undefined) ?? defaultFieldResolver, rule, owners) };
    },
  });
  owners.attach(guarded);
  return guarded;
}

function guard(resolve: Resolver, rule: FieldRule, owners: OwnerFinder): Resolver {
  return (source, args, ctx, info) => new Resolution(resolve, rule, owners, source, args, ctx, info).start();
}

/** No parent owner: the field's parent type belongs to no patient. */
const NO_PARENT: Owners = [];

/**
 * One resolution of a guarded field, its state held in one object: a guard runs for every value of every such field,
 * so what it allocates is paid fifty times over in a fifty-patient search. Closures are made only to continue after a
 * promise.
 */
class Resolution {
  private readonly citizen: CitizenPrincipal | undefined;
  private readonly numbers: readonly string[];
  private readonly named: readonly string[];
  private readonly inherited: readonly Origin[];
  private readonly tally: Tally | undefined;
  private readonly via: readonly Origin[];
  private readonly trail: AuditWriter;
  private readonly returnedTrail: AuditWriter;
  private whose: readonly string[] = NONE;

  constructor(
    private readonly resolve: Resolver,
    private readonly rule: FieldRule,
    private readonly owners: OwnerFinder,
    private readonly source: unknown,
    private readonly args: Record<string, unknown>,
    private readonly ctx: Context,
    private readonly info: GraphQLResolveInfo,
  ) {
    const { principal, audit } = ctx;
    this.citizen = principal.kind === 'citizen' ? principal : undefined;
    this.numbers = rule.nhsArgs.length > 0 ? nhsNumbersIn(args, rule.nhsArgs) : NONE;
    // Patient data is audited under every patient its arguments name, typed or not (a FHIR message names its patient).
    this.named = rule.personal && rule.hasArgs ? patientsNamedIn(args) : NONE;
    // Where this field's data comes from: its own source, else the source field its parent object was reached through.
    this.inherited = originsOf(source, ctx);
    // The patients this resolution names, kept only when something asks: its origin's patients, or a personal field's
    // "named nobody" check. Other fields (most) write the trail without counting.
    this.tally = rule.personal || (rule.api && rule.carries) ? { patients: new Set() } : undefined;
    // Only a field whose result can lead to patient data passes its origin on (`remember` below).
    this.via = rule.api && rule.carries ? [{ field: rule.coordinate, api: rule.api, patients: (this.tally as Tally).patients }] : this.inherited;
    // A patient named by the arguments or owning the parent was reached through the parent's origins as well; a patient
    // in the result only through this field's own source (when it has one; used only when the result is checked or audited).
    this.trail = new AuditWriter(audit, rule, this.inherited, this.tally);
    this.returnedTrail = rule.api && (rule.returns || rule.personal) ? new AuditWriter(audit, rule, NO_ORIGINS, this.tally) : this.trail;
  }

  start(): unknown {
    const { rule, ctx, numbers, citizen, trail } = this;
    if (rule.api) {
      const refusal = refuseSource(ctx.principal, rule.api, ctx.access.policy);
      if (refusal) refuseField(refusal, [...numbers, ...this.named], trail, rule, ctx);
    }
    if (citizen) {
      if (numbers.some((n) => n !== citizen.nhsNumber)) refuseField(notOwnRecord(), numbers, trail, rule, ctx);
      if (rule.anchored && numbers.length === 0) refuseField(notOwnRecord(), [], trail, rule, ctx);
    }
    if (!rule.parent) return this.run(NO_PARENT);
    const parentOwners = this.owners.ownersOf(this.source, rule.parent, ctx, this.info, ctx.access.owners);
    return isPromise(parentOwners) ? parentOwners.then((o) => this.run(o)) : this.run(parentOwners);
  }

  private run(parentOwners: Owners): unknown {
    const { rule, ctx, citizen, trail } = this;
    if (citizen && parentOwners.some((n) => n !== citizen.nhsNumber)) refuseField(notOwnRecord(), parentOwners, trail, rule, ctx);
    // A parent the schema ties to no patient is about the patient its model names (a prescription).
    const parentNamed = rule.personal && !rule.parent ? patientsNamedIn(this.source) : NONE;
    const whose = distinctNumbers(this.numbers, this.named, parentOwners, parentNamed);
    this.whose = whose;
    for (const n of whose) trail.touched(n);
    // A write to a patient-data API is recorded before it is sent; when that record cannot be written, it is not sent.
    if (rule.write && rule.personal) {
      return ctx.audit.beforeWrite(whose, rule.coordinate, rule.api as string).then(
        () => this.execute(),
        (error: unknown) => this.failed(error),
      );
    }
    return this.execute();
  }

  private failed(error: unknown): never {
    const { rule, trail } = this;
    for (const n of this.whose) trail.failed(n, codeOf(error));
    if (rule.personal && (this.tally as Tally).patients.size === 0) for (const n of unnamed(this.inherited)) trail.failed(n, codeOf(error));
    throw error;
  }

  private execute(): unknown {
    const { rule, ctx, info, owners, trail, returnedTrail, via } = this;
    let result: unknown;
    try {
      result = this.resolve(this.source, this.args, ctx, info);
    } catch (error) {
      this.failed(error);
    }
    if (isPromise(result)) result = result.catch((error: unknown) => this.failed(error));
    // A mutation's refusal the caller can act on comes back as data (its payload's userErrors), not thrown: it is a
    // failed write all the same, recorded under the user error's code.
    if (rule.write) {
      const whose = this.whose;
      result = onUserErrors(result, (code) => (whose.length > 0 ? whose : [null]).forEach((n) => trail.failed(n, code)));
    }
    if (rule.carries && via.length > 0) result = remember(result, via, ctx);
    if (rule.returns && rule.payloadResult)
      result = checkPayload(result, rule.payloadResult, (value) => checkReturned(value, rule, returnedTrail, owners, ctx, info));
    else if (rule.returns) result = checkReturned(result, rule, returnedTrail, owners, ctx, info);
    return rule.personal ? auditUnnamed(result, returnedTrail, this.tally as Tally, this.inherited) : result;
  }
}

/**
 * `guard` for a field with no `@source`, no NHS-number argument and nothing patient-linked in its result, on an object
 * that belongs to a patient (most fields of a patient's record): the same checks and audit as `guard` makes for it (the
 * citizen must own the parent; the parent's owners are recorded under this field and the fields the parent was reached
 * through; a failure is recorded under them), without its per-value writers, sets and closures. It runs once per field
 * of every object in an answer, so what it allocates is paid fifty times over in a fifty-patient search.
 */
function guardOwnedField(resolve: Resolver, rule: FieldRule, parent: GraphQLNamedType, owners: OwnerFinder): Resolver {
  const run = (parentOwners: Owners, source: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo): unknown => {
    const { principal, audit } = ctx;
    const inherited = originsOf(source, ctx);
    if (principal.kind === 'citizen' && parentOwners.some((n) => n !== principal.nhsNumber)) {
      for (const n of parentOwners) {
        if (!n) continue;
        markOwned(audit, rule, inherited, n);
        audit.denied(n, rule.coordinate, undefined, false);
      }
      ctx.logger.warn({ field: rule.coordinate, source: undefined, code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD', principal: principal.kind }, 'access refused');
      throw notOwnRecord();
    }
    for (const n of parentOwners) if (n) markOwned(audit, rule, inherited, n);
    let result: unknown;
    try {
      result = resolve(source, args, ctx, info);
    } catch (error) {
      failOwned(audit, rule, inherited, parentOwners, error);
    }
    // The failure handler is made only for a promised value: most fields of a record are plain properties.
    return isPromise(result) ? result.catch((error: unknown) => failOwned(audit, rule, inherited, parentOwners, error)) : result;
  };
  return (source, args, ctx, info) => {
    const parentOwners = owners.ownersOf(source, parent, ctx, info, ctx.access.owners);
    return isPromise(parentOwners) ? parentOwners.then((o) => run(o, source, args, ctx, info)) : run(parentOwners, source, args, ctx, info);
  };
}

/** Records the refusal under each patient it names, logs it (without them), and throws it. */
function refuseField(error: GraphError, whose: readonly (string | null)[], trail: AuditWriter, rule: FieldRule, ctx: Context): never {
  for (const n of whose) if (n) trail.denied(n);
  ctx.logger.warn(
    { field: rule.coordinate, source: rule.api, code: error.code, reason: error.extensions.reason, principal: ctx.principal.kind },
    'access refused',
  );
  throw error;
}

/** Records a read of `rule`'s field for patient `n`, under the field and the fields its parent was reached through. */
function markOwned(audit: Context['audit'], rule: FieldRule, inherited: readonly Origin[], n: string): void {
  audit.touched(n, rule.coordinate, undefined, false);
  for (const o of inherited) audit.touched(n, o.field, o.api, false);
}

/** Records `error` as a failed read of `rule`'s field for each owner of its parent, then throws it on. */
function failOwned(audit: Context['audit'], rule: FieldRule, inherited: readonly Origin[], parentOwners: Owners, error: unknown): never {
  const code = codeOf(error);
  for (const n of parentOwners) {
    if (!n) continue;
    markOwned(audit, rule, inherited, n);
    audit.failed(n, rule.coordinate, code, undefined, false);
  }
  throw error;
}

/** The distinct NHS numbers of the lists, in order of first appearance (no patient, `null`, left out). */
function distinctNumbers(
  a: readonly (string | null)[],
  b: readonly (string | null)[],
  c: readonly (string | null)[],
  d: readonly (string | null)[],
): readonly string[] {
  if (a.length + b.length + d.length === 0) {
    // Most fields name only their parent's owner, once: that list as it is.
    if (c.length === 0) return NONE;
    if (c.length === 1 && c[0] !== null) return c as readonly string[];
  }
  const out: string[] = [];
  for (const list of [a, b, c, d]) for (const n of list) if (n !== null && !out.includes(n)) out.push(n);
  return out;
}

/**
 * Once a patient-data field has its value: when nothing has named its patient yet (no argument, parent or returned
 * object of a patient type), the patients the upstream answer itself names (a prescription's subject, a release's
 * patients, a BaRS reply's); else the patients of the field its parent was reached through (a referral's service); else
 * the read is recorded with no NHS number, never left out.
 */
function auditUnnamed(result: unknown, trail: AuditWriter, tally: Tally, inherited: readonly Origin[]): unknown {
  const settled = (value: unknown): unknown => {
    if (tally.patients.size > 0) return value;
    if (someLeaf(value, isPromise)) return settleList(value).then(settled);
    const found = patientsNamedIn(value);
    for (const n of found.length > 0 ? found : unnamed(inherited)) trail.touched(n);
    return value;
  };
  return isPromise(result) ? result.then(settled) : settled(result);
}

/** Whose an access that named no patient itself is: the patients of the fields it was reached through, else no one. */
function unnamed(inherited: readonly Origin[]): readonly (string | null)[] {
  const patients = new Set(inherited.flatMap((o) => [...o.patients]));
  return patients.size > 0 ? [...patients] : [null];
}

function originsOf(source: unknown, ctx: Context): readonly Origin[] {
  return source !== null && typeof source === 'object' ? (ctx.access.origins.get(source) ?? []) : [];
}

/** Marks every object in a field's result (single, list, or promised) as reached through `via`. */
function remember(result: unknown, via: readonly Origin[], ctx: Context): unknown {
  return isPromise(result) ? result.then((value) => markReached(value, via, ctx)) : markReached(result, via, ctx);
}

/** Marks `value` (an object, or a possibly nested list whose items may still be promised) as reached through `via`. */
function markReached(value: unknown, via: readonly Origin[], ctx: Context): unknown {
  if (Array.isArray(value)) {
    for (const item of value) markReached(item, via, ctx);
  } else if (isPromise(value)) {
    void value.then(
      (settled) => markReached(settled, via, ctx),
      () => undefined,
    );
  } else if (value !== null && typeof value === 'object') {
    // `via` is the field's own, never changed: an object reached one way only shares it rather than copying it.
    const known = ctx.access.origins.get(value);
    ctx.access.origins.set(value, known ? [...known, ...via] : via);
  }
  return value;
}

/**
 * Checks (for citizens) and audits every patient-linked object a field returns, in single values and lists. A citizen
 * given an object that is not theirs gets FORBIDDEN for the field, however it was reached.
 */
function checkReturned(result: unknown, rule: FieldRule, trail: AuditWriter, owners: OwnerFinder, ctx: Context, info: GraphQLResolveInfo): unknown {
  return isPromise(result)
    ? result.then((value) => inspectReturned(value, rule, trail, owners, ctx, info))
    : inspectReturned(result, rule, trail, owners, ctx, info);
}

/** checkReturned once the result is here; a list with promised items is settled first. */
function inspectReturned(value: unknown, rule: FieldRule, trail: AuditWriter, owners: OwnerFinder, ctx: Context, info: GraphQLResolveInfo): unknown {
  if (Array.isArray(value) && someLeaf(value, isPromise)) return settleList(value).then((settled) => decideOwners(settled, rule, trail, owners, ctx, info));
  return decideOwners(value, rule, trail, owners, ctx, info);
}

/** The owners of each object of a settled result, then decideReturned. */
function decideOwners(value: unknown, rule: FieldRule, trail: AuditWriter, owners: OwnerFinder, ctx: Context, info: GraphQLResolveInfo): unknown {
  const type = rule.returns as GraphQLNamedType;
  // A single object (most fields): its owners, without the list's copies.
  if (!Array.isArray(value)) {
    if (value === null || value === undefined) return value;
    const one = owners.ownersOf(value, type, ctx, info, ctx.access.owners);
    return isPromise(one) ? one.then((o) => decideReturned(value, [o], rule, trail, ctx)) : decideReturned(value, [one], rule, trail, ctx);
  }
  const found: (Owners | Promise<Owners>)[] = [];
  forEachLeaf(value, (v) => {
    if (v !== null && v !== undefined) found.push(owners.ownersOf(v, type, ctx, info, ctx.access.owners));
  });
  return found.some(isPromise)
    ? Promise.all(found).then((lists) => decideReturned(value, lists, rule, trail, ctx))
    : decideReturned(value, found as Owners[], rule, trail, ctx);
}

/** A citizen given an object that is not theirs is refused (and the refusal audited); else each owner is audited. */
function decideReturned(value: unknown, lists: readonly Owners[], rule: FieldRule, trail: AuditWriter, ctx: Context): unknown {
  const citizen = ctx.principal.kind === 'citizen' ? ctx.principal : undefined;
  if (citizen && lists.some((whose) => whose.some((n) => n !== citizen.nhsNumber))) {
    for (const whose of lists) for (const n of whose) if (n && n !== citizen.nhsNumber) trail.denied(n);
    ctx.logger.warn({ field: rule.coordinate, source: rule.api, code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD', principal: 'citizen' }, 'access refused');
    throw notOwnRecord();
  }
  for (const whose of lists) for (const n of whose) if (n) trail.touched(n);
  return value;
}

/** The same (possibly nested) list with its promised items resolved. */
async function settleList(value: unknown): Promise<unknown> {
  return Array.isArray(value) ? Promise.all(value.map(settleList)) : value;
}

/** Calls `visit` on each leaf of a (possibly nested) list result, in order; a single value is its own leaf. */
function forEachLeaf(value: unknown, visit: (leaf: unknown) => void): void {
  if (!Array.isArray(value)) visit(value);
  else for (const item of value) forEachLeaf(item, visit);
}

/** Whether any leaf of a (possibly nested) list result passes `test`; a single value is its own leaf. */
function someLeaf(value: unknown, test: (leaf: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return test(value);
  for (const item of value) if (someLeaf(item, test)) return true;
  return false;
}

/** The result field of a mutation payload type (an object with `userErrors` and one other field); undefined otherwise. */
export function payloadResultOf(type: GraphQLNamedType): GraphQLField<unknown, unknown> | undefined {
  if (!isObjectType(type) || !('userErrors' in type.getFields())) return undefined;
  const others = Object.values(type.getFields()).filter((f) => f.name !== 'userErrors');
  return others.length === 1 ? others[0] : undefined;
}

/** Runs `check` on the result inside a payload (null when refused: nothing to check) and answers the payload. */
function checkPayload(result: unknown, key: string, check: (value: unknown) => unknown): unknown {
  const inspect = (payload: unknown): unknown => {
    const inner = (payload as Record<string, unknown> | null)?.[key];
    if (inner === null || inner === undefined) return payload;
    const checked = check(inner);
    return isPromise(checked) ? checked.then(() => payload) : payload;
  };
  return isPromise(result) ? result.then(inspect) : inspect(result);
}

/** Calls `refused` with the first user error's code when a mutation's payload carries user errors. */
function onUserErrors(result: unknown, refused: (code: string) => void): unknown {
  const check = (payload: unknown): unknown => {
    const errors = (payload as { userErrors?: { code: string }[] } | null)?.userErrors;
    if (errors?.[0]) refused(errors[0].code);
    return payload;
  };
  return isPromise(result) ? result.then(check) : check(result);
}
