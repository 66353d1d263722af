import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ukDate } from '../../src/nhs/uk-time.js';
import { listWarnings } from '../../sandbox/src/routers/gp-connect/records.js';
import { GpcWorld } from '../../sandbox/src/routers/gp-connect/world.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * The structured record as gpc-structured/CONTRACT.md and the specification have it, read off what the embedded
 * platform received and answered: the part parameters' exact names, the not permitted parameter combinations, the
 * lists' warnings and empty reasons, every field of the published example record by value, and an answer that is not
 * the record asked for.
 */
let t: TestGraph;
let world: GpcWorld;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, 'gpc-access-record': 500 } });
  world = new GpcWorld(t.sandbox.population);
});
afterAll(() => t.close());
beforeEach(() => {
  t.resetCalls();
  t.sandbox.resetCounts();
});
afterEach(() => t.sandbox.setFault('gpc-access-record', undefined));

/** Every parameter name and part parameter name of each $gpc.getstructuredrecord the sandbox received since the reset. */
function parametersSent(): string[][] {
  return t.sandbox
    .receivedRequests('gpc-access-record')
    .filter((r) => r.path.endsWith('/Patient/$gpc.getstructuredrecord'))
    .map((r) =>
      (JSON.parse(r.body).parameter as { name: string; part?: { name: string }[] }[]).map((p) => [p.name, ...(p.part ?? []).map((x) => x.name)].join(':')),
    );
}

/** A synthetic patient GP Connect answers for (by the stand-in's data) whose list warnings satisfy `test`. */
function patientWith(test: (w: ReturnType<typeof listWarnings>) => boolean): string {
  const today = ukDate(new Date());
  const found = t.sandbox.population.patients.find(
    (p) => !p.restricted && world.patient(p.nhsNumber).status === 'normal' && !withoutGpConnect(p.gpOdsCode) && test(listWarnings(p.nhsNumber, today)),
  );
  if (!found) throw new Error('no such synthetic patient');
  return found.nhsNumber;
}

describe('$gpc.getstructuredrecord parameters', () => {
  it('names every part parameter as the OperationDefinition does (referralSearchPeriod), and sends only what was asked for', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord {
      allergies { id } medicationStatements(from: "2015-01-01") { id } immunisations { id }
      referrals(from: "2016-01-01", to: "2020-01-01") { id } investigations(from: "2016-01-01") { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(parametersSent()).toEqual([
      [
        'patientNHSNumber',
        'includeAllergies:includeResolvedAllergies',
        'includeMedication:includePrescriptionIssues:medicationSearchFromDate',
        'includeImmunisations',
        'includeInvestigations:investigationSearchPeriod',
        'includeReferrals:referralSearchPeriod',
      ],
    ]);
  });

  it('sends consultations beside immunisations without includeNotGiven, and beside a dated investigations search: both permitted', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord {
      consultations(mostRecent: 2) { id } problems { id } immunisations { id } investigations(from: "2016-01-01") { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(parametersSent()).toEqual([
      [
        'patientNHSNumber',
        'includeConsultations:includeNumberOfMostRecent',
        'includeProblems',
        'includeImmunisations',
        'includeInvestigations:investigationSearchPeriod',
      ],
    ]);
  });

  it.each([
    ['consultations with problems(status)', 'consultations { id } problems(status: active) { id }'],
    ['consultations with immunisations(includeNotGiven: true)', 'consultations { id } immunisations(includeNotGiven: true) { id }'],
    ['problems with immunisations(includeNotGiven: true)', 'problems { id } immunisations(includeNotGiven: true) { id }'],
    ['problems with referrals(from)', 'problems { id } referrals(from: "2016-01-01") { id }'],
    ['consultations with medicationStatements(from)', 'consultations { id } medicationStatements(from: "2016-01-01") { id }'],
  ])('refuses %s before any call (INVALID_AREA_COMBINATION)', async (_, fields) => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { ${fields} } } }`);
    expect(r.data.patient.nhsNumber).toBe('9000000009');
    expect(r.data.patient.gpRecord).toBeNull();
    expect(codes(r)).toContain('BAD_USER_INPUT');
    expect(r.errors!.map((e) => e.extensions!.reason)).toContain('INVALID_AREA_COMBINATION');
    expect(t.calls()['gpc-access-record']).toBeUndefined();
  });
});

describe('GpRecord.lists', () => {
  const LISTS = 'lists { area title emptyReason { codings { system code display } } warnings { code display } notes }';

  it('shows why an empty list is empty (no-content-recorded, with its note), beside the example lists', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord { allergies { id } problems { id } ${LISTS} } } }`);
    expect(r.errors).toBeUndefined();
    const lists = r.data.patient.gpRecord.lists;
    expect(lists.find((l: any) => l.area === 'PROBLEMS')).toEqual({
      area: 'PROBLEMS',
      title: 'Problems',
      emptyReason: {
        codings: [
          { system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1', code: 'no-content-recorded', display: 'No Content Recorded' },
        ],
      },
      warnings: [],
      notes: ['Information not available'],
    });
    expect(lists.filter((l: any) => l.area === 'ALLERGIES').map((l: any) => l.title)).toEqual(['Active Allergies']);
    expect(t.calls()['gpc-access-record']).toBe(1);
  });

  it('surfaces confidential items withheld from one area, on that area only', async () => {
    const nhs = patientWith((w) => w.confidential === 'medications' && !w.transferredOn);
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { allergies { id } medicationStatements { id } ${LISTS} } } }`, {
      n: nhs,
    });
    expect(r.errors).toBeUndefined();
    const lists = r.data.patient.gpRecord.lists;
    expect(lists.find((l: any) => l.area === 'MEDICATIONS')).toMatchObject({
      warnings: [{ code: 'confidential-items', display: 'Confidential Items' }],
      notes: [expect.stringMatching(/^Items excluded due to confidentiality and\/or patient preferences\./)],
    });
    expect(lists.find((l: any) => l.area === 'ALLERGIES').warnings).toEqual([]);
  });

  it('surfaces an incomplete record transfer on every list, with the date the patient registered', async () => {
    const today = ukDate(new Date());
    const nhs = patientWith((w) => w.transferredOn !== null && w.confidential === null && !w.awaitingFiling);
    const [y, m, d] = listWarnings(nhs, today).transferredOn!.split('-');
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { allergies { id } problems { id } investigations { id } ${LISTS} } } }`,
      { n: nhs },
    );
    expect(r.errors).toBeUndefined();
    const lists = r.data.patient.gpRecord.lists;
    expect(lists.map((l: any) => l.area).sort()).toEqual(['ALLERGIES', 'INVESTIGATIONS', 'PROBLEMS']);
    for (const list of lists) {
      expect(list.warnings).toEqual([{ code: 'data-in-transit', display: 'Data in Transit' }]);
      expect(list.notes[0]).toContain(
        `Patient record transfer from previous GP practice not yet complete; information recorded before ${d}-${month}-${y} may be missing.`,
      );
    }
  });

  it('surfaces data awaiting filing on investigations', async () => {
    const nhs = patientWith((w) => w.awaitingFiling && !w.transferredOn);
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { gpRecord { investigations { id } ${LISTS} } } }`, { n: nhs });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.gpRecord.lists[0]).toMatchObject({
      area: 'INVESTIGATIONS',
      warnings: [{ code: 'data-awaiting-filing', display: 'Data Awaiting Filing' }],
    });
  });

  it('rides on the sibling fields: the lists of both calls when an area is asked twice', async () => {
    const r = await t.run<any>(
      `{ patient(nhsNumber: "9000000009") { gpRecord { a: allergies { id } b: allergies(includeResolved: true) { id } lists { title } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.gpRecord.lists.map((l: any) => l.title).sort()).toEqual(['Active Allergies', 'Resolved Allergies']);
    expect(t.calls()['gpc-access-record']).toBe(2);
  });
});

describe('the published example record, field by field (9000000009)', () => {
  it('maps every allergy field: severity, criticality, verification status, categories, reactions, end', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord { allergies(includeResolved: true) {
      id clinicalStatus verificationStatus type categories criticality assertedDate onset endDate endReason notes
      code { text display codings { system code display } }
      reactions { severity description manifestations { text display codings { code } } } } } } }`);
    expect(r.errors).toBeUndefined();
    const allergies = r.data.patient.gpRecord.allergies;
    expect(allergies.find((a: any) => a.id === '5eb0f76a-cecb-4b83-999d-ddb76e551a9b')).toEqual({
      id: '5eb0f76a-cecb-4b83-999d-ddb76e551a9b',
      clinicalStatus: 'active',
      verificationStatus: 'unconfirmed',
      type: 'allergy',
      categories: ['environment'],
      criticality: 'high',
      assertedDate: '2016-02-08T10:57:34+00:00',
      onset: null,
      endDate: null,
      endReason: null,
      notes: ['Certainty: Certain, Severity: Life Threatening, NOTES: notes on the peanut allergy'],
      code: { text: 'Nut allergy', display: 'Nut allergy', codings: [{ system: 'http://snomed.info/sct', code: '256349002', display: 'Peanut - dietary' }] },
      reactions: [
        {
          severity: 'severe',
          description: null,
          manifestations: [{ text: 'Anaphalactic shock', display: 'Anaphalactic shock', codings: [{ code: '241933001' }] }],
        },
      ],
    });
    expect(allergies.find((a: any) => a.id === '6bff710a-0bdc-4c9b-b98b-40db0a107edc')).toMatchObject({
      criticality: 'low',
      categories: ['medication'],
      reactions: [{ severity: 'mild' }],
    });
    expect(allergies.find((a: any) => a.id === 'Resolved-1')).toMatchObject({
      clinicalStatus: 'resolved',
      type: 'intolerance',
      endDate: '2018-03-01',
      endReason: 'Patient reports no subsequent recurrence on same medication',
      reactions: [{ severity: 'severe', manifestations: [{ display: 'Vomiting' }] }],
    });
  });

  it('maps every medication course field', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord { medicationStatements {
      id status effectiveStart effectiveEnd dateAsserted lastIssueDate dosage patientInstruction prescriptionType repeatsAllowed repeatsIssued notes
      medication { id code { display } } issues { id status authoredOn quantity } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.gpRecord.medicationStatements.find((s: any) => s.id === '791ceb40-db0a-491d-ab0f-22f5a08509fd')).toEqual({
      id: '791ceb40-db0a-491d-ab0f-22f5a08509fd',
      status: 'active',
      effectiveStart: '2016-08-11',
      effectiveEnd: null,
      dateAsserted: '2016-08-11',
      lastIssueDate: '2016-09-11',
      dosage: 'TAKE ONE DAILY',
      patientInstruction: 'INSTRUCTIONS FOR PATIENT',
      prescriptionType: 'repeat',
      repeatsAllowed: 5,
      repeatsIssued: 2,
      notes: ['SOME NOTES'],
      medication: { id: '8b339981-e9be-4e37-bf03-799295a6aec8', code: { display: 'Aspirin 75mg dispersible tablets' } },
      issues: [
        { id: '8afe3af9-995d-4ccc-9211-f8c2620be670', status: 'completed', authoredOn: '2016-08-11', quantity: 'quantity varies dependent on schedule' },
        { id: 'a946012a-283b-46c4-8312-e1312a54ab9c', status: 'completed', authoredOn: '2016-09-11', quantity: 'quantity varies dependent on schedule' },
      ],
    });
  });

  it('maps every immunisation and referral field', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { gpRecord {
      immunisations { id status notGiven date lotNumber vaccine { text } procedure { display codings { code } } site { display } route { display } }
      referrals { id ubrn status intent priority authoredOn description recipients reasons { display codings { code } } } } } }`);
    expect(r.errors).toBeUndefined();
    const { immunisations, referrals } = r.data.patient.gpRecord;
    expect(immunisations.find((i: any) => i.id === 'eba25af1-5b74-4790-aa5a-2134fd27ad45')).toEqual({
      id: 'eba25af1-5b74-4790-aa5a-2134fd27ad45',
      status: 'completed',
      notGiven: false,
      date: '2019-06-28',
      lotNumber: 'AAJN11K',
      vaccine: { text: 'Unknown' },
      procedure: { display: 'First hepatitis A vaccination', codings: [{ code: '170378007' }] },
      site: { display: 'Right upper arm' },
      route: { display: 'Subcutaneous route' },
    });
    expect(referrals.find((x: any) => x.id === 'Consultation1-Topic5-Category-Plan-ReferralRequest-1')).toEqual({
      id: 'Consultation1-Topic5-Category-Plan-ReferralRequest-1',
      ubrn: 'bb2378b6-dde2-11e9-9d36-2a2ae2dbcce4',
      status: 'unknown',
      intent: 'order',
      priority: 'routine',
      authoredOn: '2019-03-28T10:30:00+00:00',
      description: 'Referral due to swollen legs',
      recipients: ['Dr Dave'],
      reasons: [{ display: 'Referral to physiotherapist', codings: [{ code: '308447003' }] }],
    });
  });
});

describe('an answer that is not the record asked for', () => {
  it.each([
    ["another patient's record", 'other-patient' as const],
    ['a resource of another type', 'wrong-resource' as const],
  ])('%s is UPSTREAM_ERROR, never an empty list', async (_, body) => {
    t.sandbox.setFault('gpc-access-record', { kind: 'malformed', body });
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { nhsNumber gpRecord { allergies { id } lists { title } } } }`);
    expect(r.data.patient).toEqual({ nhsNumber: '9000000009', gpRecord: null });
    expect(codes(r)).toEqual(['UPSTREAM_ERROR']);
    expect(JSON.stringify(r.errors)).not.toContain('9999999999');
  });
});
