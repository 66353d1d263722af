import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../src/errors.js';
import { refineGpConnectError, type GpcOperation } from '../../../src/sources/gp-connect/errors.js';
import { errorFromStatus } from '../../../src/upstream/operation-outcome.js';

/** What the graph makes of a GP Connect answer: the generic status mapping, refined by the GP Connect tables. */
function mapped(status: number, issueCode: string, operation: GpcOperation = 'read') {
  const error = refineGpConnectError(errorFromStatus({ api: 'gpc-appointments', requestId: 'r', status, issueCode }, 'GP Connect'), operation) as GraphError;
  return { code: error.code, reason: error.extensions.reason };
}

describe('refineGpConnectError', () => {
  it.each([
    [400, 'INVALID_NHS_NUMBER', 'read', 'BAD_USER_INPUT', 'INVALID_NHS_NUMBER'],
    [400, 'INVALID_IDENTIFIER_VALUE', 'read', 'BAD_USER_INPUT', 'INVALID_IDENTIFIER_VALUE'],
    [400, 'BAD_REQUEST', 'read', 'UPSTREAM_ERROR', undefined],
    [403, 'NO_PATIENT_CONSENT', 'read', 'FORBIDDEN', undefined],
    [403, 'ACCESS DENIED', 'read', 'FORBIDDEN', undefined],
    [403, 'NO_ORGANISATION_CONSENT', 'read', 'FORBIDDEN', undefined],
    [403, '403', 'read', 'UPSTREAM_ERROR', undefined],
    [403, 'ASID_CHECK_FAILED_MESSAGESENDER_1', 'read', 'UPSTREAM_ERROR', undefined],
    [404, 'PATIENT_NOT_FOUND', 'read', 'NOT_FOUND', undefined],
    [404, 'NO_RECORD_FOUND', 'read', 'NOT_FOUND', undefined],
    [404, 'INVALID_PARAMETER', 'read', 'BAD_USER_INPUT', 'INVALID_PARAMETER'],
    [409, 'DUPLICATE_REJECTED', 'create', 'CONFLICT', 'DUPLICATE_REJECTED'],
    [409, '', 'conditional-update', 'VERSION_CONFLICT', 'STALE_VERSION'],
    [409, 'ACCESS_DENIED', 'conditional-update', 'CONFLICT', 'APPOINTMENT_NOT_CHANGEABLE'],
    [461, 'ACCESS_DENIED', 'conditional-update', 'CONFLICT', 'TOO_LATE_TO_CANCEL'],
    [422, 'INVALID_RESOURCE', 'create', 'BAD_USER_INPUT', 'INVALID_RESOURCE'],
    [422, 'REFERENCE_NOT_FOUND', 'create', 'BAD_USER_INPUT', 'REFERENCE_NOT_FOUND'],
    [500, 'INTERNAL_SERVER_ERROR', 'read', 'UPSTREAM_ERROR', undefined],
  ] as const)('%i %s on %s is %s', (status, code, operation, graphCode, reason) => {
    expect(mapped(status, code, operation)).toEqual({ code: graphCode, reason });
  });
});
