import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from '../../src/graph/index.js';

/**
 * npm run sdk:build: writes sdk/schema.graphql, the graph's SDL as an app's codegen reads it (types sorted, so a diff
 * shows only what changed). test/sdk/sdk.test.ts fails when it is not what schema/ gives: run this after every SDL change.
 */
export const SDK_SCHEMA = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function sdkSchemaText(): string {
  return `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SDK_SCHEMA, sdkSchemaText());
  process.stdout.write(`wrote ${SDK_SCHEMA}\n`);
}
