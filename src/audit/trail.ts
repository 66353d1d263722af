/** One audit record: one patient's data read or written in one graph request. */
export interface AuditRecord {
  time: string;
  requestId: string;
  correlationId: string;
  /** `write` when a mutation changed (or tried to change) the record. */
  action: 'read' | 'write';
  /** Who: principal kind, issuer, subject and role or identity level. Never a name. */
  actor: Record<string, unknown>;
  nhsNumber: string;
  /** Upstream APIs that served (or would have served) this patient's data. */
  sources: string[];
  /** Schema coordinates (`Type.field`) read or written for this patient. */
  fields: string[];
  /** `denied` when an access rule refused any of it, `error` when an upstream or the graph failed, else `success`. */
  outcome: 'success' | 'denied' | 'error';
  /** The error codes of the failures, when any. */
  errorCodes: string[];
}

interface Entry {
  write: boolean;
  sources: Set<string>;
  fields: Set<string>;
  errors: Set<string>;
  denied: boolean;
}

/** Collects, during one request, what was done to whose data; turned into records when the response is sent. */
export class AuditTrail {
  private readonly entries = new Map<string, Entry>();

  private entry(nhsNumber: string): Entry {
    let e = this.entries.get(nhsNumber);
    if (!e) {
      e = { write: false, sources: new Set(), fields: new Set(), errors: new Set(), denied: false };
      this.entries.set(nhsNumber, e);
    }
    return e;
  }

  /** The field was read (or, with `write`, written) for the patient. */
  touched(nhsNumber: string, field: string, source?: string, write = false): void {
    const e = this.entry(nhsNumber);
    e.fields.add(field);
    if (source) e.sources.add(source);
    if (write) e.write = true;
  }

  failed(nhsNumber: string, field: string, code: string, source?: string, write = false): void {
    this.touched(nhsNumber, field, source, write);
    this.entry(nhsNumber).errors.add(code);
  }

  denied(nhsNumber: string, field: string, source?: string, write = false): void {
    this.touched(nhsNumber, field, source, write);
    this.entry(nhsNumber).denied = true;
  }

  get size(): number {
    return this.entries.size;
  }

  records(meta: { time: Date; requestId: string; correlationId: string; actor: Record<string, unknown> }): AuditRecord[] {
    return [...this.entries].map(([nhsNumber, e]) => ({
      time: meta.time.toISOString(),
      requestId: meta.requestId,
      correlationId: meta.correlationId,
      action: e.write ? 'write' : 'read',
      actor: meta.actor,
      nhsNumber,
      sources: [...e.sources].sort(),
      fields: [...e.fields].sort(),
      outcome: e.denied ? 'denied' : e.errors.size > 0 ? 'error' : 'success',
      errorCodes: [...e.errors].sort(),
    }));
  }
}
