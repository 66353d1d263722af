import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { encodePrescriptionId } from '../../nhs/prescription-id.js';
import { sessionHeaders, sessionOf, type EpsSession } from './session.js';
import type { TrackerBundle } from './wire.js';

/** Typed calls to the Clinical Prescription Tracker API (eps-tracker/CONTRACT.md). Ids are validated by the caller. */
export class TrackerClient {
  constructor(
    private readonly http: UpstreamClient,
    private readonly session: EpsSession,
  ) {}

  /** A patient's prescriptions (summaries), the last two years by default. No results is an empty searchset. */
  async searchByNhsNumber(nhsNumber: string, ctx: CallContext): Promise<TrackerBundle> {
    const res = await this.http.request<TrackerBundle>(
      'GET /RequestGroup?nhsNumber',
      { method: 'GET', path: '/RequestGroup', query: { nhsNumber }, headers: sessionHeaders(sessionOf(ctx, this.session)), idempotent: true },
      ctx,
    );
    return res.body;
  }

  /** One prescription's clinical view; `issueNumber` picks the instance of a repeat-dispensing prescription. */
  async getPrescription(prescriptionId: string, issueNumber: number | undefined, ctx: CallContext): Promise<TrackerBundle> {
    const res = await this.http.request<TrackerBundle>(
      'GET /RequestGroup/{prescriptionId}',
      {
        method: 'GET',
        // `+` is a valid check character: encoded, or it arrives as a space and fails the checksum.
        path: `/RequestGroup/${encodePrescriptionId(prescriptionId)}`,
        query: { issueNumber },
        headers: sessionHeaders(sessionOf(ctx, this.session)),
        idempotent: true,
      },
      ctx,
    );
    return res.body;
  }
}
