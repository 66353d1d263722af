import { mapAddress, mapContactPoint, mapPeriod, type AddressModel, type ContactPointModel, type FhirExtension, type PeriodModel } from '../fhir.js';
import { RECORD_CLASS_SYSTEM, RECORD_USE_SYSTEM, ROLE_EXTENSION_URL, TYPED_DATE_URL, TYPED_PERIOD_URL, type OdsOrganization } from './wire.js';

/** A role as the Organization carries it. Whether it is primary is not there: the ODSOrganisationRole CodeSystem says. */
export interface OrganisationRoleModel {
  code: string;
  display: string | null;
  active: boolean;
  operationalPeriod: PeriodModel | null;
  legalPeriod: PeriodModel | null;
}

export interface OrganisationModel {
  odsCode: string;
  name: string | null;
  active: boolean | null;
  roles: OrganisationRoleModel[];
  recordClass: string | null;
  recordUseType: string | null;
  lastChangeDate: string | null;
  addresses: AddressModel[];
  telecom: ContactPointModel[];
  resource: OdsOrganization;
}

/**
 * An organisation the graph knows only by its code so far (from PDS, say): its details are read from ODS when a
 * detail field is asked for, and a failed read leaves the code in place with the error on those fields.
 */
export interface OrganisationStub {
  odsCode: string;
  stub: true;
}

/** What an Organisation in the graph is: mapped from ODS, or a code whose details are read on demand. */
export type OrganisationRef = OrganisationModel | OrganisationStub;

export function organisationStub(odsCode: string): OrganisationStub {
  return { odsCode: odsCode.toUpperCase(), stub: true };
}

/** Maps an ODS Organization to the graph. Pure. */
export function mapOdsOrganisation(org: OdsOrganization): OrganisationModel {
  const roles = (org.extension ?? []).filter((e) => e.url === ROLE_EXTENSION_URL).map(mapRole);
  return {
    odsCode: org.id.toUpperCase(),
    name: org.name ?? null,
    active: org.active ?? null,
    roles,
    recordClass: codeFrom(org, RECORD_CLASS_SYSTEM),
    recordUseType: codeFrom(org, RECORD_USE_SYSTEM),
    lastChangeDate: lastChangeDate(org),
    addresses: (org.address ?? []).map(mapAddress),
    telecom: (org.telecom ?? []).map(mapContactPoint),
    resource: org,
  };
}

function mapRole(ext: FhirExtension): OrganisationRoleModel {
  const parts = ext.extension ?? [];
  const coding = parts.find((p) => p.url === 'roleCode')?.valueCodeableConcept?.coding?.[0];
  const periods = parts.filter((p) => p.url === TYPED_PERIOD_URL);
  const period = (type: string) => {
    const typed = periods.find((p) => p.extension?.find((x) => x.url === 'dateType')?.valueCoding?.code === type);
    return mapPeriod(typed?.extension?.find((x) => x.url === 'period')?.valuePeriod);
  };
  return {
    code: coding?.code ?? '',
    display: coding?.display ?? null,
    active: parts.find((p) => p.url === 'active')?.valueBoolean !== false,
    operationalPeriod: period('Operational'),
    legalPeriod: period('Legal'),
  };
}

function codeFrom(org: OdsOrganization, system: string): string | null {
  for (const t of org.type ?? []) for (const c of t.coding ?? []) if (c.system === system && c.code) return c.code;
  return null;
}

function lastChangeDate(org: OdsOrganization): string | null {
  const typed = (org.extension ?? []).find((e) => e.url === TYPED_DATE_URL);
  const value = typed?.extension?.find((x) => x.url === 'dateTime')?.valueDateTime;
  return value ? value.slice(0, 10) : null;
}
