import type { Population } from '../../population.js';
import { Random } from '../../random.js';
import { DOS_SERVICE_ID_SYSTEM, NHS_NUMBER_SYSTEM as NHS_NUMBER } from '../../fhir-systems.js';

/**
 * What the embedded BaRS receivers hold, per target (`system|value`): ServiceRequests and Appointments (seeded for a
 * share of the population at the contract's DoS service, then whatever `$process-message` delivers) and the ids of the
 * message Bundles each has processed, so a resent message is recognised and never applied twice.
 */
export interface ReceiverStore {
  serviceRequests: Map<string, Record<string, unknown>>;
  appointments: Map<string, Record<string, unknown>>;
  processed: Set<string>;
}

export const DEFAULT_TARGET = 'https://fhir.nhs.uk/Id/dos-service-id|2000072489';
const SEED = 0xba25;

/** A v4-shaped UUID from the seeded generator, so seeded ids are the same on every machine. */
export function seededUuid(rng: Random): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[rng.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function serviceRequest(id: string, nhsNumber: string, authoredOn: string): Record<string, unknown> {
  return {
    resourceType: 'ServiceRequest',
    id,
    meta: { lastUpdated: authoredOn, profile: ['https://fhir.nhs.uk/StructureDefinition/BARSServiceRequest-request-referral'] },
    status: 'active',
    intent: 'plan',
    category: [{ coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/message-category-servicerequest', code: 'referral', display: 'Transfer of Care' }] }],
    subject: { identifier: { system: NHS_NUMBER, value: nhsNumber } },
    authoredOn,
  };
}

function appointment(id: string, nhsNumber: string, serviceRequestId: string, start: number): Record<string, unknown> {
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
  return {
    resourceType: 'Appointment',
    id,
    meta: { lastUpdated: iso(start - 86_400_000), profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Appointment'] },
    status: 'booked',
    description: 'Booked through BaRS',
    start: iso(start),
    end: iso(start + 10 * 60_000),
    created: iso(start - 86_400_000),
    basedOn: [{ reference: `ServiceRequest/${serviceRequestId}`, type: 'ServiceRequest' }],
    participant: [{ actor: { identifier: { system: NHS_NUMBER, value: nhsNumber } }, status: 'accepted' }],
  };
}

/** Seeds the contract's DoS service: a referral for about a fifth of the population, booked for half of those. Pure. */
export function seedReceivers(population: Population): Map<string, ReceiverStore> {
  const rng = new Random(SEED);
  const store: ReceiverStore = { serviceRequests: new Map(), appointments: new Map(), processed: new Set() };
  const census = Date.parse('2026-11-20T09:00:00Z');
  for (const patient of population.patients) {
    if (!rng.chance(0.2)) continue;
    const id = seededUuid(rng);
    const authored = census - rng.int(1, 60) * 86_400_000;
    store.serviceRequests.set(id, serviceRequest(id, patient.nhsNumber, new Date(authored).toISOString().replace('.000Z', '+00:00')));
    if (rng.chance(0.5)) {
      const apptId = seededUuid(rng);
      store.appointments.set(apptId, appointment(apptId, patient.nhsNumber, id, authored + rng.int(2, 20) * 86_400_000 + rng.int(0, 31) * 15 * 60_000));
    }
  }
  return new Map([[DEFAULT_TARGET, store]]);
}

/** The patient a stored resource names by NHS number (seeded ones by subject, appointments by participant). */
export function nhsNumberOf(resource: Record<string, unknown>): string | undefined {
  const subject = (resource.subject as { identifier?: { system?: string; value?: string } } | undefined)?.identifier;
  if (subject?.system === NHS_NUMBER) return subject.value;
  const participants = (resource.participant as { actor?: { identifier?: { system?: string; value?: string } } }[] | undefined) ?? [];
  return participants.map((p) => p.actor?.identifier).find((i) => i?.system === NHS_NUMBER)?.value;
}

/** A fortnight of 15-minute slots from 09:00 on 2026-11-26, six a day, every third one busy: the same for every target. */
export function generatedSlots(targetValue: string): Record<string, unknown>[] {
  const day0 = Date.parse('2026-11-26T09:00:00Z');
  const slots: Record<string, unknown>[] = [];
  for (let d = 0; d < 14; d++) {
    for (let s = 0; s < 6; s++) {
      const start = day0 + d * 86_400_000 + s * 15 * 60_000;
      const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
      slots.push({
        resourceType: 'Slot',
        id: `${targetValue}-${d}-${s}`,
        meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Slot'] },
        schedule: { reference: `Schedule/${targetValue}` },
        status: (d * 6 + s) % 3 === 2 ? 'busy' : 'free',
        start: iso(start),
        end: iso(start + 15 * 60_000),
      });
    }
  }
  return slots;
}

/** What a Slot search's required `_include`s add: the target's Schedule and the HealthcareService it is for. */
export function slotIncludes(targetValue: string): Record<string, unknown>[] {
  return [
    {
      resourceType: 'Schedule',
      id: targetValue,
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Schedule'] },
      active: true,
      actor: [{ reference: `HealthcareService/${targetValue}` }],
    },
    {
      resourceType: 'HealthcareService',
      id: targetValue,
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-HealthcareService'] },
      identifier: [{ system: DOS_SERVICE_ID_SYSTEM, value: targetValue }],
      active: true,
      name: `Receiving service ${targetValue}`,
    },
  ];
}
