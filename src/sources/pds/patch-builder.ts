import { BadUserInputError } from '../../errors.js';
import type { PatientChangesInput } from '../../generated/resolvers.js';
import { codeOfEnum } from '../../nhs/fhir-codes.js';
import type { JsonPatchOperation, PdsPatient } from './wire.js';

/** True when building the patch needs the current record (to find list indexes or whether a list exists). */
export function needsCurrentRecord(changes: PatientChangesInput): boolean {
  return Boolean(changes.addTelecom?.length || changes.removeTelecomIds?.length || changes.addAddress?.length || changes.removeAddressIds?.length);
}

/**
 * Refuses, before any call, changes PDS would refuse whatever the record holds: nothing to change, or a temporary or
 * billing address without its period (and, for temp, its text), or a use outside FHIR's value sets (OTHER, which the
 * graph reports for codes it does not know but PDS would refuse on a write).
 */
export function validatePatientChanges(changes: PatientChangesInput): void {
  const named = [changes.gender, changes.birthDate, changes.addTelecom?.length, changes.removeTelecomIds?.length, changes.addAddress?.length, changes.removeAddressIds?.length];
  if (!named.some(Boolean)) throw new BadUserInputError('NO_CHANGES', 'changes names nothing to change');
  for (const a of changes.addAddress ?? []) {
    if (a.use === 'OTHER') throw new BadUserInputError('INVALID_CHANGE', 'An address use must be HOME, WORK, TEMP, OLD or BILLING');
    if ((a.use === 'TEMP' || a.use === 'BILLING') && !(a.periodStart && a.periodEnd)) {
      throw new BadUserInputError('INVALID_CHANGE', `A ${codeOfEnum(a.use)} address needs periodStart and periodEnd`);
    }
    if (a.use === 'TEMP' && !a.text) throw new BadUserInputError('INVALID_CHANGE', 'A temp address needs text');
  }
  for (const t of changes.addTelecom ?? []) {
    if (t.use === 'OTHER') throw new BadUserInputError('INVALID_CHANGE', 'A contact point use must be HOME, WORK, TEMP, OLD or MOBILE');
  }
}

/**
 * Builds PDS's JSON Patch from the graph's changes. List items are removed by id, each `remove` immediately preceded by
 * a `test` of the item's id and applied in descending index order, as PDS requires; new items are appended with `-`.
 * Throws BAD_USER_INPUT for an empty change, an unknown id, or a temporary address without its period and text.
 */
export function buildPatientPatch(changes: PatientChangesInput, current: PdsPatient | undefined): JsonPatchOperation[] {
  validatePatientChanges(changes);
  const ops: JsonPatchOperation[] = [];
  if (changes.gender) ops.push({ op: 'replace', path: '/gender', value: changes.gender });
  if (changes.birthDate) ops.push({ op: 'replace', path: '/birthDate', value: changes.birthDate });

  ops.push(...removals('telecom', current?.telecom ?? [], changes.removeTelecomIds ?? []));
  ops.push(...removals('address', current?.address ?? [], changes.removeAddressIds ?? []));

  const telecom = (changes.addTelecom ?? []).map((t) => ({ system: codeOfEnum(t.system), value: t.value, ...(t.use ? { use: codeOfEnum(t.use) } : {}) }));
  ops.push(...additions('telecom', current?.telecom, telecom));

  const addresses = (changes.addAddress ?? []).map((a) => ({
      use: codeOfEnum(a.use),
      line: a.lines,
      ...(a.city ? { city: a.city } : {}),
      ...(a.postalCode ? { postalCode: a.postalCode } : {}),
      ...(a.text ? { text: a.text } : {}),
      ...(a.periodStart ? { period: { start: a.periodStart, ...(a.periodEnd ? { end: a.periodEnd } : {}) } } : {}),
  }));
  ops.push(...additions('address', current?.address, addresses));

  return ops;
}

function removals(list: 'telecom' | 'address', items: { id?: string }[], ids: readonly string[]): JsonPatchOperation[] {
  const indexes = ids.map((id) => {
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) throw new BadUserInputError('UNKNOWN_ID', `No ${list} item with that id in the current record`);
    return { id, index };
  });
  return indexes
    .sort((a, b) => b.index - a.index)
    .flatMap(({ id, index }) => [
      { op: 'test' as const, path: `/${list}/${index}/id`, value: id },
      { op: 'remove' as const, path: `/${list}/${index}` },
    ]);
}

function additions(list: 'telecom' | 'address', existing: unknown[] | undefined, items: unknown[]): JsonPatchOperation[] {
  if (items.length === 0) return [];
  // Appending to a list the record lacks must create the list; `-` appends to one that exists.
  if (existing === undefined) return [{ op: 'add', path: `/${list}`, value: items }];
  return items.map((value) => ({ op: 'add' as const, path: `/${list}/-`, value }));
}
