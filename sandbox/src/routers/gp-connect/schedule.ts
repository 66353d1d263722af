import { toUkDateTime, ukWallClock } from '../../nhs/uk-time.js';
import { GP_NAMES } from './clinical-codes.js';
import type { PracticeInfo, Res } from './records.js';
import { randomFor } from './world.js';
import { ODS_CODE_SYSTEM, SDS_USER_ID_SYSTEM } from '../../fhir-systems.js';

interface Session {
  from: string;
  count: number;
  minutes: number;
  /** Bookable only by consumers of this organisation type (the demonstrator's evening slots for urgent care). */
  restrictedTo?: string;
}

export interface ScheduleDef {
  index: number;
  practitioner: { prefix: string; given: string; family: string; sdsUserId: string };
  role: readonly [code: string, display: string];
  serviceCategory: string;
  serviceType: string;
  channel: 'In-person' | 'Telephone' | 'Video';
  sessions: Session[];
}

export interface SlotDef {
  id: string;
  practice: string;
  schedule: number;
  date: string;
  start: string;
  end: string;
  startMs: number;
  endMs: number;
  restrictedTo: string | undefined;
}

const GP = ['R0260', 'General Medical Practitioner'] as const;
const NURSE = ['R0600', 'Specialist Nurse Practitioner'] as const;

/** A practice's three weekday schedules: GP surgery, nurse clinic, GP telephone; practitioners drawn per practice. */
export function schedulesFor(odsCode: string): ScheduleDef[] {
  const rng = randomFor(`schedules:${odsCode}`);
  const person = (pool: readonly (readonly [string, string, string])[]) => {
    const [prefix, given, family] = rng.pick(pool);
    return { prefix, given, family, sdsUserId: String(rng.int(100_000_000_000, 999_999_999_999)) };
  };
  const doctors = GP_NAMES.filter((n) => n[0] === 'Dr');
  const nurses = GP_NAMES.filter((n) => n[0] === 'Nurse');
  return [
    {
      index: 0,
      practitioner: person(doctors),
      role: GP,
      serviceCategory: 'General GP Appointments',
      serviceType: 'General GP Appointment',
      channel: 'In-person',
      sessions: [
        { from: '09:00', count: 9, minutes: 10 },
        { from: '17:00', count: 3, minutes: 10, restrictedTo: 'urgent-care' },
      ],
    },
    {
      index: 1,
      practitioner: person(nurses),
      role: NURSE,
      serviceCategory: 'Nurse Appointments',
      serviceType: 'Nurse Appointment',
      channel: 'In-person',
      sessions: [{ from: '14:00', count: 8, minutes: 15 }],
    },
    {
      index: 2,
      practitioner: person(doctors),
      role: GP,
      serviceCategory: 'General GP Appointments',
      serviceType: 'Telephone consultation',
      channel: 'Telephone',
      sessions: [{ from: '16:00', count: 6, minutes: 10 }],
    },
  ];
}

/** Every slot of a practice on a date (weekdays only), free or not. */
export function slotsOn(odsCode: string, date: string): SlotDef[] {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (day === 0 || day === 6) return [];
  return schedulesFor(odsCode).flatMap((schedule) =>
    schedule.sessions.flatMap((session) =>
      Array.from({ length: session.count }, (_, i) => {
        const start = new Date(ukWallClock(date, session.from).getTime() + i * session.minutes * 60_000);
        const end = new Date(start.getTime() + session.minutes * 60_000);
        const hhmm = toUkDateTime(start).slice(11, 16).replace(':', '');
        return {
          id: `${odsCode}-${date.replace(/-/g, '')}-${schedule.index}-${hhmm}`,
          practice: odsCode,
          schedule: schedule.index,
          date,
          start: toUkDateTime(start),
          end: toUkDateTime(end),
          startMs: start.getTime(),
          endMs: end.getTime(),
          restrictedTo: session.restrictedTo,
        };
      }),
    ),
  );
}

/** The slot a Slot id names, or undefined when no such slot exists. */
export function slotById(id: string): SlotDef | undefined {
  const match = /^([A-Z0-9]{3,10})-(\d{4})(\d{2})(\d{2})-\d-\d{4}$/.exec(id);
  if (!match) return undefined;
  return slotsOn(match[1] as string, `${match[2]}-${match[3]}-${match[4]}`).find((s) => s.id === id);
}

export const locationId = (odsCode: string) => `${odsCode}-L1`;
export const scheduleId = (odsCode: string, index: number) => `${odsCode}-S${index}`;
export const practitionerId = (odsCode: string, index: number) => `${odsCode}-P${index}`;

export function locationResource(practice: PracticeInfo): Res {
  return {
    resourceType: 'Location',
    id: locationId(practice.odsCode),
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1'] },
    name: practice.name,
    address: { line: practice.lines, city: practice.city, postalCode: practice.postcode },
    managingOrganization: { reference: `Organization/${practice.odsCode}`, identifier: { system: ODS_CODE_SYSTEM, value: practice.odsCode } },
  };
}

export function practiceResource(practice: PracticeInfo): Res {
  return {
    resourceType: 'Organization',
    id: practice.odsCode,
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1'] },
    identifier: [{ system: ODS_CODE_SYSTEM, value: practice.odsCode }],
    name: practice.name,
  };
}

export function practitionerResource(odsCode: string, schedule: ScheduleDef): Res {
  const p = schedule.practitioner;
  return {
    resourceType: 'Practitioner',
    id: practitionerId(odsCode, schedule.index),
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Practitioner-1'] },
    identifier: [{ system: SDS_USER_ID_SYSTEM, value: p.sdsUserId }],
    name: [{ family: p.family, given: [p.given], prefix: [p.prefix] }],
  };
}

export const roleExtension = (schedule: ScheduleDef) => ({
  url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1',
  valueCodeableConcept: {
    coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1', code: schedule.role[0], display: schedule.role[1] }],
  },
});

export const channelExtension = (schedule: ScheduleDef) => ({
  url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2',
  valueCode: schedule.channel,
});

export function scheduleResource(odsCode: string, schedule: ScheduleDef, horizon: { start: string; end: string }): Res {
  return {
    resourceType: 'Schedule',
    id: scheduleId(odsCode, schedule.index),
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Schedule-1'] },
    extension: [roleExtension(schedule)],
    serviceCategory: { text: schedule.serviceCategory },
    actor: [{ reference: `Location/${locationId(odsCode)}` }, { reference: `Practitioner/${practitionerId(odsCode, schedule.index)}` }],
    planningHorizon: horizon,
  };
}

export function slotResource(slot: SlotDef, schedule: ScheduleDef): Res {
  return {
    resourceType: 'Slot',
    id: slot.id,
    meta: { versionId: '1', profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1'] },
    extension: [channelExtension(schedule)],
    serviceType: [{ text: schedule.serviceType }],
    schedule: { reference: `Schedule/${scheduleId(slot.practice, slot.schedule)}` },
    status: 'free',
    start: slot.start,
    end: slot.end,
  };
}
