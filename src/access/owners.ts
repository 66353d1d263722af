import {
  defaultFieldResolver,
  isAbstractType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { PatientLinks } from './patient-links.js';
import { PATIENT_TYPE } from './patient-links.js';

/** The NHS numbers an object belongs to; null where the object names no patient. */
export type Owners = readonly (string | null)[];

type Resolver = GraphQLFieldResolver<unknown, unknown>;
const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';
const NO_OWNER: Owners = [null];

/**
 * Works out whose a patient-linked object is, by reading its NHS-number fields (or, failing those, its Patient fields)
 * with the fields' own resolvers (the unguarded ones: no access rule runs twice). Memoised per object and request.
 */
export class OwnerFinder {
  /** The resolvers as the domains wrote them, by type and field, recorded while the access rules wrap them. */
  private readonly byType = new Map<string, Map<string, Resolver | undefined>>();
  private schema: GraphQLSchema | undefined;

  constructor(private readonly links: PatientLinks) {}

  /** Records a field's resolver as its domain wrote it (undefined: a property read), before the rules wrap it. */
  original(typeName: string, fieldName: string, resolve: Resolver | undefined): void {
    let fields = this.byType.get(typeName);
    if (!fields) this.byType.set(typeName, (fields = new Map()));
    fields.set(fieldName, resolve);
  }

  /** The schema whose types the rules run against (the transformed one), set once it exists. */
  attach(schema: GraphQLSchema): void {
    this.schema = schema;
  }

  /** Owners of `value`, an object of `type` (abstract types are resolved to the object's concrete type). */
  ownersOf(
    value: unknown,
    type: GraphQLNamedType,
    ctx: unknown,
    info: GraphQLResolveInfo,
    memo: WeakMap<object, Owners | Promise<Owners>>,
  ): Owners | Promise<Owners> {
    if (value === null || typeof value !== 'object') return NO_OWNER;
    const known = memo.get(value);
    if (known) return known;
    const found = this.find(value, type, ctx, info, memo);
    memo.set(value, found);
    return found;
  }

  private find(
    value: object,
    type: GraphQLNamedType,
    ctx: unknown,
    info: GraphQLResolveInfo,
    memo: WeakMap<object, Owners | Promise<Owners>>,
  ): Owners | Promise<Owners> {
    if (isAbstractType(type)) {
      const named = (value as { __typename?: unknown }).__typename;
      const concrete = typeof named === 'string' ? named : type.resolveType?.(value, ctx, info, type);
      const withType = (name: unknown) => {
        const t = typeof name === 'string' ? this.schema?.getType(name) : undefined;
        return t && isObjectType(t) ? this.ownersOf(value, t, ctx, info, memo) : NO_OWNER;
      };
      return isPromise(concrete) ? concrete.then(withType) : withType(concrete);
    }
    const fields = this.links.ownerFields(type.name);
    if (!fields) return [];
    if (fields.nhsFields.length > 0) {
      const first = this.read(value, type.name, fields.nhsFields[0] as string, ctx, info);
      // Most types have one NHS-number field, read as a plain property: its owner without the lists and closures below.
      if (fields.nhsFields.length === 1 && !isPromise(first)) return [nhsNumberOf(first)];
      const read = [first, ...fields.nhsFields.slice(1).map((f) => this.read(value, type.name, f, ctx, info))];
      return settle(read, (values) => values.map(nhsNumberOf));
    }
    const patientType = this.schema?.getType(PATIENT_TYPE);
    if (!patientType) return NO_OWNER;
    const first = this.read(value, type.name, fields.patientFields[0] as string, ctx, info);
    if (fields.patientFields.length === 1 && !isPromise(first)) {
      // One patient field (a match's patient): that patient's owners, as they are.
      return first === null || first === undefined ? NO_OWNER : this.ownersOf(first, patientType, ctx, info, memo);
    }
    // Each field read once: the first is not read again for the lists below.
    const patients = [first, ...fields.patientFields.slice(1).map((f) => this.read(value, type.name, f, ctx, info))];
    return settle(patients, (values) => {
      const nested = values.map((p) => (p === null || p === undefined ? NO_OWNER : this.ownersOf(p, patientType, ctx, info, memo)));
      return settle(nested, (lists) => lists.flat()) as Owners;
    });
  }

  private read(value: object, typeName: string, field: string, ctx: unknown, info: GraphQLResolveInfo): unknown {
    const resolve = this.byType.get(typeName)?.get(field);
    try {
      // A field without a resolver of its own is its model's property (a patient's nhsNumber, a match's patient): read
      // as graphql-js's default resolver would, without copying the resolve info (this runs for every object returned).
      if (resolve === undefined) {
        const property = (value as Record<string, unknown>)[field];
        if (typeof property !== 'function') return property;
      }
      return (resolve ?? defaultFieldResolver)(value, {}, ctx, { ...info, fieldName: field, parentType: info.parentType });
    } catch {
      return null;
    }
  }
}

/** An NHS number read from an owner field, without spaces; null when there is none. */
function nhsNumberOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value.replace(/\s/g, '') : null;
}

/** Applies `f` to the values once none is a promise (a failed read counts as no owner). */
function settle<T, R>(values: (T | Promise<T>)[], f: (values: T[]) => R | Promise<R>): R | Promise<R> {
  if (!values.some(isPromise)) return f(values as T[]);
  return Promise.all(values.map((v) => (isPromise(v) ? v.catch(() => null as T) : v))).then(f);
}
