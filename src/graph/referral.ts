import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { type ErsWorklistType, isReferrerRole, mapWorklistForPatient, type ReferralModel } from '../sources/ers/index.js';

const REFERRER_WORKLISTS: readonly ErsWorklistType[] = [
  'AWAITING_BOOKING',
  'LETTERS_OUTSTANDING',
  'REJECTED_TRIAGE_RESPONSE',
  'ASSESSMENT_RETURNED_CANCELLED_DNA',
];

/** The whole referral: itself when it came from A005, else one A005 read (deduplicated per request by the loader). */
function whole(referral: ReferralModel, ctx: Context): Promise<ReferralModel> | ReferralModel {
  return referral.complete ? referral : ctx.nhs.ers.referral.load(referral.ubrn);
}

/** A field a worklist item may already carry: read the whole referral only when it does not. */
function summaryField<K extends keyof ReferralModel>(key: K) {
  return async (referral: ReferralModel, _: unknown, ctx: Context): Promise<ReferralModel[K]> => {
    const value = referral[key];
    if (value !== null || referral.complete) return value;
    return (await whole(referral, ctx))[key];
  };
}

/** A field only the whole referral has. */
function detailField<K extends keyof ReferralModel>(key: K) {
  return async (referral: ReferralModel, _: unknown, ctx: Context): Promise<ReferralModel[K]> => (await whole(referral, ctx))[key];
}

export const referralResolvers: Resolvers = {
  Query: {
    referral: (_, { ubrn }, ctx) => ctx.nhs.ers.referral.load(ubrn),
  },
  Patient: {
    referrals: async (patient, { worklist }, ctx) => {
      const role = await ctx.nhs.ers.roleContext();
      if (!role) {
        throw new BadUserInputError(
          'ERS_ROLE_CONTEXT_REQUIRED',
          'Patient.referrals reads an e-RS worklist: send NHSD-eRS-Business-Function and NHSD-End-User-Organisation-ODS',
        );
      }
      const referrer = isReferrerRole(role.businessFunction);
      const listType: ErsWorklistType = worklist ?? (referrer ? 'AWAITING_BOOKING' : 'REFERRALS_FOR_REVIEW');
      if (REFERRER_WORKLISTS.includes(listType) !== referrer) {
        throw new BadUserInputError('ERS_WORKLIST_NOT_FOR_ROLE', `The ${listType} worklist is not available to ${role.businessFunction}`);
      }
      return mapWorklistForPatient(await ctx.nhs.ers.worklist.load(listType), patient.nhsNumber);
    },
  },
  Referral: {
    version: summaryField('version'),
    state: summaryField('state'),
    priority: summaryField('priority'),
    specialty: summaryField('specialty'),
    pathwayStart: summaryField('pathwayStart'),
    patientNhsNumber: summaryField('patientNhsNumber'),
    service: summaryField('service'),
    shortlist: detailField('shortlist'),
    referrerOdsCode: detailField('commissioningOdsCode'),
    attachments: detailField('attachments'),
    resource: detailField('resource'),
    referrerOrganisation: async (referral, _, ctx) => {
      const code = (await whole(referral, ctx)).commissioningOdsCode;
      return code ? ctx.nhs.ods.organisation.load(code) : null;
    },
    providerOrganisation: async (referral, _, ctx) => {
      // A service provider reads only referrals to its own organisation, and e-RS keeps its service directory (A033,
      // A035) for referrers: for a provider role the provider is the caller's organisation, at no e-RS call.
      const role = await ctx.nhs.ers.roleContext();
      if (role && !isReferrerRole(role.businessFunction)) return ctx.nhs.ods.organisation.load(role.organisationOds);
      const service = referral.service ?? (referral.complete ? null : (await whole(referral, ctx)).service);
      if (!service) return null;
      const provider = (await ctx.nhs.ers.healthcareService.load(service.id)).providerOdsCode;
      return provider ? ctx.nhs.ods.organisation.load(provider) : null;
    },
    appointment: async (referral, _, ctx) => {
      const full = await whole(referral, ctx);
      if (full.appointment) return full.appointment;
      return full.appointmentId ? ctx.nhs.ers.appointment.load(full.appointmentId) : null;
    },
  },
  ReferralService: {
    siteOdsCode: async (service, _, ctx) => (await ctx.nhs.ers.healthcareService.load(service.id)).siteOdsCode,
    provider: async (service, _, ctx) => {
      const provider = (await ctx.nhs.ers.healthcareService.load(service.id)).providerOdsCode;
      return provider ? ctx.nhs.ods.organisation.load(provider) : null;
    },
  },
};
