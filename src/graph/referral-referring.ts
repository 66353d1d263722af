import { isRestricted } from '../access/restricted.js';
import type { Context } from '../context.js';
import { BadUserInputError, UpstreamError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import {
  checkAppointmentRequest,
  checkServiceSearch,
  mapActions,
  mapErsReferral,
  mapServiceList,
  mapSlots,
  type AppointmentRequest,
  type ErsPriority,
  type ReferralModel,
} from '../sources/ers/index.js';
import { USER_ERRORS, withUserErrors } from './user-errors.js';

const PRIORITIES: readonly string[] = ['ROUTINE', 'URGENT', 'TWO_WEEK_WAIT'];

/** The whole referral (A005), read once per request by the loader. */
function whole(referral: ReferralModel, ctx: Context): Promise<ReferralModel> | ReferralModel {
  return referral.complete ? referral : ctx.nhs.ers.referral.load(referral.ubrn);
}

/** The referral as e-RS holds it after a write: read again (A005), not the copy this request may have loaded before. */
function reread(ubrn: string, ctx: Context): Promise<ReferralModel> {
  return ctx.nhs.ers.referral.clear(ubrn).load(ubrn);
}

/**
 * A booking or deferral: the referral is read first (A005) for its patient, whom A016 names; the service must be on
 * its shortlist (checked here, no write sent otherwise); then A016, then the referral as it now is.
 */
async function bookOrDefer(ctx: Context, request: Omit<AppointmentRequest, 'nhsNumber'>): Promise<ReferralModel> {
  checkAppointmentRequest(request);
  const referral = await ctx.nhs.ers.referral.load(request.ubrn);
  if (!referral.shortlist.some((s) => s.id === request.serviceId.trim()))
    throw new BadUserInputError('INVALID_SERVICE_ID', "The service is not on the referral's shortlist");
  if (!referral.patientNhsNumber) throw new UpstreamError('e-RS answered with a referral that names no patient', { upstream: { api: 'ers' } });
  await ctx.nhs.ers.bookOrDefer({ ...request, nhsNumber: referral.patientNhsNumber });
  return reread(request.ubrn, ctx);
}

export const referralReferringResolvers: Resolvers = {
  Query: {
    ersServices: async (_, { search }, ctx) => {
      // Without a postcode e-RS measures distances (and orders nearest first) from the patient's own address: for a
      // restricted patient that would hint at where they live (hazard log H08), so the search must give a postcode.
      // The arguments are checked first (bad input costs no call); a search with a postcode needs no PDS read.
      if (!checkServiceSearch(search).postcode && (await isRestricted(search.nhsNumber, ctx)))
        throw new BadUserInputError(
          'ERS_POSTCODE_REQUIRED',
          "This patient's record is restricted: give the postcode to measure distances from, or e-RS would use their address",
        );
      return mapServiceList(await ctx.nhs.ers.searchServices(search));
    },
  },
  Mutation: {
    createReferral: (_, { input }, ctx) =>
      withUserErrors('referral', USER_ERRORS.createReferral, async () => {
        const created = mapErsReferral(await ctx.nhs.ers.createReferral(input));
        // Remembered for this request: reading the new referral's fields costs no second call.
        ctx.nhs.ers.referral.clear(created.ubrn).prime(created.ubrn, created);
        return created;
      }),
    bookReferralAppointment: (_, { input }, ctx) =>
      withUserErrors('referral', USER_ERRORS.bookReferralAppointment, () =>
        bookOrDefer(ctx, { ubrn: input.ubrn, version: input.version, serviceId: input.serviceId, slotId: input.slotId }),
      ),
    deferReferralToProvider: (_, { input }, ctx) =>
      withUserErrors('referral', USER_ERRORS.deferReferralToProvider, () =>
        bookOrDefer(ctx, {
          ubrn: input.ubrn,
          version: input.version,
          serviceId: input.serviceId,
          deferral: { reason: input.reason, comment: input.comment ?? null },
        }),
      ),
    sendReferralForTriage: (_, { input }, ctx) =>
      withUserErrors('referral', USER_ERRORS.sendReferralForTriage, () =>
        bookOrDefer(ctx, { ubrn: input.ubrn, version: input.version, serviceId: input.serviceId, deferral: { reason: 'TRIAGE' } }),
      ),
  },
  ReferralAttachment: {
    content: async (attachment, _, ctx) => {
      // a042: "A request to retrieve an attachment that is not available for download will result in a 422 error".
      if (attachment.availability !== 'AVAILABLE') {
        throw new BadUserInputError(
          'ERS_ATTACHMENT_NOT_AVAILABLE',
          `The attachment is ${attachment.availability ?? 'of unknown availability'}: only AVAILABLE attachments can be downloaded`,
        );
      }
      const binaryId = attachment.url?.split('/').pop();
      if (!binaryId) throw new UpstreamError('e-RS gave the attachment no download URL', { upstream: { api: 'ers' } });
      const file = await ctx.nhs.ers.downloadAttachment(binaryId);
      return { contentType: file.contentType ?? attachment.contentType, size: file.bytes.length, base64: file.bytes.toString('base64') };
    },
  },
  Referral: {
    freeSlots: async (referral, { serviceId, first, page }, ctx) => {
      const count = first ?? 20;
      const pageNumber = page ?? 1;
      if (!Number.isInteger(count) || count < 1 || count > 100) throw new BadUserInputError('INVALID_PAGE', 'first must be 1 to 100');
      if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new BadUserInputError('INVALID_PAGE', 'page must be 1 or more');
      const full = await whole(referral, ctx);
      const id = serviceId.trim();
      if (!full.shortlist.some((s) => s.id === id))
        throw new BadUserInputError('ERS_SERVICE_NOT_SHORTLISTED', "The service is not on the referral's shortlist");
      const priority = full.priority?.code && PRIORITIES.includes(full.priority.code) ? (full.priority.code as ErsPriority) : 'ROUTINE';
      // a015: the commissioning rule organisation "should be passed ... otherwise slots which are unbookable may be returned".
      const commissioning = full.commissioningOdsCode ?? (await ctx.nhs.ers.roleContext())?.organisationOds;
      if (!commissioning) throw new BadUserInputError('ERS_ROLE_CONTEXT_REQUIRED', "A slot search needs the referral's commissioning organisation");
      const bundle = await ctx.nhs.ers.getSlots({ serviceId: id, priority, commissioningOdsCode: commissioning, count, page: pageNumber });
      return mapSlots(bundle, id);
    },
    allowedActions: async (referral, _, ctx) => {
      const full = await whole(referral, ctx);
      // Never an empty list for a referral whose version e-RS did not say: that would read as "no action allowed".
      if (!full.version) throw new UpstreamError('e-RS answered with a referral without a version', { upstream: { api: 'ers' } });
      return mapActions(await ctx.nhs.ers.availableActions(full.ubrn, full.version));
    },
  },
};
