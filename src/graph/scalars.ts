import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isValidNhsNumber, normaliseNhsNumber } from '../nhs/nhs-number.js';
import { parseOdsCode } from '../nhs/ods-code.js';
import { normalisePrescriptionId, prescriptionIdProblem } from '../nhs/prescription-id.js';
import { isValidUbrn, normaliseUbrn } from '../nhs/ubrn.js';
import { INTERACTION_ID } from '../sources/sds/index.js';

/** An input error raised while coercing a scalar: coded like every other BAD_USER_INPUT, with its reason. */
function invalid(reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason } });
}

function stringScalar(name: string, description: string, parse: (value: string) => string): GraphQLScalarType<string, string> {
  const fromInput = (value: unknown): string => {
    if (typeof value !== 'string') throw invalid(`INVALID_${upperSnake(name)}`, `${name} must be a string`);
    return parse(value);
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: fromInput,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw invalid(`INVALID_${upperSnake(name)}`, `${name} must be a string`);
      return fromInput(ast.value);
    },
  });
}

function upperSnake(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

// Messages never echo the value: an almost-right NHS number is still personal data.
export const NhsNumberScalar = stringScalar('NhsNumber', 'A 10-digit NHS number with a valid Modulus 11 check digit', (value) => {
  const digits = normaliseNhsNumber(value);
  if (!isValidNhsNumber(digits)) throw invalid('INVALID_NHS_NUMBER', 'Not a valid NHS number: it must be 10 digits with a valid Modulus 11 check digit');
  return digits;
});

export const OdsCodeScalar = stringScalar('OdsCode', 'An ODS organisation code', (value) => {
  const code = parseOdsCode(value);
  if (!code) throw invalid('INVALID_ODS_CODE', 'Not a valid ODS code: it must be 3 to 10 letters and digits');
  return code;
});

export const UbrnScalar = stringScalar('Ubrn', 'An e-RS Unique Booking Reference Number: 12 digits', (value) => {
  const digits = normaliseUbrn(value);
  if (!isValidUbrn(digits)) throw invalid('INVALID_UBRN', 'Not a valid UBRN: it must be 12 digits (groups of four may be separated by spaces)');
  return digits;
});

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// Date.parse rolls 2026-02-30 over to 2 March rather than refusing it: the day must survive the round trip.
export const DateScalar = stringScalar('Date', 'An ISO 8601 calendar date', (value) => {
  if (!DATE.test(value) || !isCalendarDate(value)) throw invalid('INVALID_DATE', 'Not a valid date: use YYYY-MM-DD, a day that exists');
  return value;
});

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const DateTimeScalar = stringScalar('DateTime', 'An ISO 8601 date and time', (value) => {
  if (Number.isNaN(Date.parse(value))) throw invalid('INVALID_DATE_TIME', 'Not a valid date and time: use ISO 8601');
  return value;
});

/** Deeper than any FHIR resource or message the graph forwards (a Bundle's deepest paths are about 15 levels). */
export const MAX_JSON_DEPTH = 64;

/**
 * The nesting depth of a JSON value, walked without recursion and stopping as soon as it passes `limit`: a value nested
 * 20,000 deep must be refused, not overflow the stack of whatever reads it next (validation, the log, the upstream body).
 */
export function jsonDepthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  serialize: (value) => value,
  parseValue: (value) => {
    if (jsonDepthOver(value, MAX_JSON_DEPTH)) throw invalid('JSON_TOO_DEEP', `The JSON value is nested more than ${MAX_JSON_DEPTH} levels deep`);
    return value;
  },
  parseLiteral: () => {
    throw invalid('INVALID_JSON', 'JSON values must be passed as variables');
  },
});

export const PrescriptionIdScalar = stringScalar('PrescriptionId', 'An EPS short-form prescription id', (value) => {
  const id = normalisePrescriptionId(value);
  const problem = prescriptionIdProblem(id);
  if (problem)
    throw invalid(
      'INVALID_PRESCRIPTION_ID',
      problem === 'FORMAT'
        ? 'Not a prescription id: expected XXXXXX-XXXXXX-XXXXXC (hex, prescriber ODS code, hex and a check character)'
        : 'Not a prescription id: its check character does not match (ISO 7064 MOD 37-2)',
    );
  return id;
});

function interactionId(value: unknown): string {
  if (typeof value !== 'string' || !INTERACTION_ID.test(value)) {
    throw invalid(
      'INVALID_INTERACTION_ID',
      'Not a valid interaction id: use a Spine service interaction id such as urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1',
    );
  }
  return value;
}

/** Checked while the query is validated, so a malformed id never costs an upstream call (not even the parent's). */
export const InteractionIdScalar = new GraphQLScalarType<string, string>({
  name: 'InteractionId',
  description: 'A Spine service interaction id',
  serialize: (value) => String(value),
  parseValue: interactionId,
  parseLiteral: (ast) => interactionId(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * Every custom scalar of schema/, registered here and nowhere else (the resolver maps of the other files of graph/
 * carry none). Their TypeScript types for codegen and apps are the SDK's `scalars` map (sdk/index.js); a test keeps
 * the schema, this map and that one naming the same scalars.
 */
export const scalarResolvers = {
  NhsNumber: NhsNumberScalar,
  OdsCode: OdsCodeScalar,
  Ubrn: UbrnScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  PrescriptionId: PrescriptionIdScalar,
  InteractionId: InteractionIdScalar,
} satisfies Record<string, GraphQLScalarType>;
