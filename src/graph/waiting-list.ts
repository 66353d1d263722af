import type { Resolvers } from '../generated/resolvers.js';
import { refuseRestricted } from '../access/restricted.js';

export const waitingListResolvers: Resolvers = {
  Patient: {
    waitingList: (patient, _, ctx) => {
      // Every entry names the provider trust (ReportingOrganisation, and most pathway ids start with its code): where a
      // restricted patient is treated, which PDS withholds. Refused as GP Connect is, before any WLMDS call.
      refuseRestricted(patient, 'The Elective Waiting List');
      return ctx.nhs.wlmds.waitingList.load(patient.nhsNumber);
    },
  },
  WaitingListEntry: {
    provider: (entry, _, ctx) => (entry.providerOdsCode ? ctx.nhs.ods.organisation.load(entry.providerOdsCode) : null),
  },
};
