import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditRecord } from './trail.js';

/** Where audit records go: append-only, separate from the application log. */
export interface AuditSink {
  /** Resolves once the records are handed to the operating system; rejects when they could not be written. */
  write(records: readonly AuditRecord[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Audit records as JSON lines in one file, opened for append only (O_APPEND: every write lands at the end, nothing
 * already written is ever rewritten) and readable by the owner only. Writes are serialised, one `write` per request.
 */
export class JsonLinesAuditSink implements AuditSink {
  private file: Promise<FileHandle> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  write(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    const next = this.queue.then(async () => {
      const handle = await this.handle();
      await handle.appendFile(text, 'utf8');
    });
    // A failed write must not stop later ones from trying.
    this.queue = next.catch(() => {});
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    const file = this.file;
    this.file = undefined;
    if (file) await (await file).close();
  }

  private handle(): Promise<FileHandle> {
    this.file ??= mkdir(dirname(this.path), { recursive: true, mode: 0o700 }).then(() => open(this.path, 'a', 0o600));
    this.file.catch(() => {
      this.file = undefined;
    });
    return this.file;
  }
}
