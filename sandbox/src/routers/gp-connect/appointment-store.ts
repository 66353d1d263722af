import { addDays, toUkDateTime } from '../../nhs/uk-time.js';
import type { PracticeInfo, Res } from './records.js';
import { channelExtension, locationId, practitionerId, roleExtension, schedulesFor, slotsOn, type SlotDef } from './schedule.js';
import { randomFor, type GpcWorld } from './world.js';
import { GPC_ORGANISATION_TYPE_SYSTEM, ODS_CODE_SYSTEM } from '../../fhir-systems.js';

export interface BookingOrganisation {
  odsCode: string;
  name: string;
  type: string;
  phone: string;
}

export interface StoredAppointment {
  id: string;
  version: number;
  practice: string;
  nhsNumber: string;
  slots: SlotDef[];
  status: string;
  description: string;
  comment: string | undefined;
  created: string;
  cancellationReason: string | undefined;
  booking: BookingOrganisation;
}

const DESCRIPTIONS = ['Medication review', 'Blood pressure check', 'Asthma review', 'Follow-up consultation', 'Minor illness', 'Diabetes review'];
/** Seeded appointments fall this many days either side of the sandbox's today. */
const SEED_DAYS = 21;

/**
 * The embedded platform's appointment book. Each practice's seeded appointments are made the first time anything
 * touches the practice (from its own Random, so the order of requests never changes them); bookings, amendments and
 * cancellations then persist for the sandbox's lifetime. A slot holds at most one active appointment.
 */
export class AppointmentStore {
  private readonly byId = new Map<string, StoredAppointment>();
  private readonly bySlot = new Map<string, string>();
  private readonly byPatient = new Map<string, string[]>();
  private readonly byPractice = new Map<string, string[]>();
  private readonly seeded = new Set<string>();
  private readonly sequence = new Map<string, number>();

  constructor(
    private readonly world: GpcWorld,
    private readonly today: string,
    private readonly practiceInfo: (odsCode: string) => PracticeInfo,
  ) {}

  get(id: string): StoredAppointment | undefined {
    const practice = /^([A-Z0-9]{3,10})-\d+$/.exec(id)?.[1] ?? (id === '1' ? 'Y12345' : undefined);
    if (practice) this.ensurePractice(practice);
    return this.byId.get(id);
  }

  forPatient(nhsNumber: string, practice: string): StoredAppointment[] {
    if (practice) this.ensurePractice(practice);
    return (this.byPatient.get(nhsNumber) ?? []).map((id) => this.byId.get(id) as StoredAppointment);
  }

  forPractice(odsCode: string): StoredAppointment[] {
    this.ensurePractice(odsCode);
    return (this.byPractice.get(odsCode) ?? []).map((id) => this.byId.get(id) as StoredAppointment);
  }

  isBooked(slotId: string): boolean {
    return this.bySlot.has(slotId);
  }

  /** Books the slots; the caller has checked they are free. */
  book(
    practice: string,
    nhsNumber: string,
    slots: SlotDef[],
    text: { description: string; comment?: string },
    booking: BookingOrganisation,
    created: string,
    id?: string,
  ): StoredAppointment {
    this.ensurePractice(practice);
    const appointment: StoredAppointment = {
      id: id ?? this.nextId(practice),
      version: 1,
      practice,
      nhsNumber,
      slots,
      status: 'booked',
      description: text.description,
      comment: text.comment,
      created,
      cancellationReason: undefined,
      booking,
    };
    this.add(appointment);
    return appointment;
  }

  /** Stores a new version of an appointment; a cancellation frees its slots. */
  save(appointment: StoredAppointment): void {
    this.byId.set(appointment.id, appointment);
    if (appointment.status === 'cancelled') for (const s of appointment.slots) if (this.bySlot.get(s.id) === appointment.id) this.bySlot.delete(s.id);
  }

  private add(a: StoredAppointment): void {
    this.byId.set(a.id, a);
    if (a.status !== 'cancelled') for (const s of a.slots) this.bySlot.set(s.id, a.id);
    this.byPatient.set(a.nhsNumber, [...(this.byPatient.get(a.nhsNumber) ?? []), a.id]);
    this.byPractice.set(a.practice, [...(this.byPractice.get(a.practice) ?? []), a.id]);
  }

  private nextId(practice: string): string {
    const n = (this.sequence.get(practice) ?? 0) + 1;
    this.sequence.set(practice, n);
    return `${practice}-${n}`;
  }

  /** Seeds a practice's appointments once: 0 to 4 for each of its patients (sensitive ones excluded) around today. */
  private ensurePractice(odsCode: string): void {
    if (this.seeded.has(odsCode) || !this.world.practices.has(odsCode)) return;
    this.seeded.add(odsCode);
    const rng = randomFor(`appointments:${odsCode}`);
    const booking = { odsCode, name: this.practiceInfo(odsCode).name, type: 'gp-practice', phone: this.practiceInfo(odsCode).phone };
    const patients = this.world
      .patientsAt(odsCode)
      .filter((p) => !p.restricted)
      .map((p) => p.nhsNumber);
    if (odsCode === 'Y12345') patients.unshift('9000000009');
    const now = Date.now();
    for (const nhsNumber of patients) {
      const count = rng.int(0, 4);
      for (let k = 0; k < count; k++) {
        const date = addDays(this.today, rng.int(-SEED_DAYS, SEED_DAYS));
        const candidates = slotsOn(odsCode, date).filter((s) => !s.restrictedTo);
        const slot = candidates.length > 0 ? rng.pick(candidates) : undefined;
        const cancelled = rng.chance(0.1);
        const description = rng.pick(DESCRIPTIONS);
        if (!slot || this.bySlot.has(slot.id)) continue;
        const created = toUkDateTime(new Date(slot.startMs - rng.int(1, 20) * 86_400_000));
        // The platform sandbox's test appointment id for 9000000009 (gpc-appointments/CONTRACT.md) is "1".
        const id = nhsNumber === '9000000009' && !this.byId.has('1') ? '1' : undefined;
        const a = this.book(odsCode, nhsNumber, [slot], { description }, booking, created, id);
        if (cancelled) this.save({ ...a, status: 'cancelled', cancellationReason: 'Patient request', version: 2 });
        else if (slot.endMs < now) this.save({ ...a, status: rng.chance(0.9) ? 'fulfilled' : 'noshow' });
      }
    }
  }

  /**
   * The STU3 Appointment of a stored appointment (profile GPConnect-Appointment-1). `patientId` names the patient as the
   * route asked: their NHS number on the platform's route B, the GP system's logical id on route A.
   */
  toResource(a: StoredAppointment, patientId: (nhsNumber: string) => string = (n) => n): Res {
    const schedule = schedulesFor(a.practice)[a.slots[0]?.schedule ?? 0];
    const first = a.slots[0] as SlotDef;
    const last = a.slots[a.slots.length - 1] as SlotDef;
    return {
      resourceType: 'Appointment',
      id: a.id,
      meta: { versionId: String(a.version), profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1'] },
      contained: [
        {
          resourceType: 'Organization',
          id: '1',
          meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1'] },
          identifier: [{ system: ODS_CODE_SYSTEM, value: a.booking.odsCode }],
          type: [{ coding: [{ system: GPC_ORGANISATION_TYPE_SYSTEM, code: a.booking.type }] }],
          name: a.booking.name,
          telecom: [{ system: 'phone', value: a.booking.phone }],
        },
      ],
      extension: [
        { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1', valueReference: { reference: '#1' } },
        ...(schedule ? [roleExtension(schedule), channelExtension(schedule)] : []),
        ...(a.cancellationReason
          ? [{ url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1', valueString: a.cancellationReason }]
          : []),
      ],
      status: a.status,
      ...(schedule ? { serviceCategory: { text: schedule.serviceCategory }, serviceType: [{ text: schedule.serviceType }] } : {}),
      description: a.description,
      start: first.start,
      end: last.end,
      minutesDuration: Math.round((last.endMs - first.startMs) / 60_000),
      slot: a.slots.map((s) => ({ reference: `Slot/${s.id}` })),
      created: a.created,
      ...(a.comment ? { comment: a.comment } : {}),
      participant: [
        { actor: { reference: `Patient/${patientId(a.nhsNumber)}` }, status: 'accepted' },
        { actor: { reference: `Location/${locationId(a.practice)}` }, status: 'accepted' },
        { actor: { reference: `Practitioner/${practitionerId(a.practice, first.schedule)}` }, status: 'accepted' },
      ],
    };
  }
}
