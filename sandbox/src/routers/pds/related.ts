import type { SyntheticPatient } from '../../population.js';

const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
const ROLE_SYSTEM = 'https://fhir.nhs.uk/R4/CodeSystem/UKCore-AdditionalRelatedPersonRole';
const TYPE_SYSTEM = 'http://hl7.org/fhir/ValueSet/relatedperson-relationshiptype';
/** Relationship types from the spec's list (codeable/Relationship.yaml), drawn in turn. */
const TYPES: [string, string][] = [
  ['SPS', 'spouse'],
  ['PRN', 'parent'],
  ['CHILD', 'child'],
  ['SIS', 'sister'],
  ['BRO', 'brother'],
];

export type FhirRelatedPerson = Record<string, unknown> & { id: string };

/**
 * The related people of the seeded population, by NHS number: each unrestricted patient's next of kin is the next
 * patient of the population, linked by NHS number and with their name, home phone and address, ranked first. A
 * restricted patient has none: PDS returns an empty bundle for them (relatedpersons-get.yaml, "Restricted patients"),
 * and a related person whose own record is restricted carries no address or telecom.
 */
export function seededRelatedPeople(patients: readonly SyntheticPatient[]): Map<string, FhirRelatedPerson[]> {
  const out = new Map<string, FhirRelatedPerson[]>();
  patients.forEach((p, i) => {
    if (p.restricted || patients.length < 2) return;
    const kin = patients[(i + 1) % patients.length] as SyntheticPatient;
    const [code, display] = TYPES[i % TYPES.length] as [string, string];
    const person: FhirRelatedPerson = {
      id: `RP${p.nhsNumber.slice(-6)}`,
      resourceType: 'RelatedPerson',
      patient: { identifier: { system: NHS_NUMBER_SYSTEM, value: kin.nhsNumber } },
      active: true,
      period: { start: p.birthDate },
      name: [{ use: 'usual', period: { start: p.birthDate }, given: kin.given, family: kin.family, prefix: [kin.prefix] }],
      relationship: [
        {
          coding: [
            { system: ROLE_SYSTEM, code: 'Personal', display: 'Personal relationship with the patient' },
            { system: TYPE_SYSTEM, code, display },
            { system: TYPE_SYSTEM, code: 'N', display: 'Next-of-Kin' },
          ],
        },
      ],
      extension: [
        { url: 'https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-CopyCorrespondenceIndicator', valueBoolean: false },
        { url: 'https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-ContactRank', valuePositiveInt: 1 },
      ],
      ...(kin.restricted
        ? {}
        : {
            telecom: [{ period: { start: p.birthDate }, system: 'phone', value: kin.phone, use: 'home' }],
            address: [{ period: { start: p.birthDate }, use: 'home', line: kin.lines, postalCode: kin.postcode }],
          }),
    };
    out.set(p.nhsNumber, [person]);
  });
  return out;
}

/** A RelatedPerson searchset as PDS answers GET /Patient/{id}/RelatedPerson. */
export function relatedPersonBundle(nhsNumber: string, people: readonly FhirRelatedPerson[]): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp: new Date().toISOString(),
    total: people.length,
    entry: people.map((resource) => ({
      fullUrl: `https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/${nhsNumber}/RelatedPerson/${resource.id}`,
      resource,
    })),
  };
}
