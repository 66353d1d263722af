import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/** Who may see what, through the server and the embedded sandbox over loopback. */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const OWN = '9000000009';
const OTHER = '9000000025';
const CITIZEN = { citizen: OWN } as const;
const PATIENT = `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber name { family } registeredGp { name } } }`;
const SEARCH = `{ patients(search: { family: "Smith", gender: female, birthDate: "2010-10-22" }) { total matches { patient { nhsNumber } } } }`;
const UPDATE =
  // A change PDS lets patients make (patient-patch.yaml, "Patient access"): their communication needs.
  `mutation($n: NhsNumber!, $v: Int!) { updatePatient(nhsNumber: $n, version: $v, changes: { ` +
  `communication: { language: "q4" } }) { patient { nhsNumber version } } }`;
const ORGANISATION = `organisation(odsCode: "RR8") { name }`;

const reasons = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.reason);

describe('without a token', () => {
  it('public reference data (ODS) is reachable, PDS is not: UNAUTHENTICATED on that field, no PDS call', async () => {
    const r = await t.run<any>(`{ ${ORGANISATION} patient(nhsNumber: "${OWN}") { nhsNumber } }`, undefined, { principal: null });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' }, patient: null });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(reasons(r)).toEqual(['SIGN_IN_REQUIRED']);
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it('cannot search patients either', async () => {
    const r = await t.run(SEARCH, undefined, { principal: null });
    expect(r.data).toEqual({ patients: null });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(t.calls()).toEqual({});
  });
});

describe('a citizen at P9', () => {
  it('reads their own record and what hangs from it', async () => {
    const r = await t.run<any>(PATIENT, { n: OWN }, { principal: CITIZEN });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient).toEqual({ nhsNumber: OWN, name: { family: 'Smith' }, registeredGp: { name: 'TEST GP PRACTICE Y12345' } });
    expect(t.calls()).toEqual({ pds: 1, ods: 1 });
  });

  it.each([
    ['directly', OTHER],
    ['in the spaced form', '900 000 0025'],
  ])('cannot read another patient %s: FORBIDDEN before any PDS call', async (_, n) => {
    const r = await t.run(PATIENT, { n }, { principal: CITIZEN });
    expect(r.data).toEqual({ patient: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(reasons(r)).toEqual(['NOT_OWN_RECORD']);
    expect(t.calls()).toEqual({});
  });

  it('asking for their own and another’s record in one query gets their own only', async () => {
    const r = await t.run<any>(
      `{ mine: patient(nhsNumber: "${OWN}") { nhsNumber } theirs: patient(nhsNumber: "${OTHER}") { nhsNumber } ${ORGANISATION} }`,
      undefined,
      { principal: CITIZEN },
    );
    expect(r.data).toEqual({ mine: { nhsNumber: OWN }, theirs: null, organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' } });
    expect(r.errors!.map((e) => e.path)).toEqual([['theirs']]);
    expect(t.calls()).toEqual({ pds: 1, ods: 1 });
  });

  it("reads a practice from ODS but not the practice's appointments (other patients'): FORBIDDEN before any GP Connect call", async () => {
    const r = await t.run<any>('{ organisation(odsCode: "Y12345") { name appointments(from: "2026-12-01", to: "2026-12-14") { id } } }', undefined, {
      principal: CITIZEN,
    });
    expect(r.data).toEqual({ organisation: { name: 'TEST GP PRACTICE Y12345', appointments: null } });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(reasons(r)).toEqual(['NOT_OWN_RECORD']);
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it('reads their own GP record (GP Connect patient facing), but not their prescriptions: the tracker is for CIS2 users', async () => {
    const r = await t.run<any>(
      `{ patient(nhsNumber: "${OWN}") { nhsNumber gpRecord { allergies { code { display } } } prescriptions { nodes { id } } } }`,
      undefined,
      { principal: CITIZEN },
    );
    expect(r.data.patient.nhsNumber).toBe(OWN);
    expect(r.data.patient.gpRecord.allergies.length).toBeGreaterThan(0);
    expect(r.data.patient.prescriptions).toBeNull();
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(reasons(r)).toEqual(['NOT_FOR_CITIZENS']);
    expect(t.calls()).toEqual({ pds: 1, 'gpc-access-record': 1 });
  });

  it('cannot search, not even for themselves', async () => {
    const r = await t.run(SEARCH, undefined, { principal: CITIZEN });
    expect(r.data).toEqual({ patients: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(t.calls()).toEqual({});
  });

  it('cannot update another patient; may update their own', async () => {
    const other = await t.run(UPDATE, { n: '9990000565', v: 1 }, { principal: { citizen: '9990000557' } });
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(t.calls()).toEqual({});
    const own = await t.run<any>(UPDATE, { n: '9990000557', v: 1 }, { principal: { citizen: '9990000557' } });
    expect(own.errors).toBeUndefined();
    expect(own.data.updatePatient).toEqual({ patient: { nhsNumber: '9990000557', version: 2 } });
  });

  it('reaches their record through me', async () => {
    const r = await t.run<any>(`{ me { patient { nhsNumber nominatedPharmacyOdsCode } } }`, undefined, { principal: CITIZEN });
    expect(r.errors).toBeUndefined();
    expect(r.data.me.patient).toEqual({ nhsNumber: OWN, nominatedPharmacyOdsCode: 'Y12345' });
  });

  it('gets nothing from an earlier request of another citizen: a citizen asking for a record just read by its owner is still refused', async () => {
    const [owner, stranger] = await Promise.all([
      t.run<any>(PATIENT, { n: OWN }, { principal: CITIZEN }),
      t.run(PATIENT, { n: OWN }, { principal: { citizen: '9000000033' } }),
    ]);
    expect(owner.data.patient.nhsNumber).toBe(OWN);
    expect(codes(stranger)).toEqual(['FORBIDDEN']);
    expect(t.calls()).toEqual({ pds: 1, ods: 1 });
  });
});

describe('a citizen below P9', () => {
  it.each([['P5'], ['P0']] as const)('%s gets FORBIDDEN on clinical fields, even their own, and the rest resolves', async (level) => {
    const principal = level === 'P0' ? { level } : { citizen: OWN, level };
    const r = await t.run<any>(`{ patient(nhsNumber: "${OWN}") { nhsNumber } me { identityLevel patient { nhsNumber } } ${ORGANISATION} }`, undefined, {
      principal,
    });
    expect(r.data).toMatchObject({ me: { identityLevel: level, patient: null }, organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' } });
    expect(r.data.patient).toBeNull();
    expect(codes(r)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(t.calls()).toEqual({ ods: 1 });
  });
});

describe('a healthcare worker', () => {
  it('with a clinical role reads any patient and searches', async () => {
    const r = await t.run<any>(SEARCH, undefined, { principal: { staff: 'nurse' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.patients.total).toBe(1);
  });

  it('with an admin role reads demographics (PDS) and public data', async () => {
    const r = await t.run<any>(PATIENT, { n: OTHER }, { principal: { staff: 'admin' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.nhsNumber).toBe(OTHER);
  });

  it('whose role does not allow PDS gets FORBIDDEN for PDS fields only', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "${OWN}") { nhsNumber } ${ORGANISATION} }`, undefined, { principal: { staff: 'manager' } });
    expect(r.data).toEqual({ patient: null, organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' } });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(reasons(r)).toEqual(['ROLE']);
    expect(r.errors![0]!.message).toBe('The selected role R8013 does not allow PDS');
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it('without a selected role reaches public data only', async () => {
    const r = await t.run(`{ patient(nhsNumber: "${OWN}") { nhsNumber } ${ORGANISATION} }`, undefined, { principal: { staff: 'no-role' } });
    expect(reasons(r)).toEqual(['NO_ROLE']);
    expect(t.calls()).toEqual({ ods: 1 });
  });
});

describe('a configured policy', () => {
  it('decides the roles and the sources citizens may reach', async () => {
    const custom = await startTestGraph({ access: { staffRoles: { R8008: ['pds'], R8000: ['ods'] }, citizenSources: [] } });
    try {
      const clinician = await custom.run(PATIENT, { n: OWN });
      expect(reasons(clinician)).toEqual(['ROLE']);
      const admin = await custom.run<any>(PATIENT, { n: OWN }, { principal: { staff: 'admin' } });
      expect(admin.data.patient.nhsNumber).toBe(OWN);
      const citizen = await custom.run(PATIENT, { n: OWN }, { principal: CITIZEN });
      expect(reasons(citizen)).toEqual(['NOT_FOR_CITIZENS']);
    } finally {
      await custom.close();
    }
  });
});
