import { createHash } from 'node:crypto';
import { printSchema, type GraphQLSchema } from 'graphql';

/**
 * The schema's version as cache keys carry it: the first 12 hex digits of the SHA-256 of its SDL. Replicas running
 * different schemas (a rolling deploy) never read each other's entries, whose shape may have changed.
 */
export function schemaVersion(schema: GraphQLSchema): string {
  return createHash('sha256').update(printSchema(schema)).digest('hex').slice(0, 12);
}

/**
 * The prefix of every key the graph keeps in Redis: `nhs-graph:<NHS_ENV>:<schema version>:`. Replicas of different
 * environments (int and prod sharing a Redis by mistake) or schema versions never share an entry, a rate-limit window
 * or a persisted query.
 */
export function cacheKeyPrefix(environment: string, version: string): string {
  if (!/^[a-z0-9-]+$/.test(environment) || !/^[a-z0-9]+$/.test(version))
    throw new Error('the cache key prefix takes a lower-case environment and schema version');
  return `nhs-graph:${environment}:${version}:`;
}
