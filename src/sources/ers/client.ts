import type { UpstreamClient } from '../../upstream/client.js';
import { BadUserInputError, ForbiddenError, GraphError, UpstreamError, VersionConflictError } from '../../errors.js';
import type { CallContext, UpstreamCall, UpstreamResponse } from '../../upstream/types.js';
import { bundleResources, type FhirBundle } from '../fhir.js';
import { ersRoleContext, ersRoleHeaders, rolePairsOf, type ErsRoleContext, type ErsRolePair } from './role-context.js';
import {
  buildAppointment,
  buildCreateReferral,
  buildServiceSearch,
  type AppointmentRequest,
  type ErsPriority,
  type NewReferral,
  type ServiceSearch,
} from './referring.js';
import {
  ERS,
  type ErsPractitionerRole,
  type ErsAppointment,
  type ErsHealthcareService,
  type ErsReferralRequest,
  type ErsSchedule,
  type ErsServiceList,
  type ErsSlot,
  type ErsTask,
  type ErsWorklist,
} from './wire.js';

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

/** A042's limit: "the 5MB limit associated with this endpoint" (a042-retrieve-attachment.yaml, 422 VALIDATION_FAILED). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/**
 * Service ids per A035 search, comma-separated in one `_id`. a035's 400 table: "an attempt to request more than 20
 * Service Ids" is REC_BAD_REQUEST (r4 searchForService/400Response.yaml).
 */
export const ERS_SERVICE_BATCH_SIZE = 20;

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

  /** The role context a referrer's call needs: user-restricted only (the contract's A010, A011, A015, A016). */
  private async referrerHeaders(ctx: CallContext, what: string): Promise<Record<string, string>> {
    const role = await this.roleContext(ctx);
    if (!role) {
      throw new BadUserInputError(
        'ERS_ROLE_CONTEXT_REQUIRED',
        `${what} acts as a referring user in e-RS: send NHSD-eRS-Business-Function and NHSD-End-User-Organisation-ODS`,
      );
    }
    return ersRoleHeaders(role);
  }

  /** e-RS's own SPECIALTY code system (A004), which lives under the API's base URL. */
  private get specialtySystem(): string {
    return `${this.http.endpoint.baseUrl}/STU3/CodeSystem/SPECIALTY`;
  }

  /**
   * A010: services for a patient. A read, though e-RS makes it a POST of Parameters (so safe to send again). The
   * search is checked first (BAD_USER_INPUT, no call).
   */
  async searchServices(search: ServiceSearch, ctx: CallContext): Promise<ErsServiceList> {
    const body = buildServiceSearch(search, this.specialtySystem);
    const headers = await this.referrerHeaders(ctx, 'A service search');
    const res = await this.send<ErsServiceList>(
      'POST /STU3/HealthcareService/$ers.searchHealthcareServicesForPatient',
      { method: 'POST', path: '/STU3/HealthcareService/$ers.searchHealthcareServicesForPatient', headers, body, idempotent: true, resourceType: 'List' },
      ctx,
    );
    return res.body;
  }

  /**
   * A011: creates a referral. Never retried: e-RS takes no idempotency key here, so a second attempt after a lost
   * answer could create a second referral (hazard log H07, C07.5).
   */
  async createReferral(input: NewReferral, ctx: CallContext): Promise<ErsReferralRequest> {
    const body = buildCreateReferral(input, this.specialtySystem, new Date());
    const headers = await this.referrerHeaders(ctx, 'Creating a referral');
    const res = await this.send<ErsReferralRequest>(
      'POST /STU3/ReferralRequest/$ers.createReferral',
      { method: 'POST', path: '/STU3/ReferralRequest/$ers.createReferral', headers, body, idempotent: false, resourceType: 'ReferralRequest' },
      ctx,
    );
    return res.body;
  }

  /** A015: one page of a service's free slots for a referral's priority, under its commissioning organisation. */
  async getSlots(
    q: { serviceId: string; priority: ErsPriority; commissioningOdsCode: string; count: number; page: number },
    ctx: CallContext,
  ): Promise<FhirBundle<ErsSlot | ErsSchedule>> {
    const headers = { ...(await this.referrerHeaders(ctx, 'A slot search')), 'nhsd-ers-comm-rule-org': q.commissioningOdsCode };
    const query = { 'schedule.actor:HealthcareService': q.serviceId, appointmentType: q.priority, status: 'free', _count: q.count, page: q.page };
    const res = await this.send<FhirBundle<ErsSlot | ErsSchedule>>(
      'GET /STU3/Slot',
      { method: 'GET', path: '/STU3/Slot', query, headers, idempotent: true, resourceType: 'Bundle' },
      ctx,
    );
    return res.body;
  }

  /** A016: books or defers. Never retried (a write e-RS does not de-duplicate); the version in the body guards it. */
  async bookOrDefer(request: AppointmentRequest, ctx: CallContext): Promise<ErsAppointment> {
    const body = buildAppointment(request);
    const headers = await this.referrerHeaders(ctx, 'Booking or deferring');
    try {
      const res = await this.send<ErsAppointment>(
        'POST /STU3/Appointment',
        { method: 'POST', path: '/STU3/Appointment', headers, body, idempotent: false, resourceType: 'Appointment' },
        ctx,
      );
      return res.body;
    } catch (error) {
      // a016's 409: "Version supplied as part of the request does not match current version of the referral request".
      if (error instanceof GraphError && error.code === 'CONFLICT' && error.upstream?.status === 409) {
        throw new VersionConflictError('e-RS answered 409: the referral changed since it was read; read it again', {
          reason: 'STALE_VERSION',
          upstream: error.upstream,
        });
      }
      throw error;
    }
  }

  /** A029: the actions the user may take now on one version of a referral. */
  async availableActions(ubrn: string, version: string, ctx: CallContext): Promise<FhirBundle<ErsTask>> {
    const headers = ersRoleHeaders(await this.roleContext(ctx));
    const query = { focus: `ReferralRequest/${ubrn}/_history/${version}`, intent: 'proposal', status: 'ready' };
    const res = await this.send<FhirBundle<ErsTask>>(
      'GET /STU3/Task',
      { method: 'GET', path: '/STU3/Task', query, headers, idempotent: true, resourceType: 'Bundle' },
      ctx,
    );
    return res.body;
  }

  /**
   * A042 (R4): an attachment's file. e-RS answers 307 with the file's temporary location in its object store; the file
   * is fetched from there at once (never cached, a new redirect each time), without our credentials. Over 5 MB is an
   * error. The bytes are returned, never logged.
   */
  async downloadAttachment(binaryId: string, ctx: CallContext): Promise<{ contentType: string | undefined; bytes: Buffer }> {
    const headers = ersRoleHeaders(await this.roleContext(ctx));
    const res = await this.send<unknown>(
      'GET /R4/Binary/{id}',
      { method: 'GET', path: `/R4/Binary/${encodeURIComponent(binaryId)}`, headers, idempotent: true, expectStatuses: [307] },
      ctx,
    );
    const location = res.headers.location;
    if (res.status !== 307 || !location) throw notAsked(res, `${res.status} without a redirect to the file`);
    return this.http.download('GET {A042 temporary location}', new URL(location, this.http.endpoint.baseUrl).toString(), ctx, MAX_ATTACHMENT_BYTES);
  }
}
