import {
  mapAddress,
  mapContactPoint,
  mapPeriod,
  NHS_NUMBER_SYSTEM,
  type AddressModel,
  type ContactPointModel,
  type FhirCoding,
  type PeriodModel,
} from '../fhir.js';
import { mapName, type HumanNameModel } from './mapper.js';
import { mapCommunication, mapContactPreferences, type CommunicationModel, type ContactPreferencesModel } from './preferences.js';
import type { PdsRelatedPerson } from './wire.js';

const CONTACT_RANK_URL = 'https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-ContactRank';
const COPY_CORRESPONDENCE_URL = 'https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-CopyCorrespondenceIndicator';

export interface RelatedPersonModel {
  id: string | null;
  active: boolean;
  period: PeriodModel | null;
  relatedNhsNumber: string | null;
  name: HumanNameModel | null;
  relationships: { system: string | null; code: string | null; display: string | null }[];
  nextOfKin: boolean;
  addresses: AddressModel[];
  telecom: ContactPointModel[];
  contactRank: number | null;
  copyCorrespondence: boolean | null;
  contactPreferences: ContactPreferencesModel | null;
  communication: CommunicationModel | null;
  resource: PdsRelatedPerson;
}

/**
 * Maps one PDS RelatedPerson to the graph. Pure. `active` defaults to true as PDS's schema does; next of kin is the
 * relationship code N (Relationship.yaml: "Next-of-Kin ... absent when the related person is not the Next-of-Kin").
 */
export function mapRelatedPerson(r: PdsRelatedPerson): RelatedPersonModel {
  const codings: FhirCoding[] = (r.relationship ?? []).flatMap((c) => c.coding ?? []);
  const extension = r.extension ?? [];
  const nhs = r.patient?.identifier;
  return {
    id: r.id ?? null,
    active: r.active ?? true,
    period: mapPeriod(r.period),
    relatedNhsNumber: nhs && (nhs.system ?? NHS_NUMBER_SYSTEM) === NHS_NUMBER_SYSTEM ? (nhs.value ?? null) : null,
    name: r.name?.[0] ? mapName(r.name[0]) : null,
    relationships: codings.map((c) => ({ system: c.system ?? null, code: c.code ?? null, display: c.display ?? null })),
    nextOfKin: codings.some((c) => c.code === 'N'),
    addresses: (r.address ?? []).map(mapAddress),
    telecom: (r.telecom ?? []).map(mapContactPoint),
    contactRank: extension.find((e) => e.url === CONTACT_RANK_URL)?.valuePositiveInt ?? null,
    copyCorrespondence: extension.find((e) => e.url === COPY_CORRESPONDENCE_URL)?.valueBoolean ?? null,
    contactPreferences: mapContactPreferences(extension),
    communication: mapCommunication(extension),
    resource: r,
  };
}
