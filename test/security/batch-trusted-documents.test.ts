import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustedDocuments } from '../../src/persisted/trusted-documents.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const MANIFEST = fileURLToPath(new URL('../../src/generated/client/persisted-documents.json', import.meta.url));
const ABOUT_ID = 'sha256:3e6fa7bf014717f77f39b46c1e06efa03b53a56762a94892de5120937650cc36';
const ORGANISATION_ID = 'sha256:95ac7d32791e4c40eb6395a49c8ae76129ba2210493f1ea8c60df37fde914521';

describe('PERSISTED_DOCUMENTS_ONLY=on with a batch (a JSON array of operations)', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { trustedDocuments: loadTrustedDocuments(MANIFEST, true) } });
  });
  afterAll(() => t.close());

  const postBatch = async (batch: unknown[]) => {
    const res = await request(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor({ staff: 'clinician' })}` },
      body: JSON.stringify(batch),
    });
    return { status: res.statusCode, body: (await res.body.json()) as unknown };
  };

  it('refuses a batch holding an operation that is not in the manifest (introspection here), and runs none of it', async () => {
    t.resetCalls();
    const r = await postBatch([{ documentId: ORGANISATION_ID, variables: { odsCode: 'Y12345' } }, { query: '{ __schema { types { name } } }' }]);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_NOT_TRUSTED' } }] });
    expect(t.calls()).toEqual({});
  });

  it('refuses a batch of one untrusted operation as it refuses the operation alone', async () => {
    const r = await postBatch([{ query: '{ organisation(odsCode: "Y12345") { name } }' }]);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errors: [{ extensions: { reason: 'OPERATION_NOT_TRUSTED' } }] });
  });

  it('refuses an unknown document id inside a batch', async () => {
    const r = await postBatch([{ documentId: `sha256:${'0'.repeat(64)}` }]);
    expect(r.body).toMatchObject({ errors: [{ extensions: { reason: 'PERSISTED_DOCUMENT_NOT_FOUND' } }] });
  });

  it('runs a batch whose every operation is trusted, by id or by its exact text', async () => {
    const r = await postBatch([
      { documentId: ABOUT_ID },
      {
        query: 'query Organisation($odsCode: OdsCode!) { organisation(odsCode: $odsCode) { active name odsCode primaryRole { code display } } }',
        variables: { odsCode: 'Y12345' },
      },
    ]);
    expect(r.status).toBe(200);
    const answers = r.body as { data?: Record<string, unknown>; errors?: unknown }[];
    expect(answers).toHaveLength(2);
    expect(answers[0]!.data?.about).toBeDefined();
    expect(answers[1]!.data?.organisation).toMatchObject({ name: 'TEST GP PRACTICE Y12345' });
  });
});
