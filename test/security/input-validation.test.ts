import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { signedOrder } from '../support/eps-messages.js';
import { codes, startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, low items on input: a calendar date that does not exist, an NHS number of ten identical digits and a deeply
 * nested JSON value are the caller's BAD_USER_INPUT, refused before any upstream call.
 */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const PATIENT = 'query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }';
const SEARCH = 'query($d: Date!) { patients(search: { family: "Smith", birthDate: $d }) { __typename } }';
const CREATE = 'mutation($m: JSON!) { createPrescriptionFromMessage(message: $m) { result { accepted } } }';

describe('the Date scalar', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-06-31'])('refuses %s, a day that does not exist, before any call', async (date) => {
    const r = await t.run(SEARCH, { d: date });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(r.errors)).toContain('INVALID_DATE');
    expect(t.calls()).toEqual({});
  });

  it('accepts 29 February of a leap year', async () => {
    const r = await t.run(SEARCH, { d: '2024-02-29' });
    expect(JSON.stringify(r.errors ?? [])).not.toContain('INVALID_DATE');
  });
});

describe('the NhsNumber scalar', () => {
  it.each(['0000000000', '1111111111', '5555555555', '9999999999'])(
    'refuses %s (ten identical digits pass Modulus 11 but are never issued) before any call',
    async (n) => {
      const r = await t.run(PATIENT, { n });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.extensions!.reason ?? JSON.stringify(r.errors)).toContain('INVALID_NHS_NUMBER');
      expect(JSON.stringify(r.errors)).not.toContain(n);
      expect(t.calls()).toEqual({});
    },
  );
});

describe('a JSON argument', () => {
  it.each([
    ['a bare value', 200],
    ['a bare value', 20_000],
    ['an extension of a valid signed order', 200],
    ['an extension of a valid signed order', 20_000],
  ])('nested in %s %i deep (over the bound of 64) is BAD_USER_INPUT, not an internal error, and calls nothing', async (where, depth) => {
    // Written by hand: the client's own JSON.stringify cannot nest that deep either.
    const nested = '{"entry":['.repeat(depth) + '{"resourceType":"Bundle"}' + ']}'.repeat(depth);
    const message =
      where === 'a bare value' ? nested : `{"extension":[{"url":"https://example.org/deep","valueDeep":${nested}}],${JSON.stringify(signedOrder()).slice(1)}`;
    const body = `{"query":${JSON.stringify(CREATE)},"variables":{"m":${message}}}`;
    const res = await request(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor({ staff: 'clinician' })}` },
      body,
    });
    const r = (await res.body.json()) as GraphQLResult;
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('JSON_TOO_DEEP');
    expect(t.calls()).toEqual({});
  });
});
