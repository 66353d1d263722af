import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import type { Sandbox } from '../../sandbox/src/server.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { OpenApiSpec } from '../support/openapi.js';

/**
 * The embedded SDS, Website Content and WLMDS answers validated against the published OpenAPI specs (their JSON
 * schemas), and their error bodies compared with the ones NHS's own sandboxes were captured giving.
 */
let sandbox: Sandbox;
let platform: Platform;
let sds: OpenApiSpec;
let content: OpenApiSpec;
let wlmds: OpenApiSpec;
let token: string;
let apiKey: string;

beforeAll(async () => {
  const embedded = await startEmbeddedPlatform();
  sandbox = embedded.sandbox;
  apiKey = embedded.credentials.apiKey;
  platform = createPlatform({ origin: sandbox.origin, credentials: embedded.credentials, timeoutMs: { default: 5_000 } });
  token = await platform.appAuth!.token();
  [sds, content, wlmds] = await Promise.all([
    OpenApiSpec.load('sds/specification/spine-directory-service.yaml'),
    OpenApiSpec.load('website-content/specification/nhs-website-content-api.yaml'),
    OpenApiSpec.load('wlmds/elective-waiting-list.yaml'),
  ]);
});
afterAll(async () => {
  await platform.close();
  await sandbox.close();
});

async function call(method: string, path: string, headers: Record<string, string> = {}) {
  const res = await request(sandbox.origin + path, {
    method: method as 'GET',
    headers: { 'x-request-id': randomUUID(), apikey: apiKey, authorization: `Bearer ${token}`, ...headers },
  });
  const text = await res.body.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.statusCode, headers: res.headers, body, text };
}

const SDS = '/spine-directory/FHIR/R4';
const ODS = 'https://fhir.nhs.uk/Id/ods-organization-code';
const SVC = 'https://fhir.nhs.uk/Id/nhsServiceInteractionId';
const PK = 'https://fhir.nhs.uk/Id/nhsMhsPartyKey';
const q = (params: [string, string][]) => `?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
const captured = (name: string) => loadFixture<any>(`sds/examples/captured/${name}.json`);
/** An OperationOutcome without its per-response id, to compare with a captured one. */
const outcome = (body: any) => ({ ...body, id: undefined });

describe('SDS sandbox conforms to spine-directory-service.yaml', () => {
  it.each([
    [
      'YES, REPC_IN150016UK05',
      [
        ['organization', `${ODS}|YES`],
        ['identifier', `${SVC}|urn:nhs:names:services:psis:REPC_IN150016UK05`],
      ],
      1,
    ],
    [
      'YES with party key',
      [
        ['organization', `${ODS}|YES`],
        ['identifier', `${SVC}|urn:nhs:names:services:psis:REPC_IN150016UK05`],
        ['identifier', `${PK}|YES-0000806`],
      ],
      1,
    ],
    [
      'X26, GP2GP',
      [
        ['organization', `${ODS}|X26`],
        ['identifier', `${SVC}|urn:nhs:names:services:gp2gp:COPC_IN000001UK01`],
      ],
      1,
    ],
    [
      'a synthetic practice',
      [
        ['organization', `${ODS}|P80001`],
        ['identifier', `${SVC}|urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1`],
      ],
      1,
    ],
    [
      'B82617 (no AS record)',
      [
        ['organization', `${ODS}|B82617`],
        ['identifier', `${SVC}|urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1`],
      ],
      0,
    ],
    [
      'an organisation SDS does not know',
      [
        ['organization', `${ODS}|ZZZ99`],
        ['identifier', `${SVC}|urn:nhs:names:services:psis:REPC_IN150016UK05`],
      ],
      0,
    ],
  ] as [string, [string, string][], number][])('GET /Device: %s', async (_, params, total) => {
    const r = await call('GET', `${SDS}/Device${q(params)}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/fhir+json');
    expect(sds.validate('GET', '/Device', 200, r.body)).toEqual([]);
    expect(r.body.total).toBe(total);
  });

  it.each([
    [
      'organisation + service',
      [
        ['organization', `${ODS}|YES`],
        ['identifier', `${SVC}|urn:nhs:names:services:psis:REPC_IN150016UK05`],
      ],
      1,
    ],
    [
      'organisation + party key',
      [
        ['organization', `${ODS}|YES`],
        ['identifier', `${PK}|YES-0000806`],
      ],
      5,
    ],
    [
      'service + party key',
      [
        ['identifier', `${SVC}|urn:nhs:names:services:psis:REPC_IN150016UK05`],
        ['identifier', `${PK}|YES-0000806`],
      ],
      1,
    ],
    [
      'B82617 documents',
      [
        ['organization', `${ODS}|B82617`],
        ['identifier', `${SVC}|urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1`],
      ],
      1,
    ],
  ] as [string, [string, string][], number][])('GET /Endpoint: %s', async (_, params, total) => {
    const r = await call('GET', `${SDS}/Endpoint${q(params)}`);
    expect(r.status).toBe(200);
    expect(sds.validate('GET', '/Endpoint', 200, r.body)).toEqual([]);
    expect(r.body.total).toBe(total);
  });

  it('answers the captured YES query with the captured Endpoint, but for its generated ids', async () => {
    const params: [string, string][] = [
      ['organization', `${ODS}|YES`],
      ['identifier', `${SVC}|urn:nhs:names:services:psis:REPC_IN150016UK05`],
      ['identifier', `${PK}|YES-0000806`],
    ];
    const r = await call('GET', `${SDS}/Endpoint${q(params)}`);
    const expected = captured('Endpoint-200-YES-REPC_IN150016UK05').entry[0].resource;
    expect({ ...r.body.entry[0].resource, id: expected.id }).toEqual(expected);
  });

  it('refuses what the adaptor refuses, with its OperationOutcomes', async () => {
    const missing = await call('GET', `${SDS}/Device${q([['organization', `${ODS}|YES`]])}`, nonConforming('no identifier'));
    expect([missing.status, outcome(missing.body)]).toEqual([400, outcome(captured('Device-400-BAD_REQUEST-missing-identifier'))]);
    const badCorrelation = await call(
      'GET',
      `${SDS}/Device${q([
        ['organization', `${ODS}|YES`],
        ['identifier', `${SVC}|x`],
      ])}`,
      { 'x-correlation-id': 'abc-123', ...nonConforming('an X-Correlation-ID that is not a UUID') },
    );
    expect([badCorrelation.status, outcome(badCorrelation.body)]).toEqual([400, outcome(captured('Device-400-BAD_REQUEST-invalid-correlation-id'))]);
    const post = await call('POST', `${SDS}/Device${q([['organization', `${ODS}|YES`]])}`, nonConforming('a method SDS does not have'));
    expect([post.status, outcome(post.body)]).toEqual([405, outcome(captured('Device-405-NOT_IMPLEMENTED'))]);
    const orgOnly = await call('GET', `${SDS}/Endpoint${q([['organization', `${ODS}|YES`]])}`, nonConforming('no identifier'));
    expect([orgOnly.status, orgOnly.body.issue[0].details.coding[0].code]).toEqual([400, 'BAD_REQUEST']);
    const unknown = await call(
      'GET',
      `${SDS}/Device${q([
        ['organization', `${ODS}|YES`],
        ['identifier', `${SVC}|x`],
        ['colour', 'blue'],
      ])}`,
      nonConforming('a search parameter SDS does not declare'),
    );
    expect(unknown.status).toBe(400);
    const path = await call('GET', `${SDS}/Location`, nonConforming('a path SDS does not have'));
    expect([path.status, path.body.issue[0].details.coding[0].code]).toEqual([404, 'NO_RECORD_FOUND']);
    const accept = await call(
      'GET',
      `${SDS}/Device${q([
        ['organization', `${ODS}|YES`],
        ['identifier', `${SVC}|x`],
      ])}`,
      { accept: 'text/html' },
    );
    expect(accept.status).toBe(406);
    const noKey = await request(
      `${sandbox.origin}${SDS}/Device${q([
        ['organization', `${ODS}|YES`],
        ['identifier', `${SVC}|x`],
      ])}`,
      { headers: nonConforming('no apikey') },
    );
    expect(noKey.statusCode).toBe(401);
    await noKey.body.dump();
  });

  it('mirrors a UUID X-Correlation-Id, and makes an upper-case one when none is sent', async () => {
    const params = q([
      ['organization', `${ODS}|YES`],
      ['identifier', `${SVC}|x`],
    ]);
    const sent = randomUUID();
    expect((await call('GET', `${SDS}/Device${params}`, { 'x-correlation-id': sent })).headers['x-correlation-id']).toBe(sent);
    expect((await call('GET', `${SDS}/Device${params}`)).headers['x-correlation-id']).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });
});

const CONTENT = '/nhs-website-content';
const CONTENT_EXAMPLES = 'website-content/specification/components/examples/';

/**
 * The Website Content spec's schemas contradict its own examples (`genre` and `keywords` are arrays or strings the
 * other way round). The examples win (DESIGN.md), so an answer may break the schema only where NHS's own examples
 * of that response do, compared by JSON path with indexes folded.
 */
function beyondExamples(specPath: string, body: unknown, examples: string[]): string[] {
  const fold = (v: string) => v.replace(/\/\d+(?=\/|\s)/g, '/*');
  const tolerated = new Set(examples.flatMap((e) => content.validate('GET', specPath, 200, loadFixture(CONTENT_EXAMPLES + e)).map(fold)));
  return content
    .validate('GET', specPath, 200, body)
    .map(fold)
    .filter((v) => !tolerated.has(v));
}

describe('Website Content sandbox conforms to nhs-website-content-api.yaml', () => {
  it.each([
    ['/conditions/', '/conditions', ['ConditionsHealthAToZ.json']],
    ['/conditions/?category=b&page=1', '/conditions', ['ConditionsHealthAToZ.json']],
    ['/conditions/?orderBy=dateModified&startDate=2024-01-01&order=oldest', '/conditions', ['ConditionsHealthAToZ.json']],
    ['/medicines/?category=m', '/medicines', ['MedicinesAToZ.json']],
    ['/symptoms/', '/symptoms', ['SymptomsAToZ.json']],
    ['/tests-and-treatments/', '/tests-and-treatments', ['TestsAndTreatmentsAToZ.json']],
    ['/manifest/pages/', '/manifest/pages', ['ManifestPages.json']],
    ['/live-well/', '/live-well', ['LiveWellHubPage.json']],
    ['/health-a-to-z/', '/health-a-to-z', ['HealthAToZHubPage.json']],
    ['/conditions/chickenpox/', '/conditions/*', ['ConditionsContentPage.json']],
    ['/conditions/asthma/', '/conditions/*', ['ConditionsContentPage.json']],
    ['/medicines/atenolol/', '/medicines/*', ['MedicinesContentPage.json']],
    ['/medicines/metformin/', '/medicines/*', ['MedicinesContentPage.json']],
  ])('GET %s', async (path, specPath, examples) => {
    const r = await call('GET', CONTENT + path);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json');
    expect(beyondExamples(specPath, r.body, examples)).toEqual([]);
  });

  it('pages an A–Z listing with First, Last, Self and Next links on its own host', async () => {
    const r = await call('GET', `${CONTENT}/conditions/?category=a`);
    expect(r.body.significantLink).toHaveLength(25);
    const links = Object.fromEntries(r.body.relatedLink.map((l: any) => [l.name, l.url]));
    expect(links['Next Page']).toBe(`${sandbox.origin}${CONTENT}/conditions/?category=a&page=2`);
    const second = await call('GET', `${CONTENT}/conditions/?category=a&page=2`);
    expect(second.body.relatedLink.some((l: any) => l.name === 'Next Page')).toBe(false);
  });

  it("answers NHS's sandbox error bodies", async () => {
    const missing = await call('GET', `${CONTENT}/conditions/no-such-page/`);
    expect([missing.status, missing.body]).toEqual([404, loadFixture('website-content/sandbox-responses/error-resource-not-found.json')]);
    const unknownValue = await call('GET', `${CONTENT}/conditions/?category=1`);
    expect([unknownValue.status, unknownValue.body]).toEqual([200, loadFixture('website-content/sandbox-responses/error-sandbox-response-not-found.json')]);
    const acne = await call('GET', `${CONTENT}/conditions/acne/?modules=true`);
    expect(acne.body.modules).toHaveLength(3);
    const root = await call('GET', `${CONTENT}/`, nonConforming('a path the API does not have'));
    expect(root.status).toBe(404);
  });

  it("refuses a call without the apikey with the proxy's 401 (a body that is not JSON)", async () => {
    const r = await request(`${sandbox.origin}${CONTENT}/conditions/`, { headers: nonConforming('no apikey') });
    expect(r.statusCode).toBe(401);
    const text = await r.body.text();
    expect(text).toContain('API key invalid');
    expect(() => JSON.parse(text)).toThrow();
  });
});

const WLMDS = '/elective-waiting-list';

describe('WLMDS sandbox conforms to elective-waiting-list.yaml', () => {
  it.each([
    ['the spec example patient', '9000000009', 1],
    ['a synthetic patient', '9990000018', -1],
    ['a patient WLMDS has no entries for', '9111231130', 0],
  ])('GET /patient?patient.identifier=…: %s', async (_, nhsNumber, count) => {
    const r = await call('GET', `${WLMDS}/patient${q([['patient.identifier', `https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`]])}`);
    expect(r.status).toBe(200);
    expect(wlmds.validate('GET', '/elective-waiting-list/{patient.identifier}', 200, r.body)).toEqual([]);
    expect(r.body.result).toBe('success');
    if (count >= 0) expect(r.body.data).toHaveLength(count);
  });

  it.each([
    ['an invalid NHS number', `https://fhir.nhs.uk/Id/nhs-number|9000000000`],
    ['a bare NHS number', '9000000009'],
  ])('400 error.bad-request for %s', async (_, identifier) => {
    const r = await call(
      'GET',
      `${WLMDS}/patient${q([['patient.identifier', identifier]])}`,
      identifier.includes('|') ? {} : nonConforming('an identifier without its system'),
    );
    expect([r.status, r.body.code]).toEqual([400, 'error.bad-request']);
    expect(wlmds.validate('GET', '/elective-waiting-list/{patient.identifier}', 400, r.body)).toEqual([]);
  });

  it('401 error.unauthorized without a live token', async () => {
    const r = await call('GET', `${WLMDS}/patient${q([['patient.identifier', 'https://fhir.nhs.uk/Id/nhs-number|9000000009']])}`, {
      authorization: 'Bearer forged',
    });
    expect([r.status, r.body.code]).toEqual([401, 'error.unauthorized']);
    expect(wlmds.validate('GET', '/elective-waiting-list/{patient.identifier}', 401, r.body)).toEqual([]);
  });
});
