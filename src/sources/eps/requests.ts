import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM } from '../fhir.js';
import { codeOfEnum } from '../../nhs/fhir-codes.js';
import type { OrganisationModel } from '../ods/mapper.js';
import type { EpsSession } from '../eps-tracker/session.js';
import { PRESCRIPTION_ID_SYSTEM } from '../eps-tracker/wire.js';
import { RETURN_REASON_SYSTEM, RFC4122_SYSTEM, WITHDRAW_REASON_SYSTEM, type FhirResource, type ParametersResource } from './wire.js';
import { HL7_TASK_CODE, ORGANISATION_ROLE, SDS_JOB_ROLE_CODE, SDS_ROLE_PROFILE_ID_SYSTEM, SDS_USER_ID_SYSTEM, SNOMED_CT } from '../fhir-systems.js';

/**
 * The request bodies the graph builds itself (release and return), from typed input, the pharmacy's ODS record and
 * the signed-in worker's CIS2 session. Pure. Their ids are the mutation's request id, so a retried mutation sends the
 * identical body.
 */

/**
 * The signed-in worker as the agent of a release (and the requester of a return): their role profile, SDS user id and
 * name, and full job role code. EPS requires a work telephone (`_agent.yaml`); CIS2 gives none for a user, so it is the
 * pharmacy's, where they work.
 */
export function agent(session: EpsSession, pharmacy: OrganisationModel): FhirResource {
  const phone = pharmacy.telecom.find((t) => t.value && (t.system ?? 'PHONE') === 'PHONE')?.value;
  return {
    resourceType: 'PractitionerRole',
    id: 'agent',
    identifier: [{ system: SDS_ROLE_PROFILE_ID_SYSTEM, value: session.roleProfileId }],
    practitioner: { identifier: { system: SDS_USER_ID_SYSTEM, value: session.userId }, display: session.userName ?? session.userId },
    code: [{ coding: [{ system: SDS_JOB_ROLE_CODE, code: session.jobRole }] }],
    ...(phone ? { telecom: [{ system: 'phone', value: phone, use: 'work' }] } : {}),
  };
}

/** A pharmacy as EPS wants it in `owner` (ReleaseOrganization: name, address, telecom and type are required). */
export function pharmacyOrganization(pharmacy: OrganisationModel, id = 'organization'): FhirResource {
  const address = pharmacy.addresses[0];
  return {
    resourceType: 'Organization',
    id,
    identifier: [{ system: ODS_CODE_SYSTEM, value: pharmacy.odsCode }],
    active: pharmacy.active ?? true,
    type: [{ coding: [{ system: ORGANISATION_ROLE, code: '182', display: 'PHARMACY' }] }],
    name: pharmacy.name ?? pharmacy.odsCode,
    telecom: pharmacy.telecom
      .filter((t) => t.value)
      .map((t) => ({ system: t.system && t.system !== 'OTHER' ? codeOfEnum(t.system) : 'phone', value: t.value, use: 'work' }))
      .slice(0, 1),
    address: [{ use: 'work', line: address?.lines ?? [], city: address?.city ?? undefined, postalCode: address?.postalCode ?? undefined }],
  };
}

/** Task/$release Parameters: one prescription by id, or (without one) the pharmacy's nominated download. */
export function releaseParameters(requestId: string, pharmacy: OrganisationModel, prescriptionId: string | undefined, session: EpsSession): ParametersResource {
  const parameter: ParametersResource['parameter'] = [];
  if (prescriptionId) parameter.push({ name: 'group-identifier', valueIdentifier: { system: PRESCRIPTION_ID_SYSTEM, value: prescriptionId } });
  parameter.push({ name: 'owner', resource: pharmacyOrganization(pharmacy, requestId) });
  parameter.push({ name: 'status', valueCode: 'accepted' });
  parameter.push({ name: 'agent', resource: agent(session, pharmacy) });
  return { resourceType: 'Parameters', id: requestId, parameter };
}

export interface ReturnInput {
  prescriptionId: string;
  nhsNumber: string;
  reasonCode: string;
  reasonDisplay: string;
  authoredOn: string;
  /** The id of the release response (its Parameters.id) that released the prescription to this pharmacy. */
  releaseResponseId: string;
}

/** A return Task (`status: rejected`): the pharmacy gives the prescription back to Spine for another to release. */
export function returnTask(requestId: string, input: ReturnInput, pharmacy: OrganisationModel, session: EpsSession): FhirResource {
  const requester = { ...agent(session, pharmacy), id: 'requester', organization: { reference: '#organization' } };
  return {
    resourceType: 'Task',
    id: requestId,
    contained: [requester, pharmacyOrganization(pharmacy)],
    identifier: [{ system: RFC4122_SYSTEM, value: requestId }],
    status: 'rejected',
    statusReason: { coding: [{ system: RETURN_REASON_SYSTEM, code: input.reasonCode, display: input.reasonDisplay }] },
    intent: 'order',
    code: { coding: [{ system: HL7_TASK_CODE, code: 'fulfill', display: 'Fulfill the focal request' }] },
    groupIdentifier: { system: PRESCRIPTION_ID_SYSTEM, value: input.prescriptionId },
    // The release response that released the prescription being returned (Return.yaml, `focus`).
    focus: { identifier: { system: RFC4122_SYSTEM, value: input.releaseResponseId } },
    for: { identifier: { system: NHS_NUMBER_SYSTEM, value: input.nhsNumber } },
    authoredOn: input.authoredOn,
    requester: { reference: '#requester' },
    reasonCode: { coding: [{ system: SNOMED_CT, code: '33633005', display: 'Prescription of drug' }] },
  };
}

export interface WithdrawInput {
  prescriptionId: string;
  nhsNumber: string;
  /** EPS-task-dispense-withdraw-reason code (e.g. MU Medication Update) and display. */
  reasonCode: string;
  reasonDisplay: string;
  authoredOn: string;
  /** The dispense notification being withdrawn: its message id (Bundle.identifier.value). */
  dispenseNotificationId: string;
}

/** A withdraw Task (`status: in-progress`, code `abort`): the pharmacy takes back its last dispense notification. */
export function withdrawTask(requestId: string, input: WithdrawInput, pharmacy: OrganisationModel, session: EpsSession): FhirResource {
  const requester = { ...agent(session, pharmacy), id: 'requester', organization: { reference: '#organisation' } };
  return {
    resourceType: 'Task',
    id: requestId,
    contained: [requester, pharmacyOrganization(pharmacy, 'organisation')],
    extension: [
      {
        url: 'https://fhir.nhs.uk/StructureDefinition/Extension-Provenance-agent',
        valueReference: { identifier: { system: SDS_USER_ID_SYSTEM, value: session.userId } },
      },
    ],
    identifier: [{ system: RFC4122_SYSTEM, value: requestId }],
    groupIdentifier: { system: PRESCRIPTION_ID_SYSTEM, value: input.prescriptionId },
    status: 'in-progress',
    statusReason: { coding: [{ system: WITHDRAW_REASON_SYSTEM, code: input.reasonCode, display: input.reasonDisplay }] },
    intent: 'order',
    code: { coding: [{ system: HL7_TASK_CODE, code: 'abort', display: 'Mark the focal resource as no longer active' }] },
    focus: { type: 'Bundle', identifier: { system: RFC4122_SYSTEM, value: input.dispenseNotificationId } },
    for: { identifier: { system: NHS_NUMBER_SYSTEM, value: input.nhsNumber } },
    authoredOn: input.authoredOn,
    requester: { reference: '#requester' },
    owner: { identifier: { system: ODS_CODE_SYSTEM, value: pharmacy.odsCode } },
    reasonCode: { coding: [{ system: SNOMED_CT, code: '373784005', display: 'Dispensing medication' }] },
  };
}
