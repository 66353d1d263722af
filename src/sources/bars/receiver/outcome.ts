import type { ServerResponse } from 'node:http';

/** The BaRS error codes the graph's own $process-message answers with (bars/CONTRACT.md, "Errors": the REC_ family). */
export type ReceiverErrorCode =
  | 'REC_BAD_REQUEST'
  | 'REC_UNAUTHORIZED'
  | 'REC_FORBIDDEN'
  | 'REC_NOT_ACCEPTABLE'
  | 'REC_CONFLICT'
  | 'REC_UNPROCESSABLE_ENTITY'
  | 'REC_SERVER_ERROR';

const STATUS: Record<ReceiverErrorCode, number> = {
  REC_BAD_REQUEST: 400,
  REC_UNAUTHORIZED: 401,
  REC_FORBIDDEN: 403,
  REC_NOT_ACCEPTABLE: 406,
  REC_CONFLICT: 409,
  REC_UNPROCESSABLE_ENTITY: 422,
  REC_SERVER_ERROR: 500,
};
const ISSUE_TYPE: Record<ReceiverErrorCode, string> = {
  REC_BAD_REQUEST: 'invalid',
  REC_UNAUTHORIZED: 'security',
  REC_FORBIDDEN: 'forbidden',
  REC_NOT_ACCEPTABLE: 'not-supported',
  // The spec's example 409-REC_CONFLICT-duplicate.json: a message already processed.
  REC_CONFLICT: 'duplicate',
  REC_UNPROCESSABLE_ENTITY: 'business-rule',
  REC_SERVER_ERROR: 'exception',
};

/**
 * The UK Core OperationOutcome BaRS answers errors with (the shape of the spec's examples1.1.0/OperationOutcome/REC/
 * files): the code in issue[0].details.coding[0], system http-error-codes. A receiver answers REC_* codes: the proxy
 * relays them to the sender as the receiver's. `diagnostics` never quotes the request.
 */
export function receiverOutcome(code: ReceiverErrorCode, diagnostics: string): { status: number; body: Record<string, unknown> } {
  return {
    status: STATUS[code],
    body: {
      resourceType: 'OperationOutcome',
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome'] },
      issue: [
        { severity: 'error', code: ISSUE_TYPE[code], details: { coding: [{ system: 'https://fhir.nhs.uk/Codesystem/http-error-codes', code }] }, diagnostics },
      ],
    },
  };
}

/** Sends a FHIR JSON answer, with the caller's ids mirrored as the spec asks. Never cached: it may carry personal data. */
export function sendFhir(res: ServerResponse, status: number, body: unknown, mirrored: Record<string, string>): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/fhir+json');
  res.setHeader('cache-control', 'no-store');
  for (const [name, value] of Object.entries(mirrored)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}
