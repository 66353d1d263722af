import type { AddressUse, ContactPointSystem, ContactPointUse } from '../generated/resolvers.js';
import { ADDRESS_USES, CONTACT_POINT_SYSTEMS, CONTACT_POINT_USES, enumOfCode } from '../nhs/fhir-codes.js';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM } from './fhir-systems.js';
export { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM };
/** FHIR datatypes shared by the R4 and STU3 sources: only the fields the graph reads, everything else passes through. */
export interface FhirPeriod {
  start?: string;
  end?: string;
}
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}
export interface FhirIdentifier {
  system?: string;
  value?: string;
  period?: FhirPeriod;
}
export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}
export interface FhirAddress {
  id?: string;
  use?: string;
  text?: string;
  line?: string[];
  city?: string;
  district?: string;
  postalCode?: string;
  country?: string;
  period?: FhirPeriod;
}
export interface FhirContactPoint {
  id?: string;
  system?: string;
  value?: string;
  use?: string;
  period?: FhirPeriod;
}
export interface FhirExtension {
  url: string;
  valueReference?: FhirReference;
  valueCoding?: FhirCoding;
  valueCodeableConcept?: FhirCodeableConcept;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueString?: string;
  valueDateTime?: string;
  valuePeriod?: FhirPeriod;
  extension?: FhirExtension[];
}
export interface FhirBundle<R> {
  resourceType: 'Bundle';
  type?: string;
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: { fullUrl?: string; search?: { score?: number; mode?: string }; resource?: R }[];
}

/** Graph shapes of the shared datatypes. */
export interface PeriodModel {
  start: string | null;
  end: string | null;
}
export interface AddressModel {
  id: string | null;
  use: AddressUse | null;
  lines: string[];
  city: string | null;
  district: string | null;
  postalCode: string | null;
  country: string | null;
  period: PeriodModel | null;
}
export interface ContactPointModel {
  id: string | null;
  system: ContactPointSystem | null;
  value: string | null;
  use: ContactPointUse | null;
  period: PeriodModel | null;
}

export function mapPeriod(p: FhirPeriod | undefined): PeriodModel | null {
  return p ? { start: p.start ?? null, end: p.end ?? null } : null;
}

export function mapAddress(a: FhirAddress): AddressModel {
  return {
    id: a.id ?? null,
    use: enumOfCode(ADDRESS_USES, a.use),
    lines: a.line ?? [],
    city: a.city ?? null,
    district: a.district ?? null,
    postalCode: a.postalCode ?? null,
    country: a.country ?? null,
    period: mapPeriod(a.period),
  };
}

export function mapContactPoint(t: FhirContactPoint): ContactPointModel {
  return {
    id: t.id ?? null,
    system: enumOfCode(CONTACT_POINT_SYSTEMS, t.system),
    value: t.value ?? null,
    use: enumOfCode(CONTACT_POINT_USES, t.use),
    period: mapPeriod(t.period),
  };
}

/** The resources of a searchset Bundle, in order. */
export function bundleResources<R>(bundle: FhirBundle<R> | undefined): R[] {
  return (bundle?.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}
