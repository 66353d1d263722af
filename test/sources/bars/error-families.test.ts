import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../src/errors.js';
import { barsFamily, withBarsFamily } from '../../../src/sources/bars/error-families.js';
import { errorFromStatus } from '../../../src/upstream/operation-outcome.js';

const failed = (status: number, issueCode?: string): GraphError =>
  errorFromStatus({ api: 'bars', status, requestId: 'r-1', ...(issueCode ? { issueCode } : {}) }, 'BaRS');

describe('BaRS error families', () => {
  it.each([
    ['SEND_BAD_REQUEST', 'SEND'],
    ['SEND_TOO_MANY_REQUESTS', 'SEND'],
    ['REC_CONFLICT', 'REC'],
    ['PROXY_NOT_FOUND', 'PROXY'],
    ['PROXY_BAD_REQUEST', 'PROXY'],
    ['NOT_FOUND', 'PROXY'],
    ['BAD_REQUEST', 'PROXY'],
  ])('%s is the %s family', (code, family) => {
    expect(barsFamily(code)).toBe(family);
  });

  it('has no family for other codes or none', () => {
    expect(barsFamily(undefined)).toBeUndefined();
    expect(barsFamily('processing')).toBeUndefined();
  });

  it.each([
    [400, 'SEND_BAD_REQUEST', 'UPSTREAM_ERROR'],
    [400, 'PROXY_BAD_REQUEST', 'UPSTREAM_ERROR'],
    [400, 'BAD_REQUEST', 'UPSTREAM_ERROR'],
    [401, 'SEND_UNAUTHORIZED', 'UPSTREAM_ERROR'],
    [403, 'SEND_FORBIDDEN', 'FORBIDDEN'],
    [405, 'SEND_METHOD_NOT_ALLOWED', 'UPSTREAM_ERROR'],
    [406, 'SEND_NOT_ACCEPTABLE', 'UPSTREAM_ERROR'],
    [429, 'SEND_TOO_MANY_REQUESTS', 'RATE_LIMITED'],
    [429, 'PROXY_TOO_MANY_REQUESTS', 'RATE_LIMITED'],
    [404, 'PROXY_NOT_FOUND', 'NOT_FOUND'],
    [404, 'NOT_FOUND', 'NOT_FOUND'],
    [400, 'REC_BAD_REQUEST', 'BAD_USER_INPUT'],
    [422, 'REC_UNPROCESSABLE_ENTITY', 'BAD_USER_INPUT'],
    [404, 'REC_NOT_FOUND', 'NOT_FOUND'],
    [408, 'REC_TIMEOUT', 'UPSTREAM_TIMEOUT'],
    [409, 'REC_CONFLICT', 'CONFLICT'],
    [500, 'REC_SERVER_ERROR', 'UPSTREAM_ERROR'],
    [501, 'REC_NOT_IMPLEMENTED', 'UPSTREAM_ERROR'],
    [503, 'REC_SERVICE_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
  ])('%i %s becomes %s with its family kept', (status, code, graphCode) => {
    const mapped = withBarsFamily(failed(status, code));
    expect(mapped.code).toBe(graphCode);
    expect(mapped.extensions.upstream).toMatchObject({ api: 'bars', status, issueCode: code, family: barsFamily(code), requestId: 'r-1' });
  });

  it('keeps the reason of a receiver refusing content and leaves codeless failures as the status says', () => {
    expect(withBarsFamily(failed(422, 'REC_UNPROCESSABLE_ENTITY')).extensions.reason).toBe('REC_UNPROCESSABLE_ENTITY');
    const codeless = failed(504);
    expect(withBarsFamily(codeless)).toBe(codeless);
  });
});
