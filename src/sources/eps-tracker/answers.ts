import { UpstreamError } from '../../errors.js';
import { normalisePrescriptionId } from '../../nhs/prescription-id.js';
import type { PrescriptionModel } from './mapper.js';
import type { TrackerBundle } from './wire.js';

const wrong = (what: string) =>
  new UpstreamError(`The prescription tracker answered with ${what}`, { reason: 'WRONG_ANSWER', upstream: { api: 'eps-tracker', status: 200 } });

/**
 * Checks that a search answer is the one asked for: a `searchset` Bundle whose prescriptions all belong to the patient
 * searched. Anything else is UPSTREAM_ERROR, never an empty or someone else's list.
 */
export function checkSearchAnswer(bundle: TrackerBundle, nhsNumber: string, prescriptions: PrescriptionModel[]): void {
  if (bundle.type !== 'searchset') throw wrong(`a ${bundle.type ?? 'untyped'} Bundle where a searchset was expected`);
  if (prescriptions.some((p) => p.nhsNumber !== nhsNumber)) throw wrong('prescriptions of another patient than the one searched');
}

/**
 * Checks that a clinical view is the prescription asked for: a `searchset` Bundle with a RequestGroup whose
 * prescription id is the one asked, and, when an issue of a repeat-dispensing prescription was asked, that issue. A
 * missing RequestGroup, another id or another issue is UPSTREAM_ERROR (the tracker answers an unknown prescription with
 * 404, never with an empty Bundle).
 */
export function checkClinicalViewAnswer(
  bundle: TrackerBundle,
  id: string,
  issueNumber: number | undefined,
  found: PrescriptionModel | null,
): PrescriptionModel {
  if (bundle.type !== 'searchset') throw wrong(`a ${bundle.type ?? 'untyped'} Bundle where a clinical view was expected`);
  if (!found) throw wrong('a clinical view without its RequestGroup');
  if (normalisePrescriptionId(found.id) !== id) throw wrong('another prescription than the one asked');
  if (issueNumber !== undefined && found.issueNumber !== null && found.issueNumber !== issueNumber)
    throw wrong('another issue of the prescription than the one asked');
  return found;
}
