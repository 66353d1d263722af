import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPlatform, type EmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { signIn } from '../../sandbox/src/identity/sign-in.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { OpenApiSpec } from '../support/openapi.js';

/**
 * The embedded PDS enforces the access mode the platform token's scope names (pds/CONTRACT.md, "Access modes and
 * auth"): application-restricted, healthcare worker (CIS2) and patient access (NHS login P9).
 */
let embedded: EmbeddedPlatform;
let platform: Platform;
let spec: OpenApiSpec;
const tokens: Record<'app' | 'staff' | 'p9' | 'p5' | 'writer', string> = { app: '', staff: '', p9: '', p5: '', writer: '' };
const PDS = '/personal-demographics/FHIR/R4';

beforeAll(async () => {
  embedded = await startEmbeddedPlatform();
  platform = createPlatform({ origin: embedded.sandbox.origin, credentials: embedded.credentials, timeoutMs: { default: 5_000 } });
  const { nhsLogin, cis2 } = embedded.signInClients;
  const issuerOf = embedded.sandbox;
  const [staff, p9, p5, writer] = await Promise.all([
    signIn(issuerOf.cis2.issuer, cis2, 'clinician', { scope: 'openid nationalrbacaccess selectedrole' }),
    signIn(issuerOf.nhsLogin.issuer, nhsLogin, 'P9:9000000009', { scope: 'openid profile' }),
    signIn(issuerOf.nhsLogin.issuer, nhsLogin, 'P5:9000000009', { scope: 'openid profile', vtr: ['P5.Cp.Cd'] }),
    signIn(issuerOf.nhsLogin.issuer, nhsLogin, 'P9:9990000352', { scope: 'openid profile' }),
  ]);
  const auth = platform.appAuth!;
  [tokens.app, tokens.staff, tokens.p9, tokens.p5, tokens.writer] = await Promise.all([
    auth.token(),
    auth.userToken(staff.idToken),
    auth.userToken(p9.idToken),
    auth.userToken(p5.idToken),
    auth.userToken(writer.idToken),
  ]);
  spec = await OpenApiSpec.load('pds/specification/personal-demographics.yaml');
});
afterAll(async () => {
  await platform.close();
  await embedded.sandbox.close();
});

async function call(token: string | undefined, method: string, path: string, extra: { headers?: Record<string, string>; body?: unknown } = {}) {
  const res = await request(embedded.sandbox.origin + PDS + path, {
    method: method as 'GET',
    headers: { 'x-request-id': randomUUID(), ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra.headers },
    body: extra.body === undefined ? undefined : JSON.stringify(extra.body),
  });
  const text = await res.body.text();
  const body = text ? JSON.parse(text) : undefined;
  return { status: res.statusCode, body, code: body?.issue?.[0]?.details?.coding?.[0]?.code as string | undefined };
}

const COHORT = '/Patient?family=Pemberton&birthdate=ge1980-01-01&birthdate=le1980-12-31';
const ONE = '/Patient?family=Smith&gender=female&birthdate=eq2010-10-22&email=jane.smith@example.com&phone=01632960587';
const PATCH_GENDER = { patches: [{ op: 'replace', path: '/gender', value: 'female' }] };
const PATCH_MOBILE = { patches: [{ op: 'add', path: '/telecom/-', value: { system: 'phone', value: '07700 900123', use: 'mobile' } }] };

describe('application-restricted (app:level3 scope)', () => {
  it('retrieves a record and its related people', async () => {
    expect((await call(tokens.app, 'GET', '/Patient/9000000009')).status).toBe(200);
    expect((await call(tokens.app, 'GET', '/Patient/9000000009/RelatedPerson')).status).toBe(200);
  });

  it('searches for one unique match only: _max-results is forced to 1, so a cohort is TOO_MANY_MATCHES', async () => {
    const one = await call(tokens.app, 'GET', ONE);
    expect(one.status).toBe(200);
    expect(one.body.total).toBe(1);
    const cohort = await call(tokens.app, 'GET', COHORT);
    expect([cohort.status, cohort.code]).toEqual([200, 'TOO_MANY_MATCHES']);
  });

  it('refuses _max-results other than 1 with 403 INVALID_VALUE', async () => {
    const r = await call(tokens.app, 'GET', `${COHORT}&_max-results=10`);
    expect([r.status, r.code]).toEqual([403, 'INVALID_VALUE']);
    expect(spec.validate('GET', '/Patient', 403, r.body)).toEqual([]);
  });

  it('refuses PATCH with 403 INVALID_METHOD', async () => {
    const r = await call(tokens.app, 'PATCH', '/Patient/9990000344', {
      headers: { 'if-match': 'W/"1"', 'content-type': 'application/json-patch+json' },
      body: PATCH_GENDER,
    });
    expect([r.status, r.code]).toEqual([403, 'INVALID_METHOD']);
    expect(spec.validate('PATCH', '/Patient/{id}', 403, r.body)).toEqual([]);
  });
});

describe('healthcare worker (CIS2, user-nhs-cis2 scope)', () => {
  it('searches up to 50 matches and may PATCH', async () => {
    const cohort = await call(tokens.staff, 'GET', COHORT);
    expect(cohort.status).toBe(200);
    expect(cohort.body.total).toBe(50);
    const read = await call(tokens.staff, 'GET', '/Patient/9990000344');
    const version = read.body.meta.versionId;
    const r = await call(tokens.staff, 'PATCH', '/Patient/9990000344', {
      headers: { 'if-match': `W/"${version}"`, 'content-type': 'application/json-patch+json' },
      body: PATCH_GENDER,
    });
    expect(r.status).toBe(200);
  });
});

describe('patient access (NHS login P9, user-nhs-login:P9 scope)', () => {
  it('reads only the record whose NHS number is in the token', async () => {
    expect((await call(tokens.p9, 'GET', '/Patient/9000000009')).status).toBe(200);
    expect((await call(tokens.p9, 'GET', '/Patient/9000000009/RelatedPerson')).status).toBe(200);
    const other = await call(tokens.p9, 'GET', '/Patient/9000000025');
    expect([other.status, other.code]).toEqual([403, 'ACCESS_DENIED']);
    expect(spec.validate('GET', '/Patient/{id}', 403, other.body)).toEqual([]);
    expect((await call(tokens.p9, 'GET', '/Patient/9000000025/RelatedPerson')).status).toBe(403);
  });

  it('may not search', async () => {
    const r = await call(tokens.p9, 'GET', ONE);
    expect([r.status, r.code]).toEqual([403, 'INVALID_METHOD']);
  });

  it('may update their own record, not another', async () => {
    const read = await call(tokens.writer, 'GET', '/Patient/9990000352');
    const headers = { 'if-match': `W/"${read.body.meta.versionId}"`, 'content-type': 'application/json-patch+json' };
    expect((await call(tokens.writer, 'PATCH', '/Patient/9990000352', { headers, body: PATCH_MOBILE })).status).toBe(200);
    expect((await call(tokens.writer, 'PATCH', '/Patient/9990000344', { headers, body: PATCH_MOBILE })).code).toBe('ACCESS_DENIED');
  });

  it('may change only what patient-patch.yaml gives patients ("Patient access"); anything else is 403 FORBIDDEN_UPDATE', async () => {
    const version = async () => (await call(tokens.writer, 'GET', '/Patient/9990000352')).body.meta.versionId as string;
    const patch = async (patches: unknown[]) =>
      call(tokens.writer, 'PATCH', '/Patient/9990000352', {
        headers: { 'if-match': `W/"${await version()}"`, 'content-type': 'application/json-patch+json' },
        body: { patches },
      });
    const record = (await call(tokens.writer, 'GET', '/Patient/9990000352')).body;
    const home = record.telecom.findIndex((t: any) => t.system === 'phone' && t.use === 'home');
    const refused = [
      PATCH_GENDER.patches,
      [{ op: 'replace', path: '/birthDate', value: '1980-01-02' }],
      [{ op: 'add', path: '/telecom/-', value: { system: 'phone', value: '01132 496 000', use: 'work' } }],
      [
        { op: 'test', path: `/telecom/${home}/id`, value: record.telecom[home].id },
        { op: 'remove', path: `/telecom/${home}` },
      ],
      [{ op: 'add', path: '/extension/-', value: { url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference', extension: [] } }],
    ];
    for (const patches of refused) {
      const r = await patch(patches);
      expect(r.status, JSON.stringify(patches)).toBe(403);
      expect(r.code).toBe('FORBIDDEN_UPDATE');
      expect(spec.validate('PATCH', '/Patient/{id}', 403, r.body)).toEqual([]);
    }
    // Each operation is judged where it lands: after the email at 0 is removed, `/telecom/0` is the home phone.
    const staffHeaders = async () => ({ 'if-match': `W/"${await version()}"`, 'content-type': 'application/json-patch+json' });
    const byStaff = await call(tokens.staff, 'PATCH', '/Patient/9990000352', {
      headers: await staffHeaders(),
      body: {
        patches: [
          { op: 'test', path: `/telecom/${home}/id`, value: record.telecom[home].id },
          { op: 'remove', path: `/telecom/${home}` },
          { op: 'add', path: '/telecom/-', value: { system: 'phone', value: '01132 496 001', use: 'home' } },
        ],
      },
    });
    expect(byStaff.status).toBe(200);
    const reordered = (await call(tokens.writer, 'GET', '/Patient/9990000352')).body.telecom;
    const first = reordered[0];
    expect(first.system === 'email' || first.use === 'mobile').toBe(true);
    const slide = await patch([
      { op: 'test', path: '/telecom/0/id', value: first.id },
      { op: 'remove', path: '/telecom/0' },
      ...reordered.slice(1, -1).flatMap((t: any) => [
        { op: 'test', path: '/telecom/0/id', value: t.id },
        { op: 'remove', path: '/telecom/0' },
      ]),
      { op: 'test', path: '/telecom/0/id', value: reordered.at(-1).id },
      { op: 'remove', path: '/telecom/0' },
    ]);
    expect([slide.status, slide.code]).toEqual([403, 'FORBIDDEN_UPDATE']);
    // Inside a contact point or an extension (patients change whole objects), and a whole list: refused too.
    const mobile = reordered.findIndex((t: any) => t.use === 'mobile');
    expect((await patch([{ op: 'replace', path: `/telecom/${mobile}/use`, value: 'home' }])).code).toBe('FORBIDDEN_UPDATE');
    // The patch schema allows no list as a value: non-conforming by design.
    const list = await call(tokens.writer, 'PATCH', '/Patient/9990000352', {
      headers: { ...(await staffHeaders()), ...nonConforming('a whole list as a patch value') },
      body: { patches: [{ op: 'replace', path: '/telecom', value: [{ system: 'email', value: 'a@example.com' }] }] },
    });
    expect([list.status, list.code]).toEqual([400, 'INVALID_UPDATE']);
    // Nothing refused was applied; an email address and an address are theirs to add.
    expect((await call(tokens.writer, 'GET', '/Patient/9990000352')).body.gender).toBe(record.gender);
    const allowed = await patch([
      { op: 'add', path: '/telecom/-', value: { system: 'email', value: 'new@example.com', use: 'home' } },
      {
        op: 'add',
        path: '/address/-',
        value: { use: 'temp', line: ['1 Park Row'], postalCode: 'LS1 5AB', text: 'Student Accommodation', period: { start: '2026-01-01', end: '2026-12-31' } },
      },
    ]);
    expect(allowed.status).toBe(200);
  });

  it('refuses a P5 citizen’s token outright (403 ACCESS_DENIED), even for their own record', async () => {
    const r = await call(tokens.p5, 'GET', '/Patient/9000000009');
    expect([r.status, r.code]).toEqual([403, 'ACCESS_DENIED']);
  });
});

describe('no usable token', () => {
  it.each([
    ['no token', undefined],
    ['a token the platform never issued', 'made-up-token'],
  ])('%s is 401 ACCESS_DENIED', async (_, token) => {
    const r = await call(token, 'GET', '/Patient/9000000009');
    expect([r.status, r.code]).toEqual([401, 'ACCESS_DENIED']);
    expect(spec.validate('GET', '/Patient/{id}', 401, r.body)).toEqual([]);
  });
});
