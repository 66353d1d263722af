import type { FhirCodeableConcept, FhirCoding, FhirExtension, FhirIdentifier } from '../fhir.js';
import { EPS_MESSAGE_EVENT, EPS_RETURN_REASON, EPS_WITHDRAW_REASON, MEDICATION_REQUEST_STATUS_HISTORY } from '../fhir-systems.js';

/** EPS FHIR Prescribing / Dispensing APIs (eps/CONTRACT.md): the message shapes the graph reads or builds. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}

export interface MessageHeader extends FhirResource {
  resourceType: 'MessageHeader';
  eventCoding?: FhirCoding;
}

export interface MessageBundle {
  resourceType: 'Bundle';
  id?: string;
  type?: string;
  identifier?: FhirIdentifier;
  entry?: { fullUrl?: string; resource?: FhirResource }[];
  [key: string]: unknown;
}

export interface ParametersResource {
  resourceType: 'Parameters';
  id?: string;
  parameter?: { name: string; valueString?: string; valueCode?: string; valueIdentifier?: FhirIdentifier; resource?: FhirResource }[];
}

export interface EpsOperationOutcome {
  resourceType: 'OperationOutcome';
  issue?: { severity?: string; code?: string; diagnostics?: string; details?: { coding?: FhirCoding[] } }[];
  contained?: FhirResource[];
}

export interface MedicationRequestLike extends FhirResource {
  groupIdentifier?: FhirIdentifier;
  subject?: { identifier?: FhirIdentifier; reference?: string };
  statusReason?: FhirCodeableConcept;
  extension?: FhirExtension[];
  medicationCodeableConcept?: FhirCodeableConcept;
  dispenseRequest?: { quantity?: { value?: number; unit?: string } };
  dosageInstruction?: { text?: string }[];
}

/** MessageHeader.eventCoding codes: which operation a $process-message Bundle asks for. */
export const EVENT = {
  order: 'prescription-order',
  orderUpdate: 'prescription-order-update',
  dispenseNotification: 'dispense-notification',
} as const;
export type MessageEvent = (typeof EVENT)[keyof typeof EVENT];

export const MESSAGE_EVENT_SYSTEM = EPS_MESSAGE_EVENT;
export const STATUS_HISTORY_SYSTEM = MEDICATION_REQUEST_STATUS_HISTORY;
export const STATUS_HISTORY_EXTENSION = 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-PrescriptionStatusHistory';
export const RFC4122_SYSTEM = 'https://tools.ietf.org/html/rfc4122';
export const RETURN_REASON_SYSTEM = EPS_RETURN_REASON;
export const WITHDRAW_REASON_SYSTEM = EPS_WITHDRAW_REASON;
