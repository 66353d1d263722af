import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scrub } from '../../src/logger.js';
import { capturingLogger } from '../support/log-capture.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Every id the graph makes to tie a request's log lines and upstream calls together goes through traceableId
 * (src/ids.ts): here every other random UUID is one the log scrubber would blank, so an id drawn straight from
 * randomUUID, by the HTTP layer or by any source's client, shows up blanked in the answer's header or at the stand-in.
 */
const BLANKED = 'bb9ff010-c85e-4ad9-8b0b-2800512310f9';
vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof import('node:crypto')>();
  let calls = 0;
  const randomUUID = () => (calls++ % 2 === 0 ? BLANKED : crypto.randomUUID());
  return { ...crypto, randomUUID, default: { ...crypto, randomUUID } };
});

const lines: string[] = [];
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ logger: capturingLogger(lines) });
});
afterAll(() => t.close());

describe('ids the graph makes, when random UUIDs are often ones the log scrubber blanks', () => {
  it('the request id and every upstream call id stay whole (a patient read with its GP practice: PDS and ODS)', async () => {
    expect(scrub(BLANKED)).not.toBe(BLANKED);
    for (let i = 0; i < 4; i++) {
      t.resetCalls();
      const r = await t.run('{ patient(nhsNumber: "9000000009") { nhsNumber registeredGp { odsCode } } }');
      expect(r.errors).toBeUndefined();
      const requestId = String(r.headers['x-request-id']);
      expect(scrub(requestId)).toBe(requestId);
      const upstream = [...t.sandbox.receivedRequests('pds'), ...t.sandbox.receivedRequests('ods')].map((q) => String(q.headers['x-request-id']));
      expect(upstream.length).toBeGreaterThan(0);
      for (const id of upstream) expect(scrub(id)).toBe(id);
    }
    expect(lines.join('\n')).not.toContain('[nhs-number]');
  });
});
