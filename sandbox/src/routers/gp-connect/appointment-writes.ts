import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import { header, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { AppointmentStore, BookingOrganisation, StoredAppointment } from './appointment-store.js';
import { gpcOutcome, versionConflict } from './outcome.js';
import { locationId, slotById, type SlotDef } from './schedule.js';
import { practiceSwitchedOff, type GpcWorld } from './world.js';
import { ODS_CODE_SYSTEM } from '../../fhir-systems.js';

type Json = Record<string, any>;

const APPOINTMENT_PROFILE = 'https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1';
const BOOKING_URL = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1';
const CANCEL_URL = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1';
const invalid = (diagnostics: string) => gpcOutcome(422, 'INVALID_RESOURCE', diagnostics);

export interface Written {
  status: number;
  appointment: StoredAppointment;
}

function textProblem(a: Json): string | undefined {
  if (typeof a.description !== 'string' || a.description.trim() === '') return 'description is required';
  if (a.description.length > 100) return 'description is over 100 characters';
  if (a.comment !== undefined && (typeof a.comment !== 'string' || a.comment.length > 500)) return 'comment is over 500 characters';
  return undefined;
}

function bookingOrganisation(a: Json): BookingOrganisation | undefined {
  const ref = (a.extension as Json[] | undefined)?.find((e) => e.url === BOOKING_URL)?.valueReference?.reference;
  const org =
    typeof ref === 'string' && ref.startsWith('#')
      ? (a.contained as Json[] | undefined)?.find((c) => c.resourceType === 'Organization' && c.id === ref.slice(1))
      : undefined;
  const odsCode = org?.identifier?.find((i: Json) => i.system === ODS_CODE_SYSTEM)?.value;
  const phone = org?.telecom?.[0]?.value;
  if (!odsCode || !org?.name || !phone) return undefined;
  return { odsCode, name: org.name, phone, type: org.type?.[0]?.coding?.[0]?.code ?? '' };
}

/**
 * POST /Appointment as GP Connect books (gpc-appointments/CONTRACT.md, "Book"): a conformant Appointment for a known
 * patient, slots that exist (422 REFERENCE_NOT_FOUND), are adjacent in one schedule and spanned exactly by start and
 * end, in the future, at the slots' location, bookable by the booking organisation's type, and still free (409
 * DUPLICATE_REJECTED: there is no double booking).
 */
export function book(
  body: Json,
  world: GpcWorld,
  store: AppointmentStore,
  created: string,
  nhsNumberOf: (patientId: string) => string | undefined = (id) => id,
): Written | SandboxResponse {
  if (body?.resourceType !== 'Appointment' || !body.meta?.profile?.includes(APPOINTMENT_PROFILE))
    return invalid('The body must be a GPConnect-Appointment-1 Appointment');
  if (body.id !== undefined) return invalid('A new appointment has no id');
  if (body.status !== 'booked') return invalid('status must be booked');
  if (body.reason || body.specialty || (body.extension as Json[] | undefined)?.some((e) => e.url === CANCEL_URL))
    return invalid('reason, specialty and a cancellation reason may not be sent on a booking');
  const text = textProblem(body);
  if (text) return invalid(text);
  const organisation = bookingOrganisation(body);
  if (!organisation)
    return invalid(
      'The booking organisation (contained Organization with ODS code, name and telephone, named by the BookingOrganisation extension) is required',
    );
  const participants = (body.participant ?? []) as Json[];
  const patientRef = participants.map((p) => p.actor?.reference).find((r) => typeof r === 'string' && r.startsWith('Patient/')) as string | undefined;
  const locationRef = participants.map((p) => p.actor?.reference).find((r) => typeof r === 'string' && r.startsWith('Location/')) as string | undefined;
  if (!patientRef || !locationRef) return invalid('Patient and Location participants are required');
  // Route B names the patient by NHS number, route A by the GP system's logical id (from Find Patient).
  const nhsNumber = nhsNumberOf(patientRef.slice('Patient/'.length));
  if (nhsNumber === undefined) return gpcOutcome(404, 'PATIENT_NOT_FOUND');
  if (!isValidNhsNumber(nhsNumber)) return gpcOutcome(400, 'INVALID_NHS_NUMBER');
  const patient = world.patient(nhsNumber);
  if (patient.status !== 'normal' && patient.status !== 'dissented') return gpcOutcome(404, 'PATIENT_NOT_FOUND');

  const refs = ((body.slot ?? []) as Json[]).map((s) => String(s.reference ?? ''));
  if (refs.length === 0) return invalid('At least one slot is required');
  const slots: SlotDef[] = [];
  for (const ref of refs) {
    const slot = ref.startsWith('Slot/') ? slotById(ref.slice(5)) : undefined;
    if (!slot) return gpcOutcome(422, 'REFERENCE_NOT_FOUND', `Reference to ${ref} - no such slot exists at the server`);
    slots.push(slot);
  }
  slots.sort((a, b) => a.startMs - b.startMs);
  const first = slots[0] as SlotDef;
  const last = slots[slots.length - 1] as SlotDef;
  if (slots.some((s, i) => s.practice !== first.practice || s.schedule !== first.schedule || (i > 0 && s.startMs !== (slots[i - 1] as SlotDef).endMs))) {
    return invalid('The slots must be adjacent, in one schedule');
  }
  if (Date.parse(body.start) !== first.startMs || Date.parse(body.end) !== last.endMs)
    return invalid('start and end must be the start of the first slot and the end of the last');
  if (locationRef !== `Location/${locationId(first.practice)}`) return invalid('The Location participant must be the location of the slots');
  if (first.startMs <= Date.now()) return invalid('Only future appointments can be booked');
  if (practiceSwitchedOff(first.practice, 'appointments')) return gpcOutcome(403, 'ACCESS DENIED', 'The practice has disabled appointment booking');
  if (slots.some((s) => s.restrictedTo && s.restrictedTo !== organisation.type))
    return gpcOutcome(403, 'ACCESS DENIED', 'The slot is not bookable by this organisation type');
  if (slots.some((s) => store.isBooked(s.id))) return gpcOutcome(409, 'DUPLICATE_REJECTED', 'The slot is no longer free');
  const appointment = store.book(first.practice, nhsNumber, slots, { description: body.description, comment: body.comment }, organisation, created);
  return { status: 201, appointment };
}

/** The If-Match version, or the refusal: missing is BAD_REQUEST, stale is 409. */
function checkVersion(req: SandboxRequest, current: StoredAppointment): SandboxResponse | undefined {
  const ifMatch = header(req, 'if-match');
  if (!ifMatch) return gpcOutcome(400, 'BAD_REQUEST', 'If-Match is required on an update');
  return /^(?:W\/)?"(\d+)"$/.exec(ifMatch)?.[1] === String(current.version) ? undefined : versionConflict();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * PUT /Appointment/{id}, amend (update interaction: only description and comment may change; not cancelled, not past)
 * or cancel (cancel interaction: status cancelled with a reason and nothing else changed; a cancelled appointment is 409
 * ACCESS_DENIED and one already started is the platform's 461 on route B, 422 INVALID_RESOURCE on route A). Both under
 * If-Match.
 */
export function update(req: SandboxRequest, body: Json, current: StoredAppointment, resource: Json, cancel: boolean): Written | SandboxResponse {
  if (body?.resourceType !== 'Appointment' || body.id !== current.id) return invalid('The body must be the Appointment named in the URL');
  const versionProblem = checkVersion(req, current);
  if (versionProblem) return versionProblem;
  if (practiceSwitchedOff(current.practice, 'appointments')) return gpcOutcome(403, 'ACCESS DENIED', 'The practice has disabled appointment management');
  const unchanged = ['start', 'end', 'slot', 'participant'].every((k) => same(body[k], resource[k]));
  if (!unchanged) return invalid('Only description and comment may change (and status, to cancel)');
  const started = (current.slots[0]?.startMs ?? 0) <= Date.now();
  if (cancel) {
    const reason = (body.extension as Json[] | undefined)?.find((e) => e.url === CANCEL_URL)?.valueString;
    if (body.status !== 'cancelled' || typeof reason !== 'string' || reason.trim() === '')
      return invalid('A cancellation sets status cancelled and gives the cancellation reason');
    if (body.description !== resource.description || (body.comment ?? undefined) !== (resource.comment ?? undefined))
      return invalid('A cancellation may change nothing else');
    if (current.status === 'cancelled') return gpcOutcome(409, 'ACCESS_DENIED', 'Cannot cancel appointment: it is already cancelled');
    // Future appointments only. Route B's OAS answers a started one with its non-standard 461; route A's status table
    // has no 461, and GP Connect refuses it as it refuses an amendment of the past: 422 INVALID_RESOURCE.
    if (started) return req.sspRoot ? invalid('Only future appointments can be cancelled') : gpcOutcome(461, 'ACCESS_DENIED', 'Too late to cancel appointment');
    return { status: 200, appointment: { ...current, status: 'cancelled', cancellationReason: reason, version: current.version + 1 } };
  }
  if (body.status !== current.status) return invalid('An amendment may not change the status');
  if (current.status === 'cancelled') return invalid('A cancelled appointment cannot be amended');
  if (started) return invalid('Only future appointments can be amended');
  const text = textProblem(body);
  if (text) return invalid(text);
  return { status: 200, appointment: { ...current, description: body.description, comment: body.comment, version: current.version + 1 } };
}
