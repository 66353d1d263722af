import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { supersededNumbers } from '../../sandbox/src/routers/pds/superseded.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

describe('PDS: what the contract asks of every call', () => {
  it('marks a superseded NHS number: PDS answers the successor, nhsNumber is its id and supersededNhsNumber the number asked', async () => {
    const [[old, current]] = [...supersededNumbers(t.sandbox.population, new Set(t.sandbox.population.patients.map((p) => p.nhsNumber)))];
    const r = await t.run<any>(
      `query($a: NhsNumber!, $b: NhsNumber!) { old: patient(nhsNumber: $a) { nhsNumber supersededNhsNumber ` +
        `} current: patient(nhsNumber: $b) { nhsNumber supersededNhsNumber } }`,
      { a: old, b: current },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.old).toEqual({ nhsNumber: current, supersededNhsNumber: old });
    expect(r.data.current).toEqual({ nhsNumber: current, supersededNhsNumber: null });
  });

  it("sends NHSD-End-User-Organisation-ODS (declared on /Patient and /Patient/{id}): the declared organisation, else the worker's", async () => {
    await t.run(`{ patient(nhsNumber: "9000000009") { nhsNumber } }`);
    expect(t.sandbox.receivedRequests('pds').at(-1)?.headers['nhsd-end-user-organisation-ods']).toBe('Y12345');
    const s = await t.run(`{ patients(search: { family: "Smith", gender: female, birthDate: "2010-10-22" }) { total } }`, undefined, {
      headers: { 'NHSD-End-User-Organisation-ODS': 'rr8' },
    });
    expect(s.errors).toBeUndefined();
    expect(t.sandbox.receivedRequests('pds').at(-1)?.headers['nhsd-end-user-organisation-ods']).toBe('RR8');
  });

  it('refuses a malformed declared organisation before calling PDS', async () => {
    const r = await t.run(`{ patient(nhsNumber: "9000000009") { nhsNumber } }`, undefined, { headers: { 'NHSD-End-User-Organisation-ODS': 'R-8' } });
    expect(codes(r)).toContain('BAD_USER_INPUT');
    expect(t.calls().pds ?? 0).toBe(0);
  });
});

describe('PDS rate limit (pds/CONTRACT.md: 5 transactions per second per app)', () => {
  it('queues calls over the limit instead of drawing 429s: twelve patients at 5/s all arrive, none refused', async () => {
    const limited = await startTestGraph({ rateLimitsPerSecond: { pds: 5 } });
    try {
      limited.sandbox.setRateLimit('pds', { limit: 5, windowMs: 1000 });
      const numbers = limited.sandbox.population.patients
        .filter((p) => !p.restricted)
        .slice(0, 12)
        .map((p) => p.nhsNumber);
      const query = `{ ${numbers.map((n, i) => `p${i}: patient(nhsNumber: "${n}") { nhsNumber }`).join(' ')} }`;
      const r = await limited.run<Record<string, { nhsNumber: string }>>(query);
      expect(r.errors).toBeUndefined();
      expect(Object.values(r.data!).map((p) => p.nhsNumber)).toEqual(numbers);
      expect(limited.sandbox.rateLimitedCount('pds')).toBe(0);
      expect(limited.calls().pds).toBe(12);
    } finally {
      await limited.close();
    }
  });
});
