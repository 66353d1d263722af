import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ukDate } from '../../src/nhs/uk-time.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { generateRecord, type ClinicalRecord } from '../../sandbox/src/routers/gp-connect/records.js';
import { GpcWorld } from '../../sandbox/src/routers/gp-connect/world.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';

let t: TestGraph;
let world: GpcWorld;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, 'gpc-access-record': 500 } });
  world = new GpcWorld(t.sandbox.population);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('gpc-access-record', undefined));

const ALL_AREAS = `practiceOdsCode
  allergies(includeResolved: true) { id clinicalStatus code { display } }
  medicationStatements { id status medication { id code { display } } issues { id } }
  medications { id code { display } }
  problems { id clinicalStatus code { display } }
  immunisations { id notGiven vaccine { display } }
  consultations { id title start }
  referrals { id status }
  investigations { id code { display } results { id value unit } }`;

const ids = (list: { id?: string }[]) => list.map((r) => r.id).sort();

/** The record the embedded GP system holds for a synthetic patient, as its generator builds it. */
function recordOf(nhsNumber: string): ClinicalRecord {
  const patient = world.patient(nhsNumber);
  return generateRecord(patient, { odsCode: patient.practice, name: '', lines: [], city: '', postcode: '', phone: '' }, ukDate(new Date()));
}

/** The first synthetic patient GP Connect answers for whose record satisfies `test`. */
function patientWith(test: (r: ClinicalRecord) => boolean): string {
  const found = t.sandbox.population.patients.find(
    (p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal' && !withoutGpConnect(p.gpOdsCode) && test(recordOf(p.nhsNumber)),
  );
  if (!found) throw new Error('no such synthetic patient');
  return found.nhsNumber;
}

describe('Patient.gpRecord', () => {
  it('answers every typed list of a synthetic record with one $gpc.getstructuredrecord call', async () => {
    const nhs = patientWith(
      (r) => r.allergies.length > 0 && r.medications.statements.length > 0 && r.problems.length > 0 && r.investigations.reports.length > 0,
    );
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { ${ALL_AREAS} } } }`, { n: nhs });
    expect(r.errors).toBeUndefined();
    const got = r.data.patient.gpRecord;
    const want = recordOf(nhs);
    expect(got.practiceOdsCode).toBe(world.patient(nhs).practice);
    expect(ids(got.allergies)).toEqual(ids(want.allergies));
    expect(ids(got.medicationStatements)).toEqual(ids(want.medications.statements));
    expect(ids(got.medications)).toEqual(ids(want.medications.drugs));
    expect(ids(got.medicationStatements.flatMap((s: any) => s.issues))).toEqual(ids(want.medications.orders));
    expect(ids(got.problems)).toEqual(ids(want.problems));
    // includeNotGiven is not permitted beside consultations and problems: given immunisations only.
    expect(ids(got.immunisations)).toEqual(ids(want.immunisations.filter((i) => !i.notGiven)));
    expect(ids(got.consultations)).toEqual(ids(want.consultations.encounters));
    expect(ids(got.referrals)).toEqual(ids(want.referrals));
    expect(ids(got.investigations)).toEqual(ids(want.investigations.reports));
    expect(ids(got.investigations.flatMap((i: any) => i.results))).toEqual(ids(want.investigations.observations));
    // SDS: the practice's structured-record endpoint (service root) and accredited system (ASID).
    expect(t.calls()).toEqual({ pds: 1, sds: 2, 'gpc-access-record': 1 });
  });

  it('passes each area its part parameters: resolved allergies only when asked for', async () => {
    const nhs = patientWith((r) => r.allergies.some((a) => a.clinicalStatus === 'resolved'));
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { allergies { id clinicalStatus } } } }`, { n: nhs });
    const active = recordOf(nhs).allergies.filter((a) => a.clinicalStatus === 'active');
    expect(ids(r.data.patient.gpRecord.allergies)).toEqual(ids(active));
    const withResolved = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { allergies(includeResolved: true) { id } } } }`, {
      n: nhs,
    });
    expect(ids(withResolved.data.patient.gpRecord.allergies)).toEqual(ids(recordOf(nhs).allergies));
  });

  it("maps the spec's example payloads for the platform sandbox's patient 9000000009", async () => {
    const r = await t.run<any>(
      `{ patient(nhsNumber: "9000000009") { gpRecord { allergies { id code { codings { code } } } medications { id code { display } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const example = (file: string, type: string) =>
      loadFixture<any>(`gpc-structured/examples/${file}`)
        .entry.map((e: any) => e.resource)
        .filter((x: any) => x.resourceType === type);
    const allergies = example('allergies_response1.json', 'AllergyIntolerance').filter((a: any) => a.clinicalStatus === 'active');
    expect(ids(r.data.patient.gpRecord.allergies)).toEqual(ids(allergies));
    const drugs = example('meds_response.json', 'Medication');
    expect(r.data.patient.gpRecord.medications.map((m: any) => m.code.display).sort()).toEqual(drugs.map((d: any) => d.code.coding[0].display).sort());
  });

  it('links problems and medicines to their nhs.uk pages by SNOMED CT code or name', async () => {
    const linkedDrugs = ['323509004', '320029008', '325278007'];
    const nhs = patientWith(
      (r) => r.problems.some((p) => p.code.coding[0].code === '38341003') && r.medications.drugs.some((d) => linkedDrugs.includes(d.code.coding[0].code)),
    );
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord {
      problems { code { codings { code } } healthContent { path name } }
      medications { code { display } healthContent { path } } } } }`,
      { n: nhs },
    );
    expect(r.errors).toBeUndefined();
    const hypertension = r.data.patient.gpRecord.problems.find((p: any) => p.code.codings[0].code === '38341003');
    expect(hypertension.healthContent).toEqual({ path: '/conditions/high-blood-pressure-hypertension/', name: 'High blood pressure (hypertension)' });
    const expectedMedicine: Record<string, string | null> = {
      'Amoxicillin 250mg capsules': '/medicines/amoxicillin/',
      'Atorvastatin 20mg tablets': '/medicines/atorvastatin/',
      'Metformin 500mg tablets': '/medicines/metformin/',
    };
    const linked = r.data.patient.gpRecord.medications.filter((m: any) => m.code.display in expectedMedicine);
    expect(linked.length).toBeGreaterThan(0);
    for (const m of linked) expect(m.healthContent.path).toBe(expectedMedicine[m.code.display]);
    expect(t.calls()['gpc-access-record']).toBe(1);
  });

  it('refuses two consultation filters at once with BAD_USER_INPUT before any call', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { consultations(from: "2020-01-01", mostRecent: 3) { id } } } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_SEARCH');
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(t.calls()['gpc-access-record']).toBeUndefined();
  });

  it('refuses a bad argument on its own field only, not on the sibling areas it would have shared a call with', async () => {
    const r = await t.run<any>(
      `{ patient(nhsNumber: "9000000009") { gpRecord { allergies { id } consultations(from: "2020-01-01", mostRecent: 3) { id } } } }`,
    );
    expect(r.errors!.map((e) => [e.path?.join('.'), e.extensions!.reason])).toEqual([['patient.gpRecord.consultations', 'INVALID_SEARCH']]);
  });

  it("refuses GP Connect's forbidden area combination and future dates before any call", async () => {
    const combined = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord { problems { id } referrals(from: "2020-01-01") { id } } } }`);
    expect(combined.errors!.map((e) => e.extensions!.reason)).toContain('INVALID_AREA_COMBINATION');
    const future = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord { investigations(from: "2999-01-01") { id } } } }`);
    expect(future.errors![0]!.extensions!.reason).toBe('INVALID_DATE_RANGE');
    expect(t.calls()['gpc-access-record']).toBeUndefined();
  });

  it('asks nothing of GP Connect for a restricted patient: NOT_FOUND, revealing nothing, no GP Connect call', async () => {
    const restricted = t.sandbox.population.patients.find((p) => p.restricted)!;
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { restricted registeredGp { odsCode } gpRecord { practiceOdsCode allergies { id } } } }`,
      { n: restricted.nhsNumber },
    );
    expect(r.data.patient).toEqual({ restricted: true, registeredGp: null, gpRecord: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(r.errors)).not.toContain(restricted.gpOdsCode);
    expect(JSON.stringify(r.errors)).not.toMatch(/sensitive|restricted/i);
    expect(t.calls()['gpc-access-record']).toBeUndefined();
    // Nor is their practice looked up in SDS.
    expect(t.calls().sds).toBeUndefined();
  });

  it('is FORBIDDEN for a patient who dissented from sharing, with the rest of the answer intact', async () => {
    const dissented = t.sandbox.population.patients.find(
      (p) => !p.restricted && world.patient(p.nhsNumber).status === 'dissented' && !withoutGpConnect(p.gpOdsCode),
    )!;
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber gpRecord { allergies { id } } } }`, { n: dissented.nhsNumber });
    expect(r.data.patient).toEqual({ nhsNumber: dissented.nhsNumber, gpRecord: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'gpc-access-record', status: 403, issueCode: 'NO_PATIENT_CONSENT' });
  });

  it.each([
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
    [429, 'RATE_LIMITED'],
  ])('a GP Connect %i nulls gpRecord with %s and keeps the patient', async (status, code) => {
    t.sandbox.setFault('gpc-access-record', { kind: 'status', status });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { allergies { id } } } }`);
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(r.data.patient.gpRecord).toBeNull();
    expect(codes(r)).toEqual([code]);
  });

  it('a GP Connect that does not answer in time is UPSTREAM_TIMEOUT', async () => {
    t.sandbox.setFault('gpc-access-record', { kind: 'hang' });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { allergies { id } } } }`);
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
  });
});
