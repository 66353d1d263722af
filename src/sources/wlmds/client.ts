import { UpstreamError } from '../../errors.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext, UpstreamCall } from '../../upstream/types.js';
import { NHS_NUMBER_SYSTEM } from '../fhir.js';
import type { WlmdsUrlForm } from './wire.js';

/**
 * Typed calls to the Elective Waiting List (WLMDS) API (wlmds/CONTRACT.md). `query` is the spec's example call,
 * `{base}/patient?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{nhs}`; `path` is its path template appended to
 * the base, `{base}/elective-waiting-list/{nhs}`. Resolves with the body as sent: the mapper reads it tolerantly.
 */
export class WlmdsClient {
  constructor(
    private readonly http: UpstreamClient,
    private readonly urlForm: WlmdsUrlForm,
  ) {}

  async getWaitingList(nhsNumber: string, ctx: CallContext): Promise<unknown> {
    const call: UpstreamCall =
      this.urlForm === 'query'
        ? {
            method: 'GET',
            path: '/patient',
            query: { 'patient.identifier': `${NHS_NUMBER_SYSTEM}|${nhsNumber}` },
            accept: 'application/json',
            idempotent: true,
          }
        : { method: 'GET', path: `/elective-waiting-list/${nhsNumber}`, accept: 'application/json', idempotent: true };
    const route = this.urlForm === 'query' ? 'GET /patient?patient.identifier' : 'GET /elective-waiting-list/{nhs}';
    const res = await this.http.request<unknown>(route, call, ctx);
    // WLMDS answers plain JSON, never FHIR: a FHIR resource here is some other service's answer, not an empty list.
    if (typeof res.body === 'object' && res.body !== null && 'resourceType' in res.body) {
      throw new UpstreamError('WLMDS answered with a FHIR resource where a waiting list was expected', {
        upstream: { api: 'wlmds', status: res.status, requestId: res.requestId },
      });
    }
    return res.body;
  }
}
