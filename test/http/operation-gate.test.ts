import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { startTestGraph, type GraphQLResult, type TestGraph } from '../support/harness.js';

const PATIENT = 'query P($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }';
const NHS_NUMBER = '9000000009';

/** The graph's `nhs_graph_graphql_operations{state}` gauge, read over HTTP from /metrics as a scraper would. */
async function operations(t: TestGraph, state: 'executing' | 'waiting'): Promise<number> {
  const res = await request(`${t.url}/metrics`);
  const text = await res.body.text();
  const found = new RegExp(`^nhs_graph_graphql_operations\\{state="${state}"\\} (\\d+)$`, 'm').exec(text);
  if (!found) throw new Error('no nhs_graph_graphql_operations gauge in /metrics');
  return Number(found[1]);
}

/** Waits until the gauge reads `value` (ordering by events the graph reports, not by the clock). */
async function until(t: TestGraph, state: 'executing' | 'waiting', value: number): Promise<void> {
  while ((await operations(t, state)) !== value) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** One patient read sent by a client that can hang up (`signal`); its status and body, or the error it met. */
/** A graph with one operation slot and one place in the queue, whose PDS answers in 2 s; its calls counted from zero. */
async function oneSlotOnePlace(): Promise<TestGraph> {
  const graph = await startTestGraph({ sandbox: { latencyMs: { pds: 2_000 } }, server: { http: { maxConcurrentOperations: 1, maxQueuedOperations: 1 } } });
  await graph.tokenFor({ staff: 'clinician' });
  graph.resetCalls();
  return graph;
}

async function readPatient(t: TestGraph, signal?: AbortSignal): Promise<GraphQLResult<{ patient: { nhsNumber: string } }>> {
  const res = await request(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor({ staff: 'clinician' })}` },
    body: JSON.stringify({ query: PATIENT, variables: { n: NHS_NUMBER } }),
    ...(signal ? { signal } : {}),
  });
  return { status: res.statusCode, headers: res.headers, ...((await res.body.json()) as object) };
}

describe('the operation gate (MAX_CONCURRENT_OPERATIONS, MAX_QUEUED_OPERATIONS)', () => {
  let t: TestGraph | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('runs 5 concurrent operations 2 at a time, and answers each of them', async () => {
    t = await startTestGraph({ sandbox: { latencyMs: { pds: 300 } }, server: { http: { maxConcurrentOperations: 2 } } });
    const graph = t;
    await graph.tokenFor({ staff: 'clinician' });
    graph.resetCalls();

    const answers = await Promise.all(Array.from({ length: 5 }, () => graph.run(PATIENT, { n: NHS_NUMBER })));

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ patient: { nhsNumber: NHS_NUMBER } });
    }
    expect(graph.calls().pds).toBe(5);
    // One PDS read per operation: never more than two operations' calls were at the stand-in at once.
    expect(graph.sandbox.maxConcurrentCalls()).toBeGreaterThanOrEqual(1);
    expect(graph.sandbox.maxConcurrentCalls()).toBeLessThanOrEqual(2);
    expect(await operations(graph, 'executing')).toBe(0);
    expect(await operations(graph, 'waiting')).toBe(0);
  });

  it('answers 503 RATE_LIMITED / SERVER_BUSY with Retry-After when the queue is full, without calling upstream', async () => {
    t = await oneSlotOnePlace();
    const graph = t;

    const first = readPatient(graph);
    await until(graph, 'executing', 1);
    const second = readPatient(graph);
    await until(graph, 'waiting', 1);
    const third = await readPatient(graph);

    expect(third.status).toBe(503);
    expect(third.headers['retry-after']).toBe('1');
    expect(third.errors).toEqual([
      { message: expect.stringContaining('busy'), extensions: { code: 'RATE_LIMITED', reason: 'SERVER_BUSY', retryAfterSeconds: 1 } },
    ]);
    expect(third.data).toBeUndefined();

    expect((await first).data).toEqual({ patient: { nhsNumber: NHS_NUMBER } });
    expect((await second).data).toEqual({ patient: { nhsNumber: NHS_NUMBER } });
    // The first two each read PDS once; the refused one reached no upstream.
    expect(graph.calls()).toEqual({ pds: 2 });
    const metrics = await (await request(`${graph.url}/metrics`)).body.text();
    expect(metrics).toMatch(/^nhs_graph_graphql_errors_total\{code="RATE_LIMITED"\} 1$/m);
    expect(metrics).toMatch(/^nhs_graph_graphql_requests_total\{operation_type="unknown",status="503"\} 1$/m);
  });

  it('drops a waiting operation whose client hung up, and frees its place in the queue at once', async () => {
    t = await oneSlotOnePlace();
    const graph = t;

    const first = readPatient(graph);
    await until(graph, 'executing', 1);
    const hangUp = new AbortController();
    const abandoned = readPatient(graph, hangUp.signal).catch((error: Error) => error.name);
    await until(graph, 'waiting', 1);
    hangUp.abort();
    expect(await abandoned).toBe('AbortError');
    // Its place is free while the first still runs: another client queues (the queue holds one) instead of a 503.
    await until(graph, 'waiting', 0);
    const next = readPatient(graph);
    await until(graph, 'waiting', 1);

    expect((await first).data).toEqual({ patient: { nhsNumber: NHS_NUMBER } });
    const answer = await next;
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ patient: { nhsNumber: NHS_NUMBER } });
    // The first and the next read PDS; the abandoned operation never executed.
    expect(graph.calls()).toEqual({ pds: 2 });
    expect(await operations(graph, 'executing')).toBe(0);
  });

  it('answers /readyz and /healthz while every slot is taken and the queue is full', async () => {
    t = await startTestGraph({ sandbox: { latencyMs: { pds: 2_000 } }, server: { http: { maxConcurrentOperations: 1, maxQueuedOperations: 0 } } });
    const graph = t;
    await graph.tokenFor({ staff: 'clinician' });

    const first = readPatient(graph);
    await until(graph, 'executing', 1);
    // The gate is full: one more operation is refused...
    expect((await readPatient(graph)).status).toBe(503);
    // ...and the probes still answer.
    const ready = await request(`${graph.url}/readyz`);
    expect(ready.statusCode).toBe(200);
    await ready.body.dump();
    const healthy = await request(`${graph.url}/healthz`);
    expect(healthy.statusCode).toBe(200);
    await healthy.body.dump();
    expect(await operations(graph, 'executing')).toBe(1);

    expect((await first).data).toEqual({ patient: { nhsNumber: NHS_NUMBER } });
  });
});

describe('configuration of the operation gate', () => {
  it('defaults to 64 operations at once and 1024 waiting', () => {
    expect(loadConfig({}).http).toMatchObject({ maxConcurrentOperations: 64, maxQueuedOperations: 1_024 });
  });

  it('reads MAX_CONCURRENT_OPERATIONS (0: no gate) and MAX_QUEUED_OPERATIONS (0: no queue)', () => {
    expect(loadConfig({ MAX_CONCURRENT_OPERATIONS: '16', MAX_QUEUED_OPERATIONS: '0' }).http).toMatchObject({
      maxConcurrentOperations: 16,
      maxQueuedOperations: 0,
    });
    expect(loadConfig({ MAX_CONCURRENT_OPERATIONS: '0' }).http.maxConcurrentOperations).toBe(0);
  });

  it('reports a value that is not a whole number in range, each on its own line', () => {
    try {
      loadConfig({ MAX_CONCURRENT_OPERATIONS: 'many', MAX_QUEUED_OPERATIONS: '-1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toContain('MAX_CONCURRENT_OPERATIONS must be a whole number from 0 to 100000 (got "many")');
      expect(problems).toContain('MAX_QUEUED_OPERATIONS must be a whole number from 0 to 1000000 (got "-1")');
    }
    expect(() => loadConfig({ MAX_CONCURRENT_OPERATIONS: '1.5' })).toThrow(ConfigError);
  });
});
