import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, type ExecutionResult } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyAccessRules } from '../../src/access/access-rules.js';
import type { AccessPolicy } from '../../src/access/policy.js';
import { AuditTrail } from '../../src/audit/trail.js';
import type { Principal } from '../../src/auth/principal.js';
import { testLogger } from '../support/log-capture.js';

/**
 * The access rules are generic: they hold for types other domains add (GP Connect appointments, e-RS referrals...)
 * without naming them, because they read `@source`, the `NhsNumber` scalar and the `Patient` type. This schema stands
 * for such domains; the rules are the real transform, run by graphql-js (pure code: no upstream here, resolvers are
 * in-memory data, and each counts its calls so we can see nothing was fetched for a refused field).
 */
const SDL = /* GraphQL */ `
  directive @source(api: String!) on FIELD_DEFINITION
  scalar NhsNumber
  type Query {
    patient(nhsNumber: NhsNumber!): Patient @source(api: "pds")
    appointment(id: ID!): Appointment @source(api: "gpc")
    referral(ubrn: String!): Referral @source(api: "ers")
    referralsFor(filter: ReferralFilter!): ReferralConnection @source(api: "ers")
    timeline(nhsNumber: NhsNumber!): [TimelineItem!] @source(api: "gpc")
    help: String
  }
  input ReferralFilter { subject: SubjectInput!, status: String }
  input SubjectInput { nhsNumber: NhsNumber! }
  type Patient {
    nhsNumber: NhsNumber!
    name: String
    appointments: [Appointment!] @source(api: "gpc")
  }
  type Appointment { id: ID!, patientNhsNumber: NhsNumber, start: String }
  type Referral { ubrn: String!, reason: String, patient: Patient @source(api: "pds") }
  type ReferralConnection { totalCount: Int!, nodes: [Referral!] }
  union TimelineItem = Appointment | Referral
`;

const OWN = '9000000009';
const OTHER = '9000000025';
const patients: Record<string, { nhsNumber: string; name: string }> = {
  [OWN]: { nhsNumber: OWN, name: 'Jane Smith' },
  [OTHER]: { nhsNumber: OTHER, name: 'Janet Smythe' },
};
const appointments = [
  { id: 'a1', patientNhsNumber: OWN, start: '2026-12-01' },
  // A slot shared by mistake: the upstream lists another patient's appointment under ours.
  { id: 'a2', patientNhsNumber: OTHER, start: '2026-12-02' },
];
const referrals = [
  { ubrn: '000000000001', reason: 'knee', patientNhs: OWN },
  { ubrn: '000000000002', reason: 'heart', patientNhs: OTHER },
];

let calls: Record<string, number>;
const counted =
  <A extends unknown[], R>(name: string, f: (...a: A) => R) =>
  (...a: A): R => {
    calls[name] = (calls[name] ?? 0) + 1;
    return f(...a);
  };

const schema = applyAccessRules(
  makeExecutableSchema({
    typeDefs: SDL,
    resolvers: {
      Query: {
        patient: counted('patient', (_: unknown, { nhsNumber }: { nhsNumber: string }) => patients[nhsNumber] ?? null),
        appointment: counted('appointment', (_: unknown, { id }: { id: string }) => appointments.find((a) => a.id === id)),
        referral: counted('referral', (_: unknown, { ubrn }: { ubrn: string }) => referrals.find((r) => r.ubrn === ubrn)),
        // The upstream answers more than was asked: every referral, not only the subject's.
        referralsFor: counted('referralsFor', () => ({ totalCount: referrals.length, nodes: referrals })),
        timeline: counted('timeline', () => [
          { __typename: 'Appointment', ...appointments[0] },
          { __typename: 'Referral', ...referrals[1] },
        ]),
        help: () => 'public',
      },
      Patient: { appointments: counted('appointments', () => appointments) },
      // Whose a referral is comes only through its patient link, read asynchronously as a loader would.
      Referral: { patient: counted('referral.patient', async (r: { patientNhs: string }) => patients[r.patientNhs]) },
      TimelineItem: { __resolveType: (v: { __typename: string }) => v.__typename },
    },
  }),
);

const policy: AccessPolicy = { staffRoles: { R8000: ['*'], R8008: ['pds'] }, citizenSources: ['pds', 'gpc', 'ers'] };
const citizen: Principal = {
  kind: 'citizen',
  issuer: 'nhs-login',
  subject: 's',
  level: 'P9',
  vot: 'P9.Cp.Cd',
  nhsNumber: OWN,
  familyName: 'Smith',
  birthDate: null,
};
const staff = (jobRoleCode: string): Principal => ({
  kind: 'staff',
  issuer: 'cis2',
  subject: 'u',
  sdsUserId: 'u',
  familyName: null,
  givenNames: [],
  role: { roleProfileId: '1', jobRoleCode },
  assuranceLevel: 3,
});

let audit: AuditTrail;
async function run(principal: Principal, query: string): Promise<ExecutionResult & { codes: string[]; reasons: unknown[] }> {
  audit = new AuditTrail();
  const ctx = { principal, access: { policy, owners: new WeakMap(), origins: new WeakMap() }, audit, logger: testLogger() };
  const r = (await execute({ schema, document: parse(query), contextValue: ctx })) as ExecutionResult;
  return { ...r, codes: (r.errors ?? []).map((e) => String(e.extensions.code)), reasons: (r.errors ?? []).map((e) => e.extensions.reason) };
}
const records = () => audit.records({ time: new Date(0), requestId: 'r', correlationId: 'c', actor: {} });

beforeEach(() => {
  calls = {};
});

describe('a P9 citizen, whatever the path', () => {
  it('reads their own patient', async () => {
    const r = await run(citizen, `{ patient(nhsNumber: "${OWN}") { name } }`);
    expect(r.data).toEqual({ patient: { name: 'Jane Smith' } });
  });

  it('cannot look up another patient by a key that is not an NHS number (appointment id, UBRN): refused before the resolver runs', async () => {
    const r = await run(citizen, `{ appointment(id: "a1") { start } referral(ubrn: "000000000001") { reason } }`);
    expect(r.data).toEqual({ appointment: null, referral: null });
    expect(r.reasons).toEqual(['NOT_OWN_RECORD', 'NOT_OWN_RECORD']);
    expect(calls).toEqual({});
  });

  it('cannot name another patient inside an input object', async () => {
    const r = await run(citizen, `{ referralsFor(filter: { subject: { nhsNumber: "${OTHER}" } }) { totalCount } }`);
    expect(r.codes).toEqual(['FORBIDDEN']);
    expect(calls).toEqual({});
  });

  it('gets FORBIDDEN for a list from their own record that holds another patient’s appointment, and the rest resolves', async () => {
    const r = await run(citizen, `{ patient(nhsNumber: "${OWN}") { name appointments { id } } }`);
    expect(r.data).toEqual({ patient: { name: 'Jane Smith', appointments: null } });
    expect(r.errors!.map((e) => e.path)).toEqual([['patient', 'appointments']]);
  });

  it('gets FORBIDDEN for referrals of another patient in an answer pinned to their NHS number (owner known only through the patient link)', async () => {
    const r = await run(citizen, `{ referralsFor(filter: { subject: { nhsNumber: "${OWN}" } }) { totalCount nodes { reason } } }`);
    expect(r.data).toEqual({ referralsFor: { totalCount: 2, nodes: null } });
    expect(r.reasons).toEqual(['NOT_OWN_RECORD']);
  });

  it('gets FORBIDDEN for a union list that mixes in another patient’s referral', async () => {
    const r = await run(citizen, `{ timeline(nhsNumber: "${OWN}") { ... on Appointment { id } ... on Referral { reason } } }`);
    expect(r.data).toEqual({ timeline: null });
    expect(r.codes).toEqual(['FORBIDDEN']);
  });

  it('records the refusals in the audit trail, under the other patient’s NHS number', async () => {
    await run(citizen, `{ patient(nhsNumber: "${OWN}") { appointments { id } } }`);
    expect(records().find((x) => x.nhsNumber === OTHER)).toMatchObject({ outcome: 'denied', fields: ['Patient.appointments'], sources: ['gpc'] });
  });
});

describe('a healthcare worker', () => {
  it('with a clinical role sees everything the citizen could not', async () => {
    const r = await run(
      staff('R8000'),
      `{
      appointment(id: "a2") { start }
      referral(ubrn: "000000000002") { reason patient { name } }
      patient(nhsNumber: "${OWN}") { appointments { id } }
      timeline(nhsNumber: "${OWN}") { __typename }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({
      appointment: { start: '2026-12-02' },
      referral: { reason: 'heart', patient: { name: 'Janet Smythe' } },
      patient: { appointments: [{ id: 'a1' }, { id: 'a2' }] },
    });
    const whose = records()
      .map((x) => x.nhsNumber)
      .sort();
    expect(whose).toEqual([OWN, OTHER]);
  });

  it('whose role allows PDS only gets FORBIDDEN for the GP Connect field only', async () => {
    const r = await run(staff('R8008'), `{ patient(nhsNumber: "${OWN}") { name appointments { id } } help }`);
    expect(r.data).toEqual({ patient: { name: 'Jane Smith', appointments: null }, help: 'public' });
    expect(r.reasons).toEqual(['ROLE']);
    expect(calls).toEqual({ patient: 1 });
  });
});

describe('no token', () => {
  it('reaches fields without a source, not those with one', async () => {
    const r = await run({ kind: 'anonymous' }, `{ help patient(nhsNumber: "${OWN}") { name } }`);
    expect(r.data).toEqual({ help: 'public', patient: null });
    expect(r.codes).toEqual(['UNAUTHENTICATED']);
    expect(calls).toEqual({});
  });
});
