import { NotFoundError } from '../../errors.js';

/**
 * A restricted (sensitive) patient's GP record, documents or appointments are never asked for (nor their waiting list:
 * src/graph/waiting-list.ts, where each entry names the provider trust). GP Connect would answer
 * PATIENT_NOT_FOUND for an S-flagged patient anyway (gpc-structured/CONTRACT.md), but the graph does not rely on the
 * provider: a record's practice, a document's custodian or an appointment's location would each reveal where the
 * patient is registered, which PDS withholds (DESIGN.md, "Principals and access"). Same code as the upstream's answer.
 */
export function refuseRestricted(patient: { restricted: boolean }, label: string): void {
  if (patient.restricted) throw new NotFoundError(`${label} has no record of this patient it may share`);
}
