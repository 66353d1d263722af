import { GraphError } from '../errors.js';
import type { AuditSink } from './sink.js';

/** One audit record: one patient's data read or written in one graph request (or a write about to be sent). */
export interface AuditRecord {
  time: string;
  requestId: string;
  correlationId: string;
  /** `write` when a mutation changed (or tried to change) the record. */
  action: 'read' | 'write';
  /** Who: principal kind, issuer, subject and role or identity level. Never a name. */
  actor: Record<string, unknown>;
  /**
   * The patient. Null when the graph reached a patient-data API but could not tell whose data it was (a prescription the
   * tracker does not know, a pharmacy's download before EPS answers, free slots): the access is recorded all the same.
   */
  nhsNumber: string | null;
  /** Upstream APIs that served (or would have served) this patient's data. */
  sources: readonly string[];
  /** Schema coordinates (`Type.field`) read or written for this patient. */
  fields: readonly string[];
  /**
   * `intended`: a write about to be sent upstream, recorded before it is (its outcome follows in a later record of the
   * same request); `denied` when an access rule refused any of it; `error` when an upstream or the graph failed; else
   * `success`.
   */
  outcome: 'intended' | 'success' | 'denied' | 'error';
  /** The error codes of the failures, when any. */
  errorCodes: readonly string[];
  /** Which graph replica served the request (INSTANCE_ID, or hostname:pid): set by the sink as it writes the record. */
  instance?: string;
}

/** Who asks and which request, known once the request's context exists. */
export interface AuditMeta {
  requestId: string;
  correlationId: string;
  actor: Record<string, unknown>;
}

/**
 * One patient's doings in a request. The names are kept in small arrays, sorted as they arrive: a record holds a handful
 * of each, and three Sets per patient were most of what a fifty-patient search's trail allocated.
 */
interface Entry {
  write: boolean;
  sources: string[];
  fields: string[];
  errors: string[];
  denied: boolean;
}

/** Why nothing was returned or sent: the audit record could not be written. */
export class AuditUnavailableError extends GraphError {
  constructor(what: string) {
    super('INTERNAL_SERVER_ERROR', `The audit trail could not be written, so ${what}`, { reason: 'AUDIT_UNAVAILABLE' });
  }
}

/**
 * Collects, during one request, what was done to whose data; turned into records before the response is sent (the
 * audit plugin). A write is also recorded before it is sent (`beforeWrite`), once the request is bound to its sink.
 */
export class AuditTrail {
  private readonly entries = new Map<string | null, Entry>();
  private sink: AuditSink | undefined;
  private meta: AuditMeta | undefined;

  /** Binds the trail to where records go and to whose request it is (the audit plugin, as the request starts). */
  bind(sink: AuditSink, meta: AuditMeta): void {
    this.sink = sink;
    this.meta = meta;
  }

  private entry(nhsNumber: string | null): Entry {
    let e = this.entries.get(nhsNumber);
    if (!e) {
      e = { write: false, sources: [], fields: [], errors: [], denied: false };
      this.entries.set(nhsNumber, e);
    }
    return e;
  }

  /** The field was read (or, with `write`, written) for the patient (null: a patient the graph could not name). */
  touched(nhsNumber: string | null, field: string, source?: string, write = false): void {
    const e = this.entry(nhsNumber);
    addSorted(e.fields, field);
    if (source) addSorted(e.sources, source);
    if (write) e.write = true;
  }

  failed(nhsNumber: string | null, field: string, code: string, source?: string, write = false): void {
    this.touched(nhsNumber, field, source, write);
    addSorted(this.entry(nhsNumber).errors, code);
  }

  denied(nhsNumber: string | null, field: string, source?: string, write = false): void {
    this.touched(nhsNumber, field, source, write);
    this.entry(nhsNumber).denied = true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets the entries once their records are written and the response is sent (releaseContext, src/context.ts). */
  release(): void {
    this.entries.clear();
  }

  /**
   * Writes an intent record per patient (one with no patient when none is known yet) before `field` sends a write to
   * `source`, and resolves once the sink has accepted them. Throws AuditUnavailableError when they could not be
   * written, or when the trail is bound to no sink: then the write must not be sent.
   */
  async beforeWrite(nhsNumbers: readonly string[], field: string, source: string): Promise<void> {
    const sink = this.sink;
    const meta = this.meta;
    if (!sink || !meta) throw new AuditUnavailableError('the change was not sent');
    const time = new Date().toISOString();
    const whose = nhsNumbers.length > 0 ? [...new Set(nhsNumbers)] : [null];
    const records: AuditRecord[] = whose.map((nhsNumber) => ({
      time,
      ...meta,
      action: 'write',
      nhsNumber,
      sources: [source],
      fields: [field],
      outcome: 'intended',
      errorCodes: [],
    }));
    try {
      await sink.write(records);
    } catch {
      throw new AuditUnavailableError('the change was not sent');
    }
  }

  records(meta: AuditMeta & { time: Date }): AuditRecord[] {
    const time = meta.time.toISOString();
    const records: AuditRecord[] = [];
    let last: AuditRecord | undefined;
    // Each record's lists are frozen copies, shared with the record before when they hold the same names: a
    // fifty-patient search's records mostly do, and the sink then serialises them once (stampedLines).
    const copy = (names: string[], before: readonly string[] | undefined): readonly string[] =>
      before && sameStrings(before, names) ? before : Object.freeze(names.slice());
    this.entries.forEach((e, nhsNumber) => {
      const record: AuditRecord = {
        time,
        requestId: meta.requestId,
        correlationId: meta.correlationId,
        action: e.write ? 'write' : 'read',
        actor: meta.actor,
        nhsNumber,
        sources: copy(e.sources, last?.sources),
        fields: copy(e.fields, last?.fields),
        outcome: e.denied ? 'denied' : e.errors.length > 0 ? 'error' : 'success',
        errorCodes: copy(e.errors, last?.errorCodes),
      };
      records.push(record);
      last = record;
    });
    return records;
  }
}

/** Whether two lists hold the same strings in the same order. */
export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Adds `value` to `list` (distinct strings in code-unit order, as `[...set].sort()` would give them), unless it is there. */
function addSorted(list: string[], value: string): void {
  let i = list.length;
  while (i > 0 && (list[i - 1] as string) > value) i--;
  if (i > 0 && list[i - 1] === value) return;
  list.push(value);
  for (let j = list.length - 1; j > i; j--) list[j] = list[j - 1] as string;
  list[i] = value;
}
