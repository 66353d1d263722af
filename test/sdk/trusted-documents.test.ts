import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { loadTrustedDocuments } from '../../src/persisted/trusted-documents.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const CLINIC_V1 = 'query ClinicOrg($odsCode: OdsCode!) { organisation(odsCode: $odsCode) { odsCode } }';
const CLINIC_V2 = 'query ClinicOrg($odsCode: OdsCode!) { organisation(odsCode: $odsCode) { odsCode name } }';
const PHARMACY_V3 = 'query PharmacyAbout { about { version } }';

/** Several apps, several released versions each: one manifest per app and version, in one folder, loaded together. */
describe('trusted documents of several apps and versions', () => {
  let dir: string;
  let t: TestGraph;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nhs-graph-manifests-'));
    for (const [app, version, docs] of [
      ['clinic', '1.0.0', [CLINIC_V1]],
      ['clinic', '1.1.0', [CLINIC_V2]],
      ['pharmacy', '3.2.0', [PHARMACY_V3]],
    ] as const) {
      mkdirSync(join(dir, app), { recursive: true });
      writeFileSync(join(dir, app, `${version}.json`), JSON.stringify(Object.fromEntries(docs.map((d) => [sha(d), d]))));
    }
    t = await startTestGraph({ server: { trustedDocuments: loadTrustedDocuments([dir], true) } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const byId = async (documentId: string, variables?: Record<string, unknown>) => {
    const res = await request(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor({ staff: 'clinician' })}` },
      body: JSON.stringify({ documentId, variables }),
    });
    return { status: res.statusCode, body: (await res.body.json()) as { data?: Record<string, unknown>; errors?: { extensions: { reason?: string } }[] } };
  };

  it("runs every app's every released version, and nothing else", async () => {
    expect((await byId(sha(CLINIC_V1), { odsCode: 'Y12345' })).body.data).toEqual({ organisation: { odsCode: 'Y12345' } });
    expect((await byId(sha(CLINIC_V2), { odsCode: 'Y12345' })).body.data).toEqual({ organisation: { odsCode: 'Y12345', name: expect.any(String) } });
    expect((await byId(sha(PHARMACY_V3))).body.data).toEqual({ about: { version: expect.any(String) } });
    const unknown = await byId(sha('{ about { environment } }'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions.reason).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it("refuses at start-up a manifest whose id is not its document's hash", () => {
    const bad = join(dir, 'bad.json.txt');
    writeFileSync(bad, JSON.stringify({ [sha(CLINIC_V1)]: CLINIC_V2 }));
    expect(() => loadTrustedDocuments([bad], true)).toThrow(/not the sha256 hash of its document/);
  });

  it('takes several comma-separated manifests and folders in PERSISTED_DOCUMENTS', () => {
    const config = loadConfig({
      NHS_ENV: 'embedded',
      PERSISTED_DOCUMENTS: `${join(dir, 'clinic')}, ${join(dir, 'pharmacy', '3.2.0.json')}`,
      PERSISTED_DOCUMENTS_ONLY: 'on',
    });
    expect(config.devx.persistedDocuments).toEqual({ paths: [join(dir, 'clinic'), join(dir, 'pharmacy', '3.2.0.json')], only: true });
    expect(loadTrustedDocuments(config.devx.persistedDocuments!.paths, true).byHash.size).toBe(3);
  });
});
