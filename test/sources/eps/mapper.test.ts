import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { mapCancellation, mapPrepared, mapRelease } from '../../../src/sources/eps/mapper.js';
import { epsError, holderOf } from '../../../src/sources/eps/outcomes.js';
import type { MessageBundle, ParametersResource } from '../../../src/sources/eps/wire.js';

const example = <T>(path: string) => loadFixture<T>(`eps/specification/examples/${path}.json`);
const RID = '0b9a2a16-6a8d-4f57-9d7c-4a0c8c1c3f01';

describe('EPS mappers', () => {
  it('reads the digest, timestamp and algorithm of the $prepare example', () => {
    const p = example<ParametersResource>('spec/prepare/eRD-primary-example-res');
    const m = mapPrepared(p, RID);
    expect(m.digest).toMatch(/^PFNpZ25lZEluZm8/);
    expect(Buffer.from(m.digest, 'base64').toString()).toContain('<SignedInfo');
    expect(m).toMatchObject({ timestamp: '2022-10-21T13:47:00+00:00', algorithm: 'RS1', requestId: RID });
    expect(m.resource).toBe(p);
  });

  it('maps the release example: one passed prescription with its items, and the failed one with its Spine code', () => {
    const m = mapRelease(example<ParametersResource>('spec/dispensing/release/acute-primary-example-res'), RID);
    expect(m.released).toHaveLength(1);
    expect(m.released[0]).toMatchObject({ prescriptionId: '24F5DA-A83008-7EFE6Z', nhsNumber: '9449304130' });
    expect(m.released[0]!.lineItems).toHaveLength(4);
    expect(m.released[0]!.lineItems[0]).toMatchObject({ medication: 'Amoxicillin 250mg capsules', quantity: 20 });
    expect(m.failed).toEqual([{ prescriptionId: expect.any(String), code: 'INVALID_VALUE', display: 'Signature is invalid.' }]);
  });

  it.each([
    ['spec/prescribing/prescription-order-update/repeat-primary-example-res', 'R-0001', true],
    ['spec/errors/prescription-order-update/R-0002-Cancellation', 'R-0002', false],
    ['spec/errors/prescription-order-update/R-0004-Cancellation', 'R-0004', false],
  ])('reads the cancellation outcome of %s', (path, code, cancelled) => {
    const m = mapCancellation(example<MessageBundle>(path), RID);
    expect(m).toMatchObject({ code, cancelled, requestId: RID });
    expect(m.prescriptionId).toMatch(/^[A-F0-9]{6}-/);
  });
});

describe('epsError', () => {
  const info = { api: 'eps-dispensing', status: 400, requestId: RID };
  it.each([
    ['spec/errors/release/with-another-dispenser-error', 'CONFLICT', 'PRESCRIPTION_WITH_ANOTHER_DISPENSER'],
    ['spec/errors/release/not-found-error', 'NOT_FOUND', 'RESOURCE_NOT_FOUND'],
    ['errors/1-Process-Response-Send-400_INVALID_CHECKSUM', 'BAD_USER_INPUT', 'FAILURE_TO_PROCESS_MESSAGE'],
    ['errors/2-Prepare-Response-400_Invalid_Course_of_Therapy_mixed', 'BAD_USER_INPUT', 'INVALID_VALUE'],
    ['spec/errors/prescription-order-update/R-0008-Cancellation', 'NOT_FOUND', 'R-0008'],
    ['spec/errors/prescription-order-update/R-5000-Cancellation', 'BAD_USER_INPUT', 'R-5000'],
  ])('maps %s to %s with reason %s', (path, code, reason) => {
    const error = epsError('EPS Dispensing', info, example(path));
    expect(error.extensions.code).toBe(code);
    expect(error.extensions.reason).toBe(reason);
    expect(error.extensions.upstream).toMatchObject({ api: 'eps-dispensing', status: 400, issueCode: reason, requestId: RID });
  });

  it('names the pharmacy holding the prescription, and nothing personal', () => {
    const body = example('spec/errors/release/with-another-dispenser-error');
    expect(holderOf(body)).toBe('VNFKT');
    expect(epsError('EPS Dispensing', info, body).message).toContain('VNFKT');
  });

  it.each([
    [401, 'UPSTREAM_ERROR'],
    [403, 'FORBIDDEN'],
    [500, 'UPSTREAM_ERROR'],
    [504, 'UPSTREAM_TIMEOUT'],
  ])('maps an HTTP %i without an EPS code by status to %s', (status, code) => {
    expect(epsError('EPS', { api: 'eps-prescribing', status }, { resourceType: 'OperationOutcome', issue: [{ code: 'processing' }] }).extensions.code).toBe(
      code,
    );
  });
});
