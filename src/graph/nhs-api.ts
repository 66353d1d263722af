import type { NhsApi, NhsEnvironment } from '../generated/resolvers.js';
import { API_IDS, type ApiId } from '../upstream/apis.js';

/** The schema's name of an API id: `gpc-access-record` is GPC_ACCESS_RECORD. */
export function nhsApiOf(id: ApiId): NhsApi {
  return id.toUpperCase().replace(/-/g, '_') as NhsApi;
}

/**
 * The `NhsApi` enum's internal values: each value stands for its API id, so `getDirective(schema, field, 'source')`
 * answers `{ api: 'gpc-access-record' }` as it did when the argument was a String. test/graph/schema-descriptions.test.ts
 * checks that the enum and src/upstream/apis.ts list the same APIs.
 */
export const NHS_API_IDS = Object.fromEntries(API_IDS.map((id) => [nhsApiOf(id), id])) as Record<NhsApi, ApiId>;

const ENVIRONMENTS: Record<string, NhsEnvironment> = { embedded: 'EMBEDDED', sandbox: 'SANDBOX', int: 'INT', prod: 'PROD' };

/** The schema's value of an NHS_ENV; config accepts only these four, so anything else is a fault of the graph. */
export function environmentOf(environment: string): NhsEnvironment {
  const value = ENVIRONMENTS[environment];
  if (!value) throw new Error(`Unknown NHS environment ${environment}`);
  return value;
}
