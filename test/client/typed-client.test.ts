import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphClient } from '../../src/client/graph-client.js';
import { AboutDocument, OrganisationDocument, PatientWithGpDocument } from '../../src/generated/client/graphql.js';
import { loadTrustedDocuments } from '../../src/persisted/trusted-documents.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const MANIFEST = fileURLToPath(new URL('../../src/generated/client/persisted-documents.json', import.meta.url));

describe('the typed client', () => {
  let t: TestGraph;
  let client: GraphClient;
  beforeAll(async () => {
    t = await startTestGraph();
    client = new GraphClient({ url: `${t.url}/graphql`, headers: { authorization: `Bearer ${await t.tokenFor({ staff: 'clinician' })}` } });
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetCalls());

  it('returns typed data for a patient and their GP in one PDS and one ODS call', async () => {
    const r = await client.execute(PatientWithGpDocument, { nhsNumber: '9000000009' });
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    // The result type is the operation's: these property reads are checked by tsc.
    const patient = r.data?.patient;
    expect(patient?.nhsNumber).toBe('9000000009');
    expect(patient?.birthDate).toBe('2010-10-22');
    expect(patient?.registeredGp).toEqual({ odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' });
    expect(t.calls()).toEqual({ pds: 1, ods: 1 });
  });

  it('runs an operation without variables and makes no upstream call for it', async () => {
    const r = await client.execute(AboutDocument);
    expect(r.data?.about.environment).toBe('EMBEDDED');
    expect(t.calls()).toEqual({});
  });

  it("passes the graph's coded errors through with the rest of the answer", async () => {
    const r = await client.execute(PatientWithGpDocument, { nhsNumber: '9000000001' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_NHS_NUMBER' });
    expect(t.calls()).toEqual({});
  });
});

describe('persisted (trusted) documents', () => {
  describe('with PERSISTED_DOCUMENTS_ONLY=on', () => {
    let t: TestGraph;
    beforeAll(async () => {
      t = await startTestGraph({ server: { trustedDocuments: loadTrustedDocuments(MANIFEST, true) } });
    });
    afterAll(() => t.close());
    beforeEach(() => t.resetCalls());

    it('runs a known operation sent by its documentId only', async () => {
      const client = new GraphClient({ url: `${t.url}/graphql`, persisted: true });
      const r = await client.execute(OrganisationDocument, { odsCode: 'Y12345' });
      expect(r.status).toBe(200);
      expect(r.data?.organisation).toMatchObject({ odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' });
      // The Organization read, and its two role codes (RO76, RO177) looked up for the primary role.
      expect(t.calls()).toEqual({ ods: 3 });
    });

    it('refuses an operation that is not in the manifest, before any upstream call', async () => {
      const r = await t.run('{ patient(nhsNumber: "9000000009") { nhsNumber birthDate } }');
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'OPERATION_NOT_TRUSTED' });
      expect(t.calls()).toEqual({});
    });

    it('refuses the text of a known operation once it is changed by a single field', async () => {
      const manifest = loadTrustedDocuments(MANIFEST, true);
      const known = [...manifest.byHash.values()].find((d) => d.startsWith('query Organisation'))!;
      const accepted = await t.run(known, { odsCode: 'Y12345' });
      expect(accepted.status).toBe(200);
      const changed = await t.run(known.replace('active', 'active recordClass'), { odsCode: 'Y12345' });
      expect(changed.errors?.[0]?.extensions?.reason).toBe('OPERATION_NOT_TRUSTED');
      // The accepted one: the Organization read and its two role lookups; the changed one, nothing.
      expect(t.calls()).toEqual({ ods: 3 });
    });

    it('refuses an unknown documentId with PERSISTED_DOCUMENT_NOT_FOUND', async () => {
      const res = await request(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}` }),
      });
      const body = (await res.body.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(res.statusCode).toBe(400);
      expect(body.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'PERSISTED_DOCUMENT_NOT_FOUND' });
      expect(t.calls()).toEqual({});
    });

    it("accepts Apollo's persistedQuery extension and a GET with a documentId", async () => {
      const hash = (AboutDocument.__meta__ as { hash: string }).hash;
      const viaExtension = await request(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace('sha256:', '') } } }),
      });
      expect(((await viaExtension.body.json()) as { data: { about: { environment: string } } }).data.about.environment).toBe('EMBEDDED');
      // A GET needs a CSRF-safe header (Apollo's CSRF prevention).
      const viaGet = await request(`${t.url}/graphql?documentId=${encodeURIComponent(hash)}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(viaGet.statusCode).toBe(200);
      expect(((await viaGet.body.json()) as { data: { about: { environment: string } } }).data.about.environment).toBe('EMBEDDED');
    });
  });

  describe('with a manifest but PERSISTED_DOCUMENTS_ONLY off', () => {
    let t: TestGraph;
    beforeAll(async () => {
      t = await startTestGraph({ server: { trustedDocuments: loadTrustedDocuments(MANIFEST, false) } });
    });
    afterAll(() => t.close());

    it('runs documents by id and free text alike', async () => {
      const byId = await new GraphClient({ url: `${t.url}/graphql`, persisted: true }).execute(AboutDocument);
      expect(byId.data?.about.environment).toBe('EMBEDDED');
      const free = await t.run<{ about: { version: string } }>('{ about { version } }');
      expect(free.data?.about.version).toMatch(/^\d+\.\d+\.\d+/);
    });
  });
});
