import { GraphError } from '../../errors.js';
import type { UpstreamClient } from '../../upstream/client.js';
import { correlationUuid } from '../../upstream/correlation.js';
import type { CallContext, UpstreamCall } from '../../upstream/types.js';
import { withBarsFamily } from './error-families.js';
import { BARS_ACCEPT, barsHeaders, type BarsTarget } from './headers.js';
import type { CheckedMessage } from './message.js';
import { BARS, type BarsAppointment, type BarsBundle, type BarsServiceRequest } from './wire.js';

export interface BarsSlotSearch {
  status?: string;
  /** The window slots must start in: BaRS requires both bounds (`start=ge…&start=le…`). */
  from: string;
  to: string;
  healthcareServiceId?: string;
}

/** The `_include`s BaRS requires on every Slot search ("a minimum of the following _include parameters required"). */
export const BARS_SLOT_INCLUDES = ['Slot:schedule', 'Schedule:actor:HealthcareService'] as const;

/**
 * Typed calls to the Booking and Referral Standard proxy (bars/CONTRACT.md, version 1.1.0). Every call names its
 * target and sender in base64 headers (checked first, so a bad one costs no call) and its version in Accept; failures
 * keep their BaRS family (SEND, REC, PROXY) in `extensions.upstream.family`.
 */
export class BarsClient {
  constructor(private readonly http: UpstreamClient) {}

  private async call<T>(route: string, target: BarsTarget, call: Omit<UpstreamCall, 'accept'>, ctx: CallContext): Promise<T> {
    const headers = { ...barsHeaders(target, ctx), ...call.headers };
    try {
      // The spec gives X-Correlation-Id `format: uuid` on every operation.
      return (await this.http.request<T>(route, { ...call, headers, accept: BARS_ACCEPT }, { ...ctx, correlationId: correlationUuid(ctx.correlationId) })).body;
    } catch (error) {
      throw error instanceof GraphError ? withBarsFamily(error) : error;
    }
  }

  getServiceRequest(target: BarsTarget, id: string, ctx: CallContext): Promise<BarsServiceRequest> {
    return this.call('GET /ServiceRequest/{id}', target, { method: 'GET', path: `/ServiceRequest/${encodeURIComponent(id)}`, idempotent: true }, ctx);
  }

  searchServiceRequests(target: BarsTarget, nhsNumber: string, ctx: CallContext): Promise<BarsBundle> {
    return this.call(
      'GET /ServiceRequest?patient:identifier',
      target,
      { method: 'GET', path: '/ServiceRequest', query: { 'patient:identifier': `${BARS.nhsNumberSystem}|${nhsNumber}` }, idempotent: true },
      ctx,
    );
  }

  getAppointment(target: BarsTarget, id: string, ctx: CallContext): Promise<BarsAppointment> {
    return this.call('GET /Appointment/{id}', target, { method: 'GET', path: `/Appointment/${encodeURIComponent(id)}`, idempotent: true }, ctx);
  }

  searchAppointments(target: BarsTarget, nhsNumber: string, ctx: CallContext): Promise<BarsBundle> {
    return this.call(
      'GET /Appointment?patient:identifier',
      target,
      { method: 'GET', path: '/Appointment', query: { 'patient:identifier': `${BARS.nhsNumberSystem}|${nhsNumber}` }, idempotent: true },
      ctx,
    );
  }

  searchSlots(target: BarsTarget, search: BarsSlotSearch, ctx: CallContext): Promise<BarsBundle> {
    const query = {
      status: search.status ?? 'free',
      start: [`ge${search.from}`, `le${search.to}`],
      'Schedule.actor:HealthcareService': search.healthcareServiceId,
      _include: [...BARS_SLOT_INCLUDES],
    };
    return this.call('GET /Slot', target, { method: 'GET', path: '/Slot', query, idempotent: true }, ctx);
  }

  /**
   * Sends one message to `$process-message`. Never retried by the graph (not idempotent); its X-Request-ID is the
   * Bundle's id, and a receiver that has already processed that Bundle answers 409 REC_CONFLICT: sent twice, applied once.
   */
  processMessage(target: BarsTarget, message: CheckedMessage, ctx: CallContext): Promise<BarsBundle> {
    return this.call(
      'POST /$process-message',
      target,
      {
        method: 'POST',
        path: '/$process-message',
        body: message.bundle,
        headers: { 'use-context': message.useContext },
        requestId: message.id,
        idempotent: false,
      },
      ctx,
    );
  }
}
