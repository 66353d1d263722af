import type { FhirCodeableConcept, FhirCoding, FhirIdentifier, FhirPeriod, FhirReference } from '../fhir.js';
import { BARS_MESSAGE_EVENT, BARS_MESSAGE_REASON, DOS_SERVICE_ID_SYSTEM, NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM } from '../fhir-systems.js';

/**
 * Booking and Referral Standard wire types (bars/CONTRACT.md, booking-and-referral-1.1.0.yaml): UK Core R4 resources
 * as receivers send them. Only the fields the graph reads are typed; everything else passes through in `resource`.
 */
export interface BarsServiceRequest {
  resourceType: 'ServiceRequest';
  id?: string;
  identifier?: FhirIdentifier[];
  status?: string;
  intent?: string;
  category?: FhirCodeableConcept[];
  subject?: FhirReference;
  occurrencePeriod?: FhirPeriod;
  authoredOn?: string;
  [key: string]: unknown;
}

export interface BarsAppointment {
  resourceType: 'Appointment';
  id?: string;
  status?: string;
  description?: string;
  start?: string;
  end?: string;
  created?: string;
  slot?: FhirReference[];
  basedOn?: FhirReference[];
  participant?: { actor?: FhirReference }[];
  [key: string]: unknown;
}

export interface BarsSlot {
  resourceType: 'Slot';
  id?: string;
  status?: string;
  start?: string;
  end?: string;
  schedule?: FhirReference;
  [key: string]: unknown;
}

export interface BarsMessageHeader {
  resourceType: 'MessageHeader';
  id?: string;
  eventCoding?: FhirCoding;
  reason?: FhirCodeableConcept;
  focus?: FhirReference[];
  response?: { identifier?: string; code?: string };
  [key: string]: unknown;
}

export type BarsResource = BarsServiceRequest | BarsAppointment | BarsSlot | BarsMessageHeader | { resourceType: string; id?: string; [key: string]: unknown };

/**
 * A BaRS Bundle. Receivers are heterogeneous: searchsets put resources under `entry[].resource`, but the contract's
 * own ServiceRequest search example puts them straight in `entry[]`; both are read.
 */
export interface BarsBundle {
  resourceType: 'Bundle';
  id?: string;
  type?: string;
  entry?: ({ fullUrl?: string; resource?: BarsResource } & Partial<BarsResource>)[];
}

export const BARS = {
  /** The API version this graph speaks; BaRS selects it from the Accept header, never the path. */
  version: '1.1.0',
  eventSystem: BARS_MESSAGE_EVENT,
  reasonSystem: BARS_MESSAGE_REASON,
  odsSystem: ODS_CODE_SYSTEM,
  nhsNumberSystem: NHS_NUMBER_SYSTEM,
  dosServiceSystem: DOS_SERVICE_ID_SYSTEM,
} as const;
