import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../src/errors.js';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { checkPatientAppointments, checkSearchset, checkStructuredRecord } from '../../../src/sources/gp-connect/answer-checks.js';
import { mapAllergy, mapImmunisation, mapMedicationStatement, mapProblem } from '../../../src/sources/gp-connect/record-mapper.js';
import { mapRecordLists } from '../../../src/sources/gp-connect/record-lists.js';
import { ResourceIndex } from '../../../src/sources/gp-connect/stu3.js';
import { buildStructuredRecordParameters, validateRecordAreas } from '../../../src/sources/gp-connect/structured-request.js';
import { mapStructuredRecord } from '../../../src/sources/gp-connect/structured-record.js';
import type { StuBundle, StuList } from '../../../src/sources/gp-connect/wire.js';

/**
 * The GP Connect mappers, request builder and call planner, pure: inputs are the published examples (gpc-structured
 * examples, or resources copied from the access-record OAS example, written out here), outputs are literals.
 */
const example = (file: string): StuBundle => loadFixture<StuBundle>(`gpc-structured/examples/${file}`);
const byId = (bundle: StuBundle, id: string) => bundle.entry!.map((e) => e.resource!).find((r) => r.id === id)!;
const resolvedAllergy = () =>
  example('allergies_response1.json')
    .entry!.map((e) => e.resource!)
    .find((r) => r.resourceType === 'List' && r.title === 'Resolved Allergies')!.contained![0]!;

describe('mapAllergy', () => {
  it("maps every field of the spec's peanut allergy (allergies_response1.json)", () => {
    const peanut = mapAllergy(byId(example('allergies_response1.json'), '5eb0f76a-cecb-4b83-999d-ddb76e551a9b') as never);
    expect({ ...peanut, resource: undefined }).toEqual({
      id: '5eb0f76a-cecb-4b83-999d-ddb76e551a9b',
      clinicalStatus: 'active',
      verificationStatus: 'unconfirmed',
      type: 'allergy',
      categories: ['environment'],
      criticality: 'high',
      code: { text: 'Nut allergy', display: 'Nut allergy', codings: [{ system: 'http://snomed.info/sct', code: '256349002', display: 'Peanut - dietary' }] },
      assertedDate: '2016-02-08T10:57:34+00:00',
      onset: null,
      endDate: null,
      endReason: null,
      reactions: [
        {
          manifestations: [
            {
              text: 'Anaphalactic shock',
              display: 'Anaphalactic shock',
              codings: [{ system: 'http://snomed.info/sct', code: '241933001', display: 'Peanut-induced anaphylaxis' }],
            },
          ],
          severity: 'severe',
          description: null,
        },
      ],
      notes: ['Certainty: Certain, Severity: Life Threatening, NOTES: notes on the peanut allergy'],
      resource: undefined,
    });
  });

  it('maps the end date and reason of a resolved allergy (contained in the Resolved Allergies list)', () => {
    const aspirin = mapAllergy(resolvedAllergy() as never);
    expect(aspirin).toMatchObject({
      id: 'Resolved-1',
      clinicalStatus: 'resolved',
      type: 'intolerance',
      criticality: 'low',
      endDate: '2018-03-01',
      endReason: 'Patient reports no subsequent recurrence on same medication',
      reactions: [{ severity: 'severe', manifestations: [{ display: 'Vomiting' }] }],
    });
  });
});

describe('mapMedicationStatement', () => {
  it('spreads a repeat course over its plan, issues and drug (meds_response.json)', () => {
    const bundle = example('meds_response.json');
    const statement = mapMedicationStatement(byId(bundle, '791ceb40-db0a-491d-ab0f-22f5a08509fd') as never, new ResourceIndex(bundle));
    expect({
      ...statement,
      resource: undefined,
      medication: statement.medication?.code,
      issues: statement.issues.map((i) => ({ ...i, resource: undefined })),
    }).toEqual({
      id: '791ceb40-db0a-491d-ab0f-22f5a08509fd',
      status: 'active',
      medication: {
        text: null,
        display: 'Aspirin 75mg dispersible tablets',
        codings: [{ system: 'http://snomed.info/sct', code: '319773006', display: 'Aspirin 75mg dispersible tablets' }],
      },
      effectiveStart: '2016-08-11',
      effectiveEnd: null,
      dateAsserted: '2016-08-11',
      // The example writes this extension under fhir.hl7.org.uk; the other statements under fhir.nhs.uk.
      lastIssueDate: '2016-09-11',
      dosage: 'TAKE ONE DAILY',
      patientInstruction: 'INSTRUCTIONS FOR PATIENT',
      prescriptionType: 'repeat',
      repeatsAllowed: 5,
      repeatsIssued: 2,
      issues: [
        {
          id: '8afe3af9-995d-4ccc-9211-f8c2620be670',
          status: 'completed',
          authoredOn: '2016-08-11',
          quantity: 'quantity varies dependent on schedule',
          resource: undefined,
        },
        {
          id: 'a946012a-283b-46c4-8312-e1312a54ab9c',
          status: 'completed',
          authoredOn: '2016-09-11',
          quantity: 'quantity varies dependent on schedule',
          resource: undefined,
        },
      ],
      notes: ['SOME NOTES'],
      resource: undefined,
    });
  });

  it('gives an acute course its completed single issue and a dateTime effective start', () => {
    const bundle = example('meds_response.json');
    const statement = mapMedicationStatement(byId(bundle, '6bff710a-0bdc-4c9b-b98b-40db0a107edc') as never, new ResourceIndex(bundle));
    expect(statement).toMatchObject({
      effectiveStart: '2016-05-10',
      lastIssueDate: '2016-05-10',
      prescriptionType: 'acute',
      repeatsAllowed: null,
      issues: [{ quantity: '28 capsule(s)' }],
    });
  });
});

describe('mapImmunisation', () => {
  it('maps every field of immunizations_response1.json', () => {
    const hepA = mapImmunisation(byId(example('immunizations_response1.json'), 'eba25af1-5b74-4790-aa5a-2134fd27ad45') as never);
    expect({ ...hepA, resource: undefined }).toEqual({
      id: 'eba25af1-5b74-4790-aa5a-2134fd27ad45',
      status: 'completed',
      notGiven: false,
      vaccine: { text: 'Unknown', display: 'Unknown', codings: [{ system: 'http://hl7.org/fhir/v3/NullFlavor', code: 'UNK', display: null }] },
      procedure: {
        text: null,
        display: 'First hepatitis A vaccination',
        codings: [{ system: 'http://snomed.info/sct', code: '170378007', display: 'First hepatitis A vaccination' }],
      },
      date: '2019-06-28',
      lotNumber: 'AAJN11K',
      site: { text: null, display: 'Right upper arm', codings: [{ system: 'http://snomed.info/sct', code: '368209003', display: 'Right upper arm' }] },
      route: { text: null, display: 'Subcutaneous route', codings: [{ system: 'http://snomed.info/sct', code: '34206005', display: 'Subcutaneous route' }] },
      notes: expect.any(Array),
      resource: undefined,
    });
  });
});

/** A problem header, consultation and lists from the access-record OAS example (gp-connect-access-record-fhir.yaml). */
const OAS_CONDITION = {
  resourceType: 'Condition',
  id: 'f200000000000000_4e08000000000000',
  clinicalStatus: 'active',
  code: { coding: [{ system: 'http://snomed.info/sct', code: '230065006', display: 'Chain smoker' }] },
  onsetDateTime: '2010-08-17T00:00:00+01:00',
  assertedDate: '2010-12-16T14:53:36+00:00',
  note: [{ text: 'This problem is connected to the Stop Smoking goal' }],
  extension: [{ url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1', valueCode: 'minor' }],
};

describe('mapProblem', () => {
  it('maps significance, onset, asserted date and notes of the OAS example problem', () => {
    expect({ ...mapProblem(OAS_CONDITION as never), resource: undefined }).toEqual({
      id: 'f200000000000000_4e08000000000000',
      clinicalStatus: 'active',
      significance: 'minor',
      code: { text: null, display: 'Chain smoker', codings: [{ system: 'http://snomed.info/sct', code: '230065006', display: 'Chain smoker' }] },
      onset: '2010-08-17T00:00:00+01:00',
      abatement: null,
      assertedDate: '2010-12-16T14:53:36+00:00',
      notes: ['This problem is connected to the Stop Smoking goal'],
      resource: undefined,
    });
  });

  it('maps the abatement of an inactive problem', () => {
    expect(mapProblem({ ...OAS_CONDITION, clinicalStatus: 'inactive', abatementDateTime: '2012-01-01T00:00:00+00:00' } as never)).toMatchObject({
      clinicalStatus: 'inactive',
      abatement: '2012-01-01T00:00:00+00:00',
    });
  });
});

const PATIENT = { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690937286' }] };
const collection = (...resources: object[]): StuBundle => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource) => ({ resource: resource as never })),
});

describe('mapStructuredRecord', () => {
  it('maps a consultation with its title from the consultation List, and an investigation with its results', () => {
    const encounter = {
      resourceType: 'Encounter',
      id: '4000000000000000_8844170000000000',
      status: 'finished',
      type: [{ text: 'Admin' }],
      period: { start: '2010-08-17T15:00:29+01:00', end: '2010-08-17T15:20:00+01:00' },
    };
    const consultationList = {
      resourceType: 'List',
      title: 'Surgery consultation',
      encounter: { reference: 'Encounter/4000000000000000_8844170000000000' },
      code: { coding: [{ code: '325851000000107' }] },
    };
    const report = {
      resourceType: 'DiagnosticReport',
      id: 'inv-1',
      status: 'final',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '721981007', display: 'Diagnostic studies report' }] },
      issued: '2024-03-02T11:00:00+00:00',
      conclusion: 'Within normal limits',
      result: [{ reference: 'Observation/obs-1' }],
    };
    const observation = {
      resourceType: 'Observation',
      id: 'obs-1',
      status: 'final',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '1022541000000102', display: 'Serum potassium level' }] },
      effectiveDateTime: '2024-03-01T09:00:00+00:00',
      valueQuantity: { value: 4.2, unit: 'mmol/L' },
      interpretation: { coding: [{ system: 'http://hl7.org/fhir/v2/0078', code: 'N', display: 'Normal' }] },
      comment: 'Repeat in a year',
    };
    const record = mapStructuredRecord(collection(PATIENT, encounter, consultationList, report, observation));
    expect(record.consultations.map((c) => ({ ...c, resource: undefined }))).toEqual([
      {
        id: '4000000000000000_8844170000000000',
        status: 'finished',
        title: 'Surgery consultation',
        type: { text: 'Admin', display: 'Admin', codings: [] },
        start: '2010-08-17T15:00:29+01:00',
        end: '2010-08-17T15:20:00+01:00',
        resource: undefined,
      },
    ]);
    const [investigation] = record.investigations;
    expect(investigation).toMatchObject({
      id: 'inv-1',
      status: 'final',
      issued: '2024-03-02T11:00:00+00:00',
      conclusion: 'Within normal limits',
      code: { display: 'Diagnostic studies report' },
    });
    expect({ ...investigation!.results[0], resource: undefined }).toEqual({
      id: 'obs-1',
      status: 'final',
      code: {
        text: null,
        display: 'Serum potassium level',
        codings: [{ system: 'http://snomed.info/sct', code: '1022541000000102', display: 'Serum potassium level' }],
      },
      effective: '2024-03-01T09:00:00+00:00',
      value: '4.2',
      unit: 'mmol/L',
      interpretation: { text: null, display: 'Normal', codings: [{ system: 'http://hl7.org/fhir/v2/0078', code: 'N', display: 'Normal' }] },
      comment: 'Repeat in a year',
      components: [],
      resource: undefined,
    });
    // The consultation's own List structures it: it is not an area list.
    expect(record.lists).toEqual([]);
  });

  it('maps a referral: UBRN, recipients and reasons (referrals_response1.json)', () => {
    const [referral] = mapStructuredRecord(example('referrals_response1.json')).referrals.filter(
      (r) => r.id === 'Consultation1-Topic5-Category-Plan-ReferralRequest-1',
    );
    expect({ ...referral, resource: undefined }).toEqual({
      id: 'Consultation1-Topic5-Category-Plan-ReferralRequest-1',
      ubrn: 'bb2378b6-dde2-11e9-9d36-2a2ae2dbcce4',
      status: 'unknown',
      intent: 'order',
      priority: 'routine',
      authoredOn: '2019-03-28T10:30:00+00:00',
      description: 'Referral due to swollen legs',
      reasons: [
        {
          text: null,
          display: 'Referral to physiotherapist',
          codings: [{ system: 'http://snomed.info/sct', code: '308447003', display: 'Referral to physiotherapist' }],
        },
      ],
      recipients: ['Dr Dave'],
      resource: undefined,
    });
  });
});

describe('mapRecordLists', () => {
  it('keeps the warning codes and the empty reason of each area list (OAS example lists)', () => {
    const medications: StuList = {
      resourceType: 'List',
      title: 'Medications and medical devices',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '933361000000108', display: 'Medications and medical devices' }] },
      note: [{ text: 'Items excluded due to confidentiality and/or patient preferences.' }],
      entry: [{ item: { reference: 'MedicationStatement/1' } }],
      extension: [
        {
          url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ClinicalSetting-1',
          valueCodeableConcept: { coding: [{ code: '1060971000000108' }] },
        },
        { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1', valueCode: 'confidential-items' } as never,
      ],
    };
    const immunisations: StuList = {
      resourceType: 'List',
      title: 'Immunisations',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '1102181000000102', display: 'Immunisations' }] },
      note: [{ text: 'Information not available' }],
      emptyReason: {
        coding: [
          { system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1', code: 'no-content-recorded', display: 'No Content Recorded' },
        ],
      },
    };
    // The earlier profile's form: a valueCodeableConcept under fhir.hl7.org.uk.
    const inTransit: StuList = {
      resourceType: 'List',
      title: 'Problems',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '717711000000103' }] },
      extension: [
        {
          url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ListWarningCode-1',
          valueCodeableConcept: { coding: [{ code: 'data-in-transit' }] },
        },
      ],
    };
    expect(mapRecordLists([medications, immunisations, inTransit])).toEqual([
      {
        area: 'MEDICATIONS',
        title: 'Medications and medical devices',
        code: {
          text: null,
          display: 'Medications and medical devices',
          codings: [{ system: 'http://snomed.info/sct', code: '933361000000108', display: 'Medications and medical devices' }],
        },
        emptyReason: null,
        warnings: [{ code: 'confidential-items', display: 'Confidential Items' }],
        notes: ['Items excluded due to confidentiality and/or patient preferences.'],
      },
      {
        area: 'IMMUNISATIONS',
        title: 'Immunisations',
        code: { text: null, display: 'Immunisations', codings: [{ system: 'http://snomed.info/sct', code: '1102181000000102', display: 'Immunisations' }] },
        emptyReason: {
          text: null,
          display: 'No Content Recorded',
          codings: [
            { system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1', code: 'no-content-recorded', display: 'No Content Recorded' },
          ],
        },
        warnings: [],
        notes: ['Information not available'],
      },
      {
        area: 'PROBLEMS',
        title: 'Problems',
        code: { text: null, display: null, codings: [{ system: 'http://snomed.info/sct', code: '717711000000103', display: null }] },
        emptyReason: null,
        warnings: [{ code: 'data-in-transit', display: 'Data in Transit' }],
        notes: [],
      },
    ]);
  });
});

describe('buildStructuredRecordParameters', () => {
  const names = (areas: Parameters<typeof buildStructuredRecordParameters>[1]) =>
    buildStructuredRecordParameters('9690937286', areas).parameter.map((p) => [p.name, ...(p.part ?? []).map((x) => x.name)].join(':'));

  it("names each part parameter as the OperationDefinition does: referralSearchPeriod, not the example's referralsSearchPeriod", () => {
    expect(names({ referrals: { from: '2020-01-01', to: '2021-01-01' } })).toEqual(['patientNHSNumber', 'includeReferrals:referralSearchPeriod']);
  });

  it('leaves out what the client did not ask for: includeNotGiven only when true, no empty period', () => {
    expect(names({ immunisations: { includeNotGiven: false }, investigations: {}, consultations: { mostRecent: 3 } })).toEqual([
      'patientNHSNumber',
      'includeConsultations:includeNumberOfMostRecent',
      'includeImmunisations',
      'includeInvestigations',
    ]);
    expect(names({ immunisations: { includeNotGiven: true } })).toEqual(['patientNHSNumber', 'includeImmunisations:includeNotGiven']);
    expect(names({ allergies: { includeResolved: false }, medications: { includeIssues: true, from: '2020-01-01' } })).toEqual([
      'patientNHSNumber',
      'includeAllergies:includeResolvedAllergies',
      'includeMedication:includePrescriptionIssues:medicationSearchFromDate',
    ]);
  });
});

describe('validateRecordAreas', () => {
  const reason = (areas: Parameters<typeof validateRecordAreas>[0]) => {
    try {
      validateRecordAreas(areas, '2026-06-01');
      return 'ok';
    } catch (error) {
      return (error as GraphError).extensions.reason;
    }
  };

  it.each([
    ['consultations with problems(status)', { consultations: {}, problems: { status: 'active' as const } }, 'INVALID_AREA_COMBINATION'],
    ['consultations with immunisations(includeNotGiven: true)', { consultations: {}, immunisations: { includeNotGiven: true } }, 'INVALID_AREA_COMBINATION'],
    ['consultations with medications(from)', { consultations: {}, medications: { includeIssues: true, from: '2020-01-01' } }, 'INVALID_AREA_COMBINATION'],
    ['consultations with referrals(from)', { consultations: {}, referrals: { from: '2020-01-01' } }, 'INVALID_AREA_COMBINATION'],
    ['problems with immunisations(includeNotGiven: true)', { problems: {}, immunisations: { includeNotGiven: true } }, 'INVALID_AREA_COMBINATION'],
    ['problems with referrals(to)', { problems: {}, referrals: { to: '2020-01-01' } }, 'INVALID_AREA_COMBINATION'],
    ['problems(status) without consultations', { problems: { status: 'inactive' as const }, immunisations: { includeNotGiven: false } }, 'ok'],
    ['consultations with investigations(from, to): not in either list', { consultations: {}, investigations: { from: '2020-01-01', to: '2021-01-01' } }, 'ok'],
    ['problems with investigations(from)', { problems: {}, investigations: { from: '2020-01-01' } }, 'ok'],
    ['referrals(from) alone', { referrals: { from: '2020-01-01' } }, 'ok'],
    ['a date after today', { investigations: { to: '2026-06-02' } }, 'INVALID_DATE_RANGE'],
    ['both consultation filters', { consultations: { from: '2020-01-01', mostRecent: 2 } }, 'INVALID_SEARCH'],
  ])('%s: %s', (_, areas, expected) => {
    expect(reason(areas as never)).toBe(expected);
  });
});

describe('answer checks', () => {
  const info = { api: 'gpc-access-record', status: 200 };
  const reasonOf = (check: () => void) => {
    try {
      check();
      return 'ok';
    } catch (error) {
      return `${(error as GraphError).code} ${(error as GraphError).extensions.reason}`;
    }
  };

  it('takes a collection about the patient asked for', () => {
    expect(reasonOf(() => checkStructuredRecord(collection(PATIENT), '9690937286', info))).toBe('ok');
  });

  it('refuses another patient, no patient, or a searchset where a structured record was asked for', () => {
    expect(reasonOf(() => checkStructuredRecord(collection(PATIENT), '9690937294', info))).toBe('UPSTREAM_ERROR WRONG_RECORD');
    expect(reasonOf(() => checkStructuredRecord(collection(), '9690937286', info))).toBe('UPSTREAM_ERROR WRONG_RECORD');
    expect(reasonOf(() => checkStructuredRecord({ ...collection(PATIENT), type: 'searchset' }, '9690937286', info))).toBe('UPSTREAM_ERROR WRONG_RECORD');
    expect(reasonOf(() => checkSearchset(collection(PATIENT), undefined, info))).toBe('UPSTREAM_ERROR WRONG_RECORD');
  });

  it("refuses a patient's appointments that name another patient", () => {
    const searchset = (patient: string): StuBundle => ({
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: { resourceType: 'Appointment', id: '1', participant: [{ actor: { reference: `Patient/${patient}` } }] } as never }],
    });
    expect(reasonOf(() => checkPatientAppointments(searchset('9690937286'), '9690937286', undefined, info))).toBe('ok');
    expect(reasonOf(() => checkPatientAppointments(searchset('9690937294'), '9690937286', undefined, info))).toBe('UPSTREAM_ERROR WRONG_RECORD');
  });
});
