/**
 * The elements FHIR itself makes mandatory (cardinality 1..1 or 1..*), by resource type, from the resource definitions
 * of FHIR R4 (hl7.org/fhir/R4) and STU3 (hl7.org/fhir/STU3) where the two agree; choice elements (`medication[x]`) are
 * left out. An answer shaped like a spec example must carry these where the example does (test/support/openapi.ts).
 */
export const FHIR_MANDATORY: Record<string, readonly string[]> = {
  Bundle: ['type'],
  OperationOutcome: ['issue'],
  List: ['status', 'mode'],
  AllergyIntolerance: ['patient'],
  MedicationStatement: ['status', 'subject'],
  MedicationRequest: ['intent', 'subject'],
  MedicationDispense: ['status'],
  Condition: ['subject'],
  Immunization: ['status', 'vaccineCode', 'patient'],
  Encounter: ['status'],
  Observation: ['status', 'code'],
  DiagnosticReport: ['status', 'code'],
  ProcedureRequest: ['status', 'intent', 'code', 'subject'],
  ReferralRequest: ['status', 'intent', 'subject'],
  DocumentReference: ['status', 'content'],
  Binary: ['contentType'],
  Slot: ['schedule', 'status', 'start', 'end'],
  Schedule: ['actor'],
  Appointment: ['status', 'participant'],
  RequestGroup: ['status', 'intent'],
  Task: ['status', 'intent'],
  CodeSystem: ['status', 'content'],
};

/** Mandatory elements of the data types and backbone elements a resource holds, by the element's name. */
export const FHIR_MANDATORY_ELEMENTS: Record<string, readonly string[]> = {
  extension: ['url'],
  modifierExtension: ['url'],
  text: ['status', 'div'],
  link: ['relation', 'url'],
  issue: ['severity', 'code'],
  participant: ['status'],
  content: ['attachment'],
};
