import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Issue 14, item 8. With introspection off the schema is not for browsing: validation errors must not hand out field,
 * argument, type or enum names as "Did you mean ...?" suggestions. With introspection on they still help.
 */
const TYPOS: [string, string][] = [
  ['a field', '{ patient(nhsNumber: "9000000009") { gpRecrd { allergies { code } } } }'],
  ['an argument', '{ patient(nhsNumbr: "9000000009") { nhsNumber } }'],
  ['an enum value', '{ healthContentSearch(section: CONDITION, text: "asthma") { name } }'],
  ['an enum value in a variable', 'query($s: HealthContentSearchSection!) { healthContentSearch(section: $s, text: "asthma") { name } }'],
  ['a type', 'query($n: NhsNumbr!) { patient(nhsNumber: $n) { nhsNumber } }'],
];

describe('validation errors with introspection off', () => {
  let closed: TestGraph;
  let open: TestGraph;
  beforeAll(async () => {
    [closed, open] = await Promise.all([startTestGraph({ graph: { introspection: false } }), startTestGraph({ graph: { introspection: true } })]);
  });
  afterAll(() => Promise.all([closed.close(), open.close()]));

  it.each(TYPOS)('suggest no name for a misspelt %s', async (_, query) => {
    const r = await closed.run(query, { s: 'CONDITION' });
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/i);
    expect(closed.calls()).toEqual({});
  });

  it('still suggest names when introspection is on', async () => {
    const r = await open.run(TYPOS[0]![1]);
    expect(JSON.stringify(r.errors)).toMatch(/Did you mean \\"gpRecord\\"/);
  });
});
