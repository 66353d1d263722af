import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sdkSchemaText } from './build.js';

/**
 * npm run schema:release: cuts the schema as it is now as the released one (sdk/released/schema.graphql), the
 * baseline of the breaking-change check (test/sdk/breaking-changes.test.ts). Run it when a version is released, and
 * empty sdk/released/approved-breaking-changes.json in the same commit: approvals are for changes since the release.
 */
const target = fileURLToPath(new URL('../released/schema.graphql', import.meta.url));
writeFileSync(target, sdkSchemaText());
writeFileSync(fileURLToPath(new URL('../released/approved-breaking-changes.json', import.meta.url)), '[]\n');
process.stdout.write(`wrote ${target}\n`);
