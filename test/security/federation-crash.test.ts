import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphProcess, type GraphProcess } from '../support/graph-process.js';

const CRASHING =
  '{_entities(representations:[{__typename:"Organisation",odsCode:"ZZZ999"},{__typename:"Organisation",odsCode:"!!"}]){... on Organisation{name}}}';

async function post(
  url: string,
  query: string,
): Promise<{ status: number; body: { data?: unknown; errors?: { path?: unknown[]; extensions?: { code?: string } }[] } }> {
  const res = await request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.statusCode, body: (await res.body.json()) as never };
}

describe('one federation request cannot end the process (FEDERATION_SUBGRAPH=on)', () => {
  let graph: GraphProcess;
  let exitedEarly: number | null | undefined;
  beforeAll(async () => {
    graph = await startGraphProcess({
      FEDERATION_SUBGRAPH: 'on',
      PLAYGROUND: 'off',
      AUDIT_LOG_PATH: join(mkdtempSync(join(tmpdir(), 'nhs-graph-crash-')), 'audit.jsonl'),
    });
    void graph.exited.then((code) => (exitedEarly = code));
  }, 90_000);
  afterAll(async () => {
    graph.child.kill('SIGTERM');
    await graph.exited;
  });

  it('answers an unknown and an invalid ODS code each at its own index, then keeps serving /healthz', async () => {
    const r = await post(graph.url, CRASHING);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ _entities: [null, null] });
    expect((r.body.errors ?? []).map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [['_entities', 0], 'NOT_FOUND'],
      [['_entities', 1], 'BAD_USER_INPUT'],
    ]);
    // The same ODS read again: once its answer is back, the first request's read has settled too.
    expect((await post(graph.url, '{ organisation(odsCode: "ZZZ999") { name } }')).status).toBe(200);
    const health = await request(`${graph.url}/healthz`);
    expect(health.statusCode).toBe(200);
    expect(await health.body.json()).toEqual({ status: 'ok' });
    expect(exitedEarly).toBeUndefined();
    // The process guard is wired to the metrics, and nothing went unhandled.
    const metrics = await (await request(`${graph.url}/metrics`)).body.text();
    expect(metrics).toContain('nhs_graph_process_faults_total{kind="unhandled_rejection"} 0');
  });
});
