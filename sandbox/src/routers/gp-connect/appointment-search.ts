import { addDays, daysBetween, ukWallClock } from '../../nhs/uk-time.js';
import { fhirJson, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { AppointmentStore, StoredAppointment } from './appointment-store.js';
import { gpcOutcome } from './outcome.js';
import type { PracticeInfo, Res } from './records.js';
import { locationResource, practiceResource, practitionerResource, scheduleResource, schedulesFor, slotResource, slotsOn } from './schedule.js';
import { practiceSwitchedOff, type GpcWorld } from './world.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}$/;
export const ODS_FILTER = 'https://fhir.nhs.uk/Id/ods-organization-code|';
const TYPE_FILTER = 'https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1|';
const SLOT_WINDOW_DAYS = 14;

interface Bound {
  date: string;
  ms: number;
}

/** A search bound `ge…`/`le…`: a date (the whole day) or, when allowed, a date-time with its UK offset. */
function bound(value: string | undefined, prefix: 'ge' | 'le', allowTime: boolean): Bound | undefined {
  if (!value?.startsWith(prefix)) return undefined;
  const v = value.slice(2);
  if (DATE.test(v)) return { date: v, ms: (prefix === 'ge' ? ukWallClock(v, '00:00') : ukWallClock(addDays(v, 1), '00:00')).getTime() };
  if (allowTime && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))) return { date: v.slice(0, 10), ms: Date.parse(v) };
  return undefined;
}

/** The practice a search is addressed to (searchFilter with its ODS code), or the refusal. */
export function practiceOf(req: SandboxRequest, world: GpcWorld): string | SandboxResponse {
  const filter = req.query.getAll('searchFilter').find((f) => f.startsWith(ODS_FILTER));
  if (!filter) return gpcOutcome(422, 'INVALID_PARAMETER', 'searchFilter with the practice ODS code is required');
  return servedPractice(filter.slice(ODS_FILTER.length).toUpperCase(), world);
}

/** The practice's code when its system serves appointments, or the refusal. */
export function servedPractice(ods: string, world: GpcWorld): string | SandboxResponse {
  if (!world.practices.has(ods)) return gpcOutcome(404, 'ORGANISATION_NOT_FOUND');
  if (practiceSwitchedOff(ods, 'appointments')) return gpcOutcome(403, 'ACCESS DENIED', 'The practice has disabled appointment booking');
  return ods;
}

const bundle = (entries: Res[]) => ({ resourceType: 'Bundle', type: 'searchset', total: entries.length, entry: entries.map((resource) => ({ resource })) });

/**
 * GET /Slot: `start=ge…` once, `end=le…` once, at most 14 days apart; `status=free` and `_include=Slot:schedule`
 * mandatory. Only free slots wholly inside the window, in the future, and bookable by the consumer's organisation type.
 */
export function searchSlots(
  req: SandboxRequest,
  store: AppointmentStore,
  practiceInfo: (ods: string) => PracticeInfo,
  practice: string | SandboxResponse,
): SandboxResponse {
  const starts = req.query.getAll('start');
  const ends = req.query.getAll('end');
  const from = starts.length === 1 ? bound(starts[0], 'ge', true) : undefined;
  const to = ends.length === 1 ? bound(ends[0], 'le', true) : undefined;
  if (!from || !to) return gpcOutcome(422, 'INVALID_PARAMETER', 'start=ge<date> and end=le<date> are each required once');
  if (from.ms > to.ms) return gpcOutcome(422, 'INVALID_PARAMETER', 'start is after end');
  if (daysBetween(from.date, to.date) > SLOT_WINDOW_DAYS)
    return gpcOutcome(422, 'INVALID_PARAMETER', `The search window may not exceed ${SLOT_WINDOW_DAYS} days`);
  if (req.query.get('status') !== 'free') return gpcOutcome(422, 'INVALID_PARAMETER', 'status=free is required');
  if (!req.query.getAll('_include').includes('Slot:schedule')) return gpcOutcome(422, 'INVALID_PARAMETER', '_include=Slot:schedule is required');
  if (typeof practice !== 'string') return practice;
  const consumerType = req.query
    .getAll('searchFilter')
    .find((f) => f.startsWith(TYPE_FILTER))
    ?.slice(TYPE_FILTER.length);
  const now = Date.now();
  const slots = [];
  for (let d = 0; d <= daysBetween(from.date, to.date); d++) {
    for (const slot of slotsOn(practice, addDays(from.date, d))) {
      const bookable = !slot.restrictedTo || slot.restrictedTo === consumerType;
      if (bookable && slot.startMs >= from.ms && slot.endMs <= to.ms && slot.startMs > now && !store.isBooked(slot.id)) slots.push(slot);
    }
  }
  const schedules = schedulesFor(practice);
  const used = [...new Set(slots.map((s) => s.schedule))].sort();
  const recurse = req.query.getAll('_include:recurse');
  const info = practiceInfo(practice);
  const horizon = { start: starts[0]?.slice(2) ?? '', end: ends[0]?.slice(2) ?? '' };
  const entries: Res[] = [
    ...slots.map((s) => slotResource(s, schedules[s.schedule] as (typeof schedules)[number])),
    ...used.map((i) => scheduleResource(practice, schedules[i] as (typeof schedules)[number], horizon)),
    ...(recurse.includes('Schedule:actor:Practitioner') ? used.map((i) => practitionerResource(practice, schedules[i] as (typeof schedules)[number])) : []),
    ...(recurse.includes('Schedule:actor:Location') && used.length > 0 ? [locationResource(info)] : []),
    ...(recurse.includes('Location:managingOrganization') && used.length > 0 ? [practiceResource(info)] : []),
  ];
  return fhirJson(200, { ...bundle(entries), total: slots.length });
}

/**
 * Two `start` bounds (`ge…` and `le…`, dates only), as a patient's (and a practice's) appointment search takes them.
 * With `notBefore` (route A's patient search: "no part of the range in the past", gpc-appointments/CONTRACT.md), a
 * window that starts before that date is 422 INVALID_PARAMETER, as GP Connect's error table gives for past dates.
 */
export function appointmentWindow(req: SandboxRequest, notBefore?: string): { from: Bound; to: Bound } | SandboxResponse {
  const starts = req.query.getAll('start');
  const from = bound(
    starts.find((s) => s.startsWith('ge')),
    'ge',
    false,
  );
  const to = bound(
    starts.find((s) => s.startsWith('le')),
    'le',
    false,
  );
  if (starts.length !== 2 || !from || !to) return gpcOutcome(422, 'INVALID_PARAMETER', 'start=ge<yyyy-mm-dd> and start=le<yyyy-mm-dd> are both required');
  if (from.ms > to.ms) return gpcOutcome(422, 'INVALID_PARAMETER', 'The start of the window is after its end');
  if (notBefore !== undefined && from.date < notBefore) return gpcOutcome(422, 'INVALID_PARAMETER', 'No part of the search window may be in the past');
  return { from, to };
}

/**
 * Appointments starting inside the window, with the Locations and Practitioners asked for by _include:recurse, unless
 * `includes` is false (route A's patient search takes no `_include:recurse`, gpconnect-swagger.yaml: it is not honoured).
 */
export function appointmentBundle(
  req: SandboxRequest,
  appointments: StoredAppointment[],
  window: { from: Bound; to: Bound },
  store: AppointmentStore,
  practiceInfo: (ods: string) => PracticeInfo,
  patientId?: (nhsNumber: string) => string,
  includes = true,
): unknown {
  const inWindow = appointments.filter((a) => (a.slots[0]?.startMs ?? 0) >= window.from.ms && (a.slots[0]?.startMs ?? 0) < window.to.ms);
  inWindow.sort((a, b) => (a.slots[0]?.startMs ?? 0) - (b.slots[0]?.startMs ?? 0));
  const recurse = includes ? req.query.getAll('_include:recurse') : [];
  const included = new Map<string, Res>();
  for (const a of inWindow) {
    const schedule = schedulesFor(a.practice)[a.slots[0]?.schedule ?? 0];
    if (recurse.includes('Appointment:actor:Location')) included.set(`L:${a.practice}`, locationResource(practiceInfo(a.practice)));
    if (schedule && recurse.includes('Appointment:actor:Practitioner'))
      included.set(`P:${a.practice}:${schedule.index}`, practitionerResource(a.practice, schedule));
  }
  const entries = [...inWindow.map((a) => store.toResource(a, patientId)), ...included.values()];
  return { ...bundle(entries), total: inWindow.length };
}
