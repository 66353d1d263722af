import { BadUserInputError } from '../../errors.js';
import { BARS, type BarsAppointment, type BarsMessageHeader, type BarsServiceRequest } from './wire.js';

/** What a sent message is about: a referral (ServiceRequest focus) or a booking (Appointment focus). */
export type BarsMessageKind = 'referral' | 'booking';

const EVENTS: Record<BarsMessageKind, { event: string; focus: 'ServiceRequest' | 'Appointment' }> = {
  referral: { event: 'servicerequest-request', focus: 'ServiceRequest' },
  booking: { event: 'booking-request', focus: 'Appointment' },
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USE_CASE = /^[A-Za-z0-9-]{1,20}$/;

/** A message checked and ready to send: the Bundle as given, its id and what the use-context header says. */
export interface CheckedMessage {
  bundle: Record<string, unknown>;
  id: string;
  event: string;
  reason: string;
  useContext: string;
}

function bad(message: string): BadUserInputError {
  return new BadUserInputError('INVALID_BARS_MESSAGE', message);
}

/**
 * Checks a BaRS message Bundle before it is sent (booking-and-referral-1.1.0.yaml, MessageBundle): type `message`, an
 * `id` that is a UUID (receivers recognise a resent message by it, so the graph never invents one: a client retrying
 * with the same Bundle cannot book twice), a MessageHeader first whose event is the kind's
 * (`servicerequest-request` or `booking-request`, system message-events-bars) and whose focus is a ServiceRequest or
 * an Appointment in the Bundle. Throws BAD_USER_INPUT (reason INVALID_BARS_MESSAGE) saying what is wrong. Pure.
 */
export function checkMessage(kind: BarsMessageKind, message: unknown, useCase: string | null | undefined): CheckedMessage {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw bad('message must be a FHIR Bundle object');
  const bundle = message as { resourceType?: unknown; type?: unknown; id?: unknown; entry?: unknown };
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'message') throw bad('message must be a Bundle of type "message"');
  if (typeof bundle.id !== 'string' || !UUID.test(bundle.id)) throw bad('message.id must be a UUID: receivers recognise a resent message by it');
  const entries = Array.isArray(bundle.entry) ? (bundle.entry as { fullUrl?: unknown; resource?: { resourceType?: unknown } }[]) : [];
  const header = entries[0]?.resource as BarsMessageHeader | undefined;
  if (header?.resourceType !== 'MessageHeader') throw bad('the first entry must be the MessageHeader');
  const expected = EVENTS[kind];
  if (header.eventCoding?.system !== BARS.eventSystem || header.eventCoding.code !== expected.event) {
    throw bad(`MessageHeader.eventCoding must be ${BARS.eventSystem}|${expected.event} for a ${kind}`);
  }
  const focusRef = header.focus?.[0]?.reference;
  const focus = entries.find((e) => typeof e.fullUrl === 'string' && e.fullUrl === focusRef)?.resource as BarsServiceRequest | BarsAppointment | undefined;
  if (focus?.resourceType !== expected.focus) throw bad(`MessageHeader.focus must reference the ${expected.focus} in the Bundle (by fullUrl)`);
  const reason = header.reason?.coding?.find((c) => c.system === BARS.reasonSystem)?.code;
  if (!reason) throw bad(`MessageHeader.reason must carry a ${BARS.reasonSystem} code (new, update, cancel...)`);
  if (useCase != null && !USE_CASE.test(useCase)) throw bad('useCase must be a short BaRS use-case id, such as a1t1');
  const category = kind === 'booking' ? 'booking' : ((focus as BarsServiceRequest).category?.[0]?.coding?.[0]?.code ?? 'referral');
  return {
    bundle: message as Record<string, unknown>,
    id: bundle.id,
    event: expected.event,
    reason,
    useContext: [useCase ?? '', category, expected.event, reason].join('|'),
  };
}
