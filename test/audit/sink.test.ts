import { readFile, mkdtemp, rm, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import type { AuditRecord } from '../../src/audit/trail.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nhs-graph-sink-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const record = (requestId: string, action: AuditRecord['action'] = 'read'): AuditRecord => ({
  time: new Date().toISOString(),
  requestId,
  correlationId: requestId,
  action,
  outcome: 'success',
  actor: { kind: 'staff' },
  nhsNumber: '9000000009',
  sources: ['pds'],
  fields: ['Query.patient'],
  errorCodes: [],
});
const lines = async (path: string) =>
  (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditRecord);

describe('JsonLinesAuditSink', () => {
  it('settles each write only once its record is in the file, however many arrive at once', async () => {
    const path = join(dir, 'many.jsonl');
    const sink = new JsonLinesAuditSink(path);
    const inFileWhenSettled: boolean[] = [];
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        sink.write([record(`r${i}`, i % 10 === 0 ? 'write' : 'read')]).then(async () => {
          inFileWhenSettled.push((await readFile(path, 'utf8')).includes(`"requestId":"r${i}"`));
        }),
      ),
    );
    expect(inFileWhenSettled).toHaveLength(300);
    expect(inFileWhenSettled.every(Boolean)).toBe(true);
    expect((await lines(path)).map((r) => r.requestId).sort()).toEqual(Array.from({ length: 300 }, (_, i) => `r${i}`).sort());
    await sink.close();
  });

  it('follows a rotation: records after the file is moved away go to a new file at the path', async () => {
    const path = join(dir, 'rotated.jsonl');
    const sink = new JsonLinesAuditSink(path);
    await sink.write([record('before')]);
    await rename(path, `${path}.1`);
    await sink.write([record('after')]);
    await sink.close();
    expect((await lines(`${path}.1`)).map((r) => r.requestId)).toEqual(['before']);
    expect((await lines(path)).map((r) => r.requestId)).toEqual(['after']);
  });

  it('refuses writes once closed, and flush() waits for every record handed in', async () => {
    const path = join(dir, 'closed.jsonl');
    const sink = new JsonLinesAuditSink(path);
    void sink.write([record('a')]);
    void sink.write([record('b')]);
    await sink.flush();
    expect((await lines(path)).map((r) => r.requestId)).toEqual(['a', 'b']);
    await sink.close();
    await expect(sink.write([record('c')])).rejects.toThrow();
    expect(await sink.check()).toEqual({ ok: false, error: 'CLOSED' });
  });
});
