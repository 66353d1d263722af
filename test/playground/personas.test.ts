import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphProcess, type GraphProcess } from '../support/graph-process.js';

/**
 * The playground's "Act as" picker in the graph process: the personas and their sign-in come from the local NHS
 * stand-in (PLAYGROUND_PERSONAS_URL, as `npm start` sets it); the graph holds no test user and no sign-in key.
 */
describe('playground personas from the NHS stand-in (graph process)', () => {
  let graph: GraphProcess;
  beforeAll(async () => {
    graph = await startGraphProcess();
  }, 120_000);
  afterAll(async () => {
    graph?.child.kill('SIGTERM');
    await graph?.exited;
  });

  it("lists the stand-in's test users and signs one in; the token reads a patient", async () => {
    const settings = (await (await request(`${graph.url}/playground/settings.json`)).body.json()) as { personas: { id: string; label: string }[] };
    expect(settings.personas.map((p) => p.id)).toEqual(expect.arrayContaining(['staff:clinician', 'citizen:9000000009']));
    const res = await request(`${graph.url}/playground/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: graph.url },
      body: '{"persona":"staff:clinician"}',
    });
    expect(res.statusCode).toBe(200);
    const { accessToken } = (await res.body.json()) as { accessToken: string };
    const answer = await request(`${graph.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query: '{ patient(nhsNumber: "9000000009") { nhsNumber } }' }),
    });
    expect(await answer.body.json()).toEqual({ data: { patient: { nhsNumber: '9000000009' } } });
  });

  it('refuses a persona the stand-in does not list', async () => {
    const res = await request(`${graph.url}/playground/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: graph.url },
      body: '{"persona":"staff:nobody"}',
    });
    expect(res.statusCode).toBe(400);
    await res.body.dump();
  });
});
