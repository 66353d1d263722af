import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, ukDate } from '../../src/nhs/uk-time.js';
import { generateRecord, type ClinicalRecord } from '../../sandbox/src/routers/gp-connect/records.js';
import { plannedDate } from '../../sandbox/src/routers/gp-connect/uncategorised-records.js';
import { GpcWorld } from '../../sandbox/src/routers/gp-connect/world.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * The rest of the GP record (issue 16, GP Connect Access Record: Structured): uncategorised data (blood pressure,
 * weight, BMI, smoking status) with its date window, and diary entries with their search date, mapped like the other
 * areas, through the real server and the embedded GP system, whose exchanges are checked against the specs.
 */
let t: TestGraph;
let world: GpcWorld;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, 'gpc-access-record': 500 } });
  world = new GpcWorld(t.sandbox.population);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('gpc-access-record', undefined));

const today = () => ukDate(new Date());
const ids = (list: { id?: string | null }[]) => list.map((r) => r.id).sort();

function recordOf(nhsNumber: string): ClinicalRecord {
  const patient = world.patient(nhsNumber);
  return generateRecord(patient, { odsCode: patient.practice, name: '', lines: [], city: '', postcode: '', phone: '' }, today());
}

/** The first synthetic patient GP Connect answers for whose record satisfies `test`. */
function patientWith(test: (r: ClinicalRecord) => boolean): string {
  const found = t.sandbox.population.patients.find(
    (p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal' && !withoutGpConnect(p.gpOdsCode) && test(recordOf(p.nhsNumber)),
  );
  if (!found) throw new Error('no such synthetic patient');
  return found.nhsNumber;
}

/** The Parameters of the last $gpc.getstructuredrecord the embedded GP system received, by parameter name. */
function lastParameters(): Record<string, any> {
  const call = t.sandbox
    .receivedRequests('gpc-access-record')
    .filter((q) => q.method === 'POST')
    .at(-1)!;
  return Object.fromEntries((JSON.parse(call.body).parameter as any[]).map((p) => [p.name, p]));
}

const RECORD = (body: string) => `query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { ${body} } } }`;

describe('GpRecord.observations (uncategorised data)', () => {
  it('returns blood pressure with its components, weight, BMI and smoking status, in the same call as other areas', async () => {
    const nhs = patientWith((r) => r.uncategorised.observations.length > 3 && r.allergies.length > 0);
    const r = await t.run<any>(
      RECORD(`allergies { id } observations { id code { display } effective value unit components { code { display } value unit } }`),
      { n: nhs },
    );
    expect(r.errors).toBeUndefined();
    const want = recordOf(nhs).uncategorised.observations;
    const got = r.data.patient.gpRecord.observations;
    expect(ids(got)).toEqual(ids(want));
    const bp = got.find((o: any) => o.code.display === 'Blood pressure');
    const wantBp = want.find((o) => o.id === bp.id)!;
    expect(bp.value).toBeNull();
    expect(bp.components).toEqual([
      { code: { display: 'Systolic arterial pressure' }, value: String(wantBp.component[0].valueQuantity.value), unit: 'mm[Hg]' },
      { code: { display: 'Diastolic arterial pressure' }, value: String(wantBp.component[1].valueQuantity.value), unit: 'mm[Hg]' },
    ]);
    const weight = got.find((o: any) => o.code.display === 'Body weight');
    expect(weight).toMatchObject({ unit: 'kg', components: [] });
    expect(Number(weight.value)).toBeGreaterThan(0);
    // Investigation results are not uncategorised data.
    expect(got.every((o: any) => !recordOf(nhs).investigations.observations.some((x) => x.id === o.id))).toBe(true);
    expect(t.calls()['gpc-access-record']).toBe(1);
    expect(Object.keys(lastParameters()).sort()).toEqual(['includeAllergies', 'includeUncategorisedData', 'patientNHSNumber']);
    expect(lastParameters().includeUncategorisedData.part).toBeUndefined();
  });

  it('sends its window as uncategorisedDataSearchPeriod and returns only what was recorded in it', async () => {
    const nhs = patientWith((r) => r.uncategorised.observations.length > 3);
    const all = recordOf(nhs).uncategorised.observations;
    const dates = all.map((o) => String(o.effectiveDateTime).slice(0, 10)).sort();
    const from = dates[1]!;
    const r = await t.run<any>(RECORD(`observations(from: "${from}", to: "${today()}") { id }`), { n: nhs });
    expect(r.errors).toBeUndefined();
    expect(ids(r.data.patient.gpRecord.observations)).toEqual(ids(all.filter((o) => String(o.effectiveDateTime).slice(0, 10) >= from)));
    expect(lastParameters().includeUncategorisedData.part).toEqual([{ name: 'uncategorisedDataSearchPeriod', valuePeriod: { start: from, end: today() } }]);
  });

  it("carries its list's warnings and empty reason in lists (area UNCATEGORISED)", async () => {
    const r = await t.run<any>(RECORD(`observations { id } lists { area title emptyReason { codings { code } } }`), { n: '9000000009' });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.gpRecord.observations).toEqual([]);
    expect(r.data.patient.gpRecord.lists).toContainEqual({
      area: 'UNCATEGORISED',
      title: 'Uncategorised data',
      emptyReason: { codings: [{ code: 'no-content-recorded' }] },
    });
  });
});

describe('GpRecord.diaryEntries', () => {
  it('returns the planned activities with their dates; until is sent as diaryEntriesSearchDate', async () => {
    const nhs = patientWith((r) => r.uncategorised.diary.length > 1);
    const want = recordOf(nhs).uncategorised.diary;
    const r = await t.run<any>(RECORD(`diaryEntries { id status code { display } plannedStart plannedEnd authoredOn } lists { area title }`), { n: nhs });
    expect(r.errors).toBeUndefined();
    const got = r.data.patient.gpRecord.diaryEntries;
    expect(ids(got)).toEqual(ids(want));
    for (const entry of got) {
      const w = want.find((x) => x.id === entry.id)!;
      expect(entry).toMatchObject({ status: 'active', plannedStart: plannedDate(w), plannedEnd: w.occurrencePeriod?.end ?? null });
    }
    expect(r.data.patient.gpRecord.lists).toContainEqual({ area: 'DIARY', title: 'Diary' });

    const until = today();
    const due = await t.run<any>(RECORD(`diaryEntries(until: "${until}") { id }`), { n: nhs });
    expect(due.errors).toBeUndefined();
    // Up to the search date: with today, the entries already due (active entries past their date are always included).
    expect(ids(due.data.patient.gpRecord.diaryEntries)).toEqual(ids(want.filter((d) => plannedDate(d) <= until)));
    expect(lastParameters().includeDiaryEntries.part).toEqual([{ name: 'diaryEntriesSearchDate', valueDate: until }]);
  });

  it('is empty on the patient-facing route: a citizen reading their own record gets no diary entries', async () => {
    const nhs = patientWith((r) => r.uncategorised.diary.length > 0 && r.uncategorised.observations.length > 0);
    const r = await t.run<any>(`{ me { patient { gpRecord { diaryEntries { id } observations { id } } } } }`, undefined, { principal: { citizen: nhs } });
    expect(r.errors).toBeUndefined();
    expect(r.data.me.patient.gpRecord.diaryEntries).toEqual([]);
    expect(ids(r.data.me.patient.gpRecord.observations)).toEqual(ids(recordOf(nhs).uncategorised.observations));
  });
});

describe('what GP Connect would refuse is refused before any call', () => {
  it.each([
    ['a diary search date before today', `diaryEntries(until: "${addDays(ukDate(new Date()), -1)}") { id }`, 'INVALID_DATE_RANGE'],
    ['an observation window ending after today', `observations(to: "${addDays(ukDate(new Date()), 1)}") { id }`, 'INVALID_DATE_RANGE'],
    ['an inverted observation window', `observations(from: "2020-01-02", to: "2020-01-01") { id }`, 'INVALID_DATE_RANGE'],
    ['an observation window beside consultations', `consultations { id } observations(from: "2020-01-01") { id }`, 'INVALID_AREA_COMBINATION'],
    ['a diary search date beside problems', `problems { id } diaryEntries(until: "${ukDate(new Date())}") { id }`, 'INVALID_AREA_COMBINATION'],
  ])('%s: BAD_USER_INPUT (%s)', async (_, body, reason) => {
    const r = await t.run<any>(RECORD(body), { n: '9000000009' });
    const refusal = r.errors!.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    expect(refusal?.extensions?.reason).toBe(reason);
    expect(t.calls()['gpc-access-record'] ?? 0).toBe(0);
  });

  it('asks nothing of GP Connect for a restricted patient', async () => {
    const r = await t.run<any>(RECORD(`observations { id } diaryEntries { id }`), { n: '9990004544' });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()['gpc-access-record'] ?? 0).toBe(0);
  });
});

describe('the structured record call for these areas fails as the others do', () => {
  it.each([
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
    [429, 'RATE_LIMITED'],
  ])('a GP Connect %i nulls gpRecord with %s and keeps the patient', async (status, code) => {
    t.sandbox.setFault('gpc-access-record', { kind: 'status', status });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { observations { id } diaryEntries { id } } } }`);
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', gpRecord: null });
    expect([...new Set(codes(r))]).toEqual([code]);
  });

  it('a GP Connect that does not answer in time is UPSTREAM_TIMEOUT', async () => {
    t.sandbox.setFault('gpc-access-record', { kind: 'hang' });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { observations { id } } } }`);
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
  });
});
