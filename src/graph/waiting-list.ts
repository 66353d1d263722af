import type { Resolvers } from '../generated/resolvers.js';

export const waitingListResolvers: Resolvers = {
  Patient: {
    waitingList: (patient, _, ctx) => ctx.loaders.wlmds.waitingList.load(patient.nhsNumber),
  },
  WaitingListEntry: {
    provider: (entry, _, ctx) => (entry.providerOdsCode ? ctx.loaders.ods.organisation.load(entry.providerOdsCode) : null),
  },
};
