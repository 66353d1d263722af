import type { Resolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { codeOfEnum } from '../nhs/fhir-codes.js';
import { USER_ERRORS, withUserErrors } from './user-errors.js';
import { refuseSource } from '../access/policy.js';
import { AuditTrail } from '../audit/trail.js';
import {
  type BarsAppointment,
  type BarsServiceRequest,
  type BarsSlot,
  checkMessage,
  eventsOf,
  mapBarsAppointment,
  mapBarsResponse,
  mapBarsServiceRequest,
  mapBarsSlot,
  mapMessageResult,
  resourcesOf,
  slotWindow,
  type StoredBarsResponse,
} from '../sources/bars/index.js';

export const bookingReferralResolvers: Resolvers = {
  BarsServiceRequest: {
    responses: async (parent, _, ctx) => (parent.id ? (await ctx.barsResponses.responsesTo({ serviceRequestId: parent.id })).map(mapBarsResponse) : []),
  },
  BarsAppointment: {
    responses: async (parent, _, ctx) => (parent.id ? (await ctx.barsResponses.responsesTo({ appointmentId: parent.id })).map(mapBarsResponse) : []),
  },
  Subscription: {
    barsResponses: {
      // Refused at once (not at the first event) when the caller may not reach BaRS; the access rules also guard each event.
      subscribe: (_, { serviceRequestId, appointmentId }, ctx) => {
        if (Boolean(serviceRequestId) === Boolean(appointmentId)) {
          throw new BadUserInputError('EXACTLY_ONE_ID', 'Give exactly one of serviceRequestId and appointmentId');
        }
        const refusal = refuseSource(ctx.principal, 'bars', ctx.access.policy);
        if (refusal) throw refusal;
        return eventsOf(ctx.barsResponses, serviceRequestId ? { serviceRequestId } : { appointmentId: appointmentId as string });
      },
      resolve: (payload: StoredBarsResponse, _args: unknown, ctx: Context) => {
        // One audit record per event delivered (src/http/subscriptions.ts writes it): a fresh trail for each.
        ctx.audit = new AuditTrail();
        return mapBarsResponse(payload);
      },
    },
  },
  Query: {
    barsServiceRequest: async (_, { target, id }, ctx) => mapBarsServiceRequest(await ctx.nhs.bars.getServiceRequest(target, id)),
    barsServiceRequests: async (_, { target, nhsNumber }, ctx) =>
      resourcesOf<BarsServiceRequest>(await ctx.nhs.bars.searchServiceRequests(target, nhsNumber), 'ServiceRequest').map(mapBarsServiceRequest),
    barsAppointment: async (_, { target, id }, ctx) => mapBarsAppointment(await ctx.nhs.bars.getAppointment(target, id)),
    barsAppointments: async (_, { target, nhsNumber }, ctx) =>
      resourcesOf<BarsAppointment>(await ctx.nhs.bars.searchAppointments(target, nhsNumber), 'Appointment').map(mapBarsAppointment),
    barsSlots: async (_, { target, status, start, end, healthcareServiceId }, ctx) => {
      const { from, to } = slotWindow(start ?? undefined, end ?? undefined, Date.now());
      if (status === 'OTHER')
        throw new BadUserInputError(
          'INVALID_SLOT_STATUS',
          'status must be a FHIR slot status: FREE, BUSY, BUSY_UNAVAILABLE, BUSY_TENTATIVE or ENTERED_IN_ERROR',
        );
      const search = { from, to, ...(status ? { status: codeOfEnum(status) } : {}), ...(healthcareServiceId ? { healthcareServiceId } : {}) };
      return resourcesOf<BarsSlot>(await ctx.nhs.bars.searchSlots(target, search), 'Slot').map(mapBarsSlot);
    },
  },
  Mutation: {
    sendBarsReferral: (_, { target, message, useCase }, ctx) =>
      withUserErrors('result', USER_ERRORS.sendBarsReferral, async () => {
        const checked = checkMessage('referral', message, useCase);
        return mapMessageResult(checked.id, checked.event, await ctx.nhs.bars.processMessage(target, checked));
      }),
    sendBarsBooking: (_, { target, message, useCase }, ctx) =>
      withUserErrors('result', USER_ERRORS.sendBarsBooking, async () => {
        const checked = checkMessage('booking', message, useCase);
        return mapMessageResult(checked.id, checked.event, await ctx.nhs.bars.processMessage(target, checked));
      }),
  },
};
