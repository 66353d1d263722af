import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { signIn } from '../../sandbox/src/identity/sign-in.js';
import type { Sandbox } from '../../sandbox/src/server.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { OpenApiSpec } from '../support/openapi.js';

/**
 * The embedded sandbox speaks the published contracts: each route's answers validated against the NHS OpenAPI spec
 * (PDS: its JSON schemas; ODS: its spec publishes examples only, so their shape), reached with real credentials.
 */
let sandbox: Sandbox;
let platform: Platform;
let pdsSpec: OpenApiSpec;
let odsSpec: OpenApiSpec;
let token: string;
let apiKey: string;

beforeAll(async () => {
  const embedded = await startEmbeddedPlatform();
  sandbox = embedded.sandbox;
  apiKey = embedded.credentials.apiKey;
  platform = createPlatform({ origin: sandbox.origin, credentials: embedded.credentials, timeoutMs: { default: 5_000 } });
  // A healthcare worker's token (CIS2 ID token exchanged at the platform): PDS's full mode, where PATCH is allowed.
  const staff = await signIn(sandbox.cis2.issuer, embedded.signInClients.cis2, 'clinician', { scope: 'openid nationalrbacaccess selectedrole' });
  token = await platform.appAuth!.userToken(staff.idToken);
  [pdsSpec, odsSpec] = await Promise.all([
    OpenApiSpec.load('pds/specification/personal-demographics.yaml'),
    OpenApiSpec.load('ods/specification/organisation-data-terminology-api.yaml'),
  ]);
});
afterAll(async () => {
  await platform.close();
  await sandbox.close();
});

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  const res = await request(sandbox.origin + path, {
    method: method as 'GET',
    headers: { 'x-request-id': randomUUID(), authorization: `Bearer ${token}`, apikey: apiKey, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const PDS = '/personal-demographics/FHIR/R4';
const ODS = '/organisation-data-terminology-api/fhir';

describe('PDS sandbox conforms to personal-demographics.yaml', () => {
  it.each([
    ['the canned full record', '9000000009', 200],
    ['the restricted record', '9000000025', 200],
    ['the minimal record', '9000000033', 200],
    ['a synthetic patient', '9990000018', 200],
    ['an unknown patient', '9111231130', 404],
    ['a failed check digit', '9000000000', 400],
  ])('GET /Patient/{id}: %s', async (_, id, status) => {
    const r = await call('GET', `${PDS}/Patient/${id}`);
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toBe('application/fhir+json');
    expect(pdsSpec.validate('GET', '/Patient/{id}', status, r.body)).toEqual([]);
    if (status === 200) expect(r.headers.etag).toBe(`W/"${r.body.meta.versionId}"`);
  });

  it.each([
    ['the cohort', '?family=Pemberton&birthdate=ge1980-01-01&birthdate=le1980-12-31', 200],
    ['a wildcard', '?family=Sm*&gender=female&birthdate=eq2010-10-22', 200],
    ['too many matches', '?family=Pemberton&birthdate=ge1980-01-01&_max-results=1', 200],
    ['an unknown parameter', '?family=Smith&birthdate=eq2010-10-22&colour=blue', 400],
    ['no birth date', '?family=Smith', 400],
    ['no parameters', '', 400],
    ['a wildcard in a fuzzy search', '?family=Sm*&given=Jane&birthdate=eq2010-10-22&_fuzzy-match=true', 400],
    ["a wildcard in a given name's first two characters", '?family=Smith&given=J*&birthdate=eq2010-10-22', 400],
    ["a wildcard in a postcode's first two characters", '?family=Smith&address-postalcode=*S16AE&birthdate=eq2010-10-22', 400],
  ])('GET /Patient: %s', async (_, query, status) => {
    const r = await call('GET', `${PDS}/Patient${query}`, query.includes('colour') ? nonConforming('a search parameter PDS does not declare') : {});
    expect(r.status).toBe(status);
    expect(pdsSpec.validate('GET', '/Patient', status, r.body)).toEqual([]);
  });

  it('PATCH /Patient/{id}: success, stale version, missing If-Match', async () => {
    const read = await call('GET', `${PDS}/Patient/9990000018`);
    const version = read.body.meta.versionId;
    const patch = { patches: [{ op: 'replace', path: '/gender', value: 'male' }] };
    const ok = await call('PATCH', `${PDS}/Patient/9990000018`, { 'content-type': 'application/json-patch+json', 'if-match': `W/"${version}"` }, patch);
    expect(ok.status).toBe(200);
    expect(pdsSpec.validate('PATCH', '/Patient/{id}', 200, ok.body)).toEqual([]);
    expect(ok.headers.etag).toBe(`W/"${Number(version) + 1}"`);
    const stale = await call('PATCH', `${PDS}/Patient/9990000018`, { 'content-type': 'application/json-patch+json', 'if-match': `W/"${version}"` }, patch);
    expect(stale.status).toBe(409);
    expect(stale.body.issue[0].details.coding[0].code).toBe('RESOURCE_VERSION_MISMATCH');
    expect(pdsSpec.validate('PATCH', '/Patient/{id}', 409, stale.body)).toEqual([]);
    const missing = await call('PATCH', `${PDS}/Patient/9990000018`, { 'content-type': 'application/json-patch+json', ...nonConforming('no If-Match') }, patch);
    expect(missing.status).toBe(412);
    expect(pdsSpec.validate('PATCH', '/Patient/{id}', 412, missing.body)).toEqual([]);
    // The refusal changed nothing: the record is still at the version the successful patch made.
    expect((await call('GET', `${PDS}/Patient/9990000018`)).body.meta.versionId).toBe(String(Number(version) + 1));
  });

  it.each([
    ['gender set to other', 'UNSUPPORTED_VALUE', [{ op: 'replace', path: '/gender', value: 'other' }]],
    ['a work address added', 'UNSUPPORTED_VALUE', [{ op: 'add', path: '/address/-', value: { use: 'work', line: ['1 Mill Lane'] } }]],
    [
      "a temp address whose text is not one of Address.yaml's",
      'INVALID_VALUE',
      [{ op: 'add', path: '/address/-', value: { use: 'temp', line: ['x'], text: 'away', period: { start: '2026-01-01', end: '2026-02-01' } } }],
    ],
    ['a pager added', 'INVALID_VALUE', [{ op: 'add', path: '/telecom/-', value: { system: 'pager', value: '9' } }]],
    ['a second current home address', 'INVALID_UPDATE', [{ op: 'add', path: '/address/-', value: { use: 'home', line: ['2 New Street'] } }]],
    ['a held address turned into a work address', 'UNSUPPORTED_VALUE', [{ op: 'replace', path: '/address/0/use', value: 'work' }]],
  ])("PATCH refuses %s with 400 %s (patient-patch.yaml's business rules), changing nothing", async (_, code, patches) => {
    const read = await call('GET', `${PDS}/Patient/9990000042`);
    const headers = { 'content-type': 'application/json-patch+json', 'if-match': `W/"${read.body.meta.versionId}"` };
    const r = await call('PATCH', `${PDS}/Patient/9990000042`, headers, { patches });
    expect([r.status, r.body.issue[0].details.coding[0].code]).toEqual([400, code]);
    expect(pdsSpec.validate('PATCH', '/Patient/{id}', 400, r.body)).toEqual([]);
    expect((await call('GET', `${PDS}/Patient/9990000042`)).body.meta.versionId).toBe(read.body.meta.versionId);
  });

  it('PATCH refuses a whole list added where a record has none (400 INVALID_UPDATE): new items go at `-`', async () => {
    const read = await call('GET', `${PDS}/Patient/9000000033`);
    const headers = { 'content-type': 'application/json-patch+json', 'if-match': `W/"${read.body.meta.versionId}"` };
    // The patch schema itself allows no list as a value: the request is non-conforming by design.
    const whole = await call(
      'PATCH',
      `${PDS}/Patient/9000000033`,
      { ...headers, ...nonConforming('a whole list as a patch value') },
      {
        patches: [{ op: 'add', path: '/address', value: [{ use: 'home', line: ['1 High St'] }] }],
      },
    );
    expect([whole.status, whole.body.issue[0].details.coding[0].code]).toEqual([400, 'INVALID_UPDATE']);
    expect(whole.body.issue[0].diagnostics).toContain("'/address'");
    expect(pdsSpec.validate('PATCH', '/Patient/{id}', 400, whole.body)).toEqual([]);
  });

  it('PATCH refuses removing gender (403 FORBIDDEN_UPDATE) and an untested list removal (400 INVALID_UPDATE)', async () => {
    const read = await call('GET', `${PDS}/Patient/9990000026`);
    const headers = { 'content-type': 'application/json-patch+json', 'if-match': `W/"${read.body.meta.versionId}"` };
    const gender = await call('PATCH', `${PDS}/Patient/9990000026`, headers, { patches: [{ op: 'remove', path: '/gender' }] });
    expect([gender.status, gender.body.issue[0].details.coding[0].code]).toEqual([403, 'FORBIDDEN_UPDATE']);
    const untested = await call('PATCH', `${PDS}/Patient/9990000026`, headers, { patches: [{ op: 'remove', path: '/telecom/0' }] });
    expect([untested.status, untested.body.issue[0].details.coding[0].code]).toEqual([400, 'INVALID_UPDATE']);
  });

  it.each([
    ['with related people', '9000000009', 200],
    ['the restricted public sandbox record (its sandbox table\'s "do not exist" case: an empty bundle)', '9000000025', 200],
    ['an unrestricted record with none: 404 RESOURCE_NOT_FOUND, "No related people exist for given NHS number"', '9000000033', 404],
    ["a synthetic patient's seeded next of kin", '9990000832', 200],
    ['a restricted synthetic patient (never returned: an empty bundle)', '9990004544', 200],
    ['an unknown patient', '9111231130', 404],
  ])('GET /Patient/{id}/RelatedPerson: %s', async (_, id, status) => {
    const r = await call('GET', `${PDS}/Patient/${id}/RelatedPerson`);
    expect(r.status).toBe(status);
    expect(pdsSpec.validate('GET', '/Patient/{id}/RelatedPerson', status, r.body)).toEqual([]);
    if (id === '9990000832') expect(r.body.entry.map((e: any) => e.resource.patient.identifier.value)).toEqual(['9990000840']);
    if (id === '9990004544') expect([r.body.total, r.body.entry]).toEqual([0, []]);
    if (id === '9000000033') expect(r.body.issue[0].details.coding[0].code).toBe('RESOURCE_NOT_FOUND');
  });

  it('GET /Patient with death-date: eq matches the date of death, a range excluding it matches no one', async () => {
    const base = '?family=Smith&gender=female&birthdate=eq2010-10-22';
    const died = await call('GET', `${PDS}/Patient${base}&death-date=eq2010-10-22`);
    expect(died.body.entry.map((e: any) => e.resource.id)).toEqual(['9000000009']);
    const later = await call('GET', `${PDS}/Patient${base}&death-date=ge2011-01-01&death-date=le2012-01-01`);
    expect(later.body.total).toBe(0);
    const bad = await call('GET', `${PDS}/Patient${base}&death-date=2010-10-22x`, nonConforming('a malformed date'));
    expect([bad.status, bad.body.issue[0].details.coding[0].code]).toEqual([400, 'INVALID_VALUE']);
  });

  it('PATCH adds a new base-level list item at - only (400 INVALID_UPDATE at an index), and gives it an id', async () => {
    const read = await call('GET', `${PDS}/Patient/9990000034`);
    const headers = { 'content-type': 'application/json-patch+json', 'if-match': `W/"${read.body.meta.versionId}"` };
    const name = { use: 'nickname', given: ['Jo'], family: 'Bloggs' };
    const indexed = await call('PATCH', `${PDS}/Patient/9990000034`, headers, { patches: [{ op: 'add', path: '/name/0', value: name }] });
    expect([indexed.status, indexed.body.issue[0].details.coding[0].code]).toEqual([400, 'INVALID_UPDATE']);
    const appended = await call('PATCH', `${PDS}/Patient/9990000034`, headers, { patches: [{ op: 'add', path: '/name/-', value: name }] });
    expect(appended.status).toBe(200);
    expect(appended.body.name.at(-1)).toMatchObject({ ...name, id: expect.stringMatching(/^[0-9A-F]{8}$/) });
  });

  it('refuses a call without X-Request-ID, or with one that is not a UUID', async () => {
    const missing = await request(`${sandbox.origin}${PDS}/Patient/9000000009`, {
      headers: { authorization: `Bearer ${token}`, ...nonConforming('no X-Request-ID') },
    });
    expect(missing.statusCode).toBe(400);
    expect(((await missing.body.json()) as any).issue[0].details.coding[0].code).toBe('MISSING_VALUE');
    const bad = await call('GET', `${PDS}/Patient/9000000009`, { 'x-request-id': 'not-a-uuid', ...nonConforming('an X-Request-ID that is not a UUID') });
    expect([bad.status, bad.body.issue[0].details.coding[0].code]).toEqual([400, 'INVALID_VALUE']);
  });

  it('refuses a call without a live access token (401 ACCESS_DENIED)', async () => {
    const r = await call('GET', `${PDS}/Patient/9000000009`, { authorization: 'Bearer forged' });
    expect(r.status).toBe(401);
    expect(r.body.issue[0].details.coding[0].code).toBe('ACCESS_DENIED');
    expect(pdsSpec.validate('GET', '/Patient/{id}', 401, r.body)).toEqual([]);
  });
});

describe('ODS sandbox conforms to organisation-data-terminology-api.yaml', () => {
  it.each([
    ['RR8, served as the spec example', 'RR8'],
    ['a synthetic GP practice', 'P80001'],
    ['a synthetic pharmacy', 'FX001'],
    ['an organisation another contract names', 'FA565'],
  ])('GET /Organization/{id}: %s', async (_, code) => {
    const r = await call('GET', `${ODS}/Organization/${code}`);
    expect(r.status).toBe(200);
    expect(odsSpec.validateAgainstExample('GET', '/Organization/{id}', 200, r.body)).toEqual([]);
  });

  it('GET /Organization/{id}: roles carry no primary flag (the profile has none; the ODSOrganisationRole CodeSystem says)', async () => {
    const r = await call('GET', `${ODS}/Organization/P80001`);
    const parts = r.body.extension
      .filter((e: any) => e.url.endsWith('Extension-England-OrganisationRole'))
      .flatMap((e: any) => e.extension.map((x: any) => x.url));
    expect(parts).toContain('roleCode');
    expect(parts).not.toContain('primaryRole');
  });

  it.each([
    ['an organisation (ods-organization-code)', 'https://fhir.nhs.uk/Id/ods-organization-code', 'Y12345'],
    ["the spec's example organisation", 'https://fhir.nhs.uk/Id/ods-organization-code', 'G81086'],
    ['a role (ODSOrganisationRole)', 'https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSOrganisationRole', 'RO177'],
  ])('GET /CodeSystem/ looks up %s as a Parameters shaped like the spec example', async (_, system, code) => {
    const r = await call('GET', `${ODS}/CodeSystem/?${new URLSearchParams({ system, code, property: '*' })}`);
    expect(r.status).toBe(200);
    expect(odsSpec.validateAgainstExample('GET', '/CodeSystem/', 200, r.body)).toEqual([]);
    expect(r.body.parameter.find((p: any) => p.name === 'code').valueCode).toBe(code);
  });

  it("GET /CodeSystem/ marks RO177 primary and RO76 not (the primaryRole property); no filter is the spec's 422", async () => {
    const primary = async (code: string) => {
      const r = await call(
        'GET',
        `${ODS}/CodeSystem/?system=https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSOrganisationRole&code=${code}`,
      );
      return r.body.parameter.find((p: any) => p.name === 'property' && p.part[0].valueCode === 'primaryRole').part[1].valueBoolean;
    };
    expect(await primary('RO177')).toBe(true);
    expect(await primary('RO76')).toBe(false);
    expect((await call('GET', `${ODS}/CodeSystem/`)).status).toBe(422);
  });

  it('GET /Organization search pages carry no total (as the spec example); _summary=count gives it', async () => {
    const page = await call('GET', `${ODS}/Organization?address-city=LEEDS&_count=5`);
    expect(page.body).not.toHaveProperty('total');
    const count = await call('GET', `${ODS}/Organization?address-city=LEEDS&_summary=count`);
    expect(count.body.total).toBeGreaterThan(5);
  });

  it('GET /Organization/{id} 404 is a HAPI-2001 OperationOutcome', async () => {
    const r = await call('GET', `${ODS}/Organization/ZZZ99`);
    expect(r.status).toBe(404);
    expect(r.body.issue[0].diagnostics).toMatch(/^HAPI-2001: /);
    expect(odsSpec.validateAgainstExample('GET', '/Organization/{id}', 404, r.body)).toEqual([]);
  });

  it('GET /Organization search pages with absolute self/next links', async () => {
    const r = await call('GET', `${ODS}/Organization?address-city=LEEDS&_count=5`);
    expect(r.status).toBe(200);
    expect(odsSpec.validateAgainstExample('GET', '/Organization', 200, r.body)).toEqual([]);
    expect(r.body.entry).toHaveLength(5);
    const next = r.body.link.find((l: any) => l.relation === 'next').url as string;
    expect(next).toMatch(new RegExp(`^${sandbox.origin}${ODS}/Organization\\?.*_offset=5`));
  });

  it('GET /Organization with an unknown parameter is 400 HAPI-0524', async () => {
    const r = await call('GET', `${ODS}/Organization?colour=blue`, nonConforming('a search parameter ODS does not declare'));
    expect(r.status).toBe(400);
    expect(r.body.issue[0].diagnostics).toMatch(/^HAPI-0524: /);
    expect(odsSpec.validateAgainstExample('GET', '/Organization', 400, r.body)).toEqual([]);
  });

  it('refuses a call without the apikey header', async () => {
    // ods/CONTRACT.md: the platform wants an `apikey`; the spec declares no security and no 401, so this exchange breaks it.
    const r = await request(`${sandbox.origin}${ODS}/Organization/RR8`, { headers: nonConforming('no apikey: a 401 the ODS spec does not list') });
    expect(r.statusCode).toBe(401);
    await r.body.dump();
  });

  it('its shape checks reject a broken answer: {}, no resourceType, a search Bundle without its type', async () => {
    const read = (await call('GET', `${ODS}/Organization/RR8`)).body;
    const search = (await call('GET', `${ODS}/Organization?address-city=LEEDS&_count=2`)).body;
    const missing = (await call('GET', `${ODS}/Organization/ZZZ99`)).body;
    const { resourceType: _, ...untyped } = read;
    const { type: __, ...typeless } = search;
    expect(odsSpec.validateAgainstExample('GET', '/Organization/{id}', 200, {})).not.toEqual([]);
    expect(odsSpec.validateAgainstExample('GET', '/Organization/{id}', 200, untyped)).toContain("/ must have required property 'resourceType'");
    expect(odsSpec.validateAgainstExample('GET', '/Organization', 200, typeless)).toContain("/ must have required property 'type'");
    expect(odsSpec.validateAgainstExample('GET', '/Organization', 200, { ...search, entry: 'none' })).toContain('/entry must be array');
    expect(odsSpec.validateAgainstExample('GET', '/Organization/{id}', 404, { ...missing, issue: [{ severity: 'error' }] })).toContain(
      "/issue/0 must have required property 'code'",
    );
  });

  it('accepts every search parameter the spec declares', async () => {
    const declared = odsSpecParameters();
    expect(declared.length).toBeGreaterThan(10);
    const sample: Record<string, string> = {
      active: 'true',
      _count: '1',
      _offset: '0',
      lastChangeDate: 'gt2020-01-01',
      _summary: 'count',
      roleCode: 'RO197',
      'roleCode:not': 'RO76',
      activeRoleCode: 'RO197',
      _id: 'RR8',
      identifier: 'RR8',
      'address-country': 'ENGLAND',
    };
    for (const name of declared) {
      const r = await call('GET', `${ODS}/Organization?${new URLSearchParams({ [name]: sample[name] ?? 'Leeds' })}`);
      expect([name, r.status]).toEqual([name, 200]);
    }
  });
});

function odsSpecParameters(): string[] {
  const op = (odsSpec as any).doc.paths['/Organization'].get;
  return op.parameters.map((p: any) => p.name);
}
