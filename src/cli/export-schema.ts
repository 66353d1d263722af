import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { subgraphSdl } from '../federation/subgraph.js';
import { buildSchema } from '../graph/index.js';

/**
 * npm run schema:export [-- <file>] [-- --federation]: the graph's SDL in one file (dist/schema.graphql by default),
 * for an app's own codegen, or with --federation the subgraph SDL (with @key and @link) that a supergraph composes.
 * `-` writes to stdout. FEDERATION_TYPE_PREFIX applies to the subgraph SDL as it does to the served subgraph.
 */
const args = process.argv.slice(2);
const federation = args.includes('--federation');
const target = args.find((a) => !a.startsWith('--')) ?? (federation ? 'dist/subgraph.graphql' : 'dist/schema.graphql');
const sdl = federation
  ? subgraphSdl(buildSchema({ federation: process.env.FEDERATION_TYPE_PREFIX ? { typePrefix: process.env.FEDERATION_TYPE_PREFIX } : true }))
  : printSchema(lexicographicSortSchema(buildSchema()));
if (target === '-') {
  process.stdout.write(sdl);
} else {
  const path = resolve(target);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${sdl}\n`);
  process.stdout.write(`wrote ${path}\n`);
}
