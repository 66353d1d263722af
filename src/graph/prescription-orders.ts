import { randomUUID } from 'node:crypto';
import { refuseSource } from '../access/policy.js';
import { BadUserInputError, UpstreamError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { makePrescriptionId } from '../nhs/prescription-id.js';
import { checkedOrder, derivedUuid, isBase64, mapPrepared, prescriptionOrder, signedOrder, xmlSignature } from '../sources/eps/index.js';
import { USER_ERRORS, withUserErrors } from './user-errors.js';

/** How long a prepared prescription waits for its signature (src/sources/eps/prepared-orders.ts). */
const PREPARED_TTL_MS = 15 * 60_000;
/** The middle part of a short-form id is the prescriber's ODS code padded to six characters. */
const MAX_PRESCRIBER_CODE = 6;

/** A new short-form prescription id at the prescriber: random hex around their ODS code, with its check character. */
function allocatePrescriptionId(prescriberOdsCode: string): string {
  const hex = randomUUID().replace(/-/g, '').toUpperCase();
  return makePrescriptionId(hex.slice(0, 6), prescriberOdsCode, hex.slice(6, 11));
}

/**
 * Typed prescribing (EPS FHIR prescribing API): preparePrescription builds the prescription-order message and gets its
 * digest; createPrescription adds the prescriber's signature and creates it. The raw-message mutations are in
 * prescription.ts.
 */
export const prescriptionOrderResolvers: Resolvers = {
  CreatedPrescription: {
    prescription: (c, _, ctx) => ctx.nhs.epsTracker.prescription.load({ id: c.prescriptionId }),
  },
  Mutation: {
    preparePrescription: (_, { input }, ctx) =>
      withUserErrors('preparedPrescription', USER_ERRORS.preparePrescription, async () => {
        const items = checkedOrder(input.items, input.prescriptionType ?? '0101');
        if (input.prescriber.organisation.length > MAX_PRESCRIBER_CODE) {
          throw new BadUserInputError(
            'INVALID_ODS_CODE',
            'The prescribing organisation’s ODS code must be at most six characters (it is part of the prescription id)',
          );
        }
        // The patient's record and nomination are PDS data: the caller's role must reach PDS as well as EPS.
        const refusal = refuseSource(ctx.principal, 'pds', ctx.access.policy);
        if (refusal) throw refusal;
        const session = ctx.nhs.eps.sessionFor();
        const patient = await ctx.nhs.pds.patient.load(input.patient);
        const nominated = patient.nominatedPharmacyOdsCode?.toUpperCase();
        // Only nominated prescriptions are built here: without a nomination there is no pharmacy to send it to.
        if (!nominated)
          throw new BadUserInputError(
            'NO_NOMINATED_PHARMACY',
            'PDS gives no nominated pharmacy for the patient (none nominated, or withheld from a restricted record)',
          );
        if (input.nominatedPharmacy && input.nominatedPharmacy.toUpperCase() !== nominated) {
          throw new BadUserInputError('NOMINATED_PHARMACY_MISMATCH', 'nominatedPharmacy is not the patient’s nominated pharmacy in PDS');
        }
        const [prescriber, pharmacy] = await Promise.all([
          ctx.nhs.ods.organisation.load(input.prescriber.organisation),
          ctx.nhs.ods.organisation.load(nominated),
        ]);
        const prescriptionId = allocatePrescriptionId(prescriber.odsCode);
        const longId = randomUUID();
        const bundle = prescriptionOrder({
          prescriptionId,
          longId,
          messageId: derivedUuid(longId, 'message'),
          validFrom: new Date().toISOString().slice(0, 10),
          prescriptionType: input.prescriptionType ?? '0101',
          patient: { nhsNumber: patient.nhsNumber, resource: patient.resource as unknown as Record<string, unknown> },
          prescriber: { organisation: prescriber, professionalCode: input.prescriber.professionalCode ?? null, session },
          pharmacy,
          items,
        });
        const res = await ctx.nhs.eps.prepare(bundle, undefined);
        const prepared = mapPrepared(res.body, res.requestId);
        if (!prepared.digest || !prepared.timestamp) {
          throw new UpstreamError('EPS $prepare answered without a digest or timestamp', {
            reason: 'WRONG_ANSWER',
            upstream: { api: 'eps-prescribing', status: res.status, requestId: res.requestId },
          });
        }
        const preparedId = await ctx.nhs.eps.holdPrepared({
          nhsNumber: patient.nhsNumber,
          prescriptionId,
          bundle,
          digest: prepared.digest,
          timestamp: prepared.timestamp,
        });
        return {
          preparedId,
          prescriptionId,
          nhsNumber: patient.nhsNumber,
          // A restricted patient's pharmacy is never revealed (src/access/restricted.ts); the message still goes to it.
          nominatedPharmacyOdsCode: patient.restricted ? null : nominated,
          digest: prepared.digest,
          timestamp: prepared.timestamp,
          algorithm: prepared.algorithm,
          expiresAt: new Date(Date.now() + PREPARED_TTL_MS).toISOString(),
          requestId: res.requestId,
        };
      }),
    createPrescription: (_, { input }, ctx) =>
      withUserErrors('createdPrescription', USER_ERRORS.createPrescription, async () => {
        if (!isBase64(input.signature) || !isBase64(input.certificate)) {
          throw new BadUserInputError('INVALID_SIGNATURE', 'signature and certificate must be base64');
        }
        const prepared = await ctx.nhs.eps.findPrepared(input.preparedId);
        if (!prepared)
          throw new BadUserInputError(
            'PREPARED_PRESCRIPTION_NOT_FOUND',
            'No prescription prepared under this preparedId by this user (it expires after 15 minutes): prepare again',
          );
        if (prepared.nhsNumber !== input.patient) throw new BadUserInputError('PATIENT_MISMATCH', 'patient is not the prepared prescription’s patient');
        const signature = xmlSignature(prepared.digest, input.signature, input.certificate);
        const bundle = signedOrder(prepared.bundle, prepared.timestamp, signature, derivedUuid(input.preparedId, 'provenance'));
        // One X-Request-ID per prepared prescription: a retry after a lost answer is the identical request, applied once.
        const res = await ctx.nhs.eps.processPrescribingMessage(bundle, derivedUuid(input.preparedId.toLowerCase(), 'create'));
        return { prescriptionId: prepared.prescriptionId, nhsNumber: prepared.nhsNumber, requestId: res.requestId };
      }),
  },
};
