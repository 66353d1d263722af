import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundExamples } from '../../src/playground/examples.js';
import { API_IDS } from '../../src/upstream/apis.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/** The playground's example tabs: one per API it can show, each answered by the embedded sandbox without an error. */
describe('playground examples', () => {
  let t: TestGraph;
  let bearer: string;
  beforeAll(async () => {
    t = await startTestGraph();
    bearer = `Bearer ${await t.tokenFor({ staff: 'clinician' })}`;
  });
  afterAll(() => t.close());

  const examples = playgroundExamples();

  it("has one tab per NHS API, plus the graph's own about (13)", () => {
    const apis = examples.flatMap((e) => (e.api ? [e.api] : []));
    expect(new Set(apis).size).toBe(apis.length);
    expect([...apis].sort()).toEqual([...API_IDS].sort());
    expect(examples).toHaveLength(API_IDS.length + 1);
    expect(examples.filter((e) => !e.api).map((e) => e.file)).toEqual(['about.graphql']);
  });

  it.each(examples.map((e) => [e.file, e] as const))(
    '%s runs as a clinician, calls its API, and the answer says its upstream calls and cost',
    async (_, example) => {
      t.resetCalls();
      const res = await request(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: bearer },
        body: JSON.stringify({ query: example.query, variables: example.variables ? JSON.parse(example.variables) : undefined }),
      });
      const body = (await res.body.json()) as { data?: unknown; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(res.statusCode).toBe(200);
      const calls = t.calls();
      if (example.api) expect(calls[example.api]).toBeGreaterThan(0);
      const reported = Object.entries(calls)
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([api, n]) => `${api}=${n}`)
        .join(', ');
      expect(res.headers['x-upstream-calls']).toBe(reported || 'none');
      expect(Number(res.headers['x-query-cost'])).toBeGreaterThanOrEqual(example.api ? 1 : 0);
    },
  );
});
