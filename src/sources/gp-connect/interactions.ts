/**
 * The Ssp-InteractionID of each GP Connect call the graph makes (gpc-structured, gpc-documents and gpc-appointments
 * CONTRACT.md). Each call sends exactly its own: providers refuse a request whose interaction does not match.
 */
export const INTERACTIONS = {
  getStructuredRecord: 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1',
  findDocumentsPatient: 'urn:nhs:names:services:gpconnect:documents:fhir:rest:search:patient-1',
  searchDocuments: 'urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1',
  readBinary: 'urn:nhs:names:services:gpconnect:documents:fhir:rest:read:binary-1',
  searchSlots: 'urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1',
  bookAppointment: 'urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1',
  readAppointment: 'urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1',
  amendAppointment: 'urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1',
  cancelAppointment: 'urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1',
  patientAppointments: 'urn:nhs:names:services:gpconnect:fhir:rest:search:patient_appointments-1',
  /** Foundations, at the appointments service root (route A): the GP system's logical id of a patient, and back. */
  findPatient: 'urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1',
  readPatient: 'urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1',
  /** Not in any GP Connect contract: the embedded platform's search of one practice's appointments (docs/gp-connect.md). */
  practiceAppointments: 'urn:nhs-graph:embedded:gpconnect:search:practice_appointments',
} as const;

export type Interaction = (typeof INTERACTIONS)[keyof typeof INTERACTIONS];

/** GP Connect wants FHIR JSON with the charset spelled out, both ways. */
export const GPC_MEDIA_TYPE = 'application/fhir+json;charset=utf-8';

/** The headers every GP Connect call carries besides what UpstreamClient and GpConnectAuth add. */
export function gpcHeaders(interaction: Interaction): Record<string, string> {
  return { 'ssp-interactionid': interaction };
}
