import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const written: string[] = [];

/** Lints one file placed in the tree (biome.json's overrides match by path); resolves with its exit code and output. */
async function lint(path: string, source: string): Promise<{ code: number; output: string }> {
  const file = join(ROOT, path);
  written.push(file);
  writeFileSync(file, source);
  try {
    const { stdout, stderr } = await promisify(execFile)(BIOME, ['lint', '--colors=off', file], { cwd: ROOT });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

describe('the lint boundary rule (biome.json): src/ never imports the NHS stand-in', () => {
  it('fails a change in src/ that imports sandbox/ by path or by package name', async () => {
    const byPath = await lint(
      `src/lint-probe-${process.pid}.ts`,
      "import { startSandbox } from '../sandbox/src/server.js';\nexport const probe = startSandbox;\n",
    );
    expect(byPath.code).not.toBe(0);
    expect(byPath.output).toContain('The product never imports the NHS stand-in');
    const byName = await lint(
      `src/lint-probe-name-${process.pid}.ts`,
      "import { startSandbox } from '@nhs-graph/sandbox/server.ts';\nexport const probe = startSandbox;\n",
    );
    expect(byName.code).not.toBe(0);
    expect(byName.output).toContain('The product never imports the NHS stand-in');
  });

  it("passes the same file importing the product's own modules", async () => {
    const ok = await lint(
      `src/lint-probe-ok-${process.pid}.ts`,
      "import { isValidNhsNumber } from './nhs/nhs-number.js';\nexport const probe = isValidNhsNumber;\n",
    );
    expect(ok).toMatchObject({ code: 0 });
  });

  it('fails a resolver reaching into a source folder past its index.ts, and passes one using the public face', async () => {
    const deep = await lint(
      `src/graph/lint-probe-${process.pid}.ts`,
      "import { OdsClient } from '../sources/ods/client.js';\nexport const probe = OdsClient;\n",
    );
    expect(deep.code).not.toBe(0);
    expect(deep.output).toContain("Resolvers reach an API's source only through its public face");
    const nested = await lint(
      `src/graph/lint-probe-nested-${process.pid}.ts`,
      "import { eventsOf } from '../sources/bars/receiver/events.js';\nexport const probe = eventsOf;\n",
    );
    expect(nested.code).not.toBe(0);
    expect(nested.output).toContain("Resolvers reach an API's source only through its public face");
    const face = await lint(
      `src/graph/lint-probe-face-${process.pid}.ts`,
      "import { OdsClient } from '../sources/ods/index.js';\nexport const probe = OdsClient;\n",
    );
    expect(face).toMatchObject({ code: 0 });
    expect(face.output).not.toContain("Resolvers reach an API's source only through its public face");
  });

  it('still fails a resolver that imports the NHS stand-in (both rules are errors under src/graph/)', async () => {
    const stand = await lint(
      `src/graph/lint-probe-sandbox-${process.pid}.ts`,
      "import { startSandbox } from '../../sandbox/src/server.js';\nexport const probe = startSandbox;\n",
    );
    expect(stand.code).not.toBe(0);
    expect(stand.output).toContain('The product never imports the NHS stand-in');
  });
});

describe('the lint boundary rule (biome.json): the NHS stand-in never imports the product', () => {
  it('fails a change in sandbox/ that imports src/ by path, and passes its own modules', async () => {
    const product = await lint(
      `sandbox/src/routers/lint-probe-${process.pid}.ts`,
      "import { isValidNhsNumber } from '../../../src/nhs/nhs-number.js';\nexport const probe = isValidNhsNumber;\n",
    );
    expect(product.code).not.toBe(0);
    expect(product.output).toContain('The NHS stand-in is its own package');
    const own = await lint(
      `sandbox/src/routers/lint-probe-own-${process.pid}.ts`,
      "import { isValidNhsNumber } from '../nhs/nhs-number.js';\nexport const probe = isValidNhsNumber;\n",
    );
    expect(own).toMatchObject({ code: 0 });
  });
});
