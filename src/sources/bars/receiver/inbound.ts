import { BARS, type BarsAppointment, type BarsBundle, type BarsMessageHeader, type BarsServiceRequest } from '../wire.js';

/** A receiver's response, checked: what it answers, and the message as received. */
export interface InboundResponse {
  /** The Bundle id: a resent message carries the same one. */
  messageId: string;
  event: string;
  reason: string | null;
  /** MessageHeader.response.code (ok, transient-error, fatal-error) when the receiver gave one. */
  responseCode: string | null;
  /** MessageHeader.response.identifier: the id of the sender's message this answers, when given. */
  inResponseTo: string | null;
  /** The id of the ServiceRequest (referral) this answers: the focus, or the booking's basedOn; null for a booking made without a referral. */
  serviceRequestId: string | null;
  /** The id of the booking (Appointment) a booking-response answers: its focus; null for a referral response. */
  appointmentId: string | null;
  /** Whose it is, when the focus names the patient by NHS number (for the audit trail). */
  nhsNumber: string | null;
  bundle: BarsBundle;
}

/** Why an inbound message is refused: `invalid` (400 REC_BAD_REQUEST) or `unprocessable` (422 REC_UNPROCESSABLE_ENTITY). */
export interface InboundRefusal {
  kind: 'invalid' | 'unprocessable';
  diagnostics: string;
}

/** The response events a sender's $process-message takes, and the focus each must have. */
const RESPONSE_EVENTS: Record<string, 'ServiceRequest' | 'Appointment'> = {
  'servicerequest-response': 'ServiceRequest',
  'booking-response': 'Appointment',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID = /^[A-Za-z0-9\-.]{1,64}$/;

const invalid = (diagnostics: string): InboundRefusal => ({ kind: 'invalid', diagnostics });

/** The id a `ServiceRequest/{id}` or `urn:uuid:{id}` reference names. */
function idOfReference(reference: string | undefined): string | undefined {
  const id = /^(?:ServiceRequest\/|urn:uuid:)(.+)$/.exec(reference ?? '')?.[1];
  return id && ID.test(id) ? id : undefined;
}

/**
 * Checks a message posted to the graph's own $process-message (booking-and-referral-1.1.0.yaml, MessageBundle; "Respond
 * to a referral" / "Respond to a booking"): a Bundle of type message with a UUID id, a MessageHeader first whose event
 * (message-events-bars) is servicerequest-response or booking-response and whose focus is the ServiceRequest (or the
 * Appointment, with its id, based on a ServiceRequest or not) in the Bundle. Diagnostics never quote the message's content. Pure.
 */
export function checkInbound(body: unknown): InboundResponse | InboundRefusal {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('The body must be a FHIR Bundle');
  const bundle = body as BarsBundle & { id?: unknown };
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'message') return invalid('The body must be a Bundle of type message');
  if (typeof bundle.id !== 'string' || !UUID.test(bundle.id)) return invalid('Bundle.id must be a UUID');
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const header = entries[0]?.resource as BarsMessageHeader | undefined;
  if (header?.resourceType !== 'MessageHeader') return invalid('The first entry must be the MessageHeader');
  if (header.eventCoding?.system !== BARS.eventSystem || !header.eventCoding.code)
    return invalid(`MessageHeader.eventCoding must be a ${BARS.eventSystem} code`);
  const event = header.eventCoding.code;
  const focusType = RESPONSE_EVENTS[event];
  if (!focusType) return { kind: 'unprocessable', diagnostics: 'This endpoint takes responses only: servicerequest-response or booking-response' };
  const focusRef = header.focus?.[0]?.reference;
  const focus = entries.find((e) => typeof e.fullUrl === 'string' && e.fullUrl === focusRef)?.resource;
  if (focus?.resourceType !== focusType) return invalid(`MessageHeader.focus must reference the ${focusType} in the Bundle (by fullUrl)`);
  let serviceRequestId: string | null;
  let appointmentId: string | null = null;
  if (focusType === 'ServiceRequest') {
    serviceRequestId = (focus as BarsServiceRequest).id ?? null;
    if (!serviceRequestId || !ID.test(serviceRequestId)) return invalid('The focus ServiceRequest must carry the id of the referral it answers');
  } else {
    // "Respond to a booking": the booking itself (e.g. marked DNA), made with or without a referral before it.
    const appointment = focus as BarsAppointment;
    appointmentId = appointment.id ?? null;
    if (!appointmentId || !ID.test(appointmentId)) return invalid('The focus Appointment must carry the id of the booking it answers');
    serviceRequestId = idOfReference(appointment.basedOn?.find((b) => b.reference?.startsWith('ServiceRequest/'))?.reference) ?? null;
  }
  return {
    messageId: bundle.id,
    event,
    reason: header.reason?.coding?.find((c) => c.system === BARS.reasonSystem)?.code ?? null,
    responseCode: header.response?.code ?? null,
    inResponseTo: header.response?.identifier ?? null,
    serviceRequestId,
    appointmentId,
    nhsNumber: nhsNumberOf(focus as BarsServiceRequest | BarsAppointment),
    bundle,
  };
}

function nhsNumberOf(focus: BarsServiceRequest | BarsAppointment): string | null {
  if (focus.resourceType === 'ServiceRequest') {
    const id = focus.subject?.identifier;
    return id?.system === BARS.nhsNumberSystem ? (id.value ?? null) : null;
  }
  return (focus.participant ?? []).map((p) => p.actor?.identifier).find((i) => i?.system === BARS.nhsNumberSystem)?.value ?? null;
}

export function isRefusal(checked: InboundResponse | InboundRefusal): checked is InboundRefusal {
  return 'kind' in checked;
}
