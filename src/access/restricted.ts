import { NotFoundError } from '../errors.js';
import type { Context } from '../context.js';

/**
 * A restricted (sensitive) patient's records are never shown where they name the organisations that care for them:
 * PDS withholds their address, GP and pharmacy (DESIGN.md, "Principals and access"), and a GP record's practice, a
 * document's custodian, an appointment's location, a prescription's prescriber and dispenser, a referral's referrer and
 * provider, or a waiting-list entry's trust would each reveal them again (in the mapped fields and in `resource`).
 * GP Connect answers PATIENT_NOT_FOUND for an S-flagged patient itself (gpc-structured/CONTRACT.md); the graph gives the
 * same answer for every source and does not rely on the provider. Reached from a patient, the refusal comes before any
 * call; reached by a prescription id or UBRN, after the read that names the patient, and before anything is returned.
 */
export function refuseRestricted(patient: { restricted: boolean }, label: string): void {
  if (patient.restricted) throw new NotFoundError(`${label} has no record of this patient it may share`);
}

/**
 * For a record read by its own id (a prescription, a referral): refuses it when the patient it names is restricted. One
 * PDS read, shared with anything else in the request that reads the same patient. A patient PDS does not know carries
 * no restriction to honour (the contracts' own examples name such patients); PDS failing fails the read.
 */
export async function refuseRestrictedPatient(nhsNumber: string | null, ctx: Context, label: string): Promise<void> {
  if (!nhsNumber) return;
  const patient = await ctx.nhs.pds.patient.load(nhsNumber).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  if (patient) refuseRestricted(patient, label);
}
