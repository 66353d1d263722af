import { BadUserInputError } from '../../errors.js';
import type { AddressUse, PatientChangesInput } from '../../generated/resolvers.js';
import { codeOfEnum } from '../../nhs/fhir-codes.js';
import { ukDate } from '../../nhs/uk-time.js';
import { ODS_CODE_SYSTEM, type FhirExtension } from '../fhir.js';
import { validateNameChanges, validatePreferenceChanges } from './change-rules.js';
import { COMMUNICATION_URL, CONTACT_PREFERENCE_URL, communicationExtension, contactPreferenceExtension } from './preferences.js';
import { NOMINATED_PHARMACY_URL, type JsonPatchOperation, type PdsPatient } from './wire.js';

/** True when building the patch needs the current record (to find list indexes or whether a list exists). */
export function needsCurrentRecord(changes: PatientChangesInput): boolean {
  return Boolean(
    changes.addTelecom?.length ||
      changes.removeTelecomIds?.length ||
      changes.addAddress?.length ||
      changes.removeAddressIds?.length ||
      changes.addNames?.length ||
      changes.removeNameIds?.length ||
      changes.nominatedPharmacy ||
      changes.removeNominatedPharmacy ||
      changes.contactPreferences ||
      changes.removeContactPreferences ||
      changes.communication ||
      changes.removeCommunication,
  );
}

/**
 * Refuses, before any call, changes PDS would refuse whatever the record holds: nothing to change, a temporary or
 * billing address without its period (and, for temp, its text), a use outside FHIR's value sets (OTHER, which the
 * graph reports for codes it does not know but PDS would refuse on a write), and the name, contact preference and
 * communication rules of change-rules.ts.
 */
/** The uses a new address may have (patient-patch.yaml, "Address"; Address.yaml). */
const NEW_ADDRESS_USES: readonly AddressUse[] = ['HOME', 'TEMP', 'BILLING'];
/** Address.yaml's `text` values for a temp address. */
const TEMP_ADDRESS_TEXTS = [
  'Second Home',
  'Student Accommodation',
  'Respite Care Address',
  'Temporary Residence Address',
  'Convalescence Home',
  'Mobile Home',
  'Holiday Home',
];

export function validatePatientChanges(changes: PatientChangesInput): void {
  const named = [
    changes.gender,
    changes.birthDate,
    changes.addTelecom?.length,
    changes.removeTelecomIds?.length,
    changes.addAddress?.length,
    changes.removeAddressIds?.length,
    changes.addNames?.length,
    changes.removeNameIds?.length,
    changes.nominatedPharmacy,
    changes.removeNominatedPharmacy,
    changes.contactPreferences,
    changes.removeContactPreferences,
    changes.communication,
    changes.removeCommunication,
  ];
  if (!named.some(Boolean)) throw new BadUserInputError('NO_CHANGES', 'changes names nothing to change');
  // patient-patch.yaml, "Gender": "cannot set gender to `other`" (a legacy value PDS still returns).
  if (changes.gender === 'other') throw new BadUserInputError('INVALID_CHANGE', 'PDS never lets gender be set to other: male, female or unknown');
  const uses = new Set<string>();
  for (const a of changes.addAddress ?? []) {
    // patient-patch.yaml, "Address": a `work` address "cannot be added or replaced as it is a legacy value"; Address.yaml's
    // uses are home, work, temp and billing; "you cannot add more than one of each address use types".
    if (!NEW_ADDRESS_USES.includes(a.use)) throw new BadUserInputError('INVALID_CHANGE', 'A new address use must be HOME, TEMP or BILLING');
    if (uses.has(a.use)) throw new BadUserInputError('INVALID_CHANGE', `Only one ${codeOfEnum(a.use)} address can be added`);
    uses.add(a.use);
    if ((a.use === 'TEMP' || a.use === 'BILLING') && !(a.periodStart && a.periodEnd)) {
      throw new BadUserInputError('INVALID_CHANGE', `A ${codeOfEnum(a.use)} address needs periodStart and periodEnd`);
    }
    if (a.use === 'TEMP' && !TEMP_ADDRESS_TEXTS.includes(a.text ?? '')) {
      throw new BadUserInputError('INVALID_CHANGE', `A temp address's text must be one of: ${TEMP_ADDRESS_TEXTS.join(', ')}`);
    }
  }
  for (const t of changes.addTelecom ?? []) {
    // ContactPoint.yaml: system phone, fax, email or other; use home, work, temp or mobile.
    if (!['PHONE', 'FAX', 'EMAIL'].includes(t.system)) throw new BadUserInputError('INVALID_CHANGE', 'A contact point system must be PHONE, FAX or EMAIL');
    if (t.use && !['HOME', 'WORK', 'TEMP', 'MOBILE'].includes(t.use))
      throw new BadUserInputError('INVALID_CHANGE', 'A contact point use must be HOME, WORK, TEMP or MOBILE');
  }
  validateNameChanges(changes);
  validatePreferenceChanges(changes);
}

/**
 * Builds PDS's JSON Patch from the graph's changes. List items are removed by id (extensions by url), each `remove`
 * immediately preceded by a `test` and applied in descending index order, as PDS requires; an extension that exists is
 * replaced in place after a `test` of its url; new items are appended with `-` (PDS: "When adding a base level list
 * item ... ensure the index is always -"). Throws BAD_USER_INPUT for an empty change, an unknown id, a removal of the
 * usual name or a second usual name or nickname.
 */
export function buildPatientPatch(changes: PatientChangesInput, current: PdsPatient | undefined): JsonPatchOperation[] {
  validatePatientChanges(changes);
  validateNameChanges(changes, current);
  refuseSecondCurrentAddress(changes, current);
  const ops: JsonPatchOperation[] = [];
  if (changes.gender) ops.push({ op: 'replace', path: '/gender', value: changes.gender });
  if (changes.birthDate) ops.push({ op: 'replace', path: '/birthDate', value: changes.birthDate });

  const ext = extensionChanges(changes, current?.extension ?? []);
  ops.push(...ext.replacements);
  ops.push(...removals('telecom', current?.telecom ?? [], changes.removeTelecomIds ?? []));
  ops.push(...removals('address', current?.address ?? [], changes.removeAddressIds ?? []));
  ops.push(...removals('name', current?.name ?? [], changes.removeNameIds ?? []));
  ops.push(...ext.removals);

  const telecom = (changes.addTelecom ?? []).map((t) => ({ system: codeOfEnum(t.system), value: t.value, ...(t.use ? { use: codeOfEnum(t.use) } : {}) }));
  ops.push(...additions('telecom', telecom));

  const addresses = (changes.addAddress ?? []).map((a) => ({
    use: codeOfEnum(a.use),
    line: a.lines,
    ...(a.city ? { city: a.city } : {}),
    ...(a.postalCode ? { postalCode: a.postalCode } : {}),
    ...(a.text ? { text: a.text } : {}),
    ...(a.periodStart ? { period: { start: a.periodStart, ...(a.periodEnd ? { end: a.periodEnd } : {}) } } : {}),
  }));
  ops.push(...additions('address', addresses));

  const names = (changes.addNames ?? []).map((n) => ({
    use: codeOfEnum(n.use),
    ...(n.periodStart ? { period: { start: n.periodStart } } : {}),
    ...(n.prefix?.length ? { prefix: n.prefix } : {}),
    given: n.given,
    family: n.family,
    ...(n.suffix?.length ? { suffix: n.suffix } : {}),
  }));
  ops.push(...names.map((value) => ({ op: 'add' as const, path: '/name/-', value })));
  ops.push(...ext.additions.map((value) => ({ op: 'add' as const, path: '/extension/-', value })));
  return ops;
}

/** The extensions the changes set or remove, each identified by its url (PDS holds at most one of each). */
function extensionChanges(changes: PatientChangesInput, current: readonly FhirExtension[]) {
  const wanted: [string, FhirExtension | null | undefined][] = [
    [
      NOMINATED_PHARMACY_URL,
      changes.nominatedPharmacy
        ? { url: NOMINATED_PHARMACY_URL, valueReference: { identifier: { system: ODS_CODE_SYSTEM, value: changes.nominatedPharmacy } } }
        : changes.removeNominatedPharmacy
          ? null
          : undefined,
    ],
    [
      CONTACT_PREFERENCE_URL,
      changes.contactPreferences ? contactPreferenceExtension(changes.contactPreferences) : changes.removeContactPreferences ? null : undefined,
    ],
    [COMMUNICATION_URL, changes.communication ? communicationExtension(changes.communication) : changes.removeCommunication ? null : undefined],
  ];
  const replacements: JsonPatchOperation[] = [];
  const removed: { index: number; url: string }[] = [];
  const additions: FhirExtension[] = [];
  for (const [url, value] of wanted) {
    if (value === undefined) continue;
    const index = current.findIndex((e) => e.url === url);
    if (value === null) {
      if (index < 0) throw new BadUserInputError('UNKNOWN_ID', 'The record has no such extension to remove');
      removed.push({ index, url });
    } else if (index >= 0) {
      replacements.push({ op: 'test', path: `/extension/${index}/url`, value: url }, { op: 'replace', path: `/extension/${index}`, value });
    } else additions.push(value);
  }
  const removals = removed
    .sort((a, b) => b.index - a.index)
    .flatMap(({ index, url }) => [
      { op: 'test' as const, path: `/extension/${index}/url`, value: url },
      { op: 'remove' as const, path: `/extension/${index}` },
    ]);
  return { replacements, removals, additions };
}

function removals(list: 'telecom' | 'address' | 'name', items: readonly { id?: string }[], ids: readonly string[]): JsonPatchOperation[] {
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

function additions(list: 'telecom' | 'address', items: unknown[]): JsonPatchOperation[] {
  // patient-patch.yaml: "When adding a base level list item such as a new name or address, ensure the index is always
  // `-`, otherwise the request is rejected", a list the record lacks included (its minimal record 9000000033 is there
  // "to test adding all data types").
  return items.map((value) => ({ op: 'add' as const, path: `/${list}/-`, value }));
}

/**
 * patient-patch.yaml: a patient has "no more than one current `temp` and/or `billing` address" and one home address. An
 * added address whose use the record already holds (current: not ended before today) is refused unless that address is
 * removed in the same change.
 */
function refuseSecondCurrentAddress(changes: PatientChangesInput, current: PdsPatient | undefined): void {
  const removed = new Set(changes.removeAddressIds ?? []);
  // Today in England: a period ends at the end of its day there, not in UTC.
  const today = ukDate(new Date());
  const held = (current?.address ?? []).filter((a) => !(a.id && removed.has(a.id)) && !(a.period?.end && a.period.end < today));
  for (const a of changes.addAddress ?? []) {
    if (held.some((h) => h.use === codeOfEnum(a.use)))
      throw new BadUserInputError('INVALID_CHANGE', `The record already has a current ${codeOfEnum(a.use)} address: remove it in the same change`);
  }
}
