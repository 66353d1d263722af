import type { Resolvers } from '../generated/resolvers.js';

export const waitingListResolvers: Resolvers = {
  Patient: {
    waitingList: (patient, _, ctx) => {
      return ctx.nhs.wlmds.waitingList.load(patient.nhsNumber);
    },
  },
  WaitingListEntry: {
    provider: (entry, _, ctx) => (entry.providerOdsCode ? ctx.nhs.ods.organisation.load(entry.providerOdsCode) : null),
  },
};
