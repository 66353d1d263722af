import type { FhirExtension } from '../fhir.js';
import { UKCORE_HUMAN_LANGUAGE, UKCORE_PREFERRED_CONTACT_METHOD, UKCORE_PREFERRED_WRITTEN_FORMAT } from '../fhir-systems.js';
import type { CommunicationInput, ContactPreferencesInput, PreferredContactMethod, PreferredWrittenFormat } from '../../generated/resolvers.js';

/** PDS's extension URLs for contact preferences and communication needs (pds/specification schemas/extensions). */
export const CONTACT_PREFERENCE_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference';
export const COMMUNICATION_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication';
const CONTACT_METHOD_SYSTEM = UKCORE_PREFERRED_CONTACT_METHOD;
const WRITTEN_FORMAT_SYSTEM = UKCORE_PREFERRED_WRITTEN_FORMAT;
const LANGUAGE_SYSTEM = UKCORE_HUMAN_LANGUAGE;

/** UKCore-PreferredContactMethod codes 1..8, with the spec's displays. */
const CONTACT_METHODS: Record<PreferredContactMethod, [string, string]> = {
  LETTER: ['1', 'Letter'],
  VISIT: ['2', 'Visit'],
  TELEPHONE: ['3', 'Telephone'],
  EMAIL: ['4', 'E-mail'],
  MINICOM: ['5', 'Minicom (Textphone)'],
  TELEPHONE_VIA_PROXY: ['6', 'Telephone contact via proxy'],
  SIGN_LANGUAGE: ['7', 'Sign language'],
  NO_TELEPHONE: ['8', 'No Telephone contact'],
};
/** UKCore-PreferredWrittenCommunicationFormat codes 11..13. */
const WRITTEN_FORMATS: Record<PreferredWrittenFormat, [string, string]> = {
  LARGE_PRINT: ['11', 'Large print'],
  BRAILLE: ['12', 'Braille'],
  AUDIO_TAPE: ['13', 'Audio tape'],
};

export interface ContactPreferencesModel {
  method: PreferredContactMethod | null;
  writtenFormat: PreferredWrittenFormat | null;
  times: string | null;
}
export interface CommunicationModel {
  language: string | null;
  languageDisplay: string | null;
  interpreterRequired: boolean | null;
}

function byCode<K extends string>(table: Record<K, [string, string]>, code: string | undefined): K | null {
  return (Object.keys(table) as K[]).find((k) => table[k][0] === code) ?? null;
}
const sub = (e: FhirExtension, url: string) => e.extension?.find((x) => x.url === url);

/** The contact preferences an extension list carries; null when it has none. A code PDS does not list maps to null. */
export function mapContactPreferences(extensions: readonly FhirExtension[] | undefined): ContactPreferencesModel | null {
  const e = extensions?.find((x) => x.url === CONTACT_PREFERENCE_URL);
  if (!e) return null;
  return {
    method: byCode(CONTACT_METHODS, sub(e, 'PreferredContactMethod')?.valueCodeableConcept?.coding?.[0]?.code),
    writtenFormat: byCode(WRITTEN_FORMATS, sub(e, 'PreferredWrittenCommunicationFormat')?.valueCodeableConcept?.coding?.[0]?.code),
    times: sub(e, 'PreferredContactTimes')?.valueString ?? null,
  };
}

/** The communication needs an extension list carries; null when it has none. */
export function mapCommunication(extensions: readonly FhirExtension[] | undefined): CommunicationModel | null {
  const e = extensions?.find((x) => x.url === COMMUNICATION_URL);
  if (!e) return null;
  const language = sub(e, 'language')?.valueCodeableConcept?.coding?.[0];
  return {
    language: language?.code ?? null,
    languageDisplay: language?.display ?? null,
    interpreterRequired: sub(e, 'interpreterRequired')?.valueBoolean ?? null,
  };
}

/** The UKCore-ContactPreference extension PDS expects for the given preferences (only the parts given). */
export function contactPreferenceExtension(input: ContactPreferencesInput): FhirExtension {
  const coded = (url: string, system: string, [code, display]: [string, string]) => ({ url, valueCodeableConcept: { coding: [{ system, code, display }] } });
  const parts: FhirExtension[] = [];
  if (input.writtenFormat) parts.push(coded('PreferredWrittenCommunicationFormat', WRITTEN_FORMAT_SYSTEM, WRITTEN_FORMATS[input.writtenFormat]));
  if (input.method) parts.push(coded('PreferredContactMethod', CONTACT_METHOD_SYSTEM, CONTACT_METHODS[input.method]));
  if (input.times) parts.push({ url: 'PreferredContactTimes', valueString: input.times });
  return { url: CONTACT_PREFERENCE_URL, extension: parts };
}

/** The UKCore-NHSCommunication extension PDS expects: the language, and whether an interpreter is required when given. */
export function communicationExtension(input: CommunicationInput): FhirExtension {
  const parts: FhirExtension[] = [{ url: 'language', valueCodeableConcept: { coding: [{ system: LANGUAGE_SYSTEM, code: input.language }] } }];
  if (input.interpreterRequired !== null && input.interpreterRequired !== undefined)
    parts.push({ url: 'interpreterRequired', valueBoolean: input.interpreterRequired });
  return { url: COMMUNICATION_URL, extension: parts };
}
