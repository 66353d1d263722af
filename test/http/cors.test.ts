import { Client, fetchExchange, gql } from '@urql/core';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const APP = 'https://app.example.nhs.uk';
const ORGANISATION = gql`
  query Organisation($odsCode: OdsCode!) {
    organisation(odsCode: $odsCode) {
      odsCode
      name
    }
  }
`;

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/**
 * urql's own client, with a fetch that adds what a browser adds to a cross-origin request (`Origin`) and records what
 * was sent: the request shape is urql's (GET for queries by default, its Accept header, variables in the URL).
 */
function urqlFrom(origin: string, url: string, sent: Sent[], headers: Record<string, string> = {}): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    fetchOptions: { headers },
    fetch: (input, init) => {
      const h = new Headers(init?.headers);
      h.set('origin', origin);
      sent.push({ method: init?.method ?? 'GET', url: String(input), headers: Object.fromEntries(h) });
      return fetch(input, { ...init, headers: h });
    },
  });
}

describe('browser apps: CORS allow-list and GET queries (urql)', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { corsOrigins: [APP, 'http://localhost:5173'] } });
  });
  afterAll(() => t.close());

  it('answers a preflight from a listed origin with the methods and headers an app sends', async () => {
    const res = await request(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization, x-correlation-id' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(String(res.headers['access-control-allow-methods']).split(/,\s*/).sort()).toEqual(['GET', 'POST']);
    const allowed = String(res.headers['access-control-allow-headers']).split(/,\s*/);
    for (const h of ['authorization', 'content-type', 'apollo-require-preflight', 'x-correlation-id']) expect(allowed).toContain(h);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers.vary).toContain('Origin');
    await res.body.dump();
  });

  it('gives an unlisted origin no CORS header, on the preflight or on the answer', async () => {
    const pre = await request(`${t.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.statusCode).toBe(403);
    expect(Object.keys(pre.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(((await pre.body.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'ORIGIN_NOT_ALLOWED',
    });

    const sent: Sent[] = [];
    const r = await urqlFrom('https://evil.example', `${t.url}/graphql`, sent, { 'content-type': 'application/json' })
      .query(ORGANISATION, { odsCode: 'Y12345' }, { preferGetMethod: false })
      .toPromise();
    expect(r.data?.organisation.odsCode).toBe('Y12345');
    // (A browser would withhold this answer from the page: it names no origin.)
  });

  it("runs urql's default GET query from a listed origin, with CORS headers on the answer", async () => {
    const sent: Sent[] = [];
    t.resetCalls();
    const client = urqlFrom(APP, `${t.url}/graphql`, sent);
    const r = await client.query(ORGANISATION, { odsCode: 'Y12345' }).toPromise();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('GET');
    expect(sent[0]!.url).toContain('variables=');
    expect(r.error).toBeUndefined();
    expect(r.data).toEqual({ organisation: { odsCode: 'Y12345', name: expect.any(String) } });
    expect(t.calls().ods).toBe(1);

    const res = await request(sent[0]!.url, { headers: sent[0]!.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(String(res.headers['access-control-expose-headers'])).toContain('x-correlation-id');
    await res.body.dump();
  });

  it('runs an authenticated patient query over GET from a listed origin', async () => {
    const sent: Sent[] = [];
    const client = urqlFrom(APP, `${t.url}/graphql`, sent, { authorization: `Bearer ${await t.tokenFor({ staff: 'clinician' })}` });
    const r = await client.query(gql`query P($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }`, { n: '9000000009' }).toPromise();
    expect(sent[0]!.method).toBe('GET');
    expect(r.error).toBeUndefined();
    expect(r.data).toEqual({ patient: { nhsNumber: '9000000009' } });
  });

  it('still refuses the same plain GET from an unlisted origin (CSRF), before any upstream call', async () => {
    const sent: Sent[] = [];
    t.resetCalls();
    const r = await urqlFrom('https://evil.example', `${t.url}/graphql`, sent).query(ORGANISATION, { odsCode: 'Y12345' }).toPromise();
    expect(sent[0]!.method).toBe('GET');
    expect(r.data).toBeUndefined();
    expect(r.error?.response?.status).toBe(400);
    expect(t.calls().ods ?? 0).toBe(0);
  });

  it('never runs a mutation over GET, even from a listed origin', async () => {
    t.resetCalls();
    const query = 'mutation { _noop }';
    const res = await request(`${t.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { origin: APP, accept: 'application/graphql-response+json' } });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('POST');
    await res.body.dump();
  });
});

describe('CORS_ORIGINS', () => {
  it('takes origins, comma-separated, and refuses a wildcard or a path', async () => {
    const { loadConfig, ConfigError } = await import('../../src/config/index.js');
    expect(loadConfig({ NHS_ENV: 'embedded', CORS_ORIGINS: 'https://App.example.nhs.uk/, http://localhost:5173' }).corsOrigins).toEqual([
      APP,
      'http://localhost:5173',
    ]);
    expect(loadConfig({ NHS_ENV: 'embedded' }).corsOrigins).toBeUndefined();
    expect(() => loadConfig({ NHS_ENV: 'embedded', CORS_ORIGINS: '*' })).toThrow(ConfigError);
    expect(() => loadConfig({ NHS_ENV: 'embedded', CORS_ORIGINS: 'https://app.example.nhs.uk/login' })).toThrow(/CORS_ORIGINS/);
  });
});
