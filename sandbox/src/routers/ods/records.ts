import type { SyntheticOrganisation } from '../../population.js';
import { ODS_CODE_SYSTEM } from '../../fhir-systems.js';

export type FhirOrganization = Record<string, unknown> & { id: string; name?: string; active?: boolean };

export const ROLE_SYSTEM = 'https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSOrganisationRole';
const ROLE_EXT = 'https://fhir.nhs.uk/England/StructureDefinition/Extension-England-OrganisationRole';

/**
 * ODS role ids per kind. Which is primary is not on the Organization (the spec: look it up in the ODSOrganisationRole
 * CodeSystem, terminology.ts); the GP practice's pair is the spec's G81086 example (RO177 primary, RO76 not).
 */
export const ROLES: Record<SyntheticOrganisation['kind'], [string, string][]> = {
  'gp-practice': [
    ['RO76', 'GP PRACTICE'],
    ['RO177', 'PRESCRIBING COST CENTRE'],
  ],
  pharmacy: [['RO182', 'PHARMACY']],
  trust: [['RO197', 'NHS TRUST']],
  icb: [
    ['RO318', 'INTEGRATED CARE BOARD'],
    ['RO261', 'STRATEGIC PARTNERSHIP'],
  ],
  other: [['RO157', 'NON-NHS ORGANISATION']],
};

function role(code: string, display: string, instanceID: number, active: boolean): Record<string, unknown> {
  return {
    url: ROLE_EXT,
    extension: [
      { url: 'instanceID', valueInteger: instanceID },
      { url: 'roleCode', valueCodeableConcept: { coding: [{ system: ROLE_SYSTEM, code, display }] } },
      {
        url: 'https://fhir.nhs.uk/England/StructureDefinition/Extension-England-TypedPeriod',
        extension: [
          {
            url: 'dateType',
            valueCoding: { system: 'https://fhir.nhs.uk/England/CodeSystem/England-PeriodType', code: 'Operational', display: 'Operational' },
          },
          { url: 'period', valuePeriod: active ? { start: '2004-04-01' } : { start: '2004-04-01', end: '2024-03-31' } },
        ],
      },
      { url: 'active', valueBoolean: active },
    ],
  };
}

/** A synthetic organisation as the ODS Terminology API serves it (England-Organization-ODS profile). */
export function toFhirOrganization(o: SyntheticOrganisation, index: number): FhirOrganization {
  return {
    resourceType: 'Organization',
    id: o.odsCode,
    meta: {
      versionId: '1',
      lastUpdated: '2026-11-01T02:00:00.000+00:00',
      profile: ['https://fhir.nhs.uk/England/StructureDefinition/England-Organization-ODS', 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization'],
    },
    extension: [
      ...ROLES[o.kind].map(([code, display], i) => role(code, display, 100_000 + index * 3 + i, o.active)),
      {
        url: 'https://fhir.nhs.uk/England/StructureDefinition/Extension-England-TypedDateTime',
        extension: [
          {
            url: 'type',
            valueCoding: { system: 'https://fhir.nhs.uk/England/CodeSystem/England-ODSDateTime', code: 'LastChangeDate', display: 'Last Change Date' },
          },
          { url: 'dateTime', valueDateTime: '2026-10-01' },
        ],
      },
    ],
    identifier: [{ use: 'official', system: ODS_CODE_SYSTEM, value: o.odsCode, assigner: { display: 'HSCIC' } }],
    active: o.active,
    type: [
      { coding: [{ system: 'https://fhir.nhs.uk/England/CodeSystem/England-ODSRecordUseType', code: 'Full', display: 'Full' }] },
      { coding: [{ system: 'https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRecordClass', code: 'RC1', display: 'HSCOrg' }] },
    ],
    name: o.name,
    telecom: [{ system: 'phone', value: o.phone }],
    address: [{ line: o.lines, city: o.city, postalCode: o.postcode, country: 'ENGLAND' }],
  };
}

/** The role codes an Organization carries, and whether each is active. */
export function rolesOf(org: FhirOrganization): { code: string; active: boolean }[] {
  const exts = (org.extension as { url: string; extension?: Record<string, unknown>[] }[] | undefined) ?? [];
  return exts
    .filter((e) => e.url === ROLE_EXT)
    .map((e) => {
      const parts = e.extension ?? [];
      const coding = (parts.find((p) => p.url === 'roleCode')?.valueCodeableConcept as { coding?: { code?: string }[] } | undefined)?.coding?.[0];
      const active = parts.find((p) => p.url === 'active')?.valueBoolean;
      return { code: coding?.code ?? '', active: active !== false };
    });
}
