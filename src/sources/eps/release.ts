import { UpstreamError } from '../../errors.js';
import type { WriteResult } from './client.js';
import { mapRelease, type ReleaseModel } from './mapper.js';
import type { ParametersResource } from './wire.js';

/**
 * The Task/$release answer, mapped, for a release of one prescription (`asked`) or a nominated download (none). A
 * release of one prescription that passes any other is UPSTREAM_ERROR: it is not the record that was asked for.
 */
export function checkedRelease(res: WriteResult<ParametersResource>, asked: string | undefined): ReleaseModel {
  const model = mapRelease(res.body, res.requestId);
  const others = asked === undefined ? [] : model.released.filter((r) => r.prescriptionId !== asked);
  if (others.length > 0) {
    throw new UpstreamError(`EPS Dispensing answered ${res.status} releasing another prescription than the one asked`, {
      reason: 'WRONG_ANSWER',
      upstream: { api: 'eps-dispensing', status: res.status, requestId: res.requestId },
    });
  }
  return model;
}
