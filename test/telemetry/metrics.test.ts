import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/** Reads /metrics over HTTP and returns the value of one sample line (`name{labels}`), 0 when absent. */
async function scrape(t: TestGraph): Promise<{ text: string; value(sample: string): number }> {
  const res = await request(`${t.url}/metrics`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.body.text();
  return {
    text,
    value(sample) {
      const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
      return line ? Number(line.slice(sample.length + 1)) : 0;
    },
  };
}

describe('Prometheus metrics at /metrics', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph();
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.sandbox.setFault('ods', undefined);
    t.resetCalls();
  });

  it('counts requests by operation type and status, and upstream calls and their latency per API', async () => {
    const before = await scrape(t);
    await t.run('query ($n: NhsNumber!) { patient(nhsNumber: $n) { registeredGp { name } } }', { n: '9000000009' });
    await t.run('{ organisation(odsCode: "Y12345") { name } }');
    const after = await scrape(t);
    const delta = (sample: string) => after.value(sample) - before.value(sample);
    expect(delta('nhs_graph_graphql_requests_total{operation_type="query",status="200"}')).toBe(2);
    // The second query's ODS read is a separate request: ODS is reference data, but this graph has no shared cache.
    expect(t.calls()).toEqual({ pds: 1, ods: 2 });
    expect(delta('nhs_graph_upstream_calls_total{api="pds",status="200",error_code="none"}')).toBe(1);
    expect(delta('nhs_graph_upstream_calls_total{api="ods",status="200",error_code="none"}')).toBe(2);
    expect(delta('nhs_graph_upstream_duration_seconds_count{api="ods"}')).toBe(2);
    expect(delta('nhs_graph_graphql_request_duration_seconds_count{operation_type="query"}')).toBe(2);
    // Process metrics come with it.
    expect(after.text).toContain('nhs_graph_process_cpu_seconds_total');
  });

  it('counts errors by the code the client sees: bad input before any call, a failing API with its status', async () => {
    const before = await scrape(t);
    await t.run('{ patient(nhsNumber: "9000000001") { birthDate } }');
    t.sandbox.setFault('ods', { kind: 'status', status: 503 });
    await t.run('{ organisation(odsCode: "Y12345") { name } }');
    await t.run('{ nope }');
    const after = await scrape(t);
    const delta = (sample: string) => after.value(sample) - before.value(sample);
    // The invalid NHS number and the unknown field: codes from the graph's closed list, as the client saw them.
    expect(delta('nhs_graph_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(2);
    expect(delta('nhs_graph_graphql_errors_total{code="UPSTREAM_UNAVAILABLE"}')).toBe(1);
    expect(after.text).not.toContain('GRAPHQL_VALIDATION_FAILED');
    // Both refused at validation (a literal NHS number is checked by its scalar there), so neither has an operation type.
    expect(delta('nhs_graph_graphql_requests_total{operation_type="unknown",status="400"}')).toBe(2);
    expect(delta('nhs_graph_graphql_requests_total{operation_type="query",status="200"}')).toBe(1);
    expect(delta('nhs_graph_upstream_calls_total{api="ods",status="503",error_code="UPSTREAM_UNAVAILABLE"}')).toBe(1);
    expect(t.calls()).toEqual({ ods: 1 });
  });

  it('never puts an NHS number or an operation name in a label', async () => {
    await t.run('query SecretlyNamed9000000009 { patient(nhsNumber: "9000000009") { birthDate } }');
    const { text } = await scrape(t);
    expect(text).not.toContain('9000000009');
    expect(text).not.toContain('SecretlyNamed');
  });
});
