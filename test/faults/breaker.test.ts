import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { watchUnhandledRejections } from './support.js';

/** Long enough that the breaker cannot half-open (and send a probe) while a slow CI machine runs one request. */
const HALF_OPEN_MS = 1_500;
const ODS_TIMEOUT_MS = 1_000;
const ORGANISATION = '{ organisation(odsCode: "RR8") { name } }';
const PATIENT_AND_GP = '{ patient(nhsNumber: "9000000009") { nhsNumber registeredGp { name } } }';

let t: TestGraph;
const rejections = watchUnhandledRejections();
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 2_000, ods: ODS_TIMEOUT_MS }, resilience: { breakerThreshold: 3, halfOpenAfterMs: HALF_OPEN_MS } });
});
afterAll(async () => {
  await t.close();
  rejections.stop();
});
beforeEach(() => t.resetCalls());
afterEach(async () => {
  t.sandbox.setFault('ods', undefined);
  // Let the breaker half-open and close again on a healthy call, so every test starts closed.
  if (t.platform.breakerStates().ods !== 'closed') {
    await sleep(HALF_OPEN_MS + 50);
    await t.run(ORGANISATION);
  }
  expect(t.platform.breakerStates().ods).toBe('closed');
  expect(rejections.seen).toEqual([]);
});

/** Fails ODS until its breaker opens: three attempts of one read (the first try and two retries) are three faults. */
async function openOdsBreaker(): Promise<void> {
  t.sandbox.setFault('ods', { kind: 'status', status: 500 });
  const r = await t.run(ORGANISATION);
  expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
  expect(t.platform.breakerStates().ods).toBe('open');
}

describe('the circuit breaker of one API', () => {
  it('opens after repeated upstream faults, then fails fast with UPSTREAM_UNAVAILABLE and sends nothing', async () => {
    await openOdsBreaker();
    t.resetCalls();
    const r = await t.run<any>(ORGANISATION);
    expect(codes(r)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(r.errors![0]!.extensions).toMatchObject({ upstream: { api: 'ods', issueCode: 'CIRCUIT_OPEN' }, retryAfterSeconds: Math.ceil(HALF_OPEN_MS / 1000) });
    expect(r.data.organisation).toBeNull();
    expect(t.calls()).toEqual({});
  });

  it("leaves the other APIs alone: the patient arrives, the GP with PDS's code but no name, while ODS is open", async () => {
    await openOdsBreaker();
    t.resetCalls();
    const r = await t.run<any>(PATIENT_AND_GP);
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', registeredGp: { name: null } });
    expect(codes(r)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(t.calls()).toEqual({ pds: 1 });
    expect(t.platform.breakerStates()).toMatchObject({ pds: 'closed', ods: 'open', sds: 'closed', content: 'closed', wlmds: 'closed' });
  });

  it('lets one probe through after the half-open delay, and closes when it succeeds', async () => {
    await openOdsBreaker();
    t.sandbox.setFault('ods', undefined);
    await sleep(HALF_OPEN_MS + 50);
    t.resetCalls();
    const r = await t.run<any>(ORGANISATION);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.name).toBeTruthy();
    expect(t.calls()).toEqual({ ods: 1 });
    expect(t.platform.breakerStates().ods).toBe('closed');
  });

  it('opens again at once when the probe fails, after one call', async () => {
    await openOdsBreaker();
    await sleep(HALF_OPEN_MS + 50);
    t.resetCalls();
    const r = await t.run(ORGANISATION);
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
    expect(t.calls()).toEqual({ ods: 1 });
    expect(t.platform.breakerStates().ods).toBe('open');
  });

  it('stops a hanging API from holding every request for its timeout', async () => {
    t.sandbox.setFault('ods', { kind: 'hang' });
    for (let i = 0; i < 3; i++) expect(codes(await t.run(ORGANISATION))).toEqual(['UPSTREAM_TIMEOUT']);
    expect(t.platform.breakerStates().ods).toBe('open');
    t.resetCalls();
    const r = await t.run(ORGANISATION);
    expect(codes(r)).toEqual(['UPSTREAM_UNAVAILABLE']);
    // Nothing was sent, so nothing waited on the hanging API's timeout (a sent call would have been UPSTREAM_TIMEOUT).
    expect(t.calls()).toEqual({});
  });

  it('is not opened by callers who went away: their calls to a hanging API are cancelled, not counted as its faults', async () => {
    t.sandbox.setFault('ods', { kind: 'hang' });
    const authorization = `Bearer ${await t.tokenFor({ staff: 'clinician' })}`;
    for (let i = 1; i <= 3; i++) {
      const gone = new AbortController();
      const sent = request(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: ORGANISATION }),
        signal: gone.signal,
      }).catch(() => undefined);
      // The caller hangs up once ODS has the graph's call.
      while ((t.calls().ods ?? 0) < i) await sleep(5);
      gone.abort();
      await sent;
    }
    // A caller who stays: its call times out, after those of the callers who left would have (same timeout, sent later).
    expect(codes(await t.run(ORGANISATION))).toEqual(['UPSTREAM_TIMEOUT']);
    expect(t.calls()).toEqual({ ods: 4 });
    // One fault (the timeout) of the three that open the breaker: the cancelled calls were not counted.
    expect(t.platform.breakerStates().ods).toBe('closed');
  });

  it("is not opened by answers that are the request's own fault (404) or a rate limit (429)", async () => {
    for (let i = 0; i < 5; i++) expect(codes(await t.run('{ organisation(odsCode: "ZZZ99") { name } }'))).toEqual(['NOT_FOUND']);
    t.sandbox.setFault('ods', { kind: 'status', status: 429, retryAfterSeconds: 60 });
    for (let i = 0; i < 5; i++) expect(codes(await t.run(ORGANISATION))).toEqual(['RATE_LIMITED']);
    expect(t.platform.breakerStates().ods).toBe('closed');
  });
});
