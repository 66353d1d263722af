import type { StoredBarsResponse } from './receiver/response-store.js';
import type { AppointmentStatus, BarsServiceRequestStatus, SlotStatus } from '../../generated/resolvers.js';
import { APPOINTMENT_STATUSES, enumOfCode, REQUEST_STATUSES, SLOT_STATUSES } from '../../nhs/fhir-codes.js';
import { BARS, type BarsAppointment, type BarsBundle, type BarsMessageHeader, type BarsResource, type BarsServiceRequest, type BarsSlot } from './wire.js';

export interface BarsServiceRequestModel {
  id: string | null;
  status: BarsServiceRequestStatus | null;
  intent: string | null;
  /** message-category-servicerequest: referral, validation, ... */
  category: string | null;
  authoredOn: string | null;
  occurrenceStart: string | null;
  occurrenceEnd: string | null;
  /** The patient's NHS number when the subject names it by identifier (receivers may only reference a Patient). */
  patientNhsNumber: string | null;
  resource: BarsServiceRequest;
}
export interface BarsAppointmentModel {
  id: string | null;
  status: AppointmentStatus | null;
  description: string | null;
  start: string | null;
  end: string | null;
  created: string | null;
  slotReferences: string[];
  serviceRequestReferences: string[];
  /** The patient's NHS number when a participant names it by identifier. */
  patientNhsNumber: string | null;
  resource: BarsAppointment;
}
export interface BarsSlotModel {
  id: string | null;
  status: SlotStatus | null;
  start: string | null;
  end: string | null;
  scheduleReference: string | null;
  resource: BarsSlot;
}
export interface BarsMessageResultModel {
  messageId: string;
  event: string;
  /** The receiver's MessageHeader.response.code, when its synchronous reply has one (ok, transient-error, fatal-error). */
  responseCode: string | null;
  appointment: BarsAppointmentModel | null;
  serviceRequest: BarsServiceRequestModel | null;
  reply: BarsBundle | null;
}

export function mapBarsServiceRequest(r: BarsServiceRequest): BarsServiceRequestModel {
  const subject = r.subject?.identifier;
  return {
    id: r.id ?? null,
    status: enumOfCode(REQUEST_STATUSES, r.status),
    intent: r.intent ?? null,
    category: r.category?.[0]?.coding?.[0]?.code ?? null,
    authoredOn: r.authoredOn ?? null,
    occurrenceStart: r.occurrencePeriod?.start ?? null,
    occurrenceEnd: r.occurrencePeriod?.end ?? null,
    patientNhsNumber: subject?.system === BARS.nhsNumberSystem ? (subject.value ?? null) : null,
    resource: r,
  };
}

export function mapBarsAppointment(a: BarsAppointment): BarsAppointmentModel {
  return {
    id: a.id ?? null,
    status: enumOfCode(APPOINTMENT_STATUSES, a.status),
    description: a.description ?? null,
    start: a.start ?? null,
    end: a.end ?? null,
    created: a.created ?? null,
    slotReferences: (a.slot ?? []).flatMap((s) => (s.reference ? [s.reference] : [])),
    serviceRequestReferences: (a.basedOn ?? []).flatMap((s) => (s.reference ? [s.reference] : [])),
    patientNhsNumber: (a.participant ?? []).map((p) => p.actor?.identifier).find((i) => i?.system === BARS.nhsNumberSystem)?.value ?? null,
    resource: a,
  };
}

export function mapBarsSlot(s: BarsSlot): BarsSlotModel {
  return {
    id: s.id ?? null,
    status: enumOfCode(SLOT_STATUSES, s.status),
    start: s.start ?? null,
    end: s.end ?? null,
    scheduleReference: s.schedule?.reference ?? null,
    resource: s,
  };
}

/** The resources of one type in a BaRS Bundle, whether entries wrap them (`entry.resource`) or are them. Pure. */
export function resourcesOf<T extends BarsResource>(bundle: BarsBundle | undefined, type: T['resourceType']): T[] {
  return (bundle?.entry ?? []).flatMap((e) => {
    const resource = (e.resource ?? (e.resourceType ? e : undefined)) as BarsResource | undefined;
    return resource?.resourceType === type ? [resource as T] : [];
  });
}

/** What a receiver's synchronous reply to `$process-message` says: its response code and the focus it returned. Pure. */
export function mapMessageResult(messageId: string, event: string, reply: BarsBundle | undefined): BarsMessageResultModel {
  const header = resourcesOf<BarsMessageHeader>(reply, 'MessageHeader')[0];
  const appointment = resourcesOf<BarsAppointment>(reply, 'Appointment')[0];
  const serviceRequest = resourcesOf<BarsServiceRequest>(reply, 'ServiceRequest')[0];
  return {
    messageId,
    event,
    responseCode: header?.response?.code ?? null,
    appointment: appointment ? mapBarsAppointment(appointment) : null,
    serviceRequest: serviceRequest ? mapBarsServiceRequest(serviceRequest) : null,
    reply: reply ?? null,
  };
}

// The stored shape is the receiver's (receiver/response-store.ts); the mapper reads it without the audit-only NHS number.
/** A received BaRS response as the graph shows it (`BarsResponse`). */
export type BarsResponseModel = Pick<
  StoredBarsResponse,
  'messageId' | 'event' | 'reason' | 'responseCode' | 'inResponseTo' | 'serviceRequestId' | 'appointmentId' | 'receivedAt'
> & {
  serviceRequest: BarsServiceRequestModel | null;
  appointment: BarsAppointmentModel | null;
  message: BarsBundle;
};

/** What a stored response shows: its header's codes and its focus, mapped as a read's would be. Pure. */
export function mapBarsResponse(r: Omit<StoredBarsResponse, 'nhsNumber'>): BarsResponseModel {
  const header = resourcesOf<BarsMessageHeader>(r.bundle, 'MessageHeader')[0];
  const focusRef = header?.focus?.[0]?.reference;
  const focus = (r.bundle.entry ?? []).find((e) => e.fullUrl === focusRef)?.resource;
  return {
    messageId: r.messageId,
    event: r.event,
    reason: r.reason,
    responseCode: r.responseCode,
    inResponseTo: r.inResponseTo,
    serviceRequestId: r.serviceRequestId,
    appointmentId: r.appointmentId,
    receivedAt: r.receivedAt,
    serviceRequest: focus?.resourceType === 'ServiceRequest' ? mapBarsServiceRequest(focus as BarsServiceRequest) : null,
    appointment: focus?.resourceType === 'Appointment' ? mapBarsAppointment(focus as BarsAppointment) : null,
    message: r.bundle,
  };
}
