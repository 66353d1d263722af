import { fhirJson, type SandboxResponse } from '../../http.js';
import { APIM_ERROR_CODES_SYSTEM, ERS_STU3_ERROR_SYSTEM, HTTP_ERROR_CODES_SYSTEM } from '../../fhir-systems.js';

/*
 * The R4 endpoints' NHSDigital-OperationOutcome allows three systems (e-referrals-service-api.yaml,
 * components/r4/schemas/NHSDigital-OperationOutcome.yaml, `system` enum). Their status tables code REC_BAD_REQUEST,
 * REC_FORBIDDEN and REC_NOT_FOUND in http-error-codes, ACCESS_DENIED in APIM's, NO_RELATIONSHIP in ers-error-codes.
 */

/** An STU3 eRS-OperationOutcome-1 (code in eRS-APIErrorCode-1). */
export function stu3Outcome(status: number, code: string, issueType: string, diagnostics: string): SandboxResponse {
  return fhirJson(status, {
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/eRS-OperationOutcome-1'] },
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: issueType, details: { coding: [{ system: ERS_STU3_ERROR_SYSTEM, code, display: code }] }, diagnostics }],
  });
}

/** An R4 NHSDigital-OperationOutcome, which requires `meta.lastUpdated` (the R4 examples, e.g. NHSDigital-OperationOutcome-403.json). */
export function r4Outcome(status: number, code: string, issueType: string, diagnostics: string, system = HTTP_ERROR_CODES_SYSTEM): SandboxResponse {
  return fhirJson(status, {
    resourceType: 'OperationOutcome',
    meta: { lastUpdated: new Date().toISOString() },
    issue: [{ severity: 'error', code: issueType, details: { coding: [{ system, code }] }, diagnostics }],
  });
}

/** The platform's 401 on an R4 endpoint (components/r4/schemas/responses/Unauthorized.yaml). */
export const r4Unauthorised = (): SandboxResponse => r4Outcome(401, 'ACCESS_DENIED', 'forbidden', 'Invalid access token', APIM_ERROR_CODES_SYSTEM);

/** 403 in the outcome family of the endpoint's version: STU3 NO_ACCESS, R4 REC_FORBIDDEN (ForbiddenOrNoLR.yaml). */
export const forbidden = (path: string, why: string): SandboxResponse =>
  path.startsWith('/R4/') ? r4Outcome(403, 'REC_FORBIDDEN', 'forbidden', why) : stu3Outcome(403, 'NO_ACCESS', 'forbidden', why);
