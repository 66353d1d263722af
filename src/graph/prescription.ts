import { USER_ERRORS, withUserErrors } from './user-errors.js';
import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import { BUSINESS_STATUS_SYSTEM, type CodeModel, holdsDispenser, type PrescriptionModel, statusName } from '../sources/eps-tracker/index.js';
import { cancellationOutcome, checkedRelease, checkMessage, EVENT, mapPrepared, releaseParameters, returnTask } from '../sources/eps/index.js';
import { sendDispensingTask } from './prescription-dispensing.js';
import { pageOfPrescriptions } from './prescription-page.js';
import { requestIdOf, UUID } from './prescription-request-id.js';
import { MEDICATION_DISPENSE_TYPE, MEDICATION_REQUEST_STATUS_REASON, PRESCRIPTION_TYPE } from '../sources/fhir-systems.js';
import { traceableId } from '../ids.js';

const REASON_CODE = /^\d{4}$/;

/** The clinical view of a prescription: itself when it is one, else one (de-duplicated) tracker read. */
function detail(p: PrescriptionModel, ctx: Context): Promise<PrescriptionModel> | PrescriptionModel {
  return p.detailed ? p : ctx.nhs.epsTracker.prescription.load({ id: p.id, issueNumber: p.issueNumber ?? undefined });
}

const coding = (c: CodeModel | null, system?: string) => (c ? { system: system ?? null, code: c.code, display: c.display } : null);
const organisation = (odsCode: string | null, ctx: Context) => (odsCode ? ctx.nhs.ods.organisation.load(odsCode) : null);

/** Whether the pharmacy can be known without the detail: a summary in a status no pharmacy has reached has none. */
async function dispenserCode(p: PrescriptionModel, ctx: Context): Promise<string | null> {
  if (!p.detailed && !holdsDispenser(p.status?.code)) return null;
  return (await detail(p, ctx)).dispenserOdsCode;
}

export const prescriptionResolvers: Resolvers = {
  Query: {
    prescription: (_, { id, issueNumber }, ctx) => ctx.nhs.epsTracker.prescription.load({ id, issueNumber: issueNumber ?? undefined }),
  },
  Patient: {
    prescriptions: async (patient, { status, authoredFrom, authoredTo, first, after }, ctx) => {
      const page = { first: first ?? 20, after: after ?? undefined, from: authoredFrom ?? undefined, to: authoredTo ?? undefined };
      return pageOfPrescriptions(page, status ?? [], (window) => ctx.nhs.epsTracker.prescriptionsOfPatient.load({ nhsNumber: patient.nhsNumber, ...window }));
    },
  },
  Prescription: {
    status: (p) => statusName(p.status?.code),
    statusCoding: (p) => coding(p.status, BUSINESS_STATUS_SYSTEM),
    prescriptionType: async (p, _, ctx) => coding((await detail(p, ctx)).prescriptionType, PRESCRIPTION_TYPE),
    lineItems: async (p, _, ctx) => (await detail(p, ctx)).lineItems,
    statusHistory: async (p, _, ctx) => (await detail(p, ctx)).statusHistory,
    prescriberOdsCode: async (p, _, ctx) => (await detail(p, ctx)).prescriberOdsCode,
    prescriber: async (p, _, ctx) => organisation((await detail(p, ctx)).prescriberOdsCode, ctx),
    dispenserOdsCode: (p, _, ctx) => dispenserCode(p, ctx),
    dispenser: async (p, _, ctx) => organisation(await dispenserCode(p, ctx), ctx),
    nominatedPharmacyOdsCode: async (p, _, ctx) => (await detail(p, ctx)).nominatedPharmacyOdsCode,
    nominatedPharmacy: async (p, _, ctx) => organisation((await detail(p, ctx)).nominatedPharmacyOdsCode, ctx),
  },
  PrescriptionLineItem: {
    status: (i) => coding(i.status, MEDICATION_DISPENSE_TYPE),
    // The tracker's MedicationRequest.statusReason codes (clinicalView examples): the mapper keeps code and display only.
    statusReason: (i) => coding(i.statusReason, MEDICATION_REQUEST_STATUS_REASON),
  },
  PrescriptionDispense: {
    type: (d) => coding(d.type, MEDICATION_DISPENSE_TYPE),
  },
  PrescriptionStatusTransition: {
    status: (t) => statusName(t.status?.code),
    statusCoding: (t) => coding(t.status, BUSINESS_STATUS_SYSTEM),
    organisation: (t, _, ctx) => organisation(t.organisationOdsCode, ctx),
  },
  ReleasedPrescription: {
    prescription: (r, _, ctx) => ctx.nhs.epsTracker.prescription.load({ id: r.prescriptionId }),
  },
  Mutation: {
    preparePrescriptionFromMessage: (_, { message, requestId }, ctx) =>
      withUserErrors('preparedPrescription', USER_ERRORS.preparePrescriptionFromMessage, async () => {
        const id = requestIdOf(requestId);
        const { bundle } = checkMessage(message, EVENT.order);
        const res = await ctx.nhs.eps.prepare(bundle, id);
        return mapPrepared(res.body, res.requestId);
      }),
    createPrescriptionFromMessage: (_, { message, requestId }, ctx) =>
      withUserErrors('result', USER_ERRORS.createPrescriptionFromMessage, async () => {
        const id = requestIdOf(requestId);
        const { bundle } = checkMessage(message, EVENT.order, { signed: true });
        const res = await ctx.nhs.eps.processPrescribingMessage(bundle, id);
        return { accepted: true, requestId: res.requestId, resource: res.body as never };
      }),
    cancelPrescriptionFromMessage: (_, { message, requestId }, ctx) =>
      withUserErrors('cancellation', USER_ERRORS.cancelPrescriptionFromMessage, async () => {
        const id = requestIdOf(requestId);
        const { bundle, prescriptionIds } = checkMessage(message, EVENT.orderUpdate);
        return cancellationOutcome(await ctx.nhs.eps.cancel(bundle, id), prescriptionIds);
      }),
    releasePrescription: (_, { input }, ctx) =>
      withUserErrors('release', USER_ERRORS.releasePrescription, async () => {
        const id = requestIdOf(input.requestId) ?? traceableId();
        const session = ctx.nhs.eps.sessionFor();
        const pharmacy = await ctx.nhs.ods.organisation.load(input.pharmacy);
        const parameters = releaseParameters(id, pharmacy, input.prescriptionId ?? undefined, session);
        return checkedRelease(await ctx.nhs.eps.release(parameters), input.prescriptionId ?? undefined);
      }),
    returnPrescription: (_, { input }, ctx) =>
      withUserErrors('result', USER_ERRORS.returnPrescription, async () => {
        const id = requestIdOf(input.requestId) ?? traceableId();
        if (!REASON_CODE.test(input.reasonCode))
          throw new BadUserInputError('INVALID_REASON_CODE', 'reasonCode must be a four-digit EPS-task-dispense-return-status-reason code');
        if (!UUID.test(input.releaseResponseId))
          throw new BadUserInputError(
            'INVALID_RELEASE_RESPONSE_ID',
            'releaseResponseId must be the UUID of the release response (PrescriptionRelease.responseId)',
          );
        return sendDispensingTask(ctx, id, input.pharmacy, ({ authoredOn, pharmacy, session }) =>
          returnTask(
            id,
            {
              prescriptionId: input.prescriptionId,
              nhsNumber: input.nhsNumber,
              reasonCode: input.reasonCode,
              reasonDisplay: input.reasonDisplay ?? input.reasonCode,
              authoredOn,
              releaseResponseId: input.releaseResponseId.toLowerCase(),
            },
            pharmacy,
            session,
          ),
        );
      }),
    notifyDispenseFromMessage: (_, { message, requestId }, ctx) =>
      withUserErrors('result', USER_ERRORS.notifyDispenseFromMessage, async () => {
        const id = requestIdOf(requestId);
        const { bundle } = checkMessage(message, EVENT.dispenseNotification);
        const res = await ctx.nhs.eps.dispenseNotification(bundle, id);
        return { accepted: true, requestId: res.requestId, resource: res.body };
      }),
  },
};
