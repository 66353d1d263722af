import { BadUserInputError } from '../errors.js';
import { USER_ERRORS, withUserErrors } from './user-errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { organisationStub } from '../sources/ods/index.js';
import {
  buildPatientPatch,
  mapPdsPatient,
  needsCurrentRecord,
  refuseOutsidePatientAccess,
  refuseTelecomOutsidePatientAccess,
  toPdsSearchParams,
  validatePatientChanges,
} from '../sources/pds/index.js';

export const patientResolvers: Resolvers = {
  Query: {
    patient: (_, { nhsNumber }, ctx) => ctx.nhs.pds.patient.load(nhsNumber),
    patients: async (_, { search }, ctx) => {
      const bundle = await ctx.nhs.pds.searchPatients(toPdsSearchParams(search));
      const matches = (bundle.entry ?? []).flatMap((e) => (e.resource ? [{ score: e.search?.score ?? null, patient: mapPdsPatient(e.resource, true) }] : []));
      return { total: bundle.total ?? matches.length, matches };
    },
  },
  Mutation: {
    updatePatient: (_, { nhsNumber, version, changes }, ctx) =>
      withUserErrors('patient', USER_ERRORS.updatePatient, async () => {
        if (!Number.isInteger(version) || version < 1)
          throw new BadUserInputError('INVALID_VERSION', 'version must be the positive integer read from Patient.version');
        validatePatientChanges(changes);
        if (ctx.principal.kind === 'citizen') refuseOutsidePatientAccess(changes);
        const current = needsCurrentRecord(changes) ? await ctx.nhs.pds.getPatient(nhsNumber) : undefined;
        if (ctx.principal.kind === 'citizen') refuseTelecomOutsidePatientAccess(changes, current);
        // If-Match carries the caller's version, not the one just read: PDS then refuses the write if anyone changed the
        // record since the caller read it, so no update is lost.
        const updated = await ctx.nhs.pds.patchPatient(nhsNumber, version, buildPatientPatch(changes, current));
        const model = mapPdsPatient(updated);
        ctx.nhs.pds.patient.clear(nhsNumber).prime(nhsNumber, model);
        return model;
      }),
  },
  Patient: {
    // A restricted patient's related people are withheld by the access layer (src/access/restricted.ts), without a call.
    relatedPeople: (patient, _, ctx) => ctx.nhs.pds.relatedPeople.load(patient.nhsNumber),
    // The code comes from PDS: it is kept even when ODS cannot give the practice's details (errors on those fields).
    registeredGp: (patient) => (patient.registeredGpOdsCode ? organisationStub(patient.registeredGpOdsCode) : null),
    nominatedPharmacy: async (patient, _, ctx) => {
      // PDS search results omit pharmacies: read the full record (one call per distinct patient, via the loader).
      const full = patient.fromSearch ? await ctx.nhs.pds.patient.load(patient.nhsNumber) : patient;
      return full.nominatedPharmacyOdsCode ? organisationStub(full.nominatedPharmacyOdsCode) : null;
    },
    nominatedPharmacyOdsCode: async (patient, _, ctx) => {
      if (!patient.fromSearch) return patient.nominatedPharmacyOdsCode;
      return (await ctx.nhs.pds.patient.load(patient.nhsNumber)).nominatedPharmacyOdsCode;
    },
  },
};
