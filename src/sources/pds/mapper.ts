import type { NameUse } from '../../generated/resolvers.js';
import { enumOfCode, NAME_USES } from '../../nhs/fhir-codes.js';
import { mapAddress, mapContactPoint, mapPeriod, ODS_CODE_SYSTEM, type AddressModel, type ContactPointModel, type PeriodModel } from '../fhir.js';
import { mapCommunication, mapContactPreferences, type CommunicationModel, type ContactPreferencesModel } from './preferences.js';
import { NOMINATED_PHARMACY_URL, PHARMACY_EXTENSION_URLS, type PdsHumanName, type PdsPatient } from './wire.js';

export interface HumanNameModel {
  id: string | null;
  use: NameUse | null;
  prefix: string[];
  suffix: string[];
  given: string[];
  family: string | null;
  period: PeriodModel | null;
}

/** A PDS patient in the graph's shape, plus what the links need. Built only by mapPdsPatient. */
export interface PatientModel {
  nhsNumber: string;
  version: number | null;
  restricted: boolean;
  names: HumanNameModel[];
  name: HumanNameModel | null;
  gender: 'male' | 'female' | 'other' | 'unknown' | null;
  birthDate: string | null;
  deceasedDateTime: string | null;
  addresses: AddressModel[];
  telecom: ContactPointModel[];
  registeredGpOdsCode: string | null;
  nominatedPharmacyOdsCode: string | null;
  contactPreferences: ContactPreferencesModel | null;
  communication: CommunicationModel | null;
  fromSearch: boolean;
  /** The NHS number asked for when PDS answered with the record that superseded it; else null. */
  supersededNhsNumber: string | null;
  resource: PdsPatient;
}

/**
 * True unless PDS marks the record unrestricted. The schema's confidentiality codes are U, R, V and REDACTED: anything
 * but U is treated as restricted (pds/CONTRACT.md), and so is a record with no marking at all.
 */
export function isRestrictedPatient(p: PdsPatient): boolean {
  const code = p.meta?.security?.[0]?.code;
  return code !== 'U';
}

/**
 * What PDS sends of a restricted record: it withholds location data, and the mapper drops it again from the wire in case
 * an upstream ever sends it, so even the verbatim `resource` cannot reveal where a sensitive patient lives or is
 * registered. What the graph's fields show of a restricted patient is decided in src/access/restricted.ts.
 */
export function withoutLocation(p: PdsPatient): PdsPatient {
  const { address: _a, telecom: _t, contact: _c, generalPractitioner: _g, ...rest } = p;
  const extension = p.extension?.filter((e) => !PHARMACY_EXTENSION_URLS.includes(e.url));
  return extension ? { ...rest, extension } : rest;
}

/** Maps a PDS Patient (retrieve or search entry) to the graph. Pure. */
export function mapPdsPatient(wire: PdsPatient, fromSearch = false): PatientModel {
  const restricted = isRestrictedPatient(wire);
  const p = restricted ? withoutLocation(wire) : wire;
  const names = (p.name ?? []).map(mapName);
  const version = Number(p.meta?.versionId);
  return {
    nhsNumber: p.id,
    version: Number.isInteger(version) ? version : null,
    restricted,
    names,
    name: names.find((n) => n.use === 'USUAL') ?? names[0] ?? null,
    gender: p.gender ?? null,
    birthDate: p.birthDate ?? null,
    deceasedDateTime: p.deceasedDateTime ?? null,
    addresses: (p.address ?? []).map(mapAddress),
    telecom: (p.telecom ?? []).map(mapContactPoint),
    registeredGpOdsCode: currentGp(p),
    nominatedPharmacyOdsCode: odsCodeOfExtension(p, NOMINATED_PHARMACY_URL),
    contactPreferences: mapContactPreferences(p.extension),
    communication: mapCommunication(p.extension),
    fromSearch,
    supersededNhsNumber: null,
    resource: p,
  };
}

/** A PDS HumanName in the graph's shape (its use as a NameUse, OTHER for a code outside FHIR name-use). Pure. */
export function mapName(n: PdsHumanName): HumanNameModel {
  return {
    id: n.id ?? null,
    use: enumOfCode(NAME_USES, n.use),
    prefix: n.prefix ?? [],
    suffix: n.suffix ?? [],
    given: n.given ?? [],
    family: n.family ?? null,
    period: mapPeriod(n.period),
  };
}

function currentGp(p: PdsPatient): string | null {
  const gp = p.generalPractitioner?.find((g) => g.identifier?.system === ODS_CODE_SYSTEM || g.identifier?.value);
  return gp?.identifier?.value?.toUpperCase() ?? null;
}

function odsCodeOfExtension(p: PdsPatient, url: string): string | null {
  return p.extension?.find((e) => e.url === url)?.valueReference?.identifier?.value?.toUpperCase() ?? null;
}

/**
 * The record read for `asked`: PDS answers a superseded NHS number with the successor's record, whose `id` differs
 * (pds/CONTRACT.md, "Superseded records: compare id with what you asked for"). Such an answer is marked, not refused.
 */
export function markSuperseded(patient: PatientModel, asked: string): PatientModel {
  return patient.nhsNumber === asked ? patient : { ...patient, supersededNhsNumber: asked };
}
