import { correlationUuid } from '../../upstream/correlation.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { bundleResources, ODS_CODE_SYSTEM, type FhirBundle } from '../fhir.js';
import { INTERACTION_SYSTEM, PARTY_KEY_SYSTEM, type SdsDevice, type SdsEndpoint } from './wire.js';

export { correlationUuid };

/**
 * Typed calls to the Spine Directory Service FHIR R4 API (sds/CONTRACT.md). Each search takes one organisation and
 * one interaction: SDS reads the last value of a repeated parameter, so there is no multi-organisation search.
 */
export class SdsClient {
  constructor(private readonly http: UpstreamClient) {}

  /** MHS records (Endpoint) of an organisation for one interaction. An empty list when SDS has none. */
  async findEndpoints(odsCode: string, interaction: string, ctx: CallContext): Promise<SdsEndpoint[]> {
    const res = await this.http.request<FhirBundle<SdsEndpoint>>(
      'GET /Endpoint',
      {
        method: 'GET',
        path: '/Endpoint',
        idempotent: true,
        resourceType: 'Bundle',
        query: { organization: `${ODS_CODE_SYSTEM}|${odsCode}`, identifier: [`${INTERACTION_SYSTEM}|${interaction}`] },
      },
      { ...ctx, correlationId: correlationUuid(ctx.correlationId) },
    );
    return bundleResources(res.body);
  }

  /** Accredited systems (Device) of an organisation for one interaction, optionally of one party key. */
  async findDevices(odsCode: string, interaction: string, partyKey: string | undefined, ctx: CallContext): Promise<SdsDevice[]> {
    const identifier = [`${INTERACTION_SYSTEM}|${interaction}`];
    if (partyKey) identifier.push(`${PARTY_KEY_SYSTEM}|${partyKey}`);
    const res = await this.http.request<FhirBundle<SdsDevice>>(
      'GET /Device',
      { method: 'GET', path: '/Device', idempotent: true, resourceType: 'Bundle', query: { organization: `${ODS_CODE_SYSTEM}|${odsCode}`, identifier } },
      { ...ctx, correlationId: correlationUuid(ctx.correlationId) },
    );
    return bundleResources(res.body);
  }
}
