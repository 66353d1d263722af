import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { encodePrescriptionId } from '../../nhs/prescription-id.js';
import { sessionHeaders, sessionOf } from './session.js';
import type { TrackerBundle } from './wire.js';

/** The creation dates a search covers (ISO dates, inclusive); either end open. */
export interface TrackerWindow {
  from?: string | undefined;
  to?: string | undefined;
}

/** An ISO date (2026-12-06) as the tracker's `lowDate` / `highDate` want it: yyyyMMdd. */
const trackerDate = (iso: string | undefined) => (iso ? iso.slice(0, 10).replace(/-/g, '') : undefined);

/**
 * Typed calls to the Clinical Prescription Tracker API (eps-tracker/CONTRACT.md), in the signed-in worker's CIS2
 * session (FORBIDDEN without one). Ids are validated by the caller. An answer that is not a Bundle is UPSTREAM_ERROR.
 */
export class TrackerClient {
  constructor(private readonly http: UpstreamClient) {}

  /**
   * A patient's prescriptions (summaries) created within the window: `lowDate` / `highDate` when bounded, else the
   * tracker's default of the last two years. No paging: every match comes in one searchset; none is `total: 0`.
   */
  async searchByNhsNumber(nhsNumber: string, window: TrackerWindow, ctx: CallContext): Promise<TrackerBundle> {
    const res = await this.http.request<TrackerBundle>(
      'GET /RequestGroup?nhsNumber',
      {
        method: 'GET',
        path: '/RequestGroup',
        query: { nhsNumber, lowDate: trackerDate(window.from), highDate: trackerDate(window.to) },
        headers: sessionHeaders(sessionOf(ctx)),
        idempotent: true,
        resourceType: 'Bundle',
      },
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
        headers: sessionHeaders(sessionOf(ctx)),
        idempotent: true,
        resourceType: 'Bundle',
      },
      ctx,
    );
    return res.body;
  }
}
