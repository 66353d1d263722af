import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** The scalar that carries NHS numbers, and the type that is a patient. */
export const NHS_NUMBER_SCALAR = 'NhsNumber';
export const PATIENT_TYPE = 'Patient';
const NHS_NUMBER_NAME = /^(patient)?nhs_?number$/i;

/** How to find whose an object of a type is: its NhsNumber fields, else its (single) Patient fields. */
export interface OwnerFields {
  nhsFields: string[];
  patientFields: string[];
}

/** A path to NHS-number values inside a field's arguments (through input objects and lists). */
export type ArgPath = readonly string[];

/**
 * What the schema says about patient data, worked out once when the schema is built, so the rule is generic: it holds
 * for every type and field any domain adds, without naming them.
 * - A type is patient-linked when it is `Patient`, or has a single-valued field of type `NhsNumber` (its owner's NHS
 *   number), or a single-valued field returning `Patient`. Root operation types never are.
 * - An argument names a patient when it is of type `NhsNumber` (or a String named nhsNumber / patientNhsNumber),
 *   anywhere inside input objects and lists.
 * - A type reaches patient data when a patient-linked type can be reached from it through fields.
 */
export class PatientLinks {
  private readonly owners = new Map<string, OwnerFields>();
  private readonly reaching = new Set<string>();

  constructor(private readonly schema: GraphQLSchema) {
    // Root operation types belong to no one, whatever fields they have.
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type.name)) continue;
      // A mutation's payload belongs to no one itself: its mutation's rule checks the result inside it (access-rules.ts).
      if ('userErrors' in type.getFields()) continue;
      const fields = Object.values(type.getFields());
      const single = fields.filter((f) => !isListType(getNullableType(f.type)));
      const nhsFields = single.filter((f) => getNamedType(f.type).name === NHS_NUMBER_SCALAR).map((f) => f.name);
      const patientFields = single.filter((f) => getNamedType(f.type).name === PATIENT_TYPE).map((f) => f.name);
      if (type.name === PATIENT_TYPE || nhsFields.length > 0 || patientFields.length > 0) {
        this.owners.set(type.name, { nhsFields: type.name === PATIENT_TYPE && nhsFields.length === 0 ? ['nhsNumber'] : nhsFields, patientFields });
      }
    }
    this.computeReach();
  }

  /** How to find the owner of objects of this type; undefined when the type is not patient-linked. */
  ownerFields(typeName: string): OwnerFields | undefined {
    return this.owners.get(typeName);
  }

  isLinked(type: GraphQLNamedType): boolean {
    if (isAbstractType(type)) return this.schema.getPossibleTypes(type).some((t) => this.owners.has(t.name));
    return this.owners.has(type.name);
  }

  /** True when patient data can be reached from a field returning this type. */
  reachesPatientData(type: GraphQLNamedType): boolean {
    return this.reaching.has(type.name);
  }

  /** Where the field's arguments carry NHS numbers. */
  nhsArgPaths(args: Readonly<Record<string, { type: GraphQLInputType }>>): ArgPath[] {
    const paths: ArgPath[] = [];
    for (const [name, arg] of Object.entries(args)) collectInputPaths(name, arg.type, [name], paths, new Set());
    return paths;
  }

  private computeReach(): void {
    const types = Object.values(this.schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
    for (const t of types) if (this.isLinked(t)) this.reaching.add(t.name);
    // Fixed point: a type reaches patient data when any of its fields' types does.
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of types) {
        if (this.reaching.has(t.name)) continue;
        const next = isObjectType(t)
          ? Object.values(t.getFields()).map((f) => getNamedType(f.type))
          : isAbstractType(t)
            ? [...this.schema.getPossibleTypes(t)]
            : [];
        if (next.some((n) => this.reaching.has(n.name))) {
          this.reaching.add(t.name);
          changed = true;
        }
      }
    }
  }
}

function collectInputPaths(name: string, type: GraphQLInputType, path: string[], out: ArgPath[], seen: Set<string>): void {
  const named = getNamedType(type);
  if (isScalarType(named)) {
    if (named.name === NHS_NUMBER_SCALAR || (named.name === 'String' && NHS_NUMBER_NAME.test(name))) out.push(path);
    return;
  }
  if (!isInputObjectType(named) || seen.has(named.name)) return;
  const inner = new Set(seen).add(named.name);
  for (const field of Object.values(named.getFields())) collectInputPaths(field.name, field.type, [...path, field.name], out, inner);
}

/** The NHS numbers found at `paths` in a field's (already parsed) arguments, spaces removed. */
export function nhsNumbersIn(args: Record<string, unknown>, paths: readonly ArgPath[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown, rest: readonly string[]): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, rest));
    if (rest.length === 0) {
      if (typeof value === 'string') out.push(value.replace(/\s/g, ''));
      return;
    }
    if (typeof value === 'object') walk((value as Record<string, unknown>)[rest[0] as string], rest.slice(1));
  };
  for (const path of paths) walk(args, path);
  return out;
}
