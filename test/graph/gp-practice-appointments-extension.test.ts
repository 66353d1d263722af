import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * `Organisation.appointments` is not a GP Connect operation: only the embedded platform serves it. Outside
 * NHS_ENV=embedded it is refused before any call, so it never reaches NHS.
 */
let t: TestGraph;
beforeAll(async () => {
  // The graph as NHS_ENV=sandbox configures it, still wired to the embedded platform so the calls can be counted.
  t = await startTestGraph({ server: { environment: 'sandbox' } as never });
});
afterAll(() => t.close());

describe('Organisation.appointments outside the embedded platform', () => {
  it('is BAD_USER_INPUT (EMBEDDED_ONLY) with no GP Connect or SDS call, and the organisation still answers', async () => {
    t.resetCalls();
    const r = await t.run<any>(`{ organisation(odsCode: "Y12345") { odsCode appointments(from: "2026-01-01", to: "2026-01-07") { id } } }`);
    expect(r.data.organisation).toEqual({ odsCode: 'Y12345', appointments: null });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('EMBEDDED_ONLY');
    expect(t.calls()['gpc-appointments']).toBeUndefined();
    expect(t.calls().sds).toBeUndefined();
  });
});
