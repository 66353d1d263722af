import type { AppointmentStatus, SlotStatus } from '../../generated/resolvers.js';
import { APPOINTMENT_STATUSES, enumOfCode, SLOT_STATUSES } from '../../nhs/fhir-codes.js';
import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import { mapAddress, type AddressModel, type FhirReference } from '../fhir.js';
import { mapPractitioner, type GpPractitionerModel } from './documents-mapper.js';
import { extensionEndingWith, idOf, mapCode, odsCodeOf, ResourceIndex, type GpCodeModel } from './stu3.js';
import { appointmentId } from './appointment-id.js';
import { encodeSlotKey } from './slot-key.js';
import {
  BOOKING_ORGANISATION_URL,
  CANCELLATION_REASON_URL,
  type StuAppointment,
  type StuBundle,
  type StuLocation,
  type StuOrganization,
  type StuPractitioner,
  type StuSchedule,
  type StuSlot,
} from './wire.js';

/** GP Connect's DeliveryChannel-2 codes as the graph's enum. */
export type DeliveryChannel = 'IN_PERSON' | 'TELEPHONE' | 'VIDEO';
const DELIVERY_CHANNELS: Record<string, DeliveryChannel> = { 'In-person': 'IN_PERSON', Telephone: 'TELEPHONE', Video: 'VIDEO' };

export interface GpLocationModel {
  id: string | null;
  name: string | null;
  address: AddressModel | null;
}

export interface SlotModel {
  /** Opaque: pass to bookAppointment. Carries what booking needs (practice, times, schedule, location). */
  id: string;
  slotId: string;
  status: SlotStatus | null;
  start: string;
  end: string;
  deliveryChannel: DeliveryChannel | null;
  serviceType: string | null;
  serviceCategory: string | null;
  practiceOdsCode: string | null;
  location: GpLocationModel | null;
  practitioner: GpPractitionerModel | null;
  practitionerRole: GpCodeModel | null;
  resource: StuSlot;
}

export interface AppointmentModel {
  id: string;
  /** meta.versionId: what amend and cancel send back as If-Match. */
  version: string | null;
  status: AppointmentStatus | null;
  start: string | null;
  end: string | null;
  minutesDuration: number | null;
  created: string | null;
  description: string | null;
  comment: string | null;
  cancellationReason: string | null;
  deliveryChannel: DeliveryChannel | null;
  serviceType: string | null;
  serviceCategory: string | null;
  practitionerRole: GpCodeModel | null;
  slotIds: string[];
  bookingOrganisation: { odsCode: string | null; name: string | null } | null;
  /**
   * The patient participant's NHS number: their id on the platform's route B, or known for the GP system's logical id
   * (route A) when the call named the patient; null otherwise (Appointment.patient then reads it, Read Patient).
   */
  nhsNumber: string | null;
  /** The id the provider gives the patient (the participant reference's id). */
  providerPatientId: string | null;
  practiceOdsCode: string | null;
  location: GpLocationModel | null;
  practitioner: GpPractitionerModel | null;
  resource: StuAppointment;
}

/**
 * Maps a free-slot searchset (Slot + _include'd Schedule, Practitioner, Location, Organization) to the graph. The
 * practice is the Location's managing organisation, else `practice` (the one the search was addressed to). Pure.
 */
export function mapSlotBundle(bundle: StuBundle, practice: string): SlotModel[] {
  const index = new ResourceIndex(bundle);
  return index.ofType<StuSlot>('Slot').flatMap((slot) => {
    if (!slot.id || !slot.start || !slot.end) return [];
    const schedule = index.resolve<StuSchedule>(slot.schedule, 'Schedule');
    const actors = schedule?.actor ?? [];
    const location = actors.map((a) => index.resolve<StuLocation>(a, 'Location')).find(Boolean);
    const practitioner = actors.map((a) => index.resolve<StuPractitioner>(a, 'Practitioner')).find(Boolean);
    const practiceOdsCode = practiceOf(location, index) ?? practice;
    const scheduleId = idOf(slot.schedule?.reference) ?? '';
    const locationId = location?.id ?? idOf(actors.find((a) => a.reference?.startsWith('Location/'))?.reference) ?? '';
    return [
      {
        id: encodeSlotKey({ practice: practiceOdsCode, slotId: slot.id, start: slot.start, end: slot.end, scheduleId, locationId }),
        slotId: slot.id,
        status: enumOfCode(SLOT_STATUSES, slot.status),
        start: slot.start,
        end: slot.end,
        deliveryChannel: deliveryChannel(slot),
        serviceType: slot.serviceType?.[0]?.text ?? null,
        serviceCategory: schedule?.serviceCategory?.text ?? null,
        practiceOdsCode,
        location: location ? mapLocation(location) : null,
        practitioner: practitioner ? mapPractitioner(practitioner) : null,
        practitionerRole: schedule ? mapCode(extensionEndingWith(schedule, 'GPConnect-PractitionerRole-1')?.valueCodeableConcept) : null,
        resource: slot,
      },
    ];
  });
}

/** The Appointments of a searchset, with their _include'd Locations and Practitioners. Pure. */
export function mapAppointmentBundle(
  bundle: StuBundle,
  fallbackPractice: string | null,
  patients: ReadonlyMap<string, string> = new Map(),
): AppointmentModel[] {
  const index = new ResourceIndex(bundle);
  return index.ofType<StuAppointment>('Appointment').map((a) => mapAppointment(a, index, fallbackPractice, patients));
}

/**
 * One Appointment. The practice is the managing organisation of its Location when the answer includes it, else
 * `fallbackPractice` (the practice the call was addressed to, or the booked slot's). `patients` maps the provider's
 * ids of patients the call named to their NHS numbers. Pure.
 */
export function mapAppointment(
  a: StuAppointment,
  index: ResourceIndex = new ResourceIndex(undefined),
  fallbackPractice: string | null = null,
  patients: ReadonlyMap<string, string> = new Map(),
): AppointmentModel {
  const patientId = idOf(a.participant?.find((p) => p.actor?.reference?.startsWith('Patient/'))?.actor?.reference);
  const actor = (type: string): FhirReference | undefined => a.participant?.find((p) => p.actor?.reference?.startsWith(`${type}/`))?.actor;
  const location = index.resolve<StuLocation>(actor('Location'), 'Location');
  const practitioner = index.resolve<StuPractitioner>(actor('Practitioner'), 'Practitioner');
  const contained = new ResourceIndex({ resourceType: 'Bundle', entry: (a.contained ?? []).map((resource) => ({ resource })) });
  const bookingRef = a.extension?.find((e) => e.url === BOOKING_ORGANISATION_URL)?.valueReference?.reference;
  const booking = bookingRef?.startsWith('#')
    ? contained.resolve<StuOrganization>({ reference: `Organization/${bookingRef.slice(1)}` }, 'Organization')
    : undefined;
  const practiceOdsCode = practiceOf(location, index) ?? fallbackPractice;
  return {
    id: appointmentId(practiceOdsCode, a.id ?? ''),
    version: a.meta?.versionId ?? null,
    status: enumOfCode(APPOINTMENT_STATUSES, a.status),
    start: a.start ?? null,
    end: a.end ?? null,
    minutesDuration: a.minutesDuration ?? null,
    created: a.created ?? null,
    description: a.description ?? null,
    comment: a.comment ?? null,
    cancellationReason: a.extension?.find((e) => e.url === CANCELLATION_REASON_URL)?.valueString ?? null,
    deliveryChannel: deliveryChannel(a),
    serviceType: a.serviceType?.[0]?.text ?? null,
    serviceCategory: a.serviceCategory?.text ?? null,
    practitionerRole: mapCode(extensionEndingWith(a, 'GPConnect-PractitionerRole-1')?.valueCodeableConcept),
    slotIds: (a.slot ?? []).flatMap((s) => idOf(s.reference) ?? []),
    bookingOrganisation: booking ? { odsCode: odsCodeOf(booking), name: booking.name ?? null } : null,
    nhsNumber: patientId ? (patients.get(patientId) ?? (isValidNhsNumber(patientId) ? patientId : null)) : null,
    providerPatientId: patientId,
    practiceOdsCode,
    location: location ? mapLocation(location) : null,
    practitioner: practitioner ? mapPractitioner(practitioner) : null,
    resource: a,
  };
}

function practiceOf(location: StuLocation | undefined, index: ResourceIndex): string | null {
  const managing = location?.managingOrganization;
  return odsCodeOf(index.resolve<StuOrganization>(managing, 'Organization')) ?? managing?.identifier?.value?.toUpperCase() ?? null;
}

function mapLocation(l: StuLocation): GpLocationModel {
  return { id: l.id ?? null, name: l.name ?? null, address: l.address ? mapAddress(l.address) : null };
}

function deliveryChannel(r: { extension?: { url: string; valueCode?: string }[] }): DeliveryChannel | null {
  const code = r.extension?.find((e) => e.url.endsWith('DeliveryChannel-2'))?.valueCode;
  return code ? (DELIVERY_CHANNELS[code] ?? null) : null;
}
