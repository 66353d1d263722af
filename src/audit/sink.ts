import { statSync, write as writeFd, writev } from 'node:fs';
import { chmod, mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { defaultInstanceId } from './instance.js';
import { type AuditRecord, sameStrings } from './trail.js';

/** Whether the sink can write now; `error` is an error code (never a path). */
export interface AuditHealth {
  ok: boolean;
  error?: string;
}

/**
 * Where audit records go: append-only, separate from the application log. AUDIT_SINK chooses one: `file` (this file's
 * JsonLinesAuditSink, the default), `stdout` (src/audit/stdout-sink.ts) or `otlp` (src/audit/otlp-sink.ts). Every sink
 * keeps the same promise: `write` resolves only once the records are accepted (written to the file, the stream, the
 * collector), and rejects otherwise, so the graph sends no answer and no upstream write without its record (fail closed).
 * Every sink stamps each record with its replica's `instance`.
 */
export interface AuditSink {
  /** Resolves once the records are written (durably, for the file sink); rejects when they could not be. */
  write(records: readonly AuditRecord[]): Promise<void>;
  /** Resolves once every record handed to `write` so far is written or refused. */
  flush(): Promise<void>;
  /** Whether a record could be written now: /readyz is not ready while it cannot. */
  check(): Promise<AuditHealth>;
  /** Flushes, then releases the file; later writes are refused. */
  close(): Promise<void>;
}

export interface JsonLinesAuditSinkOptions {
  /**
   * When a batch is fdatasync'ed before its writers are told it is written, so that it survives a crash of the machine
   * and not only of the process. `writes` (the default): a batch holding a write's record (an intent before a write is
   * sent, the outcome after), so no write reaches NHS without a record on disk; a batch of reads only is handed to the
   * operating system (it survives the process, and the answer waits for that). `always`: every batch, at about 2 ms a
   * batch on this machine's disk (docs/access-audit.md). Concurrent requests share one append and one sync either way.
   */
  sync?: 'writes' | 'always';
  /** The replica's id stamped on every record (src/audit/instance.ts: INSTANCE_ID, or hostname:pid). */
  instance?: string;
}

/** The record as a sink writes it: with the replica that wrote it. */
export function stamped(record: AuditRecord, instance: string): AuditRecord {
  return record.instance ? record : { ...record, instance };
}

/**
 * The records as JSON lines, each `stamped` with `instance` (`suffix` is `instanceSuffix(instance)`), in one buffer: the
 * same bytes as `JSON.stringify(stamped(record, instance))` + newline for each, without copying the records or joining
 * the lines into one string first (each line is encoded straight into the buffer).
 *
 * A request's records (one per patient: fifty for a fifty-patient search) share their time, ids, action and actor, and
 * most of them their sources, fields, outcome and error codes: those are serialised once for the run of records that
 * shares them, so each further record adds only its NHS number.
 */
export function stampedLines(records: readonly AuditRecord[], suffix: string): Buffer {
  const parts: string[] = [];
  let size = 0;
  const suffixBytes = Buffer.byteLength(suffix, 'utf8');
  let shared: AuditRecord | undefined;
  let head = '';
  let headBytes = 0;
  let sharedTail: AuditRecord | undefined;
  let tail = '';
  let tailBytes = 0;
  for (const record of records) {
    if (!record.instance && inRecordOrder(record)) {
      if (!shared || !sharesHead(shared, record)) {
        shared = record;
        const ids = `"requestId":${JSON.stringify(record.requestId)},"correlationId":${JSON.stringify(record.correlationId)}`;
        head = `{"time":${JSON.stringify(record.time)},${ids},"action":${JSON.stringify(record.action)},"actor":${JSON.stringify(record.actor)}`;
        headBytes = Buffer.byteLength(head, 'utf8');
      }
      if (!sharedTail || !sharesTail(sharedTail, record)) {
        sharedTail = record;
        const names = `"sources":${JSON.stringify(record.sources)},"fields":${JSON.stringify(record.fields)}`;
        tail = `,${names},"outcome":${JSON.stringify(record.outcome)},"errorCodes":${JSON.stringify(record.errorCodes)}`;
        tailBytes = Buffer.byteLength(tail, 'utf8');
      }
      // The head and the tail are the same strings for their runs: only the NHS number is new.
      const nhsNumber = JSON.stringify(record.nhsNumber);
      parts.push(head, NHS_NUMBER_KEY, nhsNumber, tail, suffix);
      size += headBytes + NHS_NUMBER_KEY.length + Buffer.byteLength(nhsNumber, 'utf8') + tailBytes + suffixBytes;
      continue;
    }
    const json = JSON.stringify(record);
    // An unstamped record's JSON loses its closing brace to the suffix (`,"instance":"..."}` and the newline).
    const line = record.instance ? json : json.slice(0, -1);
    const lineEnd = record.instance ? '\n' : suffix;
    parts.push(line, lineEnd);
    size += Buffer.byteLength(line, 'utf8') + Buffer.byteLength(lineEnd, 'utf8');
  }
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const part of parts) at += bytes.write(part, at, 'utf8');
  return bytes;
}

const NHS_NUMBER_KEY = ',"nhsNumber":';

/** The keys of a read or outcome record (AuditTrail.records), in the order JSON.stringify writes them. */
const RECORD_KEYS = ['time', 'requestId', 'correlationId', 'action', 'actor', 'nhsNumber', 'sources', 'fields', 'outcome', 'errorCodes'];

/** True when `record` has exactly RECORD_KEYS, in that order, none undefined: then the line can be built by parts. */
function inRecordOrder(record: AuditRecord): boolean {
  let i = 0;
  for (const key in record) {
    if (key !== RECORD_KEYS[i] || (record as unknown as Record<string, unknown>)[key] === undefined) return false;
    i += 1;
  }
  return i === RECORD_KEYS.length;
}

function sharesHead(a: AuditRecord, b: AuditRecord): boolean {
  return a.actor === b.actor && a.time === b.time && a.requestId === b.requestId && a.correlationId === b.correlationId && a.action === b.action;
}

/** Whether two records in record order serialise their sources, fields, outcome and error codes alike. */
function sharesTail(a: AuditRecord, b: AuditRecord): boolean {
  return a.outcome === b.outcome && sameStrings(a.sources, b.sources) && sameStrings(a.fields, b.fields) && sameStrings(a.errorCodes, b.errorCodes);
}

/** What `stampedLines` puts in place of an unstamped record's closing brace: the instance, the brace, the newline. */
export function instanceSuffix(instance: string): string {
  return `,"instance":${JSON.stringify(instance)}}\n`;
}

interface Pending {
  bytes: Buffer;
  durable: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface OpenFile {
  handle: FileHandle;
  dev: number;
  ino: number;
}

/**
 * Audit records as JSON lines in one file, opened for append only (O_APPEND: every write lands at the end, nothing
 * already written is ever rewritten). The file is made owner-only (0600) when opened, whatever it was before, and the
 * folders the sink creates for it are owner-only (0700); a folder that already exists is the operator's and is left as
 * it is.
 *
 * Writes are grouped: records handed in while a write is in progress go out together in the next one (one append, and
 * one fdatasync when the batch needs it), and each caller's promise settles when the batch holding its records has. Before each batch the sink
 * checks that the path still names the file it holds open: a file rotated away or deleted is replaced by a new one, and
 * a path that can no longer be opened (now a folder, say) fails the batch, rather than records going on into a file
 * nobody can find.
 */
export class JsonLinesAuditSink implements AuditSink {
  private file: OpenFile | undefined;
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  /** A batch failed while appending, perhaps part-way through a line: the next one starts on a new line. */
  private torn = false;
  private readonly syncAlways: boolean;
  private readonly suffix: string;
  private appended = 0;
  readonly instance: string;

  constructor(
    readonly path: string,
    options: JsonLinesAuditSinkOptions = {},
  ) {
    this.syncAlways = options.sync === 'always';
    this.instance = options.instance ?? defaultInstanceId();
    this.suffix = instanceSuffix(this.instance);
  }

  /** How many appends (batches) have reached the file: with concurrent requests, fewer than the writes handed in. */
  get appends(): number {
    return this.appended;
  }

  write(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('the audit sink is closed'));
    const bytes = stampedLines(records, this.suffix);
    const durable = this.syncAlways || records.some((r) => r.action === 'write');
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ bytes, durable, resolve, reject });
      this.kick();
    });
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  check(): Promise<AuditHealth> {
    if (this.closed) return Promise.resolve({ ok: false, error: 'CLOSED' });
    return this.serial(async () => {
      try {
        await this.current();
        return { ok: true };
      } catch (error) {
        await this.release();
        return { ok: false, error: (error as NodeJS.ErrnoException).code ?? 'UNWRITABLE' };
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    await this.serial(() => this.release());
  }

  private kick(): void {
    if (this.writing || this.pending.length === 0) return;
    this.writing = this.serial(() => this.drain()).finally(() => {
      this.writing = undefined;
      this.kick();
    });
  }

  /** Runs `task` after every task before it: a batch and a check never touch the file at the same time. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async drain(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const buffers = batch.map((p) => p.bytes);
    if (this.torn) buffers.unshift(NEWLINE);
    let appending = false;
    try {
      const { handle } = await this.current();
      appending = true;
      await appendAll(handle.fd, buffers);
      this.appended++;
      if (batch.some((p) => p.durable)) await handle.datasync();
      this.torn = false;
      for (const p of batch) p.resolve();
    } catch (error) {
      this.torn ||= appending;
      await this.release();
      for (const p of batch) p.reject(error);
    }
  }

  /**
   * The open file, (re)opened when the path no longer names it. The path is checked with a synchronous stat: it runs
   * once per batch, and a stat served from the kernel's inode cache costs about 1 µs of CPU where the thread pool's
   * round trip costs about 24 µs (docs/access-audit.md); nothing else in the batch blocks the event loop.
   */
  private async current(): Promise<OpenFile> {
    const file = this.file;
    if (file) {
      let now: ReturnType<typeof statSync>;
      try {
        now = statSync(this.path, { throwIfNoEntry: false });
      } catch {
        now = undefined;
      }
      if (now && now.isFile() && now.ino === file.ino && now.dev === file.dev) return file;
      await this.release();
    }
    this.file = await this.openFile();
    return this.file;
  }

  private async openFile(): Promise<OpenFile> {
    const folder = dirname(this.path);
    const created = await mkdir(folder, { recursive: true, mode: 0o700 });
    // mkdir's mode is masked by the umask: set it exactly on each folder it created.
    if (created) for (const dir of foldersFrom(created, folder)) await chmod(dir, 0o700);
    const handle = await open(this.path, 'a', 0o600);
    try {
      await handle.chmod(0o600);
      const s = await handle.stat();
      return { handle, dev: s.dev, ino: s.ino };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  private async release(): Promise<void> {
    const file = this.file;
    this.file = undefined;
    await file?.handle.close().catch(() => undefined);
  }
}

const NEWLINE = Buffer.from('\n');

/**
 * Appends all of `buffers`, in order, to the file open (O_APPEND) as `fd`: one `writev` for the batch, and plain writes
 * for whatever a short write left.
 */
function appendAll(fd: number, buffers: Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    writev(fd, buffers, null, (error, written) => {
      if (error) return reject(error);
      const total = buffers.reduce((sum, b) => sum + b.length, 0);
      if (written >= total) return resolve();
      const rest = Buffer.concat(buffers).subarray(written);
      const next = (offset: number): void => {
        writeFd(fd, rest, offset, rest.length - offset, null, (failure, more) => {
          if (failure) reject(failure);
          else if (offset + more < rest.length) next(offset + more);
          else resolve();
        });
      };
      next(0);
    });
  });
}

/** `first` and each folder below it down to `last`. */
function foldersFrom(first: string, last: string): string[] {
  const out = [first];
  let dir = first;
  for (const part of relative(first, last).split(sep).filter(Boolean)) {
    dir = `${dir}${sep}${part}`;
    out.push(dir);
  }
  return out;
}
