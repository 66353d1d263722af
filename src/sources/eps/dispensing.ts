import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM } from '../fhir.js';
import {
  CLAIM_SEQUENCE_ID_SYSTEM,
  DM_EXEMPTION_EVIDENCE,
  DM_PRESCRIPTION_CHARGE,
  EPS_MESSAGE_REASON,
  EPS_TASK_BUSINESS_STATUS,
  MEDICATION_DISPENSE_ENDORSEMENT,
  MEDICATION_DISPENSE_STATUS_REASON,
  MEDICATION_DISPENSE_TYPE,
  PRESCRIPTION_CHARGE_EXEMPTION,
  PRESCRIPTION_DISPENSE_ITEM_NUMBER_SYSTEM,
  PRESCRIPTION_ITEM_ID_SYSTEM,
  SNOMED_CT,
} from '../fhir-systems.js';
import type { EpsSession } from '../eps-tracker/session.js';
import { PRESCRIPTION_ID_SYSTEM } from '../eps-tracker/wire.js';
import type { OrganisationModel } from '../ods/mapper.js';
import { derivedUuid } from './order.js';
import { agent, pharmacyOrganization } from './requests.js';
import { EVENT, MESSAGE_EVENT_SYSTEM, RFC4122_SYSTEM, type FhirResource, type MessageBundle } from './wire.js';

/**
 * The dispensing messages the graph builds from typed input (fhir-dispensing.yaml's dispense-notification and claim
 * examples are the models): what the pharmacy handed over, item by item, and its reimbursement claim. Pure; every id is
 * derived from the request id, so a retried mutation sends the identical message.
 */

export type DispenseOutcome = 'DISPENSED' | 'PARTIALLY_DISPENSED' | 'NOT_DISPENSED';

/** medicationdispense-type for each outcome. */
export const DISPENSE_TYPE: Readonly<Record<DispenseOutcome, { code: string; display: string }>> = {
  DISPENSED: { code: '0001', display: 'Item fully dispensed' },
  NOT_DISPENSED: { code: '0002', display: 'Item not dispensed' },
  PARTIALLY_DISPENSED: { code: '0003', display: 'Item dispensed - partial' },
};

export interface DispensedItem {
  /** The prescription-order-item-number of the line item (ReleasedLineItem.id). */
  lineItemId: string;
  medicationCode: string;
  medicationName: string;
  outcome: DispenseOutcome;
  /** The quantity handed over now (0 when not dispensed). */
  quantity: number;
  unit: string;
  /** medicationdispense-status-reason code, for an item not dispensed. */
  notDispensedReason: { code: string; display: string } | null;
}

export interface Dispense {
  requestId: string;
  prescriptionId: string;
  nhsNumber: string;
  pharmacy: OrganisationModel;
  session: EpsSession;
  items: DispensedItem[];
  /** When the items were handed over (ISO date-time). */
  at: string;
}

/**
 * The prescription's status after this dispense (EPS-task-business-status): 0003 With Dispenser - Active while an item
 * is only partly dispensed, 0007 Not Dispensed when nothing was, else 0006 Dispensed.
 */
export function statusAfter(items: readonly DispensedItem[]): { code: string; display: string } {
  if (items.some((i) => i.outcome === 'PARTIALLY_DISPENSED')) return { code: '0003', display: 'With Dispenser - Active' };
  if (items.every((i) => i.outcome === 'NOT_DISPENSED')) return { code: '0007', display: 'Not Dispensed' };
  return { code: '0006', display: 'Dispensed' };
}

const quantity = (value: number, unit: string) => ({ value, unit });
const medication = (item: DispensedItem) => ({ coding: [{ system: SNOMED_CT, code: item.medicationCode, display: item.medicationName }] });

function medicationDispense(d: Dispense, item: DispensedItem, index: number, organisationUrl: string): FhirResource {
  const status = statusAfter(d.items);
  const type = DISPENSE_TYPE[item.outcome];
  const performer = { ...agent(d.session, d.pharmacy), id: 'performer', organization: { reference: organisationUrl } };
  // The line item as prescribed, named by its item number and prescription id (NHSDigital-MedicationDispense).
  const request: FhirResource = {
    resourceType: 'MedicationRequest',
    id: 'm1',
    identifier: [{ system: PRESCRIPTION_ITEM_ID_SYSTEM, value: item.lineItemId }],
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: medication(item),
    subject: { identifier: { system: NHS_NUMBER_SYSTEM, value: d.nhsNumber } },
    groupIdentifier: { system: PRESCRIPTION_ID_SYSTEM, value: d.prescriptionId },
  };
  return {
    resourceType: 'MedicationDispense',
    contained: [performer, request],
    extension: [
      { url: 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-TaskBusinessStatus', valueCoding: { system: EPS_TASK_BUSINESS_STATUS, ...status } },
    ],
    identifier: [{ system: PRESCRIPTION_DISPENSE_ITEM_NUMBER_SYSTEM, value: derivedUuid(d.requestId, `dispense-${index}`) }],
    status: item.outcome === 'NOT_DISPENSED' ? 'declined' : 'completed',
    ...(item.notDispensedReason
      ? { statusReasonCodeableConcept: { coding: [{ system: MEDICATION_DISPENSE_STATUS_REASON, ...item.notDispensedReason }] } }
      : {}),
    medicationCodeableConcept: medication(item),
    subject: { type: 'Patient', identifier: { system: NHS_NUMBER_SYSTEM, value: d.nhsNumber } },
    performer: [{ actor: { reference: '#performer' } }],
    authorizingPrescription: [{ reference: '#m1' }],
    type: { coding: [{ system: MEDICATION_DISPENSE_TYPE, ...type }] },
    quantity: quantity(item.quantity, item.unit),
    whenHandedOver: d.at,
  };
}

/**
 * The ODS-OrganisationRelationships extension naming the reimbursement authority for England, the NHS Business Services
 * Authority (T1450), as ODSOrganisationRelationships.yaml describes it ("For Wales, ... RQFZ1": not served here).
 */
export const REIMBURSEMENT_AUTHORITY_ENGLAND = {
  url: 'https://fhir.nhs.uk/StructureDefinition/Extension-ODS-OrganisationRelationships',
  extension: [{ url: 'reimbursementAuthority', valueIdentifier: { system: ODS_CODE_SYSTEM, value: 'T1450' } }],
};

/** The dispense-notification message: one MedicationDispense per line item, from the pharmacy. */
export function dispenseNotification(d: Dispense): MessageBundle {
  const organisationUrl = `urn:uuid:${derivedUuid(d.requestId, 'organisation')}`;
  const dispenses = d.items.map((item, i) => ({
    fullUrl: `urn:uuid:${derivedUuid(d.requestId, `entry-${i}`)}`,
    resource: medicationDispense(d, item, i, organisationUrl),
  }));
  // DispenseNotificationOrganization: the reimbursement authority the notification goes to (a 400 without it).
  const pharmacy = { ...pharmacyOrganization(d.pharmacy), extension: [REIMBURSEMENT_AUTHORITY_ENGLAND] };
  delete pharmacy.id;
  const header: FhirResource = {
    resourceType: 'MessageHeader',
    eventCoding: { system: MESSAGE_EVENT_SYSTEM, code: EVENT.dispenseNotification, display: 'Dispense Notification' },
    sender: { identifier: { system: ODS_CODE_SYSTEM, value: d.pharmacy.odsCode }, display: d.pharmacy.name ?? d.pharmacy.odsCode },
    source: { endpoint: `https://directory.spineservices.nhs.uk/STU3/Organization/${d.pharmacy.odsCode}` },
    reason: { coding: [{ system: EPS_MESSAGE_REASON, code: 'notification', display: 'Notification' }] },
    focus: dispenses.map((e) => ({ reference: e.fullUrl })),
  };
  return {
    resourceType: 'Bundle',
    id: d.requestId,
    identifier: { system: RFC4122_SYSTEM, value: d.requestId },
    type: 'message',
    timestamp: d.at,
    entry: [{ fullUrl: `urn:uuid:${derivedUuid(d.requestId, 'header')}`, resource: header }, ...dispenses, { fullUrl: organisationUrl, resource: pharmacy }],
  };
}

export interface ClaimedItem extends DispensedItem {
  /** medicationdispense-endorsement code (NDEC: no dispenser endorsement). */
  endorsement: string;
  /** Whether the patient paid a prescription charge for the item. */
  charged: boolean;
}

export interface DispenseClaim extends Omit<Dispense, 'items'> {
  items: ClaimedItem[];
  /** prescription-charge-exemption code (0001: the patient paid) and whether evidence of the exemption was seen. */
  chargeExemption: string;
  exemptionEvidenceSeen: boolean;
}

/** The reimbursement Claim for a dispensed prescription, to the NHS Business Services Authority (DispenseClaim.yaml). */
export function dispenseClaim(c: DispenseClaim): FhirResource {
  const provider = { ...agent(c.session, c.pharmacy), id: 'provider', organization: { reference: '#organisation' } };
  const status = statusAfter(c.items);
  return {
    resourceType: 'Claim',
    id: c.requestId,
    contained: [provider, pharmacyOrganization(c.pharmacy, 'organisation')],
    created: c.at,
    identifier: [{ system: RFC4122_SYSTEM, value: c.requestId }],
    status: 'active',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'pharmacy', display: 'Pharmacy' }] },
    use: 'claim',
    patient: { identifier: { system: NHS_NUMBER_SYSTEM, value: c.nhsNumber } },
    provider: { reference: '#provider' },
    priority: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/processpriority', code: 'normal' }] },
    insurance: [
      { sequence: 1, focal: true, coverage: { identifier: { system: ODS_CODE_SYSTEM, value: 'T1450' }, display: 'NHS BUSINESS SERVICES AUTHORITY' } },
    ],
    payee: {
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/payeetype', code: 'provider', display: 'Provider' }] },
      party: { reference: '#organisation' },
    },
    prescription: {
      extension: [
        {
          url: 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-GroupIdentifier',
          extension: [{ url: 'shortForm', valueIdentifier: { system: PRESCRIPTION_ID_SYSTEM, value: c.prescriptionId } }],
        },
      ],
      display: 'A prescription order',
    },
    item: [
      {
        extension: [
          { url: 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-TaskBusinessStatus', valueCoding: { system: EPS_TASK_BUSINESS_STATUS, ...status } },
        ],
        sequence: 1,
        productOrService: { coding: [{ system: SNOMED_CT, code: '16076005', display: 'Prescription' }] },
        programCode: [
          { coding: [{ system: PRESCRIPTION_CHARGE_EXEMPTION, code: c.chargeExemption }] },
          {
            coding: [
              c.exemptionEvidenceSeen
                ? { system: DM_EXEMPTION_EVIDENCE, code: 'evidence-seen', display: 'Evidence Seen' }
                : { system: DM_EXEMPTION_EVIDENCE, code: 'no-evidence-seen', display: 'No Evidence Seen' },
            ],
          },
        ],
        detail: c.items.map((item, i) => ({
          extension: [
            {
              url: 'https://fhir.nhs.uk/StructureDefinition/Extension-ClaimSequenceIdentifier',
              valueIdentifier: { system: CLAIM_SEQUENCE_ID_SYSTEM, value: derivedUuid(c.requestId, `claim-${i}`) },
            },
            {
              url: 'https://fhir.nhs.uk/StructureDefinition/Extension-ClaimMedicationRequestReference',
              valueReference: { identifier: { system: PRESCRIPTION_ITEM_ID_SYSTEM, value: item.lineItemId } },
            },
          ],
          sequence: i + 1,
          productOrService: medication(item),
          modifier: [{ coding: [{ system: MEDICATION_DISPENSE_TYPE, ...DISPENSE_TYPE[item.outcome] }] }],
          programCode: [
            {
              coding: [
                item.charged
                  ? { system: DM_PRESCRIPTION_CHARGE, code: 'paid-once', display: 'Paid Once' }
                  : { system: DM_PRESCRIPTION_CHARGE, code: 'not-paid', display: 'Not Paid' },
              ],
            },
            { coding: [{ system: MEDICATION_DISPENSE_ENDORSEMENT, code: item.endorsement }] },
          ],
          quantity: quantity(item.quantity, item.unit),
        })),
      },
    ],
  };
}
