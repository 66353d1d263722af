import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const PATIENT_WITH_GP = 'query PatientWithGp($n: NhsNumber!) { patient(nhsNumber: $n) { name { family } registeredGp { name } } }';

describe('OpenTelemetry spans when an exporter is configured', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let t: TestGraph;

  beforeAll(async () => {
    provider.register();
    t = await startTestGraph();
  });
  afterAll(async () => {
    await t.close();
    await provider.shutdown();
    trace.disable();
  });
  beforeEach(() => {
    exporter.reset();
    t.resetCalls();
  });

  it('records one span per operation and one child span per upstream call, with the API, status and X-Request-ID', async () => {
    const r = await t.run(PATIENT_WITH_GP, { n: '9000000009' });
    expect(r.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = spans.filter((s) => s.kind === SpanKind.SERVER);
    expect(operation.map((s) => s.name)).toEqual(['query PatientWithGp']);
    const root = operation[0]!;
    expect(root.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'PatientWithGp', 'http.response.status_code': 200 });
    expect(root.attributes['nhs_graph.request_id']).toBe(r.headers['x-request-id']);

    const upstream = spans.filter((s) => s.kind === SpanKind.CLIENT);
    expect(upstream.map((s) => s.name).sort()).toEqual(['GET ods', 'GET pds']);
    for (const span of upstream) {
      expect(span.parentSpanContext?.spanId).toBe(root.spanContext().spanId);
      expect(span.spanContext().traceId).toBe(root.spanContext().traceId);
      expect(span.attributes['http.response.status_code']).toBe(200);
      // The X-Request-ID on the span is the one the NHS API received.
      const api = String(span.attributes['nhs.api']);
      const received = t.sandbox.receivedRequests(api).map((q) => q.headers['x-request-id']);
      expect(received).toContain(span.attributes['nhs.request_id']);
      // Route templates only: a span never carries the NHS number.
      expect(JSON.stringify(span.attributes)).not.toContain('9000000009');
      expect(span.startTime[0] * 1e9 + span.startTime[1]).toBeGreaterThanOrEqual(root.startTime[0] * 1e9 + root.startTime[1]);
    }
    expect(t.calls()).toEqual({ pds: 1, ods: 1 });
  });

  it('marks the operation span with the error codes of its answer and the failed upstream span with its status', async () => {
    t.sandbox.setFault('ods', { kind: 'status', status: 503 });
    try {
      const r = await t.run(PATIENT_WITH_GP, { n: '9000000009' });
      expect(r.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      t.sandbox.setFault('ods', undefined);
    }
    const spans = exporter.getFinishedSpans();
    const root = spans.find((s) => s.kind === SpanKind.SERVER)!;
    expect(root.attributes['graphql.error_codes']).toEqual(['UPSTREAM_UNAVAILABLE']);
    const ods = spans.find((s) => s.name === 'GET ods')!;
    expect(ods.attributes).toMatchObject({ 'http.response.status_code': 503, 'error.type': 'UPSTREAM_UNAVAILABLE' });
  });
});

describe('OpenTelemetry spans when no exporter is configured', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph();
  });
  afterAll(async () => {
    await t.close();
    trace.disable();
  });

  it('makes no span at all, not even a no-op one: the tracer is never asked for', async () => {
    const getTracer = vi.spyOn(trace, 'getTracer');
    try {
      const r = await t.run(PATIENT_WITH_GP, { n: '9000000009' });
      expect(r.errors).toBeUndefined();
      expect(t.calls()).toEqual({ pds: 1, ods: 1 });
      expect(getTracer).not.toHaveBeenCalled();
    } finally {
      getTracer.mockRestore();
    }
  });

  it('records spans once a provider is registered, after the graph started', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    provider.register();
    try {
      const r = await t.run(PATIENT_WITH_GP, { n: '9000000009' });
      expect(r.errors).toBeUndefined();
      const spans = exporter.getFinishedSpans();
      expect(spans.filter((s) => s.kind === SpanKind.SERVER).map((s) => s.name)).toEqual(['query PatientWithGp']);
      expect(
        spans
          .filter((s) => s.kind === SpanKind.CLIENT)
          .map((s) => s.name)
          .sort(),
      ).toEqual(['GET ods', 'GET pds']);
    } finally {
      await provider.shutdown();
      trace.disable();
    }
  });
});
