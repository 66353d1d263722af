import type { Resolvers } from '../generated/resolvers.js';

/** `me`: the signed-in citizen, straight from the principal; their record through the PDS loader. */
export const meResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => (ctx.principal.kind === 'citizen' ? ctx.principal : null),
  },
  Citizen: {
    identityLevel: (citizen) => citizen.level,
    vectorOfTrust: (citizen) => citizen.vot,
    patient: (citizen, _, ctx) => (citizen.nhsNumber ? ctx.nhs.pds.patient.load(citizen.nhsNumber) : null),
  },
};
