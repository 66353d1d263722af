import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';
import { readmeOperations } from '../support/readme.js';

/**
 * The README's examples of the PDS and GP record journeys (issue 16), run as written against the real server and the
 * stand-in: a README example that stops working fails here.
 */
const operations = readmeOperations(/### Example queries\s+```graphql\n([\s\S]*?)```/);

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

describe('README examples: the patient, their people and pharmacy, the rest of the GP record', () => {
  it('PeopleAndPharmacy: the next of kin, in 2 PDS calls', async () => {
    const r = await t.run<any>(operations.get('PeopleAndPharmacy')!);
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.relatedPeople).toEqual([
      expect.objectContaining({ nextOfKin: true, contactRank: 1, name: { given: ['Amelia'], family: 'Marshall' } }),
    ]);
    expect(t.calls().pds).toBe(2);
  });

  it('NominatePharmacy: one PATCH after one read, every change applied', async () => {
    const r = await t.run<any>(operations.get('NominatePharmacy')!);
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient.userErrors).toEqual([]);
    expect(r.data.updatePatient.patient).toMatchObject({ version: 2, nominatedPharmacyOdsCode: 'FA123', communication: { language: 'cy' } });
    expect(r.data.updatePatient.patient.names.map((n: any) => n.use)).toEqual(['USUAL', 'NICKNAME']);
    expect(t.calls()).toEqual({ pds: 2 });
  });

  it('DeceasedSearch: the contract sandbox patient who died on 2010-10-22', async () => {
    const r = await t.run<any>(operations.get('DeceasedSearch')!);
    expect(r.errors).toBeUndefined();
    expect(r.data.patients.matches.map((m: any) => m.patient.nhsNumber)).toEqual(['9000000009']);
  });

  it('VitalsAndDiary: observations with components and diary entries in one structured record call', async () => {
    const r = await t.run<any>(operations.get('VitalsAndDiary')!);
    expect(r.errors).toBeUndefined();
    const record = r.data.patient.gpRecord;
    expect(record.observations.some((o: any) => o.code.display === 'Blood pressure' && o.components.length === 2)).toBe(true);
    expect(record.diaryEntries.length).toBeGreaterThan(0);
    expect(record.lists.map((l: any) => l.area).sort()).toEqual(['DIARY', 'UNCATEGORISED']);
    expect(t.calls()['gpc-access-record']).toBe(1);
  });
});
