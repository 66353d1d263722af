import { BadUserInputError, ForbiddenError } from '../../errors.js';
import type { NameUse, PatientChangesInput } from '../../generated/resolvers.js';
import type { PdsPatient } from './wire.js';

/**
 * The characters PDS accepts in name data (patient-patch.yaml, "Name"): A-Z, a-z, apostrophe, hyphen, space, full stop,
 * digits and the Latin letters 192-214, 216-246 and 248-383.
 */
const NAME_CHARACTERS = /^[A-Za-z0-9' .\-\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]+$/;
/** UKCore-HumanLanguage: ISO 639-1 two-letter codes plus q1..q5 (Braille, sign languages, Makaton). */
const LANGUAGE = /^([a-z]{2}|q[1-5])$/;
const MAX_CONTACT_TIMES = 40;
const MAX_GIVEN = 5;
/** The name uses PDS accepts on a new name (patient-patch.yaml): not official, anonymous or a code the graph does not know. */
const NEW_NAME_USES: readonly NameUse[] = ['USUAL', 'TEMP', 'NICKNAME', 'OLD', 'MAIDEN'];

/**
 * PDS's name rules (patient-patch.yaml, "Name"), checked before any call: allowed characters, a suffix starts A-Z, at
 * most five given names, one usual name and one nickname. With the current record: the usual name cannot be removed,
 * and a usual name or nickname cannot be added beside the one the record holds.
 */
export function validateNameChanges(changes: PatientChangesInput, current?: PdsPatient): void {
  const added = changes.addNames ?? [];
  for (const n of added) {
    if (!NEW_NAME_USES.includes(n.use)) throw new BadUserInputError('INVALID_CHANGE', 'A new name use must be USUAL, TEMP, NICKNAME, OLD or MAIDEN');
    const parts = [...n.given, n.family, ...(n.prefix ?? []), ...(n.suffix ?? [])];
    if (parts.some((p) => !NAME_CHARACTERS.test(p)))
      throw new BadUserInputError('INVALID_CHANGE', 'A name may hold only letters, digits, spaces, apostrophes, hyphens and full stops');
    if ((n.suffix ?? []).some((s) => !/^[A-Z]/.test(s))) throw new BadUserInputError('INVALID_CHANGE', 'A name suffix must start with a capital letter A-Z');
    if (n.given.length === 0 || n.given.length > MAX_GIVEN) throw new BadUserInputError('INVALID_CHANGE', `A name needs 1 to ${MAX_GIVEN} given names`);
  }
  for (const [use, code] of [
    ['USUAL', 'usual'],
    ['NICKNAME', 'nickname'],
  ] as const) {
    const adding = added.filter((n) => n.use === use).length;
    if (adding > 1) throw new BadUserInputError('INVALID_CHANGE', `A record holds at most one ${code} name`);
    if (!current || adding === 0) continue;
    const kept = (current.name ?? []).filter((n) => n.use === code && !(n.id && changes.removeNameIds?.includes(n.id)));
    if (kept.length > 0) throw new BadUserInputError('INVALID_CHANGE', `The record already has a ${code} name: remove it in the same change to replace it`);
  }
  if (current) {
    const usual = (current.name ?? []).find((n) => n.use === 'usual');
    if (usual?.id && changes.removeNameIds?.includes(usual.id) && !added.some((n) => n.use === 'USUAL')) {
      throw new BadUserInputError('INVALID_CHANGE', 'The usual name cannot be removed, only replaced');
    }
  }
}

/**
 * PDS's rules for pharmacy, contact preferences and communication (patient-patch.yaml): a set and a removal of the same
 * thing are contradictory; contact times are at most 40 characters and need a method; a language is a UKCore-HumanLanguage
 * code and never English.
 */
export function validatePreferenceChanges(changes: PatientChangesInput): void {
  const both: [unknown, unknown, string][] = [
    [changes.nominatedPharmacy, changes.removeNominatedPharmacy, 'nominatedPharmacy'],
    [changes.contactPreferences, changes.removeContactPreferences, 'contactPreferences'],
    [changes.communication, changes.removeCommunication, 'communication'],
  ];
  for (const [set, remove, name] of both) {
    if (set && remove) throw new BadUserInputError('INVALID_CHANGE', `Give either ${name} or its removal, not both`);
  }
  const prefs = changes.contactPreferences;
  if (prefs) {
    if (!prefs.method && !prefs.writtenFormat && !prefs.times) throw new BadUserInputError('INVALID_CHANGE', 'contactPreferences names no preference');
    if (prefs.times && prefs.times.length > MAX_CONTACT_TIMES)
      throw new BadUserInputError('INVALID_CHANGE', `Contact times are at most ${MAX_CONTACT_TIMES} characters`);
    if (prefs.times && !prefs.method) throw new BadUserInputError('INVALID_CHANGE', 'Contact times need a contact method');
  }
  const language = changes.communication?.language;
  if (language !== undefined) {
    if (!LANGUAGE.test(language)) throw new BadUserInputError('INVALID_CHANGE', 'language must be a UKCore-HumanLanguage code (two letters, or q1 to q5)');
    if (language === 'en') throw new BadUserInputError('INVALID_CHANGE', 'English is never recorded as a preferred language');
  }
}

const NOT_FOR_CITIZENS =
  'PDS lets patients change their address, mobile number and email, pharmacy and communication needs, ' +
  'not names, gender, date of birth, other phone numbers or contact preferences';

/**
 * What PDS lets a patient change about themselves (patient-patch.yaml, "Patient access"): address, communication,
 * emergency contact, pharmacy, place of birth and telecom, mobile and email only. Names, gender, date of birth, other
 * contact points and contact preferences are for healthcare workers (PDS answers 403 FORBIDDEN_UPDATE). Refused before
 * any call with FORBIDDEN (reason NOT_FOR_CITIZENS); the contact points removed are checked against the record by
 * `refuseTelecomOutsidePatientAccess` once it is read.
 */
export function refuseOutsidePatientAccess(changes: PatientChangesInput): void {
  const forbidden =
    changes.addNames?.length ||
    changes.removeNameIds?.length ||
    changes.contactPreferences ||
    changes.removeContactPreferences ||
    changes.gender != null ||
    changes.birthDate != null ||
    changes.addTelecom?.some((t) => !patientMayChange(t.system, t.use));
  if (forbidden) throw new ForbiddenError(NOT_FOR_CITIZENS, { reason: 'NOT_FOR_CITIZENS' });
}

/** A patient may remove only their mobile numbers and email addresses (the record's contact points named by id). */
export function refuseTelecomOutsidePatientAccess(changes: PatientChangesInput, current: PdsPatient | undefined): void {
  const removed = new Set(changes.removeTelecomIds ?? []);
  if (removed.size === 0) return;
  const items = (current?.telecom ?? []).filter((t) => t.id !== undefined && removed.has(t.id));
  if (items.some((t) => !patientMayChange(t.system, t.use))) throw new ForbiddenError(NOT_FOR_CITIZENS, { reason: 'NOT_FOR_CITIZENS' });
}

/** Telecom a patient may change: an email address, or a mobile phone number (either case: the input's enum or FHIR's code). */
function patientMayChange(system: string | null | undefined, use: string | null | undefined): boolean {
  const [s, u] = [system?.toLowerCase(), use?.toLowerCase()];
  return s === 'email' || (s === 'phone' && u === 'mobile');
}
