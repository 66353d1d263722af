import { BadUserInputError, UpstreamError, UpstreamUnavailableError } from '../../errors.js';
import { endUserOdsCode } from '../end-user-ods.js';
import type { UpstreamClient } from '../../upstream/client.js';
import { errorFromStatus, isOperationOutcome, outcomeCode } from '../../upstream/operation-outcome.js';
import type { CallContext } from '../../upstream/types.js';
import type { FhirBundle } from '../fhir.js';
import type { JsonPatchOperation, PdsPatient, PdsRelatedPerson } from './wire.js';
import { traceableId } from '../../ids.js';

export interface PdsSearchParams {
  family?: string;
  given?: string[];
  gender?: string;
  /** PDS form: eq|ge|le + yyyy-mm-dd, repeatable. */
  birthdate?: string[];
  /** PDS form: eq|ge|le + yyyy-mm-dd; two values for a range. */
  deathDate?: string[];
  postcode?: string;
  generalPractitioner?: string;
  email?: string;
  phone?: string;
  fuzzy?: boolean;
  exact?: boolean;
  history?: boolean;
  maxResults?: number;
}

/** A sync-wrapped write that answered 503 is polled with the same X-Request-ID this many times at most. */
const WRITE_POLLS = 3;

/**
 * NHSD-End-User-Organisation-ODS, which PDS declares on /Patient and /Patient/{id} ("Mandatory for client applications
 * which service multiple end user organisations": the graph serves many). The organisation the caller declared, else
 * the signed-in worker's; none for a citizen or the application alone. A malformed declared code is BAD_USER_INPUT.
 */
export function endUserOrganisation(ctx: CallContext): Record<string, string> {
  const ods = endUserOdsCode(ctx);
  return ods ? { 'nhsd-end-user-organisation-ods': ods } : {};
}

/** Typed calls to the Personal Demographics Service FHIR R4 API (pds/CONTRACT.md). */
export class PdsClient {
  constructor(private readonly http: UpstreamClient) {}

  /** The full record, or NOT_FOUND. A superseded number answers the successor's record (its `id` differs). */
  async getPatient(nhsNumber: string, ctx: CallContext): Promise<PdsPatient> {
    const res = await this.http.request<PdsPatient>(
      'GET /Patient/{id}',
      { method: 'GET', path: `/Patient/${nhsNumber}`, headers: endUserOrganisation(ctx), idempotent: true, resourceType: 'Patient' },
      ctx,
    );
    return res.body;
  }

  /**
   * The patient's related people (GET /Patient/{id}/RelatedPerson): a searchset Bundle, empty when PDS records none
   * (and for a restricted patient, whose related people PDS never returns). relatedpersons-get.yaml gives "none" both
   * ways: its sandbox table answers an empty bundle, its error table 404 RESOURCE_NOT_FOUND ("No related people exist
   * for given NHS number"); both are an empty Bundle here. Any other 404 (INVALIDATED_RESOURCE, a patient PDS does not
   * know) stays NOT_FOUND.
   */
  async getRelatedPeople(nhsNumber: string, ctx: CallContext): Promise<FhirBundle<PdsRelatedPerson>> {
    // The 404 is read here, not thrown by the client: "none" is an answer, not a failed call (metrics, traces).
    const res = await this.http.request<FhirBundle<PdsRelatedPerson> | unknown>(
      'GET /Patient/{id}/RelatedPerson',
      {
        method: 'GET',
        path: `/Patient/${nhsNumber}/RelatedPerson`,
        headers: endUserOrganisation(ctx),
        idempotent: true,
        resourceType: ['Bundle', 'OperationOutcome'],
        expectStatuses: [404],
      },
      ctx,
    );
    if (res.status === 404) {
      const issueCode = outcomeCode(res.body);
      if (issueCode === 'RESOURCE_NOT_FOUND') return { resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] };
      throw errorFromStatus({ api: 'pds', requestId: res.requestId, status: 404, ...(issueCode ? { issueCode } : {}) }, 'PDS');
    }
    if (isOperationOutcome(res.body))
      throw new UpstreamError('PDS answered its related people with an OperationOutcome', {
        upstream: { api: 'pds', requestId: res.requestId, status: res.status },
      });
    return res.body as FhirBundle<PdsRelatedPerson>;
  }

  /**
   * Search; resolves with the searchset Bundle. TOO_MANY_MATCHES (HTTP 200 OperationOutcome) becomes BAD_USER_INPUT
   * with reason TOO_MANY_MATCHES: a cut list is never returned.
   */
  async searchPatients(params: PdsSearchParams, ctx: CallContext): Promise<FhirBundle<PdsPatient>> {
    const res = await this.http.request<FhirBundle<PdsPatient> | unknown>(
      'GET /Patient',
      {
        method: 'GET',
        path: '/Patient',
        headers: endUserOrganisation(ctx),
        idempotent: true,
        resourceType: ['Bundle', 'OperationOutcome'],
        query: {
          family: params.family,
          given: params.given,
          gender: params.gender,
          birthdate: params.birthdate,
          'death-date': params.deathDate,
          'address-postalcode': params.postcode,
          'general-practitioner': params.generalPractitioner,
          email: params.email,
          phone: params.phone,
          '_fuzzy-match': params.fuzzy,
          '_exact-match': params.exact,
          _history: params.history,
          '_max-results': params.maxResults,
        },
      },
      ctx,
    );
    if (isOperationOutcome(res.body)) {
      const code = outcomeCode(res.body);
      if (code === 'TOO_MANY_MATCHES') {
        throw new BadUserInputError('TOO_MANY_MATCHES', 'PDS found more matches than maxResults allows: refine the search', {
          upstream: { api: 'pds', status: res.status, issueCode: code, requestId: res.requestId },
        });
      }
      throw new UpstreamError(`PDS answered the search with an OperationOutcome${code ? ` ${code}` : ''}`, {
        upstream: { api: 'pds', status: res.status, issueCode: code, requestId: res.requestId },
      });
    }
    return res.body as FhirBundle<PdsPatient>;
  }

  /**
   * JSON Patch under If-Match. PDS's sync-wrap may answer 503 + Retry-After while the write is still being applied:
   * that is polled with the same X-Request-ID (PDS de-duplicates on it), so the write is never applied twice.
   */
  async patchPatient(nhsNumber: string, version: number, patches: JsonPatchOperation[], ctx: CallContext): Promise<PdsPatient> {
    const requestId = traceableId();
    for (let attempt = 0; ; attempt++) {
      const res = await this.http.request<PdsPatient | undefined>(
        'PATCH /Patient/{id}',
        {
          method: 'PATCH',
          path: `/Patient/${nhsNumber}`,
          headers: { ...endUserOrganisation(ctx), 'if-match': `W/"${version}"` },
          contentType: 'application/json-patch+json',
          body: { patches },
          requestId,
          expectStatuses: [503],
          resourceType: ['Patient', 'OperationOutcome'],
        },
        ctx,
      );
      if (res.status !== 503) return res.body as PdsPatient;
      if (attempt + 1 >= WRITE_POLLS) {
        throw new UpstreamUnavailableError('PDS is still applying the update: read the patient again before retrying', {
          upstream: { api: 'pds', status: 503, requestId },
        });
      }
      const wait = Math.min(Number(res.headers['retry-after'] ?? 1), 5) * 1000;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
