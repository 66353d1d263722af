import { UpstreamError, type UpstreamInfo } from '../../errors.js';
import { NHS_NUMBER_SYSTEM } from '../fhir.js';
import { idOf } from './stu3.js';
import type { StuAppointment, StuBundle, StuPatient } from './wire.js';

/**
 * Checks that a GP Connect answer is the one asked for (issue: an answer about another patient, or a Bundle of the
 * wrong kind, is the provider's fault and never an empty list): UPSTREAM_ERROR with reason WRONG_RECORD otherwise.
 * Messages name no patient.
 */
function wrong(what: string, upstream: UpstreamInfo): UpstreamError {
  return new UpstreamError(`GP Connect answered with ${what}`, { upstream, reason: 'WRONG_RECORD' });
}

const nhsNumberOf = (p: StuPatient) => p.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
const patientsOf = (bundle: StuBundle) => (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Patient' ? [e.resource as StuPatient] : []));

/**
 * A structured record is a Bundle of type `collection` (gpc-structured/CONTRACT.md, "Response") whose Patient is the one
 * asked for, and no other.
 */
export function checkStructuredRecord(bundle: StuBundle, nhsNumber: string, upstream: UpstreamInfo): void {
  if (bundle.type !== 'collection') throw wrong(`a Bundle of type ${bundle.type ?? 'none'} where a structured record (collection) was expected`, upstream);
  const patients = patientsOf(bundle);
  if (patients.length === 0) throw wrong('a structured record that names no patient', upstream);
  if (patients.some((p) => nhsNumberOf(p) !== nhsNumber)) throw wrong('the record of a patient other than the one asked for', upstream);
}

/** A searchset (Find Patient, DocumentReference, slot and appointment searches) whose Patients are all the one asked for. */
export function checkSearchset(bundle: StuBundle, nhsNumber: string | undefined, upstream: UpstreamInfo): void {
  if (bundle.type !== 'searchset') throw wrong(`a Bundle of type ${bundle.type ?? 'none'} where a searchset was expected`, upstream);
  if (nhsNumber !== undefined && patientsOf(bundle).some((p) => nhsNumberOf(p) !== nhsNumber)) throw wrong('a patient other than the one asked for', upstream);
}

/**
 * A patient's appointments (route B names the patient by NHS number): every Appointment's patient participant is the
 * patient asked for, by NHS number or by `patientId` (the provider's logical id, route A).
 */
export function checkPatientAppointments(bundle: StuBundle, nhsNumber: string, patientId: string | undefined, upstream: UpstreamInfo): void {
  checkSearchset(bundle, nhsNumber, upstream);
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.resourceType !== 'Appointment') continue;
    const actor = (entry.resource as StuAppointment).participant?.find((p) => p.actor?.reference?.startsWith('Patient/'))?.actor?.reference;
    const id = idOf(actor);
    if (id !== nhsNumber && id !== patientId) throw wrong('an appointment of a patient other than the one asked for', upstream);
  }
}
