import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, item 5. The platform's token exchange refusing one caller's ID token (400 invalid_grant) is that caller's
 * UNAUTHENTICATED: one exchange attempt, no retry, nothing counted against the API's circuit breaker, so no other
 * caller is denied. A platform that forgot every token it issued (a restart) costs one refresh, not a failed call.
 */
const READ = `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }`;
const WAITING_LIST = `{ patient(nhsNumber: "9000000009") { waitingList { pathwayId } } }`;

let t: TestGraph;
beforeAll(async () => {
  // Production retries and breaker (2 retries, opens after 5 consecutive faults).
  t = await startTestGraph({ resilience: {} });
});
afterAll(() => t.close());
afterEach(() => {
  t.sandbox.nhsLogin.now = Date.now;
});

describe('a citizen token the platform’s token exchange refuses', () => {
  it('is that caller’s UNAUTHENTICATED, exchanged once per request, and never opens the PDS breaker for others', async () => {
    const citizen = await t.tokenFor({ citizen: '9000000009' });
    // The graph still accepts the ID token (its own clock); the platform's NHS login now sees it as expired.
    t.sandbox.nhsLogin.now = () => Date.now() + 24 * 3600_000;
    t.resetCalls();
    const before = t.sandbox.auth.exchangeRequests;
    for (let i = 0; i < 4; i++) {
      const refused = await t.run(READ, { n: '9000000009' }, { headers: { authorization: `Bearer ${citizen}` } });
      expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
      expect(refused.errors![0]!.extensions!.reason).toBe('TOKEN_EXCHANGE_REFUSED');
      expect(JSON.stringify(refused.errors)).not.toContain(citizen);
    }
    expect(t.sandbox.auth.exchangeRequests - before).toBe(4);
    expect(t.calls().pds ?? 0).toBe(0);
    expect(t.platform.breakerStates().pds).toBe('closed');

    const other = await t.run(READ, { n: '9000000009' }, { principal: { staff: 'clinician' } });
    expect(other.errors).toBeUndefined();
    expect(t.calls().pds).toBe(1);
  });
});

describe('a platform that restarted (every issued token forgotten)', () => {
  it('refreshes the application token once and retries: the first call to an API after the restart succeeds', async () => {
    const first = await t.run(WAITING_LIST);
    expect(first.errors).toBeUndefined();
    t.sandbox.auth.revokeAll();
    t.resetCalls();
    const tokens = t.sandbox.auth.tokenRequests;
    const exchanges = t.sandbox.auth.exchangeRequests;
    const again = await t.run(WAITING_LIST);
    expect(again.errors).toBeUndefined();
    // PDS (user token) and WLMDS (application token) each refused once, refreshed once and sent again.
    expect(t.calls()).toMatchObject({ pds: 2, wlmds: 2 });
    expect(t.sandbox.auth.exchangeRequests - exchanges).toBe(1);
    expect(t.sandbox.auth.tokenRequests - tokens).toBe(2);
  });

  it('a token refused again after the refresh is not retried a second time', async () => {
    await t.run(READ, { n: '9000000009' });
    t.resetCalls();
    t.sandbox.setFault('pds', { kind: 'status', status: 401 });
    try {
      const refused = await t.run(READ, { n: '9000000009' });
      expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
      expect(t.calls().pds).toBe(2);
      expect(t.platform.breakerStates().pds).toBe('closed');
    } finally {
      t.sandbox.setFault('pds', undefined);
    }
  });
});
