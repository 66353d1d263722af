import type { Context } from '../context.js';
import type { Origin } from './access-rules.js';

/** What one field writes to the audit trail: its coordinate, its `@source`, and whether it is a write. */
export interface AuditedField {
  coordinate: string;
  api: string | undefined;
  write: boolean;
}

/** The patients one resolution of a field has named so far (shared by its writers, and by its origin). */
export interface Tally {
  patients: Set<string>;
}

/**
 * Writes one field's doings to the request's audit trail, with the source fields its parent was reached through (so a
 * patient found below a search is recorded under the search too). Counts the patients it names, so the access rules can
 * tell a read of patient data that named nobody (recorded with no NHS number, never left out).
 */
export class AuditWriter {
  constructor(
    private readonly audit: Context['audit'],
    private readonly field: AuditedField,
    private readonly inherited: readonly Origin[],
    private readonly tally: Tally | undefined,
  ) {}

  touched(nhsNumber: string | null): void {
    if (nhsNumber !== null) this.tally?.patients.add(nhsNumber);
    this.audit.touched(nhsNumber, this.field.coordinate, this.field.api, this.field.write);
    for (const o of this.inherited) this.audit.touched(nhsNumber, o.field, o.api, this.field.write);
  }

  failed(nhsNumber: string | null, code: string): void {
    this.touched(nhsNumber);
    this.audit.failed(nhsNumber, this.field.coordinate, code, this.field.api, this.field.write);
  }

  denied(nhsNumber: string | null): void {
    this.touched(nhsNumber);
    this.audit.denied(nhsNumber, this.field.coordinate, this.field.api, this.field.write);
  }
}
