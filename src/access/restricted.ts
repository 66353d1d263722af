import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNullableType,
  isListType,
  isNonNullType,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';

/**
 * What the graph does for a restricted (sensitive) patient, field by field, by schema coordinate:
 * - `withhold`: the field answers nothing (null, or an empty list: the schema's type decides which, unless the rule says null). PDS withholds a
 *   restricted patient's address, telecom, GP and pharmacy (DESIGN.md, "Principals and access"); the graph withholds
 *   them again, and every link to them, in case an upstream ever sends them;
 * - `refuse`: the field is NOT_FOUND before any call. A GP record's practice, a document's custodian, an appointment's
 *   location, a prescription's prescriber and dispenser, a referral's referrer and provider or a waiting-list entry's
 *   trust would each reveal where the patient is cared for. GP Connect answers PATIENT_NOT_FOUND for an S-flagged
 *   patient itself (gpc-structured/CONTRACT.md); the graph gives the same answer for every source and does not rely
 *   on the provider;
 * - `refuseNamed`: a record read by its own id (a prescription, a referral) is refused after the read, when the patient
 *   it names is restricted: one PDS read, shared with anything else in the request that reads the same patient.
 * The parent of `withhold` and `refuse` fields is a patient (its `restricted` flag, from the PDS mapper).
 *
 * One field outside the table: `Query.ersServices` (e-RS A010) orders services by their distance from the patient's own
 * address when the search gives no postcode, so its resolver (src/graph/referral-referring.ts) asks for a postcode for
 * a restricted patient (BAD_USER_INPUT, reason ERS_POSTCODE_REQUIRED) before any e-RS call, after the search's own
 * argument checks and one PDS read through {@link isRestricted}.
 */
export type RestrictedRule =
  | { kind: 'withhold' /** null even for a list: "not known" rather than "none", where the schema says so. */; asNull?: true }
  | { kind: 'refuse'; label: string }
  | { kind: 'refuseNamed'; label: string; nhsNumberOf: (result: unknown) => string | null | undefined };

const withhold: RestrictedRule = { kind: 'withhold' };
const withholdAsNull: RestrictedRule = { kind: 'withhold', asNull: true };
const named = (label: string, key: string): RestrictedRule => ({
  kind: 'refuseNamed',
  label,
  nhsNumberOf: (r) => (r as Record<string, string | null> | null)?.[key],
});

/** THE table: every field a restricted patient changes (test/access/restricted.test.ts holds it to the schema). */
export const RESTRICTED_PATIENT_FIELDS: Readonly<Record<string, RestrictedRule>> = {
  'Patient.addresses': withhold,
  'Patient.telecom': withhold,
  'Patient.registeredGpOdsCode': withhold,
  'Patient.registeredGp': withhold,
  'Patient.nominatedPharmacyOdsCode': withhold,
  'Patient.nominatedPharmacy': withhold,
  // PDS never returns a restricted patient's related people (relatedpersons-get.yaml, "Restricted patients").
  'Patient.relatedPeople': withholdAsNull,
  'Patient.gpRecord': { kind: 'refuse', label: 'GP Connect Access Record' },
  'Patient.documents': { kind: 'refuse', label: 'GP Connect Access Document' },
  'Patient.appointments': { kind: 'refuse', label: 'GP Connect Appointment Management' },
  'Patient.prescriptions': { kind: 'refuse', label: 'The prescription tracker' },
  'Patient.referrals': { kind: 'refuse', label: 'e-Referral Service' },
  'Patient.waitingList': { kind: 'refuse', label: 'The Elective Waiting List' },
  'Query.prescription': named('The prescription tracker', 'nhsNumber'),
  'Query.referral': named('e-Referral Service', 'patientNhsNumber'),
};

type Resolver = GraphQLFieldResolver<unknown, Context>;

/** The NOT_FOUND a restricted patient's record gets: the same answer for every source. */
function notShared(label: string): NotFoundError {
  // No reason: the answer is the one an unknown patient gets (GP Connect's PATIENT_NOT_FOUND), never "restricted".
  return new NotFoundError(`${label} has no record of this patient it may share`);
}

/**
 * Wraps the resolver of each field of RESTRICTED_PATIENT_FIELDS with its rule (access-rules.ts applies it under the
 * access guard, so the source rule still comes first). Throws when a withheld field's type can answer neither null
 * nor an empty list.
 */
export function applyRestrictedPatientRule(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const coordinate = `${typeName}.${fieldName}`;
      const rule = RESTRICTED_PATIENT_FIELDS[coordinate];
      if (!rule) return field;
      return { ...field, resolve: restrictedResolver(field, rule, coordinate) };
    },
  });
}

function restrictedResolver(field: GraphQLFieldConfig<unknown, Context>, rule: RestrictedRule, coordinate: string): Resolver {
  const resolve = (field.resolve as Resolver | undefined) ?? defaultFieldResolver;
  if (rule.kind === 'refuseNamed') {
    return async (source, args, ctx, info) => {
      const result = await resolve(source, args, ctx, info);
      if (await isRestricted(rule.nhsNumberOf(result), ctx)) throw notShared(rule.label);
      return result;
    };
  }
  const isRestrictedPatient = (source: unknown) => (source as { restricted?: boolean } | null)?.restricted === true;
  if (rule.kind === 'refuse') {
    return (source, args, ctx, info) => {
      if (isRestrictedPatient(source)) throw notShared(rule.label);
      return resolve(source, args, ctx, info);
    };
  }
  if (isNonNullType(field.type) && !isListType(getNullableType(field.type)))
    throw new Error(`${coordinate} cannot be withheld: it is neither nullable nor a list`);
  const nothing = rule.asNull || !isListType(getNullableType(field.type)) ? null : [];
  return (source, args, ctx, info) => (isRestrictedPatient(source) ? nothing : resolve(source, args, ctx, info));
}

/**
 * Whether PDS marks the patient an NHS number names restricted. A patient PDS does not know carries no restriction to
 * honour (the contracts' own examples name such patients); PDS failing fails the read.
 */
export async function isRestricted(nhsNumber: string | null | undefined, ctx: Context): Promise<boolean> {
  if (!nhsNumber) return false;
  const patient = await ctx.nhs.pds.patient.load(nhsNumber).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  return patient?.restricted === true;
}
