import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { bundleResources, type FhirBundle } from '../fhir.js';
import { ersRoleContext, ersRoleHeaders, type ErsRoleContext } from './role-context.js';
import { ERS, type ErsAppointment, type ErsHealthcareService, type ErsReferralRequest, type ErsWorklist } from './wire.js';

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
 * Typed calls to the e-Referral Service (ers/CONTRACT.md). Every call carries the caller's role context as e-RS's
 * headers (or none, application-restricted); the context is validated first, so a bad one costs no call. e-RS ignores
 * our X-Request-ID and returns its own, which the upstream client keeps for errors.
 */
export class ErsClient {
  constructor(private readonly http: UpstreamClient) {}

  /** The role context of a call, validated (throws BAD_USER_INPUT): for resolvers that must check before loading. */
  roleContext(ctx: CallContext): ErsRoleContext | undefined {
    return ersRoleContext(ctx.endUser);
  }

  /** A005: one referral by UBRN (a 12-digit string, already validated). */
  async getReferral(ubrn: string, ctx: CallContext): Promise<ErsReferralRequest> {
    const headers = ersRoleHeaders(this.roleContext(ctx));
    const res = await this.http.request<ErsReferralRequest>('GET /STU3/ReferralRequest/{ubrn}', { method: 'GET', path: `/STU3/ReferralRequest/${ubrn}`, headers, idempotent: true }, ctx);
    return res.body;
  }

  /** A008: one worklist of the caller's organisation. A read, though e-RS makes it a POST of Parameters. */
  async fetchWorklist(listType: ErsWorklistType, ctx: CallContext): Promise<ErsWorklist> {
    const headers = ersRoleHeaders(this.roleContext(ctx));
    const body = {
      resourceType: 'Parameters',
      meta: { profile: [ERS.worklistProfile] },
      parameter: [{ name: 'listType', valueCodeableConcept: { coding: [{ system: ERS.listSelectorSystem, code: listType }] } }],
    };
    const res = await this.http.request<ErsWorklist>('POST /STU3/ReferralRequest/$ers.fetchworklist', { method: 'POST', path: '/STU3/ReferralRequest/$ers.fetchworklist', headers, body, idempotent: true }, ctx);
    return res.body;
  }

  /** A038: one appointment by its e-RS id. */
  async getAppointment(id: string, ctx: CallContext): Promise<ErsAppointment> {
    const headers = ersRoleHeaders(this.roleContext(ctx));
    const res = await this.http.request<ErsAppointment>('GET /STU3/Appointment/{id}', { method: 'GET', path: `/STU3/Appointment/${encodeURIComponent(id)}`, headers, idempotent: true }, ctx);
    return res.body;
  }

  /** A035 (R4): several services in one call, their ids comma-separated in a single `_id` as the contract requires. */
  async getHealthcareServices(ids: readonly string[], ctx: CallContext): Promise<ErsHealthcareService[]> {
    const headers = ersRoleHeaders(this.roleContext(ctx));
    const res = await this.http.request<FhirBundle<ErsHealthcareService>>('GET /R4/HealthcareService?_id', { method: 'GET', path: '/R4/HealthcareService', query: { _id: ids.join(',') }, headers, idempotent: true }, ctx);
    return bundleResources(res.body);
  }
}
