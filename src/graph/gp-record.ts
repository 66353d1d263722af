import type { GpRecordResolvers, Resolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import {
  type GpCodeModel,
  type GpRecordRef,
  type RecordArea,
  type RecordAreaKey,
  type RecordAreas,
  selectArea,
  type StructuredRecordModel,
} from '../sources/gp-connect/index.js';

/** Loads the record for one area; the loader refuses the area's bad options before any call (loaders.ts). */
function loadArea<A extends RecordArea>(ctx: Context, record: GpRecordRef, area: A, options: RecordAreas[A]): Promise<StructuredRecordModel> {
  return ctx.nhs.gpConnect.recordArea.load({ nhsNumber: record.nhsNumber, area, options } as RecordAreaKey);
}

/** Drops absent arguments so equal requests make equal loader keys. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

const gpRecord: GpRecordResolvers<Context> = {
  // Every record names the practice: this rides on the call its sibling fields make (planRecordCalls).
  practiceOdsCode: async (record, _, ctx) => (await ctx.nhs.gpConnect.recordArea.load({ nhsNumber: record.nhsNumber, area: 'record' })).practiceOdsCode,
  allergies: async (record, { includeResolved }, ctx) => {
    const options = { includeResolved: includeResolved ?? false };
    return selectArea(await loadArea(ctx, record, 'allergies', options), 'allergies', options) as StructuredRecordModel['allergies'];
  },
  medicationStatements: async (record, { from, includeIssues }, ctx) => {
    const options = defined({ from, includeIssues: includeIssues ?? true }) as RecordAreas['medications'];
    return (await loadArea(ctx, record, 'medications', options)).medicationStatements;
  },
  medications: async (record, { from }, ctx) => {
    const options = defined({ from, includeIssues: true }) as RecordAreas['medications'];
    return (await loadArea(ctx, record, 'medications', options)).medications;
  },
  problems: async (record, { status }, ctx) => {
    const options = defined({ status }) as RecordAreas['problems'];
    return selectArea(await loadArea(ctx, record, 'problems', options), 'problems', options) as StructuredRecordModel['problems'];
  },
  immunisations: async (record, { includeNotGiven }, ctx) => {
    const options = { includeNotGiven: includeNotGiven ?? false };
    return selectArea(await loadArea(ctx, record, 'immunisations', options), 'immunisations', options) as StructuredRecordModel['immunisations'];
  },
  consultations: async (record, { from, to, mostRecent }, ctx) =>
    (await loadArea(ctx, record, 'consultations', defined({ from, to, mostRecent }) as RecordAreas['consultations'])).consultations,
  referrals: async (record, { from, to }, ctx) => (await loadArea(ctx, record, 'referrals', defined({ from, to }) as RecordAreas['referrals'])).referrals,
  investigations: async (record, { from, to }, ctx) =>
    (await loadArea(ctx, record, 'investigations', defined({ from, to }) as RecordAreas['investigations'])).investigations,
  observations: async (record, { from, to }, ctx) =>
    (await loadArea(ctx, record, 'observations', defined({ from, to }) as RecordAreas['observations'])).observations,
  diaryEntries: async (record, { until }, ctx) => (await loadArea(ctx, record, 'diaryEntries', defined({ until }) as RecordAreas['diaryEntries'])).diaryEntries,
  // Every list of every call the sibling fields make (planRecordCalls): warnings and empty reasons are never dropped.
  lists: async (record, _, ctx) => (await ctx.nhs.gpConnect.recordArea.load({ nhsNumber: record.nhsNumber, area: 'lists' })).lists,
};

/** The nhs.uk page for a problem or medication, through the request's page loader; null when none matches. */
async function healthContent(ctx: Context, kind: 'problem' | 'medication', code: GpCodeModel | null) {
  const path = await ctx.nhs.content.pathFor(kind, code);
  return path ? ctx.nhs.content.page.load(path) : null;
}

export const gpRecordResolvers: Resolvers = {
  Patient: {
    gpRecord: (patient) => {
      return { nhsNumber: patient.nhsNumber };
    },
  },
  GpRecord: gpRecord,
  GpProblem: { healthContent: (problem, _, ctx) => healthContent(ctx, 'problem', problem.code) },
  GpMedication: { healthContent: (medication, _, ctx) => healthContent(ctx, 'medication', medication.code) },
};
