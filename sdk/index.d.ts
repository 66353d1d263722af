/** The graph's custom scalars as TypeScript types, for graphql-codegen's `config.scalars`. */
export declare const scalars: {
  readonly NhsNumber: 'string';
  readonly OdsCode: 'string';
  readonly Date: 'string';
  readonly DateTime: 'string';
  readonly JSON: 'unknown';
  readonly InteractionId: 'string';
  readonly PrescriptionId: 'string';
  readonly Ubrn: 'string';
};

/** The closed list of `extensions.code` values (the schema's `ErrorCode` enum). */
export declare const ERROR_CODES: readonly [
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
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A GraphQL error's `extensions.code` as an ErrorCode, or undefined when it carries none of them. */
export declare function errorCode(error: { extensions?: Record<string, unknown> | null } | null | undefined): ErrorCode | undefined;

/** The key field of each entity whose key is not `id`. */
export declare const entityKeys: {
  readonly Patient: 'nhsNumber';
  readonly GpRecord: 'nhsNumber';
  readonly Organisation: 'odsCode';
  readonly Referral: 'ubrn';
  readonly HealthContent: 'path';
  readonly HealthContentSummary: 'path';
};

/** Value types with no identity of their own. */
export declare const embeddedTypes: readonly string[];

/** urql graphcache `keys` (structurally compatible with `KeyingConfig`). */
export declare const urqlKeys: Record<string, (data: Record<string, unknown>) => string | null>;

/** Apollo Client `typePolicies` (structurally compatible with `TypePolicies`). */
export declare const apolloTypePolicies: Record<string, { keyFields: string[] | false }>;
