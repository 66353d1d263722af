import { BadUserInputError } from '../../errors.js';
import type { FhirReference } from '../fhir.js';
import { bundleResources, type FhirBundle } from '../fhir.js';
import {
  ERS_CLINIC_TYPE,
  ERS_PRIORITY,
  ERS_REFERRAL_LETTER_INTENTION,
  ERS_REQUEST_TYPE,
  ERS_REVIEW_REASON,
  ERS_SORT_BY,
  LEGACY_NHS_NUMBER_SYSTEM,
} from '../fhir-systems.js';
import { ERS, type ErsExtension, type ErsSchedule, type ErsServiceList, type ErsSlot, type ErsTask } from './wire.js';

/**
 * The referrer's journey in e-RS (ers/CONTRACT.md; e-referrals-service-api.yaml A010, A011, A015, A016, A029): the
 * checks made before any call, the request bodies the contract defines, and the pure mappings of the answers.
 */

const SD = 'https://fhir.nhs.uk/STU3/StructureDefinition/';
/** The NHS number system e-RS's STU3 requests name (identifiers/NhsNumber.yaml allows only this one). */
const NHS_NUMBER = LEGACY_NHS_NUMBER_SYSTEM;
/** e-RS reference data codes (A004): capitals, digits and underscores. */
const ERS_CODE = /^[A-Z0-9_]{1,64}$/;
/** e-RS service ids are numeric (the contract's 11002, 12000). */
const SERVICE_ID = /^\d{1,12}$/;
/** A UK postcode: outward code, optional space, inward code. */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const MAX_SHORTLIST = 20;
const MAX_COMMENT = 500;
const DAY_MS = 86_400_000;

export type ErsPriority = 'ROUTINE' | 'URGENT' | 'TWO_WEEK_WAIT';

export interface ServiceSearch {
  nhsNumber: string;
  priority: ErsPriority;
  specialty?: string | null;
  clinicType?: string | null;
  postcode?: string | null;
  distanceLimit?: number | null;
  sortBy?: 'DISTANCE' | 'INDICATIVE_WAIT_TIME' | null;
  commissioningRuleOdsCode?: string | null;
}

export interface NewReferral {
  nhsNumber: string;
  priority: ErsPriority;
  specialty?: string | null;
  clinicType?: string | null;
  serviceIds: readonly string[];
  referralLetter: 'NEED_TO_ADD_LATER' | 'NOT_INTENDING_TO_ADD';
  firstReminderLetterFollowUpDays?: number | null;
  pathwayStart?: string | Date | null;
}

export interface AppointmentRequest {
  ubrn: string;
  version: string;
  serviceId: string;
  nhsNumber: string;
  /** A booking names the slot; a deferral names why and has no slot. */
  slotId?: string;
  /** A deferral to the provider (why), or to a triage service (TRIAGE): a proposed appointment, no slot. */
  deferral?: { reason: 'NO_SLOTS_AT_SERVICE' | 'SLOT_NOT_AVAILABLE' | 'BOOKING_ATTEMPT_PROBLEM' | 'TRIAGE'; comment?: string | null };
}

export interface ErsServiceModel {
  id: string;
  name: string | null;
  specialty: { system: string | null; code: string | null; display: string | null } | null;
  bookableType: string | null;
  requestFlowType: string | null;
  requestFlowTypes: string[];
  indicativeAppointmentWaitDays: number | null;
  indicativeAppointmentWaitCode: string | null;
  distanceMiles: number | null;
  displayProminently: boolean | null;
  referralLetterRequired: boolean | null;
  locationOdsCode: string | null;
  locationName: string | null;
  nhsWebsiteUrl: string | null;
}

export interface ReferralSlotModel {
  id: string;
  start: string | null;
  end: string | null;
  serviceId: string;
  clinicianSdsUserId: string | null;
}

export interface ReferralActionModel {
  code: string;
  display: string | null;
}

function code(value: string | null | undefined, what: string, reason: 'INVALID_SEARCH_CRITERIA'): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (!ERS_CODE.test(trimmed)) throw new BadUserInputError(reason, `${what} must be an e-RS code (capitals, digits, underscores)`);
  return trimmed;
}

/** The specialty and clinic type of a search, checked: one of them at least, each an e-RS code. Throws BAD_USER_INPUT. */
function criteria(input: { specialty?: string | null; clinicType?: string | null }): { specialty?: string; clinicType?: string } {
  const specialty = code(input.specialty, 'specialty', 'INVALID_SEARCH_CRITERIA');
  const clinicType = code(input.clinicType, 'clinicType', 'INVALID_SEARCH_CRITERIA');
  if (!specialty && !clinicType) throw new BadUserInputError('INVALID_SEARCH_CRITERIA', 'A search needs a specialty or a clinic type');
  return { ...(specialty ? { specialty } : {}), ...(clinicType ? { clinicType } : {}) };
}

/** The contained eRS-ServiceSearchCriteria-Parameters-1 of a search or a shortlist. */
function searchCriteria(specialtySystem: string, priority: ErsPriority, c: { specialty?: string; clinicType?: string }, extra: object[] = []) {
  return {
    resourceType: 'Parameters',
    meta: { profile: [`${SD}eRS-ServiceSearchCriteria-Parameters-1`] },
    id: 'ServiceSearchCriteria-1',
    parameter: [
      { name: 'priority', valueCoding: { system: ERS_PRIORITY, code: priority } },
      ...(c.specialty ? [{ name: 'specialty', valueCoding: { system: specialtySystem, code: c.specialty } }] : []),
      ...(c.clinicType ? [{ name: 'clinicType', valueCoding: { system: ERS_CLINIC_TYPE, code: c.clinicType } }] : []),
      ...extra,
      { name: 'ageAndGenderAppropriate', valueBoolean: true },
    ],
  };
}

/**
 * A service search's arguments, checked (BAD_USER_INPUT, before any call): its criteria, and its postcode (trimmed;
 * undefined when the search gives none, so e-RS measures distances from the patient's own address).
 */
export function checkServiceSearch(search: ServiceSearch): { criteria: { specialty?: string; clinicType?: string }; postcode?: string } {
  const c = criteria(search);
  const postcode = search.postcode?.trim();
  if (postcode !== undefined && !POSTCODE.test(postcode)) throw new BadUserInputError('INVALID_POSTCODE', 'postcode is not a UK postcode');
  const distance = search.distanceLimit;
  if (distance !== null && distance !== undefined && (distance < 1 || distance > 500))
    throw new BadUserInputError('INVALID_SEARCH_CRITERIA', 'distanceLimit must be 1 to 500 miles');
  if (distance != null && !postcode) throw new BadUserInputError('INVALID_SEARCH_CRITERIA', 'distanceLimit needs a postcode');
  return { criteria: c, ...(postcode ? { postcode } : {}) };
}

/**
 * A010's body (eRS-PatientServiceSearch-Parameters-1) for a checked search. `specialtySystem` is e-RS's own SPECIALTY
 * code system, which lives under the API's base URL (`{base}/STU3/CodeSystem/SPECIALTY`). Throws BAD_USER_INPUT.
 */
export function buildServiceSearch(search: ServiceSearch, specialtySystem: string): Record<string, unknown> {
  const { criteria: c, postcode } = checkServiceSearch(search);
  const distance = search.distanceLimit;
  const extra = [
    ...(postcode ? [{ name: 'postcode', valueString: postcode.toUpperCase() }] : []),
    ...(distance != null ? [{ name: 'distanceLimit', valueUnsignedInt: distance }] : []),
  ];
  return {
    resourceType: 'Parameters',
    meta: { profile: [`${SD}eRS-PatientServiceSearch-Parameters-1`] },
    parameter: [
      { name: 'requestType', valueCoding: { system: ERS_REQUEST_TYPE, code: 'APPOINTMENT_REQUEST' } },
      { name: 'sortBy', valueCoding: { system: ERS_SORT_BY, code: search.sortBy === 'INDICATIVE_WAIT_TIME' ? 'IWT' : 'DISTANCE' } },
      { name: 'patient', valueIdentifier: { system: NHS_NUMBER, value: search.nhsNumber } },
      ...(search.commissioningRuleOdsCode
        ? [{ name: 'commissioningRuleOrganisation', valueIdentifier: { system: ERS.odsCodeSystem, value: search.commissioningRuleOdsCode } }]
        : []),
      { name: 'searchCriteria', resource: searchCriteria(specialtySystem, search.priority, c, extra) },
    ],
  };
}

/** A new referral's parts, checked. */
interface CheckedReferral {
  criteria: ReturnType<typeof criteria>;
  ids: string[];
  days: number;
  pathwayStart: string | undefined;
}

/** Checks a new referral before any call; `now` bounds the pathway start. Throws BAD_USER_INPUT. Pure. */
export function checkNewReferral(input: NewReferral, now: Date): CheckedReferral {
  const c = criteria(input);
  const ids = input.serviceIds.map((id) => id.trim());
  if (ids.length === 0 || ids.length > MAX_SHORTLIST) throw new BadUserInputError('INVALID_SHORTLIST', `A shortlist holds 1 to ${MAX_SHORTLIST} services`);
  if (ids.some((id) => !SERVICE_ID.test(id))) throw new BadUserInputError('INVALID_SHORTLIST', 'A shortlisted service id is not an e-RS service id');
  if (new Set(ids).size !== ids.length) throw new BadUserInputError('INVALID_SHORTLIST', 'A service is shortlisted twice');
  const days = input.firstReminderLetterFollowUpDays ?? 0;
  if (!Number.isInteger(days) || days < 0) throw new BadUserInputError('INVALID_FOLLOW_UP_DAYS', 'firstReminderLetterFollowUpDays must be 0 or more');
  let pathwayStart: string | undefined;
  if (input.pathwayStart) {
    const at = new Date(input.pathwayStart);
    // a011: "in the past, no longer than 365 days ago".
    if (Number.isNaN(at.getTime()) || at.getTime() >= now.getTime() || now.getTime() - at.getTime() > 365 * DAY_MS)
      throw new BadUserInputError('INVALID_PATHWAY_START', 'pathwayStart must be in the past and at most 365 days ago');
    pathwayStart = at.toISOString();
  }
  return { criteria: c, ids, days, pathwayStart };
}

/** A011's body (eRS-CreateReferral-Parameters-1), after {@link checkNewReferral}. Throws BAD_USER_INPUT. */
export function buildCreateReferral(input: NewReferral, specialtySystem: string, now: Date): Record<string, unknown> {
  const { criteria: c, ids, days, pathwayStart } = checkNewReferral(input, now);
  return {
    resourceType: 'Parameters',
    meta: { profile: [`${SD}eRS-CreateReferral-Parameters-1`] },
    parameter: [
      { name: 'patient', valueIdentifier: { system: NHS_NUMBER, value: input.nhsNumber } },
      { name: 'intentionToAddReferralLetter', valueCoding: { system: ERS_REFERRAL_LETTER_INTENTION, code: input.referralLetter } },
      { name: 'firstReminderLetterFollowUpDays', valueUnsignedInt: days },
      ...(pathwayStart ? [{ name: 'eReferralPathwayStart', valueInstant: pathwayStart }] : []),
      {
        name: 'shortlist',
        resource: {
          meta: { profile: [`${SD}eRS-Shortlist-List-1`] },
          resourceType: 'List',
          status: 'current',
          mode: 'snapshot',
          contained: [searchCriteria(specialtySystem, input.priority, c)],
          entry: ids.map((value) => ({ item: { identifier: { system: ERS.serviceSystem, value } } })),
          extension: [{ url: `${SD}Extension-eRS-Shortlist-SearchCriteria-1`, valueReference: { reference: '#ServiceSearchCriteria-1' } }],
        },
      },
    ],
  };
}

/** Checks the ids of a booking or deferral before any call. Throws BAD_USER_INPUT. */
export function checkAppointmentRequest(r: Pick<AppointmentRequest, 'version' | 'serviceId' | 'slotId' | 'deferral'>): void {
  if (!/^\d{1,9}$/.test(r.version.trim())) throw new BadUserInputError('INVALID_VERSION', 'version must be the referral version read (digits)');
  if (!SERVICE_ID.test(r.serviceId.trim())) throw new BadUserInputError('INVALID_SERVICE_ID', 'serviceId is not an e-RS service id');
  if (r.slotId !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(r.slotId.trim())) throw new BadUserInputError('INVALID_SLOT_ID', 'slotId is not a slot id');
  if ((r.deferral?.comment?.length ?? 0) > MAX_COMMENT) throw new BadUserInputError('INVALID_COMMENT', `comment is over ${MAX_COMMENT} characters`);
}

/** A016's body (eRS-Appointment-1): a booking (status booked, the slot) or a deferral (status proposed, the reason). */
export function buildAppointment(r: AppointmentRequest): Record<string, unknown> {
  return {
    id: 'appointment',
    meta: { profile: [`${SD}eRS-Appointment-1`, 'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Appointment-1'] },
    language: 'en',
    resourceType: 'Appointment',
    status: r.deferral ? 'proposed' : 'booked',
    ...(r.deferral ? { reason: [{ coding: [{ system: ERS_REVIEW_REASON, code: r.deferral.reason }] }] } : {}),
    description: 'e-Referral Appointment',
    ...(r.deferral?.comment ? { comment: r.deferral.comment } : {}),
    ...(r.slotId ? { slot: [{ reference: `Slot/${r.slotId.trim()}` }] } : {}),
    incomingReferral: [{ reference: `ReferralRequest/${r.ubrn}/_history/${r.version.trim()}` }],
    participant: [
      { actor: { identifier: { system: ERS.serviceSystem, value: r.serviceId.trim() } }, status: 'accepted' },
      { actor: { identifier: { system: NHS_NUMBER, value: r.nhsNumber } }, status: 'accepted' },
    ],
  };
}

function part(exts: ErsExtension[] | undefined, url: string): ErsExtension | undefined {
  return exts?.find((e) => e.url === url);
}
type Valued = ErsExtension & { valueUnsignedInt?: number };

/** Maps A010's service list. Pure. Entries without an e-RS service id are left out (nothing to shortlist). */
export function mapServiceList(list: ErsServiceList): ErsServiceModel[] {
  return (list.entry ?? []).flatMap((entry) => {
    const id = entry.item?.identifier?.system === ERS.serviceSystem ? entry.item.identifier.value : undefined;
    if (!id) return [];
    const summary = part(entry.item?.extension, `${SD}Extension-eRS-ServiceSummaryView-1`)?.extension;
    const listItem = part(entry.extension, `${SD}Extension-eRS-ServiceSearch-ListItem-1`)?.extension;
    const s = (url: string) => part(summary, url) as Valued | undefined;
    const l = (url: string) => part(listItem, url) as Valued | undefined;
    const specialty = s('specialty')?.valueCodeableConcept?.coding?.[0];
    // Extension-eRS-ServiceSummaryView: supportedRequestFlowType is 1..2.
    const flowTypes = (summary ?? [])
      .filter((p) => p.url === 'supportedRequestFlowType')
      .flatMap((p) => (p as Valued).valueCodeableConcept?.coding?.[0]?.code ?? []);
    const wait = l('indicativeAppointmentWaitTime');
    const location: FhirReference | undefined = s('location')?.valueReference;
    return [
      {
        id,
        name: s('serviceName')?.valueString ?? null,
        specialty: specialty ? { system: specialty.system ?? null, code: specialty.code ?? null, display: specialty.display ?? null } : null,
        bookableType: s('bookableType')?.valueCodeableConcept?.coding?.[0]?.code ?? null,
        requestFlowType: flowTypes[0] ?? null,
        requestFlowTypes: flowTypes,
        // eRS-FetchServices-List: the wait is a number of days, or a code (eRS-IWT-1) when there is no number to give.
        indicativeAppointmentWaitDays: wait?.valueUnsignedInt ?? null,
        indicativeAppointmentWaitCode: wait?.valueCodeableConcept?.coding?.[0]?.code ?? null,
        distanceMiles: l('distance')?.valueUnsignedInt ?? null,
        displayProminently: l('displayProminently')?.valueBoolean ?? null,
        referralLetterRequired: s('referralLetterRequired')?.valueBoolean ?? null,
        locationOdsCode: location?.identifier?.value ?? null,
        locationName: location?.display ?? null,
        nhsWebsiteUrl: s('linkToNHSWebsite')?.valueString ?? null,
      },
    ];
  });
}

/** Maps A015's searchset: each free slot with its service and its schedule's named clinician, when there is one. Pure. */
export function mapSlots(bundle: FhirBundle<ErsSlot | ErsSchedule>, serviceId: string): ReferralSlotModel[] {
  const resources = bundleResources(bundle);
  const schedules = new Map(resources.filter((r): r is ErsSchedule => r.resourceType === 'Schedule').map((s) => [s.id, s]));
  return resources
    .filter((r): r is ErsSlot => r.resourceType === 'Slot' && (r.status ?? 'free') === 'free')
    .map((slot) => {
      const schedule = schedules.get(slot.schedule?.reference?.split('/').pop() ?? '');
      const clinician = schedule?.actor?.find((a) => a.identifier?.system === ERS.sdsUserSystem)?.identifier?.value ?? null;
      return { id: slot.id, start: slot.start ?? null, end: slot.end ?? null, serviceId, clinicianSdsUserId: clinician };
    });
}

/** Maps A029's tasks to the actions they offer. Pure. */
export function mapActions(bundle: FhirBundle<ErsTask>): ReferralActionModel[] {
  return bundleResources(bundle).flatMap((t) => {
    const c = t.resourceType === 'Task' ? t.code?.coding?.[0] : undefined;
    return c?.code ? [{ code: c.code, display: c.display ?? null }] : [];
  });
}
