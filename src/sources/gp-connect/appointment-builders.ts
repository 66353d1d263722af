import { BadUserInputError } from '../../errors.js';
import type { GpConnectConsumer } from './auth.js';
import { ODS_CODE_SYSTEM } from '../fhir.js';
import type { SlotSelection } from './slot-key.js';
import {
  APPOINTMENT_PROFILE,
  BOOKING_ORGANISATION_URL,
  CANCELLATION_REASON_URL,
  ORGANISATION_TYPE_SYSTEM,
  ORGANIZATION_PROFILE,
  type StuAppointment,
} from './wire.js';

/** GP Connect stores description and comment as given: longer text is refused, never cut (gpc-appointments/CONTRACT.md). */
export const MAX_DESCRIPTION = 100;
export const MAX_COMMENT = 500;
const MAX_CANCELLATION_REASON = 500;

/** Refuses, before any call, text GP Connect would refuse. */
export function validateAppointmentText(text: { description?: string | null; comment?: string | null; reason?: string | null }): void {
  if (text.description !== undefined && text.description !== null) {
    if (text.description.trim() === '') throw new BadUserInputError('INVALID_DESCRIPTION', 'description may not be empty');
    if (text.description.length > MAX_DESCRIPTION) throw new BadUserInputError('INVALID_DESCRIPTION', `description is at most ${MAX_DESCRIPTION} characters`);
  }
  if (text.comment && text.comment.length > MAX_COMMENT) throw new BadUserInputError('INVALID_COMMENT', `comment is at most ${MAX_COMMENT} characters`);
  if (text.reason !== undefined && text.reason !== null) {
    if (text.reason.trim() === '') throw new BadUserInputError('INVALID_REASON', 'reason may not be empty');
    if (text.reason.length > MAX_CANCELLATION_REASON) throw new BadUserInputError('INVALID_REASON', `reason is at most ${MAX_CANCELLATION_REASON} characters`);
  }
}

export interface BookingRequest {
  selection: SlotSelection;
  /** The provider's id of the patient: the NHS number on route B, the GP system's logical id on route A. */
  patientId: string;
  description: string;
  comment?: string | null;
  /** When the booking is made, UK local with offset. */
  created: string;
}

/**
 * The Appointment a booking POSTs (profile GPConnect-Appointment-1): status booked, the span of the slots, the patient
 * and location participants, and the booking organisation as a contained Organization referenced from the
 * BookingOrganisation extension. Nothing GP Connect forbids on a booking (reason, specialty, cancellation reason). Pure.
 */
export function buildBooking(request: BookingRequest, consumer: GpConnectConsumer): StuAppointment {
  const org = consumer.organisation;
  return {
    resourceType: 'Appointment',
    meta: { profile: [APPOINTMENT_PROFILE] },
    contained: [
      {
        resourceType: 'Organization',
        id: '1',
        meta: { profile: [ORGANIZATION_PROFILE] },
        identifier: [{ system: ODS_CODE_SYSTEM, value: org.odsCode }],
        type: [{ coding: [{ system: ORGANISATION_TYPE_SYSTEM, code: org.type }] }],
        name: org.name,
        telecom: [{ system: 'phone', value: org.phone }],
      },
    ],
    extension: [{ url: BOOKING_ORGANISATION_URL, valueReference: { reference: '#1' } }],
    status: 'booked',
    description: request.description,
    start: request.selection.start,
    end: request.selection.end,
    slot: request.selection.slots.map((s) => ({ reference: `Slot/${s.slotId}` })),
    created: request.created,
    ...(request.comment ? { comment: request.comment } : {}),
    participant: [
      { actor: { reference: `Patient/${request.patientId}` }, status: 'accepted' },
      { actor: { reference: `Location/${request.selection.locationId}` }, status: 'accepted' },
    ],
  };
}

/** The appointment as read, with only description and/or comment changed: all an amend may change. Pure. */
export function buildAmendment(current: StuAppointment, changes: { description?: string | null; comment?: string | null }): StuAppointment {
  return {
    ...current,
    ...(changes.description ? { description: changes.description } : {}),
    ...(changes.comment ? { comment: changes.comment } : {}),
  };
}

/** The appointment as read, status cancelled, with the cancellation reason extension and no other change. Pure. */
export function buildCancellation(current: StuAppointment, reason: string): StuAppointment {
  const extension = (current.extension ?? []).filter((e) => e.url !== CANCELLATION_REASON_URL);
  return { ...current, status: 'cancelled', extension: [...extension, { url: CANCELLATION_REASON_URL, valueString: reason }] };
}
