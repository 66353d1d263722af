import { createHash } from 'node:crypto';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM } from '../fhir.js';
import {
  DISPENSING_SITE_PREFERENCE,
  GMC_NUMBER_SYSTEM,
  ORGANISATION_ROLE,
  PRESCRIPTION_ITEM_ID_SYSTEM,
  PRESCRIPTION_LONG_ID_SYSTEM,
  PRESCRIPTION_TYPE,
  SDS_JOB_ROLE_CODE,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_USER_ID_SYSTEM,
  SNOMED_CT,
} from '../fhir-systems.js';
import type { EpsSession } from '../eps-tracker/session.js';
import { PRESCRIPTION_ID_SYSTEM } from '../eps-tracker/wire.js';
import type { OrganisationModel } from '../ods/mapper.js';
import { pharmacyOrganization } from './requests.js';
import { EVENT, MESSAGE_EVENT_SYSTEM, RFC4122_SYSTEM, type FhirResource, type MessageBundle } from './wire.js';

/**
 * The prescription-order message Bundle EPS $prepare and $process-message take (fhir-prescribing.yaml, the acute
 * nominated-pharmacy medical-prescriber example is the model), built from typed input, the patient's PDS record, the
 * prescribing and nominated organisations' ODS records and the signed-in prescriber's CIS2 session. Pure.
 */

export interface OrderItem {
  /** The dm+d code (a SNOMED CT concept id, checked by the caller) and its name. */
  medicationCode: string;
  medicationName: string;
  quantity: number;
  unit: string;
  /** The SNOMED CT code of the unit, when the app knows it. */
  unitCode: string | null;
  dosage: string;
  /** Days the supply should last, when given. */
  supplyDays: number | null;
}

export interface Order {
  prescriptionId: string;
  /** The long-form id (a UUID), in Extension-DM-PrescriptionId. */
  longId: string;
  /** Bundle.identifier.value: the message id Spine de-duplicates on. */
  messageId: string;
  /** The day the prescription is valid from (YYYY-MM-DD). */
  validFrom: string;
  /** prescription-type code, e.g. 0101 (Primary Care Prescriber - Medical Prescriber). */
  prescriptionType: string;
  /** The patient's PDS record, verbatim (name, gender, birth date, address, GP). */
  patient: { nhsNumber: string; resource: Record<string, unknown> };
  prescriber: { organisation: OrganisationModel; professionalCode: string | null; session: EpsSession };
  pharmacy: OrganisationModel;
  items: OrderItem[];
}

const PRESCRIPTION_TYPE_DISPLAY: Readonly<Record<string, string>> = {
  '0101': 'Primary Care Prescriber - Medical Prescriber',
};

/** A UUID derived from the prescription's long id and a label: the same order always builds the same message. */
export function derivedUuid(seed: string, label: string): string {
  const h = createHash('sha256').update(`${seed}/${label}`).digest('hex');
  // Version 4 in the third group, the RFC 4122 variant (8, 9, a or b) leading the fourth.
  const variant = ((Number.parseInt(h[16] as string, 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const urn = (id: string) => `urn:uuid:${id}`;
const ods = (code: string) => ({ system: ODS_CODE_SYSTEM, value: code });

function phoneOf(org: OrganisationModel): string | undefined {
  return org.telecom.find((t) => t.value && (t.system ?? 'PHONE') === 'PHONE')?.value ?? undefined;
}

/** The patient as EPS wants it: NHS number, name, gender, birth date, home address and GP, from the PDS record. */
function patientResource(order: Order): FhirResource {
  const pds = order.patient.resource as {
    name?: unknown[];
    gender?: string;
    birthDate?: string;
    address?: { use?: string }[];
    generalPractitioner?: unknown[];
  };
  const address = (pds.address ?? []).filter((a) => a.use === 'home').slice(0, 1);
  return {
    resourceType: 'Patient',
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: order.patient.nhsNumber }],
    ...(pds.name ? { name: pds.name.slice(0, 1) } : {}),
    ...(pds.gender ? { gender: pds.gender } : {}),
    ...(pds.birthDate ? { birthDate: pds.birthDate } : {}),
    ...(address.length > 0 ? { address } : {}),
    ...(pds.generalPractitioner ? { generalPractitioner: pds.generalPractitioner.slice(0, 1) } : {}),
  };
}

function practitionerName(session: EpsSession): Record<string, unknown> {
  const parts = (session.userName ?? session.userId).split(' ').filter(Boolean);
  return parts.length > 1 ? { family: parts[parts.length - 1], given: parts.slice(0, -1) } : { family: parts[0] ?? session.userId };
}

function prescriberResources(order: Order, ids: { role: string; practitioner: string; organisation: string }): { fullUrl: string; resource: FhirResource }[] {
  const { organisation, professionalCode, session } = order.prescriber;
  const phone = phoneOf(organisation);
  const address = organisation.addresses[0];
  return [
    {
      fullUrl: urn(ids.role),
      resource: {
        resourceType: 'PractitionerRole',
        identifier: [{ system: SDS_ROLE_PROFILE_ID_SYSTEM, value: session.roleProfileId }],
        practitioner: { reference: urn(ids.practitioner) },
        organization: { reference: urn(ids.organisation) },
        code: [{ coding: [{ system: SDS_JOB_ROLE_CODE, code: session.jobRoleCode }] }],
        ...(phone ? { telecom: [{ system: 'phone', use: 'work', value: phone }] } : {}),
      },
    },
    {
      fullUrl: urn(ids.practitioner),
      resource: {
        resourceType: 'Practitioner',
        identifier: [
          { system: SDS_USER_ID_SYSTEM, value: session.userId },
          ...(professionalCode ? [{ system: GMC_NUMBER_SYSTEM, value: professionalCode }] : []),
        ],
        name: [practitionerName(session)],
      },
    },
    {
      fullUrl: urn(ids.organisation),
      resource: {
        resourceType: 'Organization',
        identifier: [ods(organisation.odsCode)],
        type: [{ coding: [{ system: ORGANISATION_ROLE, code: '76', display: 'GP PRACTICE' }] }],
        name: organisation.name ?? organisation.odsCode,
        ...(phone ? { telecom: [{ system: 'phone', use: 'work', value: phone }] } : {}),
        address: [{ use: 'work', type: 'both', line: address?.lines ?? [], city: address?.city ?? undefined, postalCode: address?.postalCode ?? undefined }],
      },
    },
  ];
}

function medicationRequest(order: Order, item: OrderItem, itemId: string, refs: { patient: string; role: string }): FhirResource {
  const typeDisplay = PRESCRIPTION_TYPE_DISPLAY[order.prescriptionType];
  return {
    resourceType: 'MedicationRequest',
    extension: [
      {
        url: 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-PrescriptionType',
        valueCoding: { system: PRESCRIPTION_TYPE, code: order.prescriptionType, ...(typeDisplay ? { display: typeDisplay } : {}) },
      },
    ],
    identifier: [{ system: PRESCRIPTION_ITEM_ID_SYSTEM, value: itemId }],
    status: 'active',
    intent: 'order',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category', code: 'community', display: 'Community' }] }],
    medicationCodeableConcept: { coding: [{ system: SNOMED_CT, code: item.medicationCode, display: item.medicationName }] },
    subject: { reference: urn(refs.patient) },
    requester: { reference: urn(refs.role) },
    groupIdentifier: {
      system: PRESCRIPTION_ID_SYSTEM,
      value: order.prescriptionId,
      extension: [
        {
          url: 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-PrescriptionId',
          valueIdentifier: { system: PRESCRIPTION_LONG_ID_SYSTEM, value: order.longId },
        },
      ],
    },
    courseOfTherapyType: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy', code: 'acute', display: 'Short course (acute) therapy' }],
    },
    dosageInstruction: [{ text: item.dosage }],
    dispenseRequest: {
      extension: [
        {
          url: 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-PerformerSiteType',
          valueCoding: { system: DISPENSING_SITE_PREFERENCE, code: 'P1' },
        },
      ],
      validityPeriod: { start: order.validFrom },
      quantity: { value: item.quantity, unit: item.unit, ...(item.unitCode ? { system: SNOMED_CT, code: item.unitCode } : {}) },
      ...(item.supplyDays ? { expectedSupplyDuration: { value: item.supplyDays, unit: 'day', system: 'http://unitsofmeasure.org', code: 'd' } } : {}),
      performer: { identifier: ods(order.pharmacy.odsCode) },
    },
    substitution: { allowedBoolean: false },
  };
}

/** The unsigned prescription-order message: what $prepare digests and, with a Provenance added, $process-message creates. */
export function prescriptionOrder(order: Order): MessageBundle {
  const id = (label: string) => derivedUuid(order.longId, label);
  const ids = { header: id('header'), patient: id('patient'), role: id('role'), practitioner: id('practitioner'), organisation: id('organisation') };
  const itemIds = order.items.map((_, i) => id(`item-${i}`));
  const requests = order.items.map((item, i) => ({
    fullUrl: urn(itemIds[i] as string),
    resource: medicationRequest(order, item, itemIds[i] as string, ids),
  }));
  const pharmacy = pharmacyOrganization(order.pharmacy);
  const prescriber = order.prescriber.organisation;
  const header: FhirResource = {
    resourceType: 'MessageHeader',
    eventCoding: { system: MESSAGE_EVENT_SYSTEM, code: EVENT.order, display: 'Prescription Order' },
    destination: [
      {
        endpoint: `https://directory.spineservices.nhs.uk/STU3/Organization/${order.pharmacy.odsCode}`,
        receiver: { identifier: ods(order.pharmacy.odsCode), display: pharmacy.name },
      },
    ],
    sender: { identifier: ods(prescriber.odsCode), display: prescriber.name ?? prescriber.odsCode },
    source: { endpoint: `https://directory.spineservices.nhs.uk/STU3/Organization/${prescriber.odsCode}` },
    focus: [...itemIds.map((i) => ({ reference: urn(i) })), { reference: urn(ids.role) }, { reference: urn(ids.patient) }],
  };
  return {
    resourceType: 'Bundle',
    id: order.messageId,
    identifier: { system: RFC4122_SYSTEM, value: order.messageId },
    type: 'message',
    entry: [
      { fullUrl: urn(ids.header), resource: header },
      ...requests,
      { fullUrl: urn(ids.patient), resource: patientResource(order) },
      ...prescriberResources(order, ids),
    ],
  };
}
