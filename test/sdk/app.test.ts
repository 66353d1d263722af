import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP = fileURLToPath(new URL('./app/', import.meta.url));
const CODEGEN = join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

interface AppModule {
  createAppClient(url: string, token?: string): unknown;
  organisationName(client: unknown, odsCode: string): Promise<unknown>;
  patientCard(client: unknown, nhsNumber: string): Promise<unknown>;
}

/** A copy of test/sdk/app/ in a fresh folder, resolving its packages (@nhs-graph/sdk, @urql/core) from this repo. */
function freshApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-graph-sdk-app-'));
  cpSync(APP, dir, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function codegenAndTsc(dir: string, env: Record<string, string> = {}): Promise<{ ok: boolean; output: string }> {
  await run(process.execPath, [CODEGEN, '--config', 'codegen.ts'], { cwd: dir, env: { ...process.env, ...env } });
  try {
    await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe('an app built against @nhs-graph/sdk', () => {
  let t: TestGraph;
  const dirs: string[] = [];
  beforeAll(async () => {
    t = await startTestGraph();
  });
  afterAll(async () => {
    await t.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("type-checks (codegen client preset + tsc, strict) only with the SDK's scalar map", async () => {
    const without = freshApp();
    dirs.push(without);
    const bare = await codegenAndTsc(without, { SDK_APP_WITHOUT_SCALARS: '1' });
    expect(bare.ok).toBe(false);
    expect(bare.output).toMatch(/Type 'unknown' is not assignable to type 'string'/);

    const dir = freshApp();
    dirs.push(dir);
    const built = await codegenAndTsc(dir);
    expect(built.output).toBe('');
    expect(built.ok).toBe(true);
  }, 300_000); // two codegen runs and two tsc runs on a shared machine

  it('runs its typed operations against the graph, and reads error codes as ErrorCode', async () => {
    const dir = dirs[1]!;
    // Imported by path: the app's own tsc (above) checks its types; the root typecheck leaves test/sdk/app/ out (no gql/ there).
    const app = (await import(pathToFileURL(join(dir, 'src/app.ts')).href)) as AppModule;
    const client = app.createAppClient(`${t.url}/graphql`, await t.tokenFor({ staff: 'clinician' }));
    expect(await app.organisationName(client, 'Y12345')).toEqual({ ok: true, value: { odsCode: 'Y12345', name: expect.stringContaining('Y12345') } });
    const card = await app.patientCard(client, '9000000009');
    expect(card).toEqual({
      ok: true,
      value: {
        nhsNumber: '9000000009',
        born: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        practice: expect.objectContaining({ odsCode: expect.any(String) }),
      },
    });
    expect(await app.patientCard(client, '9000000001')).toEqual({ ok: false, code: 'BAD_USER_INPUT', reason: 'INVALID_NHS_NUMBER' });
    const anonymous = app.createAppClient(`${t.url}/graphql`);
    expect(await app.patientCard(anonymous, '9000000009')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
