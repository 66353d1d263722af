import { readdirSync } from 'node:fs';
import { CONTRACTS_DIR, loadFixture } from '../../fixtures.js';
import type { SyntheticPatient } from '../../population.js';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM as ODS_SYSTEM } from '../../fhir-systems.js';

export type FhirPatient = Record<string, unknown> & {
  id: string;
  meta?: { versionId?: string; security?: { system?: string; code?: string; display?: string }[] };
};

export const PHARMACY_EXTENSIONS = [
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy',
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-PreferredDispenserOrganization',
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicalApplianceSupplier',
];
export const BIRTH_PLACE = 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace';

/** The public sandbox's canned retrieve answers, by NHS number (pds/examples/sandbox-stubs/patientResponses). */
export function cannedPatients(): FhirPatient[] {
  const dir = 'pds/examples/sandbox-stubs/patientResponses/';
  return readdirSync(CONTRACTS_DIR + dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => loadFixture<FhirPatient>(dir + f));
}

/**
 * The public sandbox's search-result form of its canned records (searchResponses/search_patient_<id>.json), which
 * carry fewer extensions than retrieve; by NHS number.
 */
export function cannedSearchForms(): Map<string, FhirPatient> {
  const dir = 'pds/examples/sandbox-stubs/searchResponses/';
  const forms = new Map<string, FhirPatient>();
  for (const f of readdirSync(CONTRACTS_DIR + dir)) {
    const id = /^search_patient_(\d{10})\.json$/.exec(f)?.[1];
    if (id) forms.set(id, loadFixture<FhirPatient>(dir + f));
  }
  return forms;
}

/** Patients the public sandbox returns from search only (retrieve answers 404), e.g. 9000000017. */
export function searchOnlyPatients(): FhirPatient[] {
  return [loadFixture<FhirPatient>('pds/examples/sandbox-stubs/searchResponses/search_patient_9000000017.json')];
}

/** A synthetic person as PDS serves them: UK Core Patient with the NHS's identifier, GP and pharmacy references. */
export function toFhirPatient(p: SyntheticPatient): FhirPatient {
  const patient: FhirPatient = {
    resourceType: 'Patient',
    id: p.nhsNumber,
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }],
    meta: {
      versionId: '1',
      security: [
        p.restricted
          ? { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' }
          : { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'U', display: 'unrestricted' },
      ],
    },
    name: [{ id: `${p.nhsNumber}-n1`, use: 'usual', period: { start: p.birthDate }, given: p.given, family: p.family, prefix: [p.prefix] }],
    gender: p.gender,
    birthDate: p.birthDate,
  };
  if (p.restricted) return patient;
  return {
    ...patient,
    address: [{ id: `${p.nhsNumber}-a1`, use: 'home', period: { start: p.birthDate }, line: p.lines, city: p.city, postalCode: p.postcode }],
    telecom: [
      { id: `${p.nhsNumber}-t1`, system: 'phone', value: p.phone, use: 'home', period: { start: p.birthDate } },
      { id: `${p.nhsNumber}-t2`, system: 'email', value: p.email, use: 'home', period: { start: p.birthDate } },
    ],
    generalPractitioner: [{ id: `${p.nhsNumber}-gp`, type: 'Organization', identifier: { system: ODS_SYSTEM, value: p.gpOdsCode } }],
    extension: [{ url: PHARMACY_EXTENSIONS[0], valueReference: { identifier: { system: ODS_SYSTEM, value: p.pharmacyOdsCode } } }],
  };
}

export function isRestricted(p: FhirPatient): boolean {
  const code = p.meta?.security?.[0]?.code;
  return code !== undefined && code !== 'U';
}

/** What a PDS search returns of a record: no place of birth, no pharmacies, usual/nickname/temp names, home address. */
export function reducedForSearch(p: FhirPatient): FhirPatient {
  const out: FhirPatient = { ...p };
  const ext = (p.extension as { url: string }[] | undefined)?.filter((e) => !PHARMACY_EXTENSIONS.includes(e.url) && e.url !== BIRTH_PLACE);
  if (ext) out.extension = ext;
  const names = (p.name as { use?: string }[] | undefined)?.filter((n) => ['usual', 'nickname', 'temp'].includes(n.use ?? 'usual'));
  if (names) out.name = names;
  const addresses = (p.address as { use?: string }[] | undefined)?.filter((a) => a.use === 'home');
  if (addresses) out.address = addresses;
  return out;
}
