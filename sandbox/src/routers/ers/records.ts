import type { Population, SyntheticOrganisation, SyntheticPatient } from '../../population.js';
import { Random } from '../../random.js';

/**
 * The embedded e-RS's seeded referrals: about a third of the synthetic population has one or two, made by the
 * patient's GP practice to a service at one of the trusts ODS knows. Derived from the population with e-RS's own
 * seed, so the same on every machine and without touching the population's draws.
 */
export interface SeededService {
  id: string;
  name: string;
  specialty: string;
  siteOdsCode: string;
  providerOdsCode: string;
}
export interface SeededAttachment {
  id: string;
  title: string;
  availability: 'AVAILABLE' | 'PENDING';
  created: string;
  attachedByOdsCode: string;
}
export interface SeededAppointment {
  id: string;
  /** `proposed`: booking deferred to the provider (A016 with a reason, no slot). */
  status: 'booked' | 'cancelled' | 'proposed';
  start: string;
  end: string;
  created: string;
  /** Null for a deferral, which books no slot. */
  slotId: string | null;
  serviceId: string;
  ubrn: string;
  /** A deferral's eRS-ReviewReason-1 code and comment. */
  reason?: string;
  comment?: string;
  nhsNumber: string;
  /** Booked referrals embed their appointment as e-RS does; cancelled ones only reference it (read with A038). */
  embedded: boolean;
}
export interface SeededReferral {
  ubrn: string;
  nhsNumber: string;
  referrerOdsCode: string;
  service: SeededService;
  shortlist: SeededService[];
  priority: 'ROUTINE' | 'URGENT' | 'TWO_WEEK_WAIT';
  state: string;
  /** Why it is in its state, when e-RS says (a deferral's eRS-ReviewReason-1 code). */
  stateReason?: string;
  version: number;
  created: string;
  attachments: SeededAttachment[];
  appointment: SeededAppointment | null;
}
export interface ErsRecords {
  referrals: Map<string, SeededReferral>;
  services: Map<string, SeededService>;
  appointments: Map<string, SeededAppointment>;
  /** Organisations with seeded referrals: their worklists come from these; others get the contract's examples. */
  organisations: Set<string>;
}

const SEED = 0x3e25;
export const SPECIALTIES = ['CARDIOLOGY', 'DERMATOLOGY', 'ENT', 'GASTROENTEROLOGY', 'ORTHOPAEDICS', 'UROLOGY', 'NEUROLOGY', 'GYNAECOLOGY'] as const;
const STATES = [
  'NOT_BOOKED',
  'BOOKED',
  'BOOKED',
  'AWAITING_TRIAGE',
  'DEFERRED_TO_PROVIDER',
  'APPT_CANCELLED_BY_PATIENT',
  'REJECTED',
  'TRIAGE_RESPONSE',
  'CANCELLED_REFERRAL',
  'DID_NOT_ATTEND',
  'ASSESSMENT_RESULT',
];
const PRIORITIES = ['ROUTINE', 'ROUTINE', 'URGENT', 'TWO_WEEK_WAIT'] as const;
const CENSUS = Date.parse('2026-11-20T09:00:00Z');
const DAY_MS = 86_400_000;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
function titleCase(s: string): string {
  return s.charAt(0) + s.slice(1).toLowerCase();
}

/** Services at every trust with a 3-character code (whose sites are the code plus two characters): one per specialty. */
function seedServices(trusts: SyntheticOrganisation[]): SeededService[] {
  return trusts.flatMap((trust, t) =>
    SPECIALTIES.map((specialty, s) => ({
      id: String(30000 + t * 100 + s),
      name: `${titleCase(specialty)} Service ${trust.name}`.slice(0, 80),
      specialty,
      siteOdsCode: `${trust.odsCode}01`,
      providerOdsCode: trust.odsCode,
    })),
  );
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function seedReferral(rng: Random, patient: SyntheticPatient, index: number, k: number, services: SeededService[]): SeededReferral {
  const ubrn = `2${pad(index, 9)}${pad(k, 2)}`;
  const service = rng.pick(services);
  const others = services.filter((s) => s.specialty === service.specialty && s.id !== service.id);
  const shortlist = [service, ...(others.length > 0 && rng.chance(0.5) ? [rng.pick(others)] : [])];
  const state = rng.pick(STATES);
  const created = CENSUS - rng.int(1, 120) * DAY_MS;
  const attachments = Array.from({ length: rng.int(0, 2) }, (_, a) => ({
    id: `${ubrn}${a}`,
    title: a === 0 ? 'referral-letter.pdf' : 'results.pdf',
    availability: rng.chance(0.85) ? ('AVAILABLE' as const) : ('PENDING' as const),
    created: iso(created).slice(0, 10),
    attachedByOdsCode: patient.gpOdsCode,
  }));
  let appointment: SeededAppointment | null = null;
  if (state === 'BOOKED' || state === 'APPT_CANCELLED_BY_PATIENT') {
    const start = created + rng.int(7, 60) * DAY_MS;
    appointment = {
      id: `7${ubrn.slice(1)}`,
      status: state === 'BOOKED' ? 'booked' : 'cancelled',
      start: iso(start),
      end: iso(start + 15 * 60_000),
      created: iso(created + 60_000),
      slotId: `${service.id}${pad(rng.int(1, 999), 3)}`,
      serviceId: service.id,
      ubrn,
      nhsNumber: patient.nhsNumber,
      embedded: state === 'BOOKED',
    };
  }
  return {
    ubrn,
    nhsNumber: patient.nhsNumber,
    referrerOdsCode: patient.gpOdsCode,
    service,
    shortlist,
    priority: rng.pick(PRIORITIES),
    state,
    version: rng.int(1, 9),
    created: iso(created),
    attachments,
    appointment,
  };
}

/** Seeds e-RS from the population. Pure: the same population gives the same referrals. */
export function seedErsRecords(population: Population): ErsRecords {
  const rng = new Random(SEED);
  const trusts = population.organisations.filter((o) => o.kind === 'trust' && o.odsCode.length === 3);
  const services = seedServices(trusts);
  const referrals = new Map<string, SeededReferral>();
  const appointments = new Map<string, SeededAppointment>();
  const organisations = new Set<string>();
  population.patients.forEach((patient, index) => {
    if (!rng.chance(0.3)) return;
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const referral = seedReferral(rng, patient, index, k, services);
      referrals.set(referral.ubrn, referral);
      if (referral.appointment) appointments.set(referral.appointment.id, referral.appointment);
      organisations.add(referral.referrerOdsCode).add(referral.service.providerOdsCode);
    }
  });
  return { referrals, services: new Map(services.map((s) => [s.id, s])), appointments, organisations };
}
