import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * The patient's people and pharmacy (issue 16, PDS): related people, the changes updatePatient makes to the nominated
 * pharmacy, names, contact preferences and communication needs, and search by date of death. Through the real server
 * and the embedded PDS, whose exchanges are checked against personal-demographics.yaml.
 */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ timeoutMs: { default: 5_000, pds: 500 } });
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('pds', undefined));

/** A synthetic patient whose seeded next of kin is the next patient of the population (9990000840, Amelia Marshall). */
const SUBJECT = '9990000832';
const RESTRICTED = '9990004544';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const RELATED = `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber relatedPeople {
  id active relatedNhsNumber nextOfKin contactRank copyCorrespondence
  name { given family } relationships { code } telecom { value } addresses { postalCode }
  contactPreferences { method writtenFormat times } communication { language interpreterRequired } } } }`;

describe('Patient.relatedPeople', () => {
  it("reads PDS's RelatedPerson list for the patient: next of kin with name, contact and rank, in one call", async () => {
    const r = await t.run<any>(RELATED, { n: SUBJECT });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.relatedPeople).toEqual([
      {
        id: 'RP000832',
        active: true,
        relatedNhsNumber: '9990000840',
        nextOfKin: true,
        contactRank: 1,
        copyCorrespondence: false,
        name: { given: ['Amelia'], family: 'Marshall' },
        relationships: [{ code: 'Personal' }, { code: 'SPS' }, { code: 'N' }],
        telecom: [{ value: '01632 103378' }],
        addresses: [{ postalCode: 'LS12 6UL' }],
        contactPreferences: null,
        communication: null,
      },
    ]);
    expect(t.calls()).toEqual({ pds: 2 });
    const call = t.sandbox.receivedRequests('pds').find((q) => q.path.endsWith('/RelatedPerson'))!;
    expect(call.method).toBe('GET');
    expect(call.path).toBe(`/personal-demographics/FHIR/R4/Patient/${SUBJECT}/RelatedPerson`);
  });

  it("maps the contract's sandbox answer for 9000000009: two guardians, preferences and communication needs", async () => {
    const r = await t.run<any>(RELATED, { n: '9000000009' });
    expect(r.errors).toBeUndefined();
    const people = r.data.patient.relatedPeople;
    expect(people.map((p: any) => p.id)).toEqual(['507B7621', 'B3380E98']);
    expect(people[0]).toMatchObject({
      nextOfKin: false,
      relationships: [{ code: 'Guardian' }],
      contactPreferences: { method: 'LETTER', writtenFormat: 'BRAILLE', times: 'Not after 7pm' },
      communication: { language: 'fr', interpreterRequired: true },
      contactRank: 1,
      copyCorrespondence: true,
    });
    // The second holds only a link to a record (the contract's stub links the patient's own number).
    expect(people[1]).toMatchObject({ relatedNhsNumber: '9000000009', name: null, telecom: [], addresses: [] });
  });

  it('is null for a restricted patient, with no error and no RelatedPerson call', async () => {
    const r = await t.run<any>(RELATED, { n: RESTRICTED });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient).toEqual({ nhsNumber: RESTRICTED, relatedPeople: null });
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.path.endsWith('/RelatedPerson'))).toEqual([]);
    expect(t.calls()).toEqual({ pds: 1 });
  });

  it('sends X-Request-ID, the bearer token and the end-user organisation on the RelatedPerson call', async () => {
    const r = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { relatedPeople { id } } }`,
      { n: SUBJECT },
      { headers: { 'NHSD-End-User-Organisation-ODS': 'rr8' } },
    );
    expect(r.errors).toBeUndefined();
    const call = t.sandbox.receivedRequests('pds').find((q) => q.path.endsWith('/RelatedPerson'))!;
    expect(call.headers['x-request-id']).toMatch(UUID);
    expect(String(call.headers.authorization)).toMatch(/^Bearer \S+$/);
    expect(call.headers['nhsd-end-user-organisation-ods']).toBe('RR8');
  });

  it('a patient PDS records no related people for is an empty list: PDS answers 404 RESOURCE_NOT_FOUND ("No related people exist")', async () => {
    // The public sandbox's minimal record: not restricted, and no related people.
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber relatedPeople { id } } }`, { n: '9000000033' });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient).toEqual({ nhsNumber: '9000000033', relatedPeople: [] });
    expect(t.calls()).toEqual({ pds: 2 });
  });

  it('a RelatedPerson 404 other than RESOURCE_NOT_FOUND (INVALIDATED_RESOURCE) stays NOT_FOUND, the patient kept', async () => {
    const invalidated = {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'not-found',
          details: { coding: [{ system: 'https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode', code: 'INVALIDATED_RESOURCE' }] },
        },
      ],
    };
    t.sandbox.setFault('pds', { kind: 'answer', status: 404, body: invalidated, after: 1 });
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber relatedPeople { id } } }`, { n: SUBJECT });
    expect(r.data.patient).toEqual({ nhsNumber: SUBJECT, relatedPeople: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'pds', status: 404, issueCode: 'INVALIDATED_RESOURCE' });
  });

  it.each([
    [404, 'NOT_FOUND'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('a RelatedPerson %i nulls relatedPeople with %s and keeps the patient', async (status, code) => {
    // The patient's read (the first PDS call) goes through; the RelatedPerson call fails.
    t.sandbox.setFault('pds', { kind: 'status', status, after: 1 });
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber relatedPeople { id } } }`, { n: SUBJECT });
    expect(r.data.patient).toEqual({ nhsNumber: SUBJECT, relatedPeople: null });
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.path).toEqual(['patient', 'relatedPeople']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'pds', status });
  });

  it('a RelatedPerson call that does not answer in time is UPSTREAM_TIMEOUT, the patient kept', async () => {
    t.sandbox.setFault('pds', { kind: 'hang', after: 1 });
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber relatedPeople { id } } }`, { n: SUBJECT });
    expect(r.data.patient).toEqual({ nhsNumber: SUBJECT, relatedPeople: null });
    expect(codes(r)).toEqual(['UPSTREAM_TIMEOUT']);
  });

  it('a citizen reads their own related people; another patient is refused before any call', async () => {
    const own = await t.run<any>(`{ me { patient { relatedPeople { relatedNhsNumber } } } }`, undefined, { principal: { citizen: SUBJECT } });
    expect(own.errors).toBeUndefined();
    expect(own.data.me.patient.relatedPeople).toEqual([{ relatedNhsNumber: '9990000840' }]);
    t.resetCalls();
    const other = await t.run<any>(
      `query($n: NhsNumber!) { patient(nhsNumber: $n) { relatedPeople { id } } }`,
      { n: '9990000840' },
      { principal: { citizen: SUBJECT } },
    );
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(t.calls()).toEqual({});
  });
});

describe('patients(search) by date of death', () => {
  it("sends PDS's death-date with its eq prefix and finds the deceased patient", async () => {
    const r = await t.run<any>(
      `{ patients(search: { family: "Smith", gender: female, birthDate: "2010-10-22", deathDate: ` +
        `"2010-10-22" }) { total matches { patient { nhsNumber deceasedDateTime } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.patients.matches.map((m: any) => m.patient.nhsNumber)).toEqual(['9000000009']);
    const search = new URLSearchParams(t.sandbox.receivedRequests('pds').at(-1)!.search);
    expect(search.getAll('death-date')).toEqual(['eq2010-10-22']);
  });

  it('sends a range as ge and le, and a range that excludes the death finds no one', async () => {
    const r = await t.run<any>(
      `{ patients(search: { family: "Smith", gender: female, birthDate: "2010-10-22", deathDateFrom: "2011-01-01", deathDateTo: "2012-01-01" }) { total } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.patients.total).toBe(0);
    const search = new URLSearchParams(t.sandbox.receivedRequests('pds').at(-1)!.search);
    expect(search.getAll('death-date')).toEqual(['ge2011-01-01', 'le2012-01-01']);
  });

  it.each([
    ['an exact date and a range', `deathDate: "2010-10-22", deathDateFrom: "2010-01-01"`],
    ['an inverted range', `deathDateFrom: "2012-01-01", deathDateTo: "2010-01-01"`],
  ])('refuses %s before any call', async (_, args) => {
    const r = await t.run<any>(`{ patients(search: { family: "Smith", birthDate: "2010-10-22", ${args} }) { total } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_SEARCH');
    expect(t.calls()).toEqual({});
  });
});
