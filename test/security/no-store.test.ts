import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const PATIENT = '{ patient(nhsNumber: "9000000009") { nhsNumber birthDate } }';

describe('no answer of the graph may be stored by a browser, proxy or CDN', () => {
  let t: TestGraph;
  let bearer: string;
  beforeAll(async () => {
    t = await startTestGraph();
    bearer = `Bearer ${await t.tokenFor({ staff: 'clinician' })}`;
  });
  afterAll(() => t.close());

  it('sends Cache-Control: no-store with a patient answer', async () => {
    const r = await t.run(PATIENT);
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('sends it with errors and refusals too (an error can name what was asked for)', async () => {
    expect((await t.run('{ patient(nhsNumber: "9111231130") { nhsNumber } }')).headers['cache-control']).toBe('no-store');
    const malformed = await request(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['cache-control']).toBe('no-store');
    await malformed.body.dump();
  });

  it('answers a query over GET (with the CSRF preflight header) with no-store', async () => {
    const res = await request(`${t.url}/graphql?query=${encodeURIComponent(PATIENT)}`, {
      headers: { authorization: bearer, 'apollo-require-preflight': 'true' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(await res.body.json()).toEqual({ data: { patient: { nhsNumber: '9000000009', birthDate: expect.any(String) } } });
  });

  it('refuses a GET a browser could send cross-site without a preflight (CSRF), before any upstream call', async () => {
    t.resetCalls();
    const res = await request(`${t.url}/graphql?query=${encodeURIComponent(PATIENT)}`, { headers: { authorization: bearer } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['cache-control']).toBe('no-store');
    await res.body.dump();
    expect(t.calls()).toEqual({});
  });

  it('refuses a mutation over GET with 405, and sends nothing upstream', async () => {
    t.resetCalls();
    const mutation = 'mutation { cancelAppointment(id: "1", version: "1", reason: "no longer needed") { appointment { id } } }';
    const res = await request(`${t.url}/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { authorization: bearer, 'apollo-require-preflight': 'true' },
    });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.headers['cache-control']).toBe('no-store');
    await res.body.dump();
    expect(t.calls()).toEqual({});
  });
});
