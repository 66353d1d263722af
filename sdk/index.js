// @nhs-graph/sdk: what an app needs to build on nhs-graph (README.md beside this file). Plain ESM, no dependencies.

/**
 * The graph's custom scalars as TypeScript types, for graphql-codegen's `config.scalars` (client preset or the
 * typescript plugin). Identifiers and dates travel as strings; JSON is the upstream FHIR resource verbatim.
 */
export const scalars = {
  NhsNumber: 'string',
  OdsCode: 'string',
  Date: 'string',
  DateTime: 'string',
  JSON: 'unknown',
  InteractionId: 'string',
  PrescriptionId: 'string',
  Ubrn: 'string',
};

/** The closed list of `extensions.code` values (the schema's `ErrorCode` enum). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'CONFLICT',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
];

/** A GraphQL error's `extensions.code` as an ErrorCode, or undefined when it carries none of them. */
export function errorCode(error) {
  const code = error?.extensions?.code;
  return typeof code === 'string' && ERROR_CODES.includes(code) ? code : undefined;
}

/**
 * The key field of each entity whose key is not `id`: the record's NHS identifier. Types with an `id` field are keyed
 * by it already (urql and Apollo Client's default).
 */
export const entityKeys = {
  Patient: 'nhsNumber',
  GpRecord: 'nhsNumber',
  Organisation: 'odsCode',
  Referral: 'ubrn',
  HealthContent: 'path',
  HealthContentSummary: 'path',
};

/** Value types with no identity of their own: cached inside their parent, never normalised. */
export const embeddedTypes = [
  'About', 'PageInfo', 'Period', 'Coding', 'OrganisationConnection', 'OrganisationRole', 'PatientSearchResult', 'PatientMatch', 'GpCode',
  'HealthContentAttribution', 'HealthContentPart', 'DocumentContent', 'SpineReliability',
  // Mutation payloads and their user errors: an answer to one request, never an entity.
  ...['UpdatePatient', 'BookAppointment', 'AmendAppointment', 'CancelAppointment', 'PreparePrescription', 'CreatePrescription',
    'PreparePrescriptionFromMessage', 'CreatePrescriptionFromMessage', 'CancelPrescriptionFromMessage', 'NotifyDispenseFromMessage',
    'ReleasePrescription', 'ReturnPrescription', 'NotifyDispense', 'ClaimPrescription', 'WithdrawDispense', 'SendBarsReferral',
    'SendBarsBooking'].flatMap((name) => [`${name}Payload`, `${name}UserError`]),
  // What a typed EPS write answered: one request's result (the created prescription itself is `Prescription`, by id).
  'PreparedPrescriptionOrder', 'CreatedPrescription', 'DispenseNotificationResult',
];

/** urql graphcache: `cacheExchange({ keys: urqlKeys })`. */
export const urqlKeys = Object.fromEntries([
  ...Object.entries(entityKeys).map(([type, field]) => [type, (data) => (data[field] == null ? null : String(data[field]))]),
  ...embeddedTypes.map((type) => [type, () => null]),
]);

/** Apollo Client: `new InMemoryCache({ typePolicies: apolloTypePolicies })`. */
export const apolloTypePolicies = Object.fromEntries([
  ...Object.entries(entityKeys).map(([type, field]) => [type, { keyFields: [field] }]),
  ...embeddedTypes.map((type) => [type, { keyFields: false }]),
]);
