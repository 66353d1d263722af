import { BadUserInputError, ConflictError, UpstreamError } from '../errors.js';
import { USER_ERRORS, withUserErrors } from './user-errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import { toUkDateTime } from '../nhs/uk-time.js';
import {
  type AppointmentModel,
  buildAmendment,
  buildBooking,
  buildCancellation,
  INTERACTIONS,
  mapAppointment,
  parseAppointmentId,
  PRACTICE_WINDOW_DAYS,
  selectSlots,
  validateAppointmentText,
  validateSlotWindow,
  validateWindow,
  type WrittenAppointment,
} from '../sources/gp-connect/index.js';

/**
 * The written appointment in the graph's shape, remembered by this request's loader so a re-read costs nothing. A
 * patient named by the GP system's id (route A) is resolved to their NHS number first, so the answer and its audit
 * record name them.
 */
async function written(ctx: Context, result: WrittenAppointment, practice: string | null, patients?: ReadonlyMap<string, string>): Promise<AppointmentModel> {
  const model = mapAppointment(result.appointment, undefined, practice, patients);
  const nhsNumber =
    model.nhsNumber ??
    (model.providerPatientId && model.practiceOdsCode
      ? await ctx.nhs.gpConnect.providerPatient.load({ practice: model.practiceOdsCode, patientId: model.providerPatientId })
      : null);
  const withVersion = { ...model, nhsNumber, version: result.etagVersion ?? model.version };
  ctx.nhs.gpConnect.appointment.clear(withVersion.id).prime(withVersion.id, withVersion);
  return withVersion;
}

export const appointmentResolvers: Resolvers = {
  Query: {
    appointment: (_, { id }, ctx) => ctx.nhs.gpConnect.appointment.load(id),
  },
  Organisation: {
    freeSlots: async (org, { from, to, deliveryChannel }, ctx) => {
      validateSlotWindow(from, to);
      const slots = await ctx.nhs.gpConnect.freeSlots.load({ id: org.odsCode, from, to });
      return deliveryChannel ? slots.filter((s) => s.deliveryChannel === deliveryChannel) : slots;
    },
    appointments: (org, { from, to }, ctx) => {
      // Not a GP Connect operation: only the embedded platform serves it, so nothing is ever sent to NHS for it.
      if (ctx.environment !== 'embedded') {
        throw new BadUserInputError(
          'EMBEDDED_ONLY',
          "GP Connect has no search of a practice's appointments: this field is an extension of the embedded platform only",
        );
      }
      validateWindow(from, to, PRACTICE_WINDOW_DAYS);
      return ctx.nhs.gpConnect.practiceAppointments.load({ id: org.odsCode, from, to });
    },
  },
  Patient: {
    appointments: (patient, { from, to }, ctx) => {
      validateWindow(from, to);
      return ctx.nhs.gpConnect.patientAppointments.load({ id: patient.nhsNumber, from, to });
    },
  },
  Appointment: {
    patient: async (a, _, ctx) => {
      // Route A names the patient by the GP system's id: its NHS number comes from the practice (Read Patient) first.
      const nhsNumber =
        a.nhsNumber ??
        (a.providerPatientId && a.practiceOdsCode
          ? await ctx.nhs.gpConnect.providerPatient.load({ practice: a.practiceOdsCode, patientId: a.providerPatientId })
          : null);
      return nhsNumber ? ctx.nhs.pds.patient.load(nhsNumber) : null;
    },
    practice: (a, _, ctx) => (a.practiceOdsCode ? ctx.nhs.ods.organisation.load(a.practiceOdsCode) : null),
  },
  Slot: {
    practice: (s, _, ctx) => (s.practiceOdsCode ? ctx.nhs.ods.organisation.load(s.practiceOdsCode) : null),
  },
  Mutation: {
    bookAppointment: (_, { input }, ctx) =>
      withUserErrors('appointment', USER_ERRORS.bookAppointment, async () => {
        const selection = selectSlots(input.slotIds);
        validateAppointmentText({ description: input.description, comment: input.comment });
        const consumer = ctx.nhs.gpConnect.consumer;
        if (!consumer) throw new UpstreamError('GP Connect is not configured for this deployment', { upstream: { api: 'gpc-appointments' } });
        const created = toUkDateTime(new Date());
        const build = (patientId: string) => buildBooking({ selection, patientId, description: input.description, comment: input.comment, created }, consumer);
        const result = await ctx.nhs.gpConnect.book(build, input.nhsNumber, selection.practice);
        return written(ctx, result, selection.practice, new Map([[result.patientId, input.nhsNumber]]));
      }),
    amendAppointment: (_, { id, version, changes }, ctx) =>
      withUserErrors('appointment', USER_ERRORS.amendAppointment, async () => {
        if (!changes.description && !changes.comment) throw new BadUserInputError('NO_CHANGES', 'changes names nothing to change');
        validateAppointmentText(changes);
        const { practice } = parseAppointmentId(id);
        const current = await ctx.nhs.gpConnect.readAppointment(id);
        // GP Connect refuses it (422 INVALID_RESOURCE), but nothing is wrong with the input: the appointment's state is
        // what forbids the change, so it is a CONFLICT, decided here without sending the write.
        if (current.status === 'cancelled')
          throw new ConflictError('The appointment is cancelled: a cancelled appointment cannot be amended', { reason: 'APPOINTMENT_CANCELLED' });
        // If-Match carries the caller's version, not the one just read: a change made since the caller read is never lost.
        const result = await ctx.nhs.gpConnect.update(buildAmendment(current, changes), version, INTERACTIONS.amendAppointment, practice);
        return written(ctx, result, practice);
      }),
    cancelAppointment: (_, { id, version, reason }, ctx) =>
      withUserErrors('appointment', USER_ERRORS.cancelAppointment, async () => {
        validateAppointmentText({ reason });
        const { practice } = parseAppointmentId(id);
        const current = await ctx.nhs.gpConnect.readAppointment(id);
        const result = await ctx.nhs.gpConnect.update(buildCancellation(current, reason), version, INTERACTIONS.cancelAppointment, practice);
        return written(ctx, result, practice);
      }),
  },
};
