import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * User-restricted access: the caller's NHS login or CIS2 ID token is exchanged at the platform's /oauth2/token
 * (token exchange, subject_token = the ID token, plus the client assertion) for a platform token acting for them.
 */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const READ = `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }`;
const exchanges = () => t.sandbox.auth.exchangeRequests;

describe('token exchange for PDS', () => {
  it('makes one token-endpoint call for 20 concurrent first requests of one user, and reuses it after', async () => {
    const fresh = await startTestGraph();
    try {
      const token = await fresh.tokenFor({ staff: 'nurse' });
      const before = fresh.sandbox.auth.tokenRequests;
      const results = await Promise.all(
        Array.from({ length: 20 }, () => fresh.run(READ, { n: '9000000009' }, { headers: { authorization: `Bearer ${token}` } })),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      await fresh.run(READ, { n: '9000000033' }, { headers: { authorization: `Bearer ${token}` } });
      expect(fresh.sandbox.auth.tokenRequests - before).toBe(1);
      expect(fresh.sandbox.auth.exchangeRequests).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('exchanges each user token once, never reusing one user’s platform token for another', async () => {
    await t.run(READ, { n: '9000000009' }, { principal: { staff: 'admin' } });
    const before = exchanges();
    await t.run(READ, { n: '9000000009' }, { principal: { staff: 'admin' } });
    expect(exchanges()).toBe(before);
    await t.run(READ, { n: '9000000009' }, { principal: { staff: 'pharmacist' } });
    expect(exchanges()).toBe(before + 1);
    const [admin, pharmacist] = t.sandbox.receivedRequests('pds').slice(-2);
    expect(admin!.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(admin!.headers.authorization).not.toBe(pharmacist!.headers.authorization);
    // Never the caller's ID token itself: only the platform token goes to the API.
    expect(admin!.headers.authorization).not.toContain(await t.tokenFor({ staff: 'admin' }));
  });

  it('sends the healthcare worker’s selected role profile as NHSD-Session-URID; a citizen sends none', async () => {
    await t.run(READ, { n: '9000000009' }, { principal: { staff: 'clinician' } });
    expect(t.sandbox.receivedRequests('pds')[0]!.headers['nhsd-session-urid']).toBe('555000000100');
    t.resetCalls();
    await t.run(READ, { n: '9000000009' }, { principal: { citizen: '9000000009' } });
    expect(t.sandbox.receivedRequests('pds')[0]!.headers['nhsd-session-urid']).toBeUndefined();
  });

  it('drops a platform token PDS refused (401), exchanges anew once and sends the call again: the request succeeds', async () => {
    await t.run(READ, { n: '9000000009' });
    t.sandbox.auth.revokeAll();
    t.resetCalls();
    const before = exchanges();
    const again = await t.run(READ, { n: '9000000009' });
    expect(again.errors).toBeUndefined();
    expect(exchanges()).toBe(before + 1);
    expect(t.calls().pds).toBe(2);
  });

  it('ODS keeps its apikey even for a signed-in user: no token is sent there', async () => {
    await t.run(`{ organisation(odsCode: "RR8") { name } }`, undefined, { principal: { citizen: '9000000009' } });
    const ods = t.sandbox.receivedRequests('ods')[0]!;
    expect(ods.headers.apikey).toMatch(/^\w+$/);
    expect(ods.headers.authorization).toBeUndefined();
  });
});
