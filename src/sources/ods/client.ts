import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { bundleResources, type FhirBundle } from '../fhir.js';
import type { OdsOrganization } from './wire.js';

export interface OdsSearchParams {
  name?: string;
  nameContains?: string;
  postcode?: string;
  city?: string;
  roles?: string[];
  active?: boolean;
}

/** Codes per `_id` search: keeps URLs short and pages well under the 10 MB response limit. */
export const ODS_BATCH_SIZE = 100;

/** Typed calls to the ODS Organisation Data Terminology FHIR R4 API (ods/CONTRACT.md). */
export class OdsClient {
  constructor(private readonly http: UpstreamClient) {}

  async getOrganisation(odsCode: string, ctx: CallContext): Promise<OdsOrganization> {
    const res = await this.http.request<OdsOrganization>('GET /Organization/{id}', { method: 'GET', path: `/Organization/${encodeURIComponent(odsCode)}`, idempotent: true, resourceType: 'Organization' }, ctx);
    return res.body;
  }

  /**
   * Several organisations in one call: `_id` with comma-separated codes is FHIR's OR, which the HAPI server behind the
   * API honours. Codes ODS does not know are simply absent from the answer.
   */
  async getOrganisations(odsCodes: readonly string[], ctx: CallContext): Promise<OdsOrganization[]> {
    const res = await this.http.request<FhirBundle<OdsOrganization>>(
      'GET /Organization?_id',
      { method: 'GET', path: '/Organization', idempotent: true, resourceType: 'Bundle', query: { _id: odsCodes.join(','), _count: odsCodes.length } },
      ctx,
    );
    return bundleResources(res.body);
  }

  async searchOrganisations(params: OdsSearchParams, count: number, offset: number, ctx: CallContext): Promise<FhirBundle<OdsOrganization>> {
    const res = await this.http.request<FhirBundle<OdsOrganization>>(
      'GET /Organization',
      {
        method: 'GET',
        path: '/Organization',
        idempotent: true,
        resourceType: 'Bundle',
        query: {
          name: params.name,
          'name:contains': params.nameContains,
          'address-postalcode': params.postcode,
          'address-city': params.city,
          roleCode: params.roles?.length ? params.roles.join(',') : undefined,
          active: params.active,
          _count: count,
          _offset: offset || undefined,
        },
      },
      ctx,
    );
    return res.body;
  }
}
