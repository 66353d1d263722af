import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildSchema as buildFromSdl, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graph/index.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function exportSchema(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/export-schema.ts', '-', ...args], { cwd: ROOT });
  return stdout;
}

describe('npm run schema:export', () => {
  it("prints the whole graph as one SDL document that an app's codegen can read", async () => {
    const sdl = await exportSchema();
    expect(sdl).toBe(printSchema(lexicographicSortSchema(buildSchema())));
    const reparsed = buildFromSdl(sdl);
    expect(Object.keys(reparsed.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['patient', 'organisation', 'about']));
  });

  it('prints the subgraph SDL with the federation link and entity keys with --federation', async () => {
    const sdl = await exportSchema('--federation');
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Patient\s+@key\(fields: "nhsNumber"\)/);
  });
});
