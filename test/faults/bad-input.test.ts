import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ graph: { maxBodyBytes: 64 * 1024 } });
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());

interface Case {
  /** What the client sends. */
  name: string;
  method?: 'GET' | 'POST';
  contentType?: string;
  /** Raw body; or a GraphQL operation and variables, sent as JSON. */
  raw?: string;
  query?: string;
  variables?: unknown;
  /** What the client must get. */
  status: number;
  reason: string;
  /** Text the answer must not echo (an almost-valid NHS number is still personal data). */
  secret?: string;
}

const PATIENT = 'query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }';
const ORGANISATION = 'query($c: OdsCode!) { organisation(odsCode: $c) { name } }';

const CASES: Case[] = [
  // The HTTP envelope
  { name: 'a malformed JSON body', raw: '{"query": "{ about { version } }"', status: 400, reason: 'MALFORMED_JSON' },
  { name: 'a text/plain body', contentType: 'text/plain', raw: '{"query":"{ about { version } }"}', status: 415, reason: 'UNSUPPORTED_CONTENT_TYPE' },
  { name: 'a form-encoded body', contentType: 'application/x-www-form-urlencoded', raw: 'query=%7Babout%7D', status: 415, reason: 'UNSUPPORTED_CONTENT_TYPE' },
  { name: 'an XML body', contentType: 'application/xml', raw: '<query/>', status: 415, reason: 'UNSUPPORTED_CONTENT_TYPE' },
  { name: 'no Content-Type at all', contentType: '', raw: '{"query":"{ about { version } }"}', status: 415, reason: 'UNSUPPORTED_CONTENT_TYPE' },
  {
    name: 'a body over the size limit',
    raw: JSON.stringify({ query: `{ about { version } } # ${'x'.repeat(70_000)}` }),
    status: 413,
    reason: 'BODY_TOO_LARGE',
  },
  { name: 'a JSON body that is not an operation', raw: '"just a string"', status: 400, reason: 'BAD_REQUEST' },
  { name: 'an operation without a query', raw: '{"variables": {}}', status: 400, reason: 'BAD_REQUEST' },
  { name: 'variables sent as a string', raw: JSON.stringify({ query: PATIENT, variables: '{"n":"9000000009"}' }), status: 400, reason: 'BAD_REQUEST' },
  { name: 'a mutation over GET', method: 'GET', status: 405, reason: 'BAD_REQUEST' },
  // The document
  { name: 'a GraphQL syntax error', query: '{ patient(nhsNumber: "9000000009") { nhsNumber }', status: 400, reason: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a field the schema does not have', query: '{ patient(nhsNumber: "9000000009") { password } }', status: 400, reason: 'GRAPHQL_VALIDATION_FAILED' },
  // Variables
  { name: 'a required variable left out', query: PATIENT, variables: {}, status: 400, reason: 'INVALID_VARIABLE' },
  { name: 'a variable of the wrong type', query: PATIENT, variables: { n: 9000000009 }, status: 400, reason: 'INVALID_NHS_NUMBER' },
  {
    name: 'an unknown enum value',
    query: 'query($g: Gender!) { patients(search: { family: "Smith", gender: $g }) { total } }',
    variables: { g: 'robot' },
    status: 400,
    reason: 'INVALID_VARIABLE',
  },
  {
    name: 'an invalid date',
    query: 'query($d: Date!) { patients(search: { family: "Smith", birthDate: $d }) { total } }',
    variables: { d: '1980-13-45' },
    status: 400,
    reason: 'INVALID_DATE',
  },
  // NHS identifiers
  {
    name: 'an NHS number with a bad check digit (variable)',
    query: PATIENT,
    variables: { n: '9000000008' },
    status: 400,
    reason: 'INVALID_NHS_NUMBER',
    secret: '9000000008',
  },
  {
    name: 'an NHS number with a bad check digit (inline)',
    query: '{ patient(nhsNumber: "9434765918") { nhsNumber } }',
    status: 400,
    reason: 'INVALID_NHS_NUMBER',
  },
  { name: 'an NHS number of 9 digits', query: PATIENT, variables: { n: '900000000' }, status: 400, reason: 'INVALID_NHS_NUMBER', secret: '900000000' },
  { name: 'an NHS number with letters', query: PATIENT, variables: { n: '90000000O9' }, status: 400, reason: 'INVALID_NHS_NUMBER', secret: '90000000O9' },
  { name: 'an ODS code with punctuation', query: ORGANISATION, variables: { c: 'RR8;DROP' }, status: 400, reason: 'INVALID_ODS_CODE' },
  { name: 'an ODS code too short', query: ORGANISATION, variables: { c: 'R8' }, status: 400, reason: 'INVALID_ODS_CODE' },
  { name: 'an ODS code too long', query: ORGANISATION, variables: { c: 'ABCDEFGHIJK' }, status: 400, reason: 'INVALID_ODS_CODE' },
  {
    name: 'an ODS code inside a search',
    query: 'query($c: OdsCode!) { patients(search: { family: "Smith", registeredGp: $c }) { total } }',
    variables: { c: 'not a code' },
    status: 400,
    reason: 'INVALID_ODS_CODE',
  },
];

async function send(c: Case) {
  const url = c.method === 'GET' ? `${t.url}/graphql?query=${encodeURIComponent('mutation { _noop }')}` : `${t.url}/graphql`;
  const headers: Record<string, string> = c.method === 'GET' ? { 'apollo-require-preflight': 'true' } : {};
  if (c.method !== 'GET' && c.contentType !== '') headers['content-type'] = c.contentType ?? 'application/json';
  const body = c.method === 'GET' ? undefined : (c.raw ?? JSON.stringify({ query: c.query, variables: c.variables }));
  const res = await request(url, { method: c.method ?? 'POST', headers, body });
  const text = await res.body.text();
  return {
    status: res.statusCode,
    contentType: res.headers['content-type'],
    text,
    json: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: { code: string; reason?: string } }[] },
  };
}

describe('bad input: a clear coded error and no upstream call', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const r = await send(c);
    expect(r.status).toBe(c.status);
    expect(r.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: c.reason });
    expect(r.json.errors![0]!.message.length).toBeGreaterThan(10);
    expect(r.json.data ?? null).toBeNull();
    if (c.secret) expect(r.text).not.toContain(c.secret);
    expect(t.calls()).toEqual({});
  });
});
