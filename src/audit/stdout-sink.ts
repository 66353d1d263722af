import type { Writable } from 'node:stream';
import { defaultInstanceId } from './instance.js';
import { stamped, type AuditHealth, type AuditSink } from './sink.js';
import type { AuditRecord } from './trail.js';
import { InFlightWrites } from './in-flight.js';

/** Marks an audit line on a stream it may share with the application log, for the collector to route it apart. */
export const AUDIT_STREAM_MARK = 'audit';

/**
 * Audit records as JSON lines on the process's stdout (AUDIT_SINK=stdout), for a platform whose log collector ships
 * each container's stdout to its audit store. Each line is a record with `"stream": "audit"` and the replica's
 * `instance`; the collector must route those lines to the audit store, apart from the application log (whose lines have
 * a `level` and carry no personal data, while these name patients).
 *
 * `write` resolves once the stream has taken the records (its write callback: handed to the pipe or file behind
 * stdout), so the answer waits for that, and rejects when the stream has failed or is closed: the graph then fails
 * closed as with the file. What happens after the pipe (the collector's own buffering and delivery) is the platform's
 * to guarantee. A stream that stops draining holds the answers back rather than dropping records.
 */
export class StdoutAuditSink implements AuditSink {
  private readonly inFlight = new InFlightWrites();
  private closed = false;
  private failed: string | undefined;
  readonly instance: string;

  constructor(
    private readonly stream: Writable = process.stdout,
    options: { instance?: string } = {},
  ) {
    this.instance = options.instance ?? defaultInstanceId();
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failed = error.code ?? 'UNWRITABLE';
    });
  }

  write(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('the audit sink is closed'));
    const unusable = this.unusable();
    if (unusable) return Promise.reject(new Error(`the audit stream cannot be written (${unusable})`));
    const text = records.map((r) => `${JSON.stringify({ stream: AUDIT_STREAM_MARK, ...stamped(r, this.instance) })}\n`).join('');
    const done = new Promise<void>((resolve, reject) => {
      try {
        this.stream.write(text, 'utf8', (error) => (error ? reject(error) : resolve()));
      } catch (error) {
        reject(error);
      }
    });
    return this.inFlight.track(done);
  }

  async flush(): Promise<void> {
    await this.inFlight.settle();
  }

  async check(): Promise<AuditHealth> {
    if (this.closed) return { ok: false, error: 'CLOSED' };
    const unusable = this.unusable();
    return unusable ? { ok: false, error: unusable } : { ok: true };
  }

  /** Flushes; the stream itself (stdout) is the process's and stays open. Later writes are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  private unusable(): string | undefined {
    if (this.failed) return this.failed;
    if (this.stream.destroyed || !this.stream.writable) return 'STREAM_CLOSED';
    return undefined;
  }
}
