import type { UpstreamClient } from '../../upstream/client.js';
import { ForbiddenError, GraphError, UpstreamError } from '../../errors.js';
import type { CallContext, UpstreamCall, UpstreamResponse } from '../../upstream/types.js';
import { bundleResources, type FhirBundle } from '../fhir.js';
import { ersRoleContext, ersRoleHeaders, rolePairsOf, type ErsRoleContext, type ErsRolePair } from './role-context.js';
import { ERS, type ErsPractitionerRole, type ErsAppointment, type ErsHealthcareService, type ErsReferralRequest, type ErsWorklist } from './wire.js';

/** An answer that is not the record asked for: UPSTREAM_ERROR, never a wrong referral, an empty list or NOT_FOUND. */
function notAsked(res: UpstreamResponse<unknown>, what: string): UpstreamError {
  return new UpstreamError(`e-RS answered with ${what}`, { upstream: { api: 'ers', status: res.status, requestId: res.requestId } });
}

/** The worklists A008 serves (eRS-ReferralListSelector-1): four for referrers, two for service providers. */
export const ERS_WORKLISTS = [
  'AWAITING_BOOKING',
  'LETTERS_OUTSTANDING',
  'REJECTED_TRIAGE_RESPONSE',
  'ASSESSMENT_RETURNED_CANCELLED_DNA',
  'REFERRALS_FOR_REVIEW',
  'APPOINTMENT_SLOT_ISSUES',
] as const;
export type ErsWorklistType = (typeof ERS_WORKLISTS)[number];

/** Service ids per A035 search: the ids travel comma-separated in one `_id`, so the URL stays short. */
export const ERS_SERVICE_BATCH_SIZE = 50;

/**
 * Typed calls to the e-Referral Service (ers/CONTRACT.md). Every call carries the role context as e-RS's headers (the
 * declared one, else the signed-in worker's; none when application-restricted); the context is validated first, so a
 * bad one costs no call. e-RS ignores our X-Request-ID and returns its own, which the upstream client keeps for errors.
 */
export class ErsClient {
  constructor(private readonly http: UpstreamClient) {}

  /**
   * The role context of a call: the declared one, else the signed-in worker's, validated (throws BAD_USER_INPUT). For
   * resolvers that must check before loading.
   */
  async roleContext(ctx: CallContext): Promise<ErsRoleContext | undefined> {
    const needsA030 = Boolean(ctx.staff && !ctx.endUser?.ersBusinessFunction);
    return ersRoleContext(ctx.endUser, ctx.staff, needsA030 ? await this.rolePairs(ctx) : undefined);
  }

  /**
   * A030 (R4): the signed-in worker's e-RS roles per organisation, read once per graph request (the calls of one
   * request share `ctx`). Sent without role headers: A030 is what tells us which to send.
   */
  rolePairs(ctx: CallContext): Promise<ErsRolePair[]> {
    let pending = this.a030.get(ctx);
    if (!pending) {
      pending = this.http
        .request<FhirBundle<ErsPractitionerRole>>(
          'GET /R4/PractitionerRole',
          { method: 'GET', path: '/R4/PractitionerRole', idempotent: true, resourceType: 'Bundle' },
          ctx,
        )
        .then((res) => rolePairsOf(bundleResources(res.body).filter((r) => r.resourceType === 'PractitionerRole')));
      this.a030.set(ctx, pending);
    }
    return pending;
  }

  private readonly a030 = new WeakMap<CallContext, Promise<ErsRolePair[]>>();

  /** One e-RS call, its refusals in the graph's terms: NO_RELATIONSHIP (422) is the user's lack of access, FORBIDDEN. */
  private async send<T>(route: string, call: UpstreamCall, ctx: CallContext): Promise<UpstreamResponse<T>> {
    try {
      return await this.http.request<T>(route, call, ctx);
    } catch (error) {
      if (error instanceof GraphError && error.upstream?.issueCode === 'NO_RELATIONSHIP') {
        throw new ForbiddenError('e-RS answered 422 NO_RELATIONSHIP: the user has no legitimate relationship with this referral', {
          reason: 'NO_RELATIONSHIP',
          upstream: error.upstream,
        });
      }
      throw error;
    }
  }

  /** A005: one referral by UBRN (a 12-digit string, already validated). */
  async getReferral(ubrn: string, ctx: CallContext): Promise<ErsReferralRequest> {
    const headers = ersRoleHeaders(await this.roleContext(ctx));
    const res = await this.send<ErsReferralRequest>(
      'GET /STU3/ReferralRequest/{ubrn}',
      { method: 'GET', path: `/STU3/ReferralRequest/${ubrn}`, headers, idempotent: true, resourceType: 'ReferralRequest' },
      ctx,
    );
    if (res.body.id !== ubrn) throw notAsked(res, 'a referral other than the one asked for');
    return res.body;
  }

  /** A008: one worklist of the caller's organisation. A read, though e-RS makes it a POST of Parameters. */
  async fetchWorklist(listType: ErsWorklistType, ctx: CallContext): Promise<ErsWorklist> {
    const headers = ersRoleHeaders(await this.roleContext(ctx));
    const body = {
      resourceType: 'Parameters',
      meta: { profile: [ERS.worklistProfile] },
      parameter: [{ name: 'listType', valueCodeableConcept: { coding: [{ system: ERS.listSelectorSystem, code: listType }] } }],
    };
    const res = await this.send<ErsWorklist>(
      'POST /STU3/ReferralRequest/$ers.fetchworklist',
      { method: 'POST', path: '/STU3/ReferralRequest/$ers.fetchworklist', headers, body, idempotent: true },
      ctx,
    );
    return res.body;
  }

  /** A038: one appointment by its e-RS id. */
  async getAppointment(id: string, ctx: CallContext): Promise<ErsAppointment> {
    const headers = ersRoleHeaders(await this.roleContext(ctx));
    const res = await this.send<ErsAppointment>(
      'GET /STU3/Appointment/{id}',
      { method: 'GET', path: `/STU3/Appointment/${encodeURIComponent(id)}`, headers, idempotent: true, resourceType: 'Appointment' },
      ctx,
    );
    if (res.body.id !== id) throw notAsked(res, 'an appointment other than the one asked for');
    return res.body;
  }

  /** A035 (R4): several services in one call, their ids comma-separated in a single `_id` as the contract requires. */
  async getHealthcareServices(ids: readonly string[], ctx: CallContext): Promise<ErsHealthcareService[]> {
    const headers = ersRoleHeaders(await this.roleContext(ctx));
    const res = await this.send<FhirBundle<ErsHealthcareService>>(
      'GET /R4/HealthcareService?_id',
      { method: 'GET', path: '/R4/HealthcareService', query: { _id: ids.join(',') }, headers, idempotent: true, resourceType: 'Bundle' },
      ctx,
    );
    if (res.body.type !== 'searchset') throw notAsked(res, `a ${String(res.body.type)} Bundle where a searchset was expected`);
    const services = bundleResources(res.body);
    if (services.some((s) => !ids.includes(s.id))) throw notAsked(res, 'services other than those asked for');
    return services;
  }
}
