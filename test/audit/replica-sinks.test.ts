import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultInstanceId } from '../../src/audit/instance.js';
import { OtlpAuditSink } from '../../src/audit/otlp-sink.js';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import { StdoutAuditSink } from '../../src/audit/stdout-sink.js';
import { loadConfig } from '../../src/config/index.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const READ = '{ patient(nhsNumber: "9000000009") { nhsNumber } }';

/** A stdout stand-in that keeps what it is given and, when `hold` is set, takes each write only when released. */
class HeldStream extends Writable {
  text = '';
  hold = false;
  private readonly released: (() => void)[] = [];
  private readonly arrivals: (() => void)[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    for (const arrived of this.arrivals.splice(0)) arrived();
    if (this.hold) this.released.push(() => callback());
    else callback();
  }
  arrival(): Promise<void> {
    return new Promise((resolve) => this.arrivals.push(resolve));
  }
  release(): void {
    for (const r of this.released.splice(0)) r();
  }
  lines(): any[] {
    return this.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  }
}

describe('audit records name the replica that wrote them', () => {
  let a: TestGraph;
  beforeAll(async () => {
    a = await startTestGraph();
  });
  afterAll(() => a.close());

  it('with INSTANCE_ID, or hostname:pid by default', async () => {
    expect(defaultInstanceId({ INSTANCE_ID: 'graph-7f9c' })).toBe('graph-7f9c');
    expect(defaultInstanceId({})).toBe(`${hostname()}:${process.pid}`);
    expect(loadConfig({ INSTANCE_ID: 'graph-7f9c' }).audit).toEqual({ sink: 'file', instanceId: 'graph-7f9c' });
    expect(loadConfig({}).audit.instanceId).toBe(`${hostname()}:${process.pid}`);
    expect(loadConfig({ AUDIT_SINK: 'stdout' }).audit.sink).toBe('stdout');
    expect(loadConfig({ AUDIT_SINK: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).audit).toMatchObject({
      sink: 'otlp',
      otlpEndpoint: 'http://collector:4318/v1/logs',
    });
    expect(() => loadConfig({ AUDIT_SINK: 'otlp' })).toThrow(/AUDIT_SINK=otlp needs AUDIT_OTLP_ENDPOINT/);
    expect(() => loadConfig({ AUDIT_SINK: 'syslog' })).toThrow(/AUDIT_SINK must be one of file, stdout, otlp/);
  });

  it('two graph instances write records with their own instance ids', async () => {
    // The harness's sinks are the file sink with the default instance; these two replicas get their own ids.
    const dir = a.auditPath.replace(/audit\.jsonl$/, '');
    const sinkA = new JsonLinesAuditSink(`${dir}replica-a.jsonl`, { instance: 'replica-a' });
    const sinkB = new JsonLinesAuditSink(`${dir}replica-b.jsonl`, { instance: 'replica-b' });
    const ga = await startTestGraph({ audit: sinkA });
    const gb = await startTestGraph({ audit: sinkB });
    try {
      expect((await ga.run(READ)).errors).toBeUndefined();
      expect((await gb.run(READ)).errors).toBeUndefined();
      const { readFile } = await import('node:fs/promises');
      const recordsA = (await readFile(sinkA.path, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const recordsB = (await readFile(sinkB.path, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(recordsA.map((r) => r.instance)).toEqual(['replica-a']);
      expect(recordsB.map((r) => r.instance)).toEqual(['replica-b']);
    } finally {
      await ga.close();
      await gb.close();
    }
    // The harness's own sink stamps hostname:pid.
    expect((await a.run(READ)).errors).toBeUndefined();
    expect((await a.auditRecords()).at(-1)?.instance).toBe(`${hostname()}:${process.pid}`);
  });
});

describe('the stdout audit sink (AUDIT_SINK=stdout)', () => {
  it('writes each record as a JSON line marked "stream":"audit", and the answer waits until the stream took it', async () => {
    const stream = new HeldStream();
    const t = await startTestGraph({ audit: new StdoutAuditSink(stream, { instance: 'replica-s' }) });
    try {
      stream.hold = true;
      let answered = false;
      const arrived = stream.arrival();
      const pending = t.run(READ).then((r) => {
        answered = true;
        return r;
      });
      await arrived;
      // The record is on the stream, not yet taken: no answer has left.
      await new Promise((r) => setImmediate(r));
      expect(answered).toBe(false);
      stream.release();
      const r = await pending;
      expect(r.errors).toBeUndefined();
      const [record, ...more] = stream.lines();
      expect(more).toEqual([]);
      expect(record).toMatchObject({
        stream: 'audit',
        instance: 'replica-s',
        action: 'read',
        outcome: 'success',
        requestId: r.headers['x-request-id'],
        sources: ['pds'],
      });
      expect(record.nhsNumber).toBe('9000000009');
    } finally {
      stream.release();
      stream.hold = false;
      await t.close();
    }
  });

  it('fails closed: once the stream is gone no patient data is answered and no write is sent, and check() says so', async () => {
    const stream = new HeldStream();
    const sink = new StdoutAuditSink(stream, { instance: 'replica-s' });
    const t = await startTestGraph({ audit: sink });
    try {
      stream.destroy();
      expect(await sink.check()).toEqual({ ok: false, error: 'STREAM_CLOSED' });
      const r = await t.run<any>(READ);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.map((e) => e.extensions?.reason)).toEqual(['AUDIT_UNAVAILABLE']);
      t.resetCalls();
      const w = await t.run(`mutation { updatePatient(nhsNumber: "9990000573", version: 1, changes: { gender: unknown }) { patient { version } } }`);
      expect(w.errors?.map((e) => e.extensions?.reason)).toContain('AUDIT_UNAVAILABLE');
      expect(t.calls().pds ?? 0).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('the OTLP audit sink (AUDIT_SINK=otlp)', () => {
  let collector: Server;
  let url: string;
  let status = 200;
  const received: any[] = [];
  beforeAll(async () => {
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (status === 200) received.push({ path: req.url, type: req.headers['content-type'], body: JSON.parse(body) });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/logs`;
  });
  afterAll(() => new Promise<void>((r) => collector.close(() => r())));

  it('exports each record as an OpenTelemetry log record, and the answer waits for the collector', async () => {
    const t = await startTestGraph({ audit: new OtlpAuditSink({ url, instance: 'replica-o' }) });
    try {
      const r = await t.run(READ);
      expect(r.errors).toBeUndefined();
      // Received before the answer was sent: the answer waited for the export.
      expect(received).toHaveLength(1);
      const { path, body } = received[0];
      expect(path).toBe('/v1/logs');
      const resource = body.resourceLogs[0];
      expect(resource.resource.attributes).toContainEqual({ key: 'service.instance.id', value: { stringValue: 'replica-o' } });
      const scope = resource.scopeLogs[0];
      expect(scope.scope.name).toBe('nhs-graph.audit');
      const record = JSON.parse(scope.logRecords[0].body.stringValue);
      expect(record).toMatchObject({ instance: 'replica-o', action: 'read', outcome: 'success', requestId: r.headers['x-request-id'] });
      expect(record.nhsNumber).toBe('9000000009');
    } finally {
      await t.close();
    }
  });

  it('fails closed when the collector refuses: no data, and check() is not ok until an export succeeds', async () => {
    const sink = new OtlpAuditSink({ url, instance: 'replica-o' });
    const t = await startTestGraph({ audit: sink });
    try {
      status = 400;
      const r = await t.run<any>(READ);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.map((e) => e.extensions?.reason)).toEqual(['AUDIT_UNAVAILABLE']);
      expect(await sink.check()).toEqual({ ok: false, error: 'EXPORT_FAILED' });
      status = 200;
      expect((await t.run(READ)).errors).toBeUndefined();
      expect(await sink.check()).toEqual({ ok: true });
    } finally {
      status = 200;
      await t.close();
    }
  });
});
