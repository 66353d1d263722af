import type { SharedCache } from '../../cache/index.js';
import { UpstreamError } from '../../errors.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { sessionOf, type EpsSession } from '../eps-tracker/session.js';
import { epsError } from './outcomes.js';
import { PreparedOrders, type PreparedOrder } from './prepared-orders.js';
import { RequestTimes } from './request-times.js';
import type { EpsOperationOutcome, FhirResource, MessageBundle, ParametersResource } from './wire.js';
import { traceableId } from '../../ids.js';

/** A 504 (Spine did not answer in 30 s) is retried with the identical body and X-Request-ID this many times at most. */
const GATEWAY_TIMEOUT_RETRIES = 2;
/** Statuses whose OperationOutcome the EPS mapping reads itself (codes in `details.coding`, the holder in `contained`). */
const READ_OUTCOME = [400, 404, 409, 422, 504] as const;

export interface WriteResult<T> {
  body: T;
  requestId: string;
  /** The HTTP status EPS answered with: 200, or 400 for a refused cancellation (its cancel response Bundle). */
  status: number;
}

/**
 * Typed calls to the EPS FHIR Prescribing and Dispensing APIs (eps/CONTRACT.md). Every write goes with one
 * X-Request-ID (the caller's, for a retry of a mutation whose answer was lost, else a fresh one). A 504 "not processed
 * within 30 s" may still have been applied, so it is retried with the identical payload and X-Request-ID and Spine
 * de-duplicates: a write is never applied twice.
 */
export class EpsClient {
  /** Prepared prescription-order messages awaiting their signature (prepared-orders.ts). */
  private readonly prepared: PreparedOrders;
  /** When each typed write's request id was first used (request-times.ts). */
  private readonly requestTimes: RequestTimes;

  /** `store`: where prepared messages and request times are kept (Redis when configured: shared by the replicas). */
  constructor(
    private readonly prescribing: UpstreamClient,
    private readonly dispensing: UpstreamClient,
    store?: SharedCache,
  ) {
    this.prepared = new PreparedOrders(store);
    this.requestTimes = new RequestTimes(store);
  }

  /** $prepare: the digest of an unsigned prescription-order Bundle, to sign out of band. */
  prepare(bundle: MessageBundle, requestId: string | undefined, ctx: CallContext): Promise<WriteResult<ParametersResource>> {
    return this.write(this.prescribing, 'POST /$prepare', '/$prepare', bundle, requestId, ctx, { kind: 'Parameters' });
  }

  /** $process-message with a signed prescription-order Bundle. */
  processPrescribingMessage<T>(bundle: MessageBundle, requestId: string | undefined, ctx: CallContext): Promise<WriteResult<T>> {
    return this.write(this.prescribing, 'POST /$process-message', '/$process-message', bundle, requestId, ctx, { kind: 'OperationOutcome' });
  }

  /**
   * $process-message with a prescription-order-update (cancel) Bundle. EPS answers a cancellation it did not apply
   * (R-0002 to R-0007, R-0010) with HTTP 400 and its cancel response Bundle (fhir-prescribing.yaml, `4XX`): that Bundle
   * is returned with its status, for the caller to read the code; a 400 OperationOutcome (R-0008, R-0009, R-5000...) is
   * an error as for any other write.
   */
  cancel(bundle: MessageBundle, requestId: string | undefined, ctx: CallContext): Promise<WriteResult<MessageBundle>> {
    return this.write(this.prescribing, 'POST /$process-message', '/$process-message', bundle, requestId, ctx, { kind: 'Bundle', bundleAt400: true });
  }

  /** Task/$release: one prescription by id or the nominated download, for the owner pharmacy in the Parameters. */
  release(parameters: ParametersResource, ctx: CallContext): Promise<WriteResult<ParametersResource>> {
    return this.write(this.dispensing, 'POST /Task/$release', '/Task/$release', parameters, parameters.id, ctx, { kind: 'Parameters' });
  }

  /** POST /Task: a return (status rejected) or a withdrawal (status in-progress). */
  task(task: FhirResource, ctx: CallContext): Promise<WriteResult<EpsOperationOutcome>> {
    return this.write(this.dispensing, 'POST /Task', '/Task', task, task.id, ctx, { kind: 'OperationOutcome' });
  }

  /** POST /Claim: a reimbursement claim for a dispensed prescription. */
  claim(claim: FhirResource, ctx: CallContext): Promise<WriteResult<EpsOperationOutcome>> {
    return this.write(this.dispensing, 'POST /Claim', '/Claim', claim, claim.id, ctx, { kind: 'OperationOutcome' });
  }

  /** Holds a prepared prescription-order message for its signer (the signed-in user); answers its id. */
  holdPrepared(order: Omit<PreparedOrder, 'expiresAt' | 'userId'>, ctx: CallContext): Promise<string> {
    return this.prepared.hold({ ...order, userId: sessionOf(ctx).userId });
  }

  /** The prepared message `id` names, when the signed-in user prepared it and it has not expired. */
  findPrepared(id: string, ctx: CallContext): Promise<PreparedOrder | undefined> {
    return this.prepared.find(id, sessionOf(ctx).userId);
  }

  /** The time a typed write's message carries: when its request id was first used by the signed-in user. */
  requestTime(requestId: string, ctx: CallContext): Promise<string> {
    return this.requestTimes.timeOf(sessionOf(ctx).userId, requestId);
  }

  /** $process-message on the dispensing side: a dispense-notification Bundle. */
  dispenseNotification(bundle: MessageBundle, requestId: string | undefined, ctx: CallContext): Promise<WriteResult<EpsOperationOutcome>> {
    return this.write(this.dispensing, 'POST /$process-message', '/$process-message', bundle, requestId, ctx, { kind: 'OperationOutcome' });
  }

  /** The signed-in worker's CIS2 session (role, organisation, user) this call is made in; FORBIDDEN without one. */
  sessionFor(ctx: CallContext): EpsSession {
    return sessionOf(ctx);
  }

  private async write<T>(
    http: UpstreamClient,
    route: string,
    path: string,
    body: unknown,
    requestId: string | undefined,
    ctx: CallContext,
    options: { kind: string; bundleAt400?: boolean },
  ): Promise<WriteResult<T>> {
    const id = (requestId ?? traceableId()).toLowerCase();
    const payload = JSON.stringify(body);
    const session = sessionOf(ctx);
    for (let attempt = 0; ; attempt++) {
      const res = await http.request<T | undefined>(
        route,
        { method: 'POST', path, body: payload, requestId: id, headers: { 'nhsd-session-urid': session.roleProfileId }, expectStatuses: READ_OUTCOME },
        ctx,
      );
      if (res.status === 504 && attempt < GATEWAY_TIMEOUT_RETRIES) continue;
      if (res.status === 400 && options.bundleAt400 && kindOf(res.body) === 'Bundle') return { body: res.body as T, requestId: id, status: res.status };
      if (res.status >= 300) throw epsError(http.endpoint.label, { api: http.endpoint.api, status: res.status, requestId: id }, res.body);
      // The answer must be the kind of resource this operation returns: anything else is not what was asked for.
      if (kindOf(res.body) !== options.kind) {
        throw new UpstreamError(
          `${http.endpoint.label} answered ${res.status} with ${kindOf(res.body) ?? 'no FHIR resource'} where a ${options.kind} was expected`,
          {
            upstream: { api: http.endpoint.api, status: res.status, requestId: id },
          },
        );
      }
      return { body: res.body as T, requestId: id, status: res.status };
    }
  }
}

const kindOf = (body: unknown): string | undefined => {
  const type = (body as { resourceType?: unknown } | null | undefined)?.resourceType;
  return typeof type === 'string' ? type : undefined;
};
