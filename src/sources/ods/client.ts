import { cacheLifetimeMs, SingleFlight, type SharedCache } from '../../cache/index.js';
import type { UpstreamClient } from '../../upstream/client.js';
import { UpstreamError } from '../../errors.js';
import type { CallContext, QueryValue, UpstreamResponse } from '../../upstream/types.js';
import { bundleResources, type FhirBundle } from '../fhir.js';
import { isPrimaryRole, lookupCode } from './terminology.js';
import { ORGANISATION_CODE_SYSTEM, ROLE_CODE_SYSTEM, type OdsLookup, type OdsOrganization } from './wire.js';

export interface OdsSearchParams {
  name?: string;
  nameContains?: string;
  postcode?: string;
  city?: string;
  roles?: string[];
  active?: boolean;
}

/** An answer that is not the record asked for: never an empty list or NOT_FOUND, always UPSTREAM_ERROR. */
function notAsked(res: UpstreamResponse<unknown>, what: string): UpstreamError {
  return new UpstreamError(`ODS answered with ${what}`, { upstream: { api: 'ods', status: res.status, requestId: res.requestId } });
}

/** Codes per `_id` search: keeps URLs short and pages well under the 10 MB response limit. */
export const ODS_BATCH_SIZE = 100;

/** ODS data changes daily (ods/CONTRACT.md): nothing is kept longer than a day. */
export const ODS_MAX_AGE_SECONDS = 24 * 3600;

/** The cross-request cache of ODS answers: organisations are public reference data, shared by every caller. */
export interface OdsCacheSettings {
  cache: SharedCache;
  /** Longest an answer is kept, in seconds (the upstream's Cache-Control max-age when shorter). */
  maxAgeSeconds: number;
}

/**
 * Typed calls to the ODS Organisation Data Terminology FHIR R4 API (ods/CONTRACT.md). With a cache, organisations are
 * kept per code (whichever call read them) and searches per query, and concurrent identical reads share one call.
 */
export class OdsClient {
  private readonly flight = new SingleFlight<unknown>();

  constructor(
    private readonly http: UpstreamClient,
    private readonly caching?: OdsCacheSettings,
  ) {}

  /** One organisation by code. An answer for another code (asked Y12345, answered RR8) is UPSTREAM_ERROR. */
  async getOrganisation(odsCode: string, ctx: CallContext): Promise<OdsOrganization> {
    const read = async () => {
      const res = await this.http.request<OdsOrganization>(
        'GET /Organization/{id}',
        { method: 'GET', path: `/Organization/${encodeURIComponent(odsCode)}`, idempotent: true, resourceType: 'Organization' },
        ctx,
      );
      if (res.body.id?.toUpperCase() !== odsCode.toUpperCase()) throw notAsked(res, 'an organisation other than the one asked for');
      return res;
    };
    return this.cached(`org:${odsCode.toUpperCase()}`, read);
  }

  /**
   * Whether a role is a primary role, from the ODSOrganisationRole CodeSystem (ods/CONTRACT.md: "Which role is primary is
   * not on the Organization: look the role up in the ODSOrganisationRole CodeSystem"). Reference data: cached.
   */
  async isPrimaryRole(roleCode: string, ctx: CallContext): Promise<boolean> {
    const lookup = await this.cached(`role:${roleCode.toUpperCase()}`, () => this.lookup(ROLE_CODE_SYSTEM, roleCode, ctx));
    return isPrimaryRole(lookup);
  }

  /** The ods-organization-code concept of an organisation: its related entities and succession. */
  lookupOrganisation(odsCode: string, ctx: CallContext): Promise<OdsLookup> {
    return this.cached(`lookup:${odsCode.toUpperCase()}`, () => this.lookup(ORGANISATION_CODE_SYSTEM, odsCode, ctx));
  }

  /** `GET /CodeSystem/?system=…&code=…&property=*`; an answer about another code is UPSTREAM_ERROR. */
  private async lookup(system: string, code: string, ctx: CallContext): Promise<UpstreamResponse<OdsLookup>> {
    const res = await this.http.request<OdsLookup>(
      'GET /CodeSystem/',
      { method: 'GET', path: '/CodeSystem/', query: { system, code, property: '*' }, idempotent: true, resourceType: 'Parameters' },
      ctx,
    );
    if (lookupCode(res.body)?.toUpperCase() !== code.toUpperCase()) throw notAsked(res, 'a concept other than the one asked for');
    return res;
  }

  /** A cached answer, or one read shared by every concurrent caller of the same key and then kept. */
  private async cached<T>(key: string, read: () => Promise<UpstreamResponse<T>>): Promise<T> {
    if (!this.caching) return (await read()).body;
    const hit = await this.caching.cache.get<T>(key);
    if (hit !== undefined) return hit;
    return this.flight.run(key, async () => {
      const res = await read();
      await this.keep(key, res.body, res);
      return res.body;
    }) as Promise<T>;
  }

  private async keep(key: string, value: unknown, res: UpstreamResponse<unknown>): Promise<void> {
    if (!this.caching) return;
    await this.caching.cache.set(key, value, cacheLifetimeMs(res.headers['cache-control'], this.caching.maxAgeSeconds));
  }

  /**
   * Several organisations in one call: `_id` with comma-separated codes is FHIR's OR, which the HAPI server behind the
   * API honours. Codes ODS does not know are simply absent from the answer.
   */
  async getOrganisations(odsCodes: readonly string[], ctx: CallContext): Promise<OdsOrganization[]> {
    const found: OdsOrganization[] = [];
    const missing: string[] = [];
    for (const code of odsCodes) {
      const hit = this.caching ? await this.caching.cache.get<OdsOrganization>(`org:${code.toUpperCase()}`) : undefined;
      if (hit) found.push(hit);
      else missing.push(code);
    }
    if (missing.length === 0) return found;
    const res = await this.http.request<FhirBundle<OdsOrganization>>(
      'GET /Organization?_id',
      { method: 'GET', path: '/Organization', idempotent: true, resourceType: 'Bundle', query: { _id: missing.join(','), _count: missing.length } },
      ctx,
    );
    const asked = new Set(missing.map((c) => c.toUpperCase()));
    if (res.body.type !== 'searchset') throw notAsked(res, `a ${String(res.body.type)} Bundle where a searchset was expected`);
    const fetched = bundleResources(res.body);
    if (fetched.some((org) => !asked.has(org.id?.toUpperCase()))) throw notAsked(res, 'organisations other than those asked for');
    await Promise.all(fetched.map((org) => this.keep(`org:${org.id.toUpperCase()}`, org, res)));
    return [...found, ...fetched];
  }

  async searchOrganisations(params: OdsSearchParams, count: number, offset: number, ctx: CallContext): Promise<FhirBundle<OdsOrganization>> {
    const key = `search:${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}:${count}:${offset}`;
    return this.cached(key, () => this.search(params, { _count: count, _offset: offset || undefined }, ctx));
  }

  /** How many organisations match: `_summary=count`, the only total ODS gives (a page's Bundle carries none). */
  async countOrganisations(params: OdsSearchParams, ctx: CallContext): Promise<number> {
    const key = `count:${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`;
    const bundle = await this.cached(key, () => this.search(params, { _summary: 'count' }, ctx));
    if (typeof bundle.total !== 'number') throw new UpstreamError('ODS answered _summary=count without a total', { upstream: { api: 'ods', status: 200 } });
    return bundle.total;
  }

  private async search(params: OdsSearchParams, paging: Record<string, QueryValue>, ctx: CallContext): Promise<UpstreamResponse<FhirBundle<OdsOrganization>>> {
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
          ...paging,
        },
      },
      ctx,
    );
    if (res.body.type !== 'searchset') throw notAsked(res, `a ${String(res.body.type)} Bundle where a searchset was expected`);
    return res;
  }
}
