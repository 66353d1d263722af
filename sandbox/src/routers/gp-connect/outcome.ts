import { fhirJson, type SandboxResponse } from '../../http.js';
import { SPINE_ERROR_SYSTEM_STU3 as GPC_SYSTEM } from '../../fhir-systems.js';

const OUTCOME_PROFILE = 'https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1';

/** The FHIR issue type GP Connect pairs with each Spine code (development_fhir_error_handling_guidance). */
const ISSUE_TYPES: Record<string, string> = {
  BAD_REQUEST: 'invalid',
  INVALID_NHS_NUMBER: 'value',
  INVALID_PARAMETER: 'invalid',
  INVALID_RESOURCE: 'invalid',
  INVALID_IDENTIFIER_VALUE: 'value',
  REFERENCE_NOT_FOUND: 'invalid',
  PATIENT_NOT_FOUND: 'not-found',
  NO_RECORD_FOUND: 'not-found',
  ORGANISATION_NOT_FOUND: 'not-found',
  NO_PATIENT_CONSENT: 'forbidden',
  'ACCESS DENIED': 'forbidden',
  ACCESS_DENIED: 'forbidden',
  DUPLICATE_REJECTED: 'duplicate',
};

const DISPLAYS: Record<string, string> = {
  BAD_REQUEST: 'Bad request',
  INVALID_NHS_NUMBER: 'Invalid NHS number',
  INVALID_PARAMETER: 'Submitted parameter is not valid.',
  INVALID_RESOURCE: 'Submitted resource is not valid.',
  REFERENCE_NOT_FOUND: 'Reference not found',
  PATIENT_NOT_FOUND: 'Patient not found',
  NO_RECORD_FOUND: 'No record found',
  ORGANISATION_NOT_FOUND: 'Organisation record not found',
  NO_PATIENT_CONSENT: 'Patient has not provided consent to share data',
  'ACCESS DENIED': 'Access denied',
  ACCESS_DENIED: 'Access denied',
  DUPLICATE_REJECTED: 'Create would lead to creation of a duplicate resource',
};

/** A GPConnect-OperationOutcome-1 with the Spine code in details.coding (as the spec site's examples carry it). */
export function gpcOutcome(status: number, code: string, diagnostics?: string): SandboxResponse {
  return fhirJson(status, {
    resourceType: 'OperationOutcome',
    meta: { profile: [OUTCOME_PROFILE] },
    issue: [
      {
        severity: 'error',
        code: ISSUE_TYPES[code] ?? 'processing',
        details: { coding: [{ system: GPC_SYSTEM, code, display: DISPLAYS[code] ?? code }] },
        ...(diagnostics ? { diagnostics } : {}),
      },
    ],
  });
}

/** A version conflict on a conditional update: 409 with the FHIR issue type only (GP Connect names no Spine code). */
export function versionConflict(): SandboxResponse {
  return fhirJson(409, {
    resourceType: 'OperationOutcome',
    meta: { profile: [OUTCOME_PROFILE] },
    issue: [{ severity: 'error', code: 'conflict', diagnostics: 'The If-Match version does not match the current version of the appointment' }],
  });
}

/** The Spine Secure Proxy's own refusal: the HTTP status as the code, the reason in display and diagnostics. */
export function sspRefusal(reason: string): SandboxResponse {
  return fhirJson(403, {
    resourceType: 'OperationOutcome',
    issue: [
      {
        code: 'forbidden',
        severity: 'error',
        details: { coding: [{ code: '403', display: reason, system: 'http://fhir.nhs.net/ValueSet/gpconnect-schedule-response-code-1-0' }] },
        diagnostics: reason,
      },
    ],
  });
}
