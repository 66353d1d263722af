import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import { loadConfig } from '../../src/config/index.js';
import { startTestGraph } from '../support/harness.js';

/**
 * Issue 14, item 6: the audit trail is patient data. By default it is written outside the checkout's tracked files
 * (a git-ignored folder), and the file is readable by its owner only (0600) in a folder only its owner can enter (0700).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
const mode = async (path: string) => (await stat(path)).mode & 0o777;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nhs-graph-audit-modes-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the default audit file', () => {
  it('is outside the tracked files: git ignores it and tracks no audit log', () => {
    const path = loadConfig({}).auditLogPath;
    const inRepo = relative(root, path);
    expect(inRepo.startsWith('..')).toBe(false);
    // Not tracked, and ignored: `npm start` never dirties the checkout and a commit never carries a record.
    expect(git('ls-files', '--error-unmatch', inRepo).status).not.toBe(0);
    expect(git('check-ignore', '-q', inRepo).status).toBe(0);
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
    expect(tracked.filter((f) => /(^|\/)audit[^/]*\.jsonl$/.test(f))).toEqual([]);
  });

  it('does not depend on the directory the process starts in', () => {
    const path = loadConfig({}).auditLogPath;
    expect(path.startsWith('/')).toBe(true);
    expect(loadConfig({ AUDIT_LOG_PATH: '/srv/audit/graph.jsonl' }).auditLogPath).toBe('/srv/audit/graph.jsonl');
  });
});

describe('audit file permissions', () => {
  it('a graph writing its first record creates the file 0600 in a new folder 0700', async () => {
    const path = join(dir, 'fresh', 'audit', 'audit.jsonl');
    const t = await startTestGraph({ audit: new JsonLinesAuditSink(path) });
    try {
      const r = await t.run(`{ patient(nhsNumber: "9000000009") { nhsNumber } }`);
      expect(r.errors).toBeUndefined();
      expect(await mode(path)).toBe(0o600);
      expect(await mode(dirname(path))).toBe(0o700);
      expect(await mode(dirname(dirname(path)))).toBe(0o700);
    } finally {
      await t.close();
    }
  });

  it('an existing file readable by others is made owner-only before a record goes into it', async () => {
    const path = join(dir, 'old', 'audit.jsonl');
    await mkdir(dirname(path), { mode: 0o700 });
    await writeFile(path, '');
    await chmod(path, 0o644);
    const sink = new JsonLinesAuditSink(path);
    await sink.write([
      {
        time: new Date().toISOString(),
        requestId: 'r',
        correlationId: 'c',
        action: 'read',
        outcome: 'success',
        actor: { kind: 'staff' },
        nhsNumber: '9000000009',
        sources: ['pds'],
        fields: ['Query.patient'],
        errorCodes: [],
      },
    ]);
    await sink.close();
    expect(await mode(path)).toBe(0o600);
  });
});
