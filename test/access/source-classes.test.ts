import { getDirective } from '@graphql-tools/utils';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultAccessPolicy, isPublicSource, refuseSource } from '../../src/access/policy.js';
import type { Principal } from '../../src/auth/principal.js';
import { buildSchema } from '../../src/graph/index.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Every `@source` of the real schema falls in one of two classes: public reference data (ODS, SDS, NHS Website Content)
 * that anyone reaches, and patient data that needs a token and a rule. A source another domain adds lands in the second
 * class unless src/upstream/apis.ts says otherwise, so new fields are covered the moment they carry `@source`.
 */
const PUBLIC = ['content', 'ods', 'sds'];

function sourceFields(): Map<string, string[]> {
  const schema = buildSchema();
  const byApi = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const api = getDirective(schema, field, 'source')?.[0]?.api as string | undefined;
      if (api) byApi.set(api, [...(byApi.get(api) ?? []), `${type.name}.${field.name}`]);
    }
  }
  return byApi;
}

const anonymous: Principal = { kind: 'anonymous' };
const p5: Principal = {
  kind: 'citizen',
  issuer: 'nhs-login',
  subject: 's',
  level: 'P5',
  vot: 'P5.Cp.Cd',
  nhsNumber: '9000000009',
  familyName: null,
  birthDate: null,
};
const noRole: Principal = { kind: 'staff', issuer: 'cis2', subject: 'u', sdsUserId: 'u', familyName: null, givenNames: [], role: null, assuranceLevel: 3 };

describe('the sources of the real schema', () => {
  const byApi = sourceFields();

  it('include the public reference sources and the patient sources landed so far', () => {
    expect([...byApi.keys()]).toEqual(expect.arrayContaining(['pds', 'ods', 'sds', 'content', 'wlmds']));
    expect([...byApi.keys()].filter(isPublicSource).sort()).toEqual(PUBLIC.filter((api) => byApi.has(api)));
  });

  it('public reference data: every field of ODS, SDS and Website Content is open to every caller', () => {
    for (const api of PUBLIC) for (const principal of [anonymous, p5, noRole]) expect(refuseSource(principal, api, defaultAccessPolicy())).toBeUndefined();
  });

  it('patient data: every other source refuses an anonymous caller, a citizen below P9 and staff without a role', () => {
    const patientSources = [...byApi.keys()].filter((api) => !PUBLIC.includes(api));
    expect(patientSources).toEqual(expect.arrayContaining(['pds', 'wlmds']));
    for (const api of patientSources) {
      expect(refuseSource(anonymous, api, defaultAccessPolicy())?.code).toBe('UNAUTHENTICATED');
      expect(refuseSource(p5, api, defaultAccessPolicy())?.extensions.reason).toBe('IDENTITY_LEVEL');
      expect(refuseSource(noRole, api, defaultAccessPolicy())?.extensions.reason).toBe('NO_ROLE');
    }
  });
});

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

const OWN = '9000000009';
const OTHER = '9000000025';
const STRUCTURED = 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1';
const PUBLIC_QUERY =
  `{ organisation(odsCode: "RR8") { name spineEndpoints(interaction: "${STRUCTURED}") { address ` +
  `} } healthContent(path: "/conditions/chickenpox/") { name } }`;
const WAITING = (n: string) => `{ patient(nhsNumber: "${n}") { nhsNumber waitingList { pathwayId provider { name } } } }`;
const reasons = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.reason);

describe('Spine Directory and Website Content (public reference data)', () => {
  it.each([
    ['without a token', null],
    ['for a P0 citizen', { level: 'P0' as const }],
    ['for staff without a role', { staff: 'no-role' }],
  ])('are reachable %s, with no audit record', async (_, principal) => {
    const r = await t.run<any>(PUBLIC_QUERY, undefined, { principal });
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.name).toBe('LEEDS TEACHING HOSPITALS NHS TRUST');
    expect(r.data.healthContent.name).toBe('Chickenpox');
    expect((await t.auditRecords()).filter((x) => x.requestId === r.headers['x-request-id'])).toEqual([]);
  });
});

describe('Patient.waitingList (patient data)', () => {
  it('a P9 citizen reads their own, audited under WLMDS', async () => {
    const r = await t.run<any>(WAITING(OWN), undefined, { principal: { citizen: OWN } });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.waitingList.length).toBeGreaterThan(0);
    expect(t.calls()).toMatchObject({ pds: 1, wlmds: 1 });
    const [record] = (await t.auditRecords()).filter((x) => x.requestId === r.headers['x-request-id']);
    expect(record).toMatchObject({
      nhsNumber: OWN,
      outcome: 'success',
      sources: expect.arrayContaining(['pds', 'wlmds']),
      fields: expect.arrayContaining(['Patient.waitingList']),
    });
  });

  it('a P9 citizen never reaches another patient’s: no PDS or WLMDS call', async () => {
    const r = await t.run(WAITING(OTHER), undefined, { principal: { citizen: OWN } });
    expect(r.data).toEqual({ patient: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(t.calls()).toEqual({});
  });

  it('staff whose role allows PDS only get the patient, and FORBIDDEN for the waiting list alone', async () => {
    const r = await t.run<any>(WAITING(OWN), undefined, { principal: { staff: 'admin' } });
    expect(r.data.patient).toEqual({ nhsNumber: OWN, waitingList: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(reasons(r)).toEqual(['ROLE']);
    expect(t.calls()).toEqual({ pds: 1 });
  });

  it('without a token: UNAUTHENTICATED, and the public part of the query still resolves', async () => {
    const r = await t.run<any>(`{ organisation(odsCode: "RR8") { name } patient(nhsNumber: "${OWN}") { waitingList { pathwayId } } }`, undefined, {
      principal: null,
    });
    expect(r.data).toEqual({ organisation: { name: 'LEEDS TEACHING HOSPITALS NHS TRUST' }, patient: null });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(t.calls()).toEqual({ ods: 1 });
  });
});
