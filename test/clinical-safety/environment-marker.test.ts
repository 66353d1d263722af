import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../sandbox/src/population.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

// Hazard H10 (docs/clinical-safety/hazard-log.md): the embedded stand-in's synthetic patients taken for NHS data.
describe('the environment an answer came from', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph();
  });
  afterAll(() => t.close());

  it('is named on every GraphQL answer: data, errors and refusals alike', async () => {
    const data = await t.run('{ organisation(odsCode: "Y12345") { name } }', undefined, { principal: null });
    expect(data.data).toEqual({ organisation: { name: 'TEST GP PRACTICE Y12345' } });
    expect(data.headers['nhs-environment']).toBe('embedded');

    const refused = await t.run('{ patient(nhsNumber: "9000000009") { nhsNumber } }', undefined, { principal: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.headers['nhs-environment']).toBe('embedded');

    const invalid = await t.run('{ nosuchfield }');
    expect(invalid.status).toBe(400);
    expect(invalid.headers['nhs-environment']).toBe('embedded');
  });

  it('is named on a batched answer too', async () => {
    const res = await request(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ about { environment } }' }, { query: '{ organisation(odsCode: "Y12345") { odsCode } }' }]),
    });
    const body = (await res.body.json()) as { data: unknown }[];
    expect(body).toHaveLength(2);
    expect(res.headers['nhs-environment']).toBe('embedded');
  });

  it('is the environment the graph reports in about, which the playground shows on every page', async () => {
    const about = await t.run<{ about: { environment: string } }>('{ about { environment } }', undefined, { principal: null });
    expect(about.data?.about.environment).toBe('EMBEDDED');
  });

  it('serves only synthetic patients in the stand-in: every NHS number it holds is in the 999 range NHS reserves for tests', async () => {
    const population = generatePopulation();
    expect(population.patients.length).toBe(10_000);
    const outside = population.patients.map((p) => p.nhsNumber).filter((n) => !/^999\d{7}$/.test(n));
    expect(outside).toEqual([]);

    const search = await t.run<{ patients: { matches: { patient: { nhsNumber: string } }[] } }>(
      '{ patients(search: { family: "Pemberton", birthDateFrom: "1980-01-01", birthDateTo: "1980-12-31" }) { matches { patient { nhsNumber } } } }',
    );
    const found = search.data?.patients.matches.map((m) => m.patient.nhsNumber) ?? [];
    expect(found).toHaveLength(50);
    expect(found.filter((n) => !n.startsWith('999'))).toEqual([]);
  });
});
