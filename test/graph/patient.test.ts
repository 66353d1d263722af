import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const PATIENT = /* GraphQL */ `
  query Patient($nhsNumber: NhsNumber!) {
    patient(nhsNumber: $nhsNumber) {
      nhsNumber version restricted gender birthDate deceasedDateTime
      name { given family prefix }
      addresses { use lines postalCode }
      telecom { system value }
      registeredGpOdsCode
      registeredGp { odsCode name }
      nominatedPharmacyOdsCode
      nominatedPharmacy { odsCode name }
      resource
    }
  }
`;

describe('patient(nhsNumber)', () => {
  it('returns the PDS record with its GP practice and nominated pharmacy from ODS', async () => {
    const r = await t.run<{ patient: Record<string, any> }>(PATIENT, { nhsNumber: '9000000009' });
    expect(r.errors).toBeUndefined();
    const p = r.data!.patient;
    expect(p).toMatchObject({ nhsNumber: '9000000009', version: 2, restricted: false, gender: 'female', birthDate: '2010-10-22' });
    expect(p.name).toEqual({ given: ['Jane'], family: 'Smith', prefix: ['Mrs'] });
    expect(p.registeredGp).toEqual({ odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' });
    expect(p.nominatedPharmacyOdsCode).toBe('Y12345');
    expect(p.addresses.length).toBeGreaterThan(0);
    expect(t.calls()).toEqual({ pds: 1, ods: 1 });
  });

  it('keeps the upstream FHIR resource verbatim in `resource`', async () => {
    const r = await t.run<{ patient: { resource: any } }>(PATIENT, { nhsNumber: '9000000009' });
    expect(r.data!.patient.resource.resourceType).toBe('Patient');
    expect(r.data!.patient.resource.extension.length).toBeGreaterThan(3);
    expect(r.data!.patient.resource.multipleBirthInteger).toBe(1);
  });

  it('accepts the spaced form of an NHS number', async () => {
    const r = await t.run<{ patient: { nhsNumber: string } }>(PATIENT, { nhsNumber: '900 000 0009' });
    expect(r.data!.patient.nhsNumber).toBe('9000000009');
  });

  it('never reveals where a restricted patient lives or is registered, and never asks ODS', async () => {
    const r = await t.run<{ patient: Record<string, any> }>(PATIENT, { nhsNumber: '9000000025' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.patient).toMatchObject({
      restricted: true,
      addresses: [],
      telecom: [],
      registeredGp: null,
      registeredGpOdsCode: null,
      nominatedPharmacy: null,
    });
    expect(r.data!.patient.resource.address).toBeUndefined();
    expect(r.data!.patient.resource.generalPractitioner).toBeUndefined();
    expect(t.calls()).toEqual({ pds: 1 });
  });

  it('is null with NOT_FOUND when PDS has no such record', async () => {
    const r = await t.run(PATIENT, { nhsNumber: '9111231130' });
    expect(r.data).toEqual({ patient: null });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ api: 'pds', status: 404, issueCode: 'RESOURCE_NOT_FOUND' });
    expect(r.errors![0]!.message).not.toContain('9111231130');
  });

  it.each([
    ['a failed check digit', '9000000000'],
    ['nine digits', '900000000'],
    ['letters', '90000000AB'],
    ['eleven digits', '90000000091'],
  ])('refuses %s with INVALID_NHS_NUMBER before any upstream call', async (_, nhsNumber) => {
    const r = await t.run(PATIENT, { nhsNumber });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_NHS_NUMBER');
    expect(JSON.stringify(r.errors)).not.toContain(nhsNumber);
    expect(t.calls()).toEqual({});
  });

  it('refuses an invalid NHS number written inline in the query too', async () => {
    const r = await t.run('{ patient(nhsNumber: "9000000000") { nhsNumber } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_NHS_NUMBER');
    expect(t.calls()).toEqual({});
  });

  it('reads each distinct patient once however often the query names it', async () => {
    const r = await t.run(`{
      a: patient(nhsNumber: "9000000009") { nhsNumber registeredGp { name } }
      b: patient(nhsNumber: "9000000009") { nhsNumber nominatedPharmacy { name } }
      c: patient(nhsNumber: "9000000033") { nhsNumber }
    }`);
    expect(r.errors).toBeUndefined();
    expect(t.calls()).toEqual({ pds: 2, ods: 1 });
  });
});

const SEARCH = /* GraphQL */ `
  query Search($search: PatientSearchInput!) {
    patients(search: $search) {
      total
      matches { score patient { nhsNumber fromSearch registeredGp { odsCode name } } }
    }
  }
`;

describe('patients(search)', () => {
  const cohort = { family: 'Pemberton', birthDateFrom: '1980-01-01', birthDateTo: '1980-12-31' };

  it('finds 50 patients with their 10 GP practices in one PDS call and one batched ODS call', async () => {
    const r = await t.run<{ patients: { total: number; matches: any[] } }>(SEARCH, { search: cohort });
    expect(r.errors).toBeUndefined();
    expect(r.data!.patients.total).toBe(50);
    expect(r.data!.patients.matches).toHaveLength(50);
    const practices = new Set(r.data!.patients.matches.map((m) => m.patient.registeredGp.odsCode));
    expect(practices.size).toBe(10);
    expect(r.data!.patients.matches.every((m) => m.patient.fromSearch && m.patient.registeredGp.name)).toBe(true);
    expect(t.calls()).toEqual({ pds: 1, ods: 1 });
  });

  it('without DataLoader the same query costs one ODS call per patient', async () => {
    const plain = await startTestGraph({ batching: false });
    try {
      const r = await plain.run<{ patients: { total: number } }>(SEARCH, { search: cohort });
      expect(r.data!.patients.total).toBe(50);
      expect(plain.calls()).toEqual({ pds: 1, ods: 50 });
    } finally {
      await plain.close();
    }
  });

  it('reads the full record for a nominated pharmacy, which search results omit: once per distinct patient', async () => {
    const r = await t.run<{ patients: { matches: any[] } }>(
      `query($s: PatientSearchInput!) { patients(search: $s) { matches { patient { nominatedPharmacyOdsCode nominatedPharmacy { odsCode } } } } }`,
      { s: { ...cohort, birthDateTo: '1980-01-31' } },
    );
    expect(r.errors).toBeUndefined();
    const n = r.data!.patients.matches.length;
    expect(n).toBeGreaterThan(0);
    expect(r.data!.patients.matches.every((m) => m.patient.nominatedPharmacy.odsCode === m.patient.nominatedPharmacyOdsCode)).toBe(true);
    // Only the pharmacy's code is asked: it is PDS's, so ODS is not called.
    expect(t.calls()).toEqual({ pds: 1 + n });
  });

  it('answers the public sandbox test searches as the contract lists them', async () => {
    const exact = await t.run<{ patients: { matches: any[] } }>(SEARCH, {
      search: { family: 'Smith', gender: 'female', birthDate: '2010-10-22', email: 'jane.smith@example.com', phone: '01632960587' },
    });
    expect(exact.data!.patients.matches.map((m) => [m.patient.nhsNumber, m.score])).toEqual([['9000000009', 1]]);
    const wildcard = await t.run<{ patients: { matches: any[] } }>(SEARCH, { search: { family: 'Sm*', gender: 'female', birthDate: '2010-10-22' } });
    // The public sandbox's canned answer lists only the two Smiths; a real PDS wildcard also finds the restricted
    // Janet Smythe (same birth date and gender), and so does the embedded sandbox.
    expect(wildcard.data!.patients.matches.map((m) => m.patient.nhsNumber).sort()).toEqual(['9000000009', '9000000017', '9000000025']);
  });

  it('is an error, never a cut list, when there are more matches than maxResults', async () => {
    const r = await t.run(SEARCH, { search: { ...cohort, maxResults: 10 } });
    expect(r.data).toEqual({ patients: null });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('TOO_MANY_MATCHES');
  });

  it.each([
    ['no date of birth', { family: 'Smith' }],
    ['no family name', { birthDate: '2010-10-22' }],
    ['an exact date and a range', { family: 'Smith', birthDate: '2010-10-22', birthDateFrom: '2010-01-01' }],
    ['an inverted range', { family: 'Smith', birthDateFrom: '2011-01-01', birthDateTo: '2010-01-01' }],
    ['maxResults over 50', { family: 'Smith', birthDate: '2010-10-22', maxResults: 51 }],
    ['a leading wildcard', { family: '*mith', birthDate: '2010-10-22' }],
    // personal-demographics.yaml: `given` and `address-postalcode` take no wildcard in their first two characters either,
    // given names are at most 35 characters, and "You cannot use wildcards with a fuzzy search".
    ["a wildcard in a given name's first two characters", { family: 'Smith', given: ['J*'], birthDate: '2010-10-22' }],
    ['a given name over 35 characters', { family: 'Smith', given: ['J'.repeat(36)], birthDate: '2010-10-22' }],
    ["a wildcard in a postcode's first two characters", { family: 'Smith', postcode: '*S1 6AE', birthDate: '2010-10-22' }],
    ['a wildcard in a fuzzy search', { family: 'Sm*', given: ['Jane'], birthDate: '2010-10-22', fuzzy: true }],
    ['a fuzzy search without enough', { family: 'Smith', birthDate: '2010-10-22', fuzzy: true }],
  ])('refuses %s before any upstream call', async (_, search) => {
    const r = await t.run(SEARCH, { search });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(t.calls()).toEqual({});
  });

  it('refuses a malformed date before any upstream call', async () => {
    const r = await t.run(SEARCH, { search: { family: 'Smith', birthDate: '22/10/2010' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.reason).toBe('INVALID_DATE');
    expect(t.calls()).toEqual({});
  });
});
