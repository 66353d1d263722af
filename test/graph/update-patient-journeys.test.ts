import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * updatePatient's PDS journeys (issue 16): the nominated pharmacy, names, contact preferences and communication needs,
 * as JSON Patch under If-Match; what PDS would refuse is refused before any call, with a reason.
 */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const UPDATE = /* GraphQL */ `
  mutation Update($nhsNumber: NhsNumber!, $version: Int!, $changes: PatientChangesInput!) {
    updatePatient(nhsNumber: $nhsNumber, version: $version, changes: $changes) {
      patient {
        version nominatedPharmacyOdsCode names { id use given family suffix }
        contactPreferences { method writtenFormat times } communication { language interpreterRequired }
      }
      userErrors { code message field }
    }
  }
`;
const NOMINATED = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy';

/** The JSON Patch operations of the last PATCH the stand-in received. */
function lastPatches(): { op: string; path: string; value?: any }[] {
  const patch = t.sandbox
    .receivedRequests('pds')
    .filter((q) => q.method === 'PATCH')
    .at(-1)!;
  return JSON.parse(patch.body).patches;
}

// Synthetic patients, one per test, so the persisted writes do not interfere.
describe('updatePatient: the nominated pharmacy', () => {
  it('replaces the nominated pharmacy in place, after a test of its url, and returns the new one', async () => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9990001103', version: 1, changes: { nominatedPharmacy: 'fa123' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient.patient).toMatchObject({ version: 2, nominatedPharmacyOdsCode: 'FA123' });
    // One read (the extension's index) and the PATCH.
    expect(t.calls()).toEqual({ pds: 2 });
    expect(lastPatches()).toEqual([
      { op: 'test', path: '/extension/0/url', value: NOMINATED },
      {
        op: 'replace',
        path: '/extension/0',
        value: { url: NOMINATED, valueReference: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'FA123' } } },
      },
    ]);
    const read = await t.run<any>(`{ patient(nhsNumber: "9990001103") { version nominatedPharmacy { odsCode } } }`);
    expect(read.data.patient).toEqual({ version: 2, nominatedPharmacy: { odsCode: 'FA123' } });
  });

  it('removes the nominated pharmacy with a test of its url immediately before the remove', async () => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9990001111', version: 1, changes: { removeNominatedPharmacy: true } });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient.patient.nominatedPharmacyOdsCode).toBeNull();
    expect(lastPatches()).toEqual([
      { op: 'test', path: '/extension/0/url', value: NOMINATED },
      { op: 'remove', path: '/extension/0' },
    ]);
  });

  it('adds a nominated pharmacy to a record that has none at /extension/-', async () => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9000000033', version: 2, changes: { nominatedPharmacy: 'FA123' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient.patient).toMatchObject({ version: 3, nominatedPharmacyOdsCode: 'FA123' });
    expect(lastPatches().map((p) => `${p.op} ${p.path}`)).toEqual(['add /extension/-']);
  });
});

describe('updatePatient: contact preferences and communication needs', () => {
  it("sets and then replaces them as PDS's UKCore extensions, read back typed", async () => {
    const set = await t.run<any>(UPDATE, {
      nhsNumber: '9990001138',
      version: 1,
      changes: {
        contactPreferences: { method: 'TELEPHONE', writtenFormat: 'LARGE_PRINT', times: 'Mornings only' },
        communication: { language: 'cy', interpreterRequired: true },
      },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.updatePatient.patient).toMatchObject({
      version: 2,
      contactPreferences: { method: 'TELEPHONE', writtenFormat: 'LARGE_PRINT', times: 'Mornings only' },
      communication: { language: 'cy', interpreterRequired: true },
    });
    expect(lastPatches().map((p) => `${p.op} ${p.path} ${p.value?.url?.split('/').at(-1) ?? ''}`)).toEqual([
      'add /extension/- Extension-UKCore-ContactPreference',
      'add /extension/- Extension-UKCore-NHSCommunication',
    ]);
    const replaced = await t.run<any>(UPDATE, {
      nhsNumber: '9990001138',
      version: 2,
      changes: { contactPreferences: { method: 'EMAIL' }, removeCommunication: true },
    });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.updatePatient.patient).toMatchObject({
      version: 3,
      contactPreferences: { method: 'EMAIL', writtenFormat: null, times: null },
      communication: null,
    });
    expect(lastPatches().map((p) => `${p.op} ${p.path}`)).toEqual([
      'test /extension/1/url',
      'replace /extension/1',
      'test /extension/2/url',
      'remove /extension/2',
    ]);
  });
});

describe('updatePatient: names', () => {
  it('adds a name at /name/- and removes it by id (test then remove) in a later change', async () => {
    const added = await t.run<any>(UPDATE, {
      nhsNumber: '9990001146',
      version: 1,
      changes: { addNames: [{ use: 'MAIDEN', given: ['Ann', 'Marie'], family: "O'Brien-Smith", suffix: ['MBE'], periodStart: '2001-01-01' }] },
    });
    expect(added.errors).toBeUndefined();
    const maiden = added.data.updatePatient.patient.names.find((n: any) => n.use === 'MAIDEN');
    expect(maiden).toMatchObject({ given: ['Ann', 'Marie'], family: "O'Brien-Smith", suffix: ['MBE'] });
    expect(maiden.id).toBeTruthy();
    expect(lastPatches()).toEqual([
      {
        op: 'add',
        path: '/name/-',
        value: { use: 'maiden', period: { start: '2001-01-01' }, given: ['Ann', 'Marie'], family: "O'Brien-Smith", suffix: ['MBE'] },
      },
    ]);

    const removed = await t.run<any>(UPDATE, { nhsNumber: '9990001146', version: 2, changes: { removeNameIds: [maiden.id] } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.updatePatient.patient.names.map((n: any) => n.use)).toEqual(['USUAL']);
    expect(lastPatches()).toEqual([
      { op: 'test', path: '/name/1/id', value: maiden.id },
      { op: 'remove', path: '/name/1' },
    ]);
  });

  it.each([
    ['a second usual name', { addNames: [{ use: 'USUAL', given: ['Jo'], family: 'Bloggs' }] }],
    ['removing the usual name', { removeNameIds: ['9990001154-n1'] }],
  ])('refuses %s after reading the record, before any PATCH', async (_, changes) => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9990001154', version: 1, changes });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient).toEqual({ patient: null, userErrors: [{ code: 'INVALID_CHANGE', message: expect.any(String), field: ['changes'] }] });
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toEqual([]);
  });
});

describe('updatePatient: bad input is refused before any call', () => {
  it.each([
    ['contact times over 40 characters', { contactPreferences: { method: 'LETTER', times: 'x'.repeat(41) } }],
    ['contact times without a method', { contactPreferences: { times: 'Evenings' } }],
    ['empty contact preferences', { contactPreferences: {} }],
    ['English as the preferred language', { communication: { language: 'en' } }],
    ['a language that is not a UKCore-HumanLanguage code', { communication: { language: 'french' } }],
    ['a pharmacy set and removed at once', { nominatedPharmacy: 'FA123', removeNominatedPharmacy: true }],
    ['a name with characters PDS refuses', { addNames: [{ use: 'NICKNAME', given: ['J<b>'], family: 'Bloggs' }] }],
    ['a suffix not starting A-Z', { addNames: [{ use: 'OLD', given: ['Jo'], family: 'Bloggs', suffix: ['phd'] }] }],
    ['a new name with a use PDS refuses on a write (OFFICIAL)', { addNames: [{ use: 'OFFICIAL', given: ['Jo'], family: 'Bloggs' }] }],
    ['a new name with a use outside FHIR name-use (OTHER)', { addNames: [{ use: 'OTHER', given: ['Jo'], family: 'Bloggs' }] }],
    ['a communication set and removed at once', { communication: { language: 'cy' }, removeCommunication: true }],
    [
      'two nicknames',
      {
        addNames: [
          { use: 'NICKNAME', given: ['Jo'], family: 'B' },
          { use: 'NICKNAME', given: ['Jay'], family: 'B' },
        ],
      },
    ],
  ])('%s: the user error INVALID_CHANGE', async (_, changes) => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9990001162', version: 1, changes });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient).toEqual({ patient: null, userErrors: [{ code: 'INVALID_CHANGE', message: expect.any(String), field: ['changes'] }] });
    expect(t.calls()).toEqual({});
  });

  it('removing contact preferences the record does not hold: the user error UNKNOWN_ID after the read, no PATCH', async () => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9990001162', version: 1, changes: { removeContactPreferences: true } });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient).toEqual({ patient: null, userErrors: [{ code: 'UNKNOWN_ID', message: expect.any(String), field: ['changes'] }] });
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toEqual([]);
  });

  it('an unknown pharmacy ODS code form is refused by the OdsCode scalar', async () => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9990001162', version: 1, changes: { nominatedPharmacy: 'not an ods code!' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(t.calls()).toEqual({});
  });
});

describe('updatePatient in patient access (a citizen, their own record)', () => {
  it('may change their nominated pharmacy and communication needs', async () => {
    const r = await t.run<any>(
      UPDATE,
      { nhsNumber: '9990001170', version: 1, changes: { nominatedPharmacy: 'FA999', communication: { language: 'q4' } } },
      { principal: { citizen: '9990001170' } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient.patient).toMatchObject({ nominatedPharmacyOdsCode: 'FA999', communication: { language: 'q4', interpreterRequired: null } });
  });

  it.each([
    ['names', { addNames: [{ use: 'NICKNAME', given: ['Jo'], family: 'B' }] }],
    ['contact preferences', { contactPreferences: { method: 'LETTER' } }],
    // patient-patch.yaml, "Patient access": address, communication, emergency contact, pharmacy, place of birth and
    // telecom (mobile and email only); gender, date of birth and other contact points are not the patient's to change.
    ['their gender', { gender: 'female' }],
    ['their date of birth', { birthDate: '1980-01-02' }],
    ['a home phone number', { addTelecom: [{ system: 'PHONE', value: '01132 496 000', use: 'HOME' }] }],
    ['a phone number with no use', { addTelecom: [{ system: 'PHONE', value: '01132 496 000' }] }],
  ])('may not change %s: FORBIDDEN before any call', async (_, changes) => {
    const r = await t.run<any>(UPDATE, { nhsNumber: '9990001189', version: 1, changes }, { principal: { citizen: '9990001189' } });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0]!.extensions!.reason).toBe('NOT_FOR_CITIZENS');
    expect(t.calls()).toEqual({});
  });

  it('may add a mobile number and an email address, and remove an email address', async () => {
    const r = await t.run<any>(
      UPDATE,
      {
        nhsNumber: '9990001197',
        version: 1,
        changes: {
          addTelecom: [
            { system: 'PHONE', value: '07700 900123', use: 'MOBILE' },
            { system: 'EMAIL', value: 'new@example.com' },
          ],
          removeTelecomIds: ['9990001197-t2'],
        },
      },
      { principal: { citizen: '9990001197' } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePatient.userErrors).toEqual([]);
    expect(r.data.updatePatient.patient.version).toBe(2);
  });

  it('may not remove their home phone number: FORBIDDEN once the record says what it is, and no PATCH is sent', async () => {
    const r = await t.run<any>(
      UPDATE,
      { nhsNumber: '9990001189', version: 1, changes: { removeTelecomIds: ['9990001189-t1'] } },
      { principal: { citizen: '9990001189' } },
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0]!.extensions!.reason).toBe('NOT_FOR_CITIZENS');
    expect(t.sandbox.receivedRequests('pds').filter((q) => q.method === 'PATCH')).toEqual([]);
  });
});
