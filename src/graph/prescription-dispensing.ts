import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import { statusName, type EpsSession } from '../sources/eps-tracker/index.js';
import {
  checkedDispensedItems,
  dispenseClaim,
  dispenseNotification,
  statusAfter,
  withdrawTask,
  type FhirResource,
  type WriteOutcomeModel,
} from '../sources/eps/index.js';
import type { OrganisationModel } from '../sources/ods/index.js';
import { requestIdOf, UUID } from './prescription-request-id.js';
import { USER_ERRORS, withUserErrors } from './user-errors.js';
import { traceableId } from '../ids.js';

const WITHDRAW_REASON = /^[A-Z]{2}$/;
const FOUR_DIGITS = /^\d{4}$/;

/** The parts of a dispensing Task (a return or a withdrawal) that come from the request rather than from its input. */
interface TaskContext {
  /** When the request id was first used: a retry builds the identical Task. */
  authoredOn: string;
  pharmacy: OrganisationModel;
  session: EpsSession;
}

/**
 * Sends a dispensing Task (POST /Task): the signed-in dispenser's CIS2 session, the pharmacy's ODS record and the
 * request id's first time, then `build` with them, then EPS. Answers the mutation's result.
 */
export async function sendDispensingTask(
  ctx: Context,
  requestId: string,
  pharmacyOdsCode: string,
  build: (task: TaskContext) => FhirResource,
): Promise<WriteOutcomeModel> {
  const session = ctx.nhs.eps.sessionFor();
  const pharmacy = await ctx.nhs.ods.organisation.load(pharmacyOdsCode);
  const task = build({ authoredOn: await ctx.nhs.eps.requestTime(requestId), pharmacy, session });
  const res = await ctx.nhs.eps.task(task);
  return { accepted: true, requestId: res.requestId, resource: res.body };
}

/**
 * Typed dispensing (EPS FHIR dispensing API) after a release: the dispense notification, the reimbursement claim and the
 * withdrawal of a dispense notification, each built from typed input, the pharmacy's ODS record and the signed-in
 * dispenser's CIS2 session. Release and return are in prescription.ts.
 */
export const prescriptionDispensingResolvers: Resolvers = {
  Mutation: {
    notifyDispense: (_, { input }, ctx) =>
      withUserErrors('dispenseNotification', USER_ERRORS.notifyDispense, async () => {
        const requestId = requestIdOf(input.requestId) ?? traceableId();
        const items = checkedDispensedItems(input.items);
        const session = ctx.nhs.eps.sessionFor();
        const pharmacy = await ctx.nhs.ods.organisation.load(input.pharmacy);
        const at = await ctx.nhs.eps.requestTime(requestId);
        const bundle = dispenseNotification({ requestId, prescriptionId: input.prescriptionId, nhsNumber: input.nhsNumber, pharmacy, session, items, at });
        const res = await ctx.nhs.eps.dispenseNotification(bundle, requestId);
        const status = statusName(statusAfter(items).code);
        return { notificationId: requestId, status: status as NonNullable<typeof status>, requestId: res.requestId, resource: res.body };
      }),
    claimPrescription: (_, { input }, ctx) =>
      withUserErrors('result', USER_ERRORS.claimPrescription, async () => {
        const requestId = requestIdOf(input.requestId) ?? traceableId();
        const dispensed = checkedDispensedItems(input.items, { reasonRequired: false });
        const chargeExemption = input.chargeExemption ?? '0001';
        if (!FOUR_DIGITS.test(chargeExemption))
          throw new BadUserInputError('MISSING_VALUE', 'chargeExemption must be a four-digit prescription-charge-exemption code');
        const items = dispensed.map((item, i) => {
          const endorsement = (input.items[i]?.endorsement ?? 'NDEC').trim();
          if (!endorsement) throw new BadUserInputError('MISSING_VALUE', `items[${i}]: the endorsement is empty (NDEC for none)`);
          return { ...item, endorsement, charged: input.items[i]?.charged ?? true };
        });
        const session = ctx.nhs.eps.sessionFor();
        const pharmacy = await ctx.nhs.ods.organisation.load(input.pharmacy);
        const claim = dispenseClaim({
          requestId,
          prescriptionId: input.prescriptionId,
          nhsNumber: input.nhsNumber,
          pharmacy,
          session,
          items,
          at: await ctx.nhs.eps.requestTime(requestId),
          chargeExemption,
          exemptionEvidenceSeen: input.exemptionEvidenceSeen ?? false,
        });
        const res = await ctx.nhs.eps.claim(claim);
        return { accepted: true, requestId: res.requestId, resource: res.body };
      }),
    withdrawDispense: (_, { input }, ctx) =>
      withUserErrors('result', USER_ERRORS.withdrawDispense, async () => {
        const requestId = requestIdOf(input.requestId) ?? traceableId();
        if (!WITHDRAW_REASON.test(input.reasonCode)) {
          throw new BadUserInputError('INVALID_REASON_CODE', 'reasonCode must be a two-letter EPS-task-dispense-withdraw-reason code');
        }
        if (!UUID.test(input.dispenseNotificationId)) {
          throw new BadUserInputError(
            'INVALID_DISPENSE_NOTIFICATION_ID',
            'dispenseNotificationId must be the UUID of the dispense notification (its notificationId)',
          );
        }
        return sendDispensingTask(ctx, requestId, input.pharmacy, ({ authoredOn, pharmacy, session }) =>
          withdrawTask(
            requestId,
            {
              prescriptionId: input.prescriptionId,
              nhsNumber: input.nhsNumber,
              reasonCode: input.reasonCode,
              reasonDisplay: input.reasonDisplay ?? input.reasonCode,
              authoredOn,
              dispenseNotificationId: input.dispenseNotificationId.toLowerCase(),
            },
            pharmacy,
            session,
          ),
        );
      }),
  },
};
