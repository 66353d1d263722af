import { createHash } from 'node:crypto';
import { STATUS_DISPLAY, type SandboxPrescription } from './records.js';
import {
  EPS_BUSINESS_STATUS_SYSTEM as BUSINESS_STATUS,
  MEDICATION_DISPENSE_TYPE_SYSTEM,
  NHS_NUMBER_SYSTEM,
  ODS_CODE_SYSTEM as ODS,
  PRESCRIPTION_ORDER_ITEM_NUMBER_SYSTEM,
  PRESCRIPTION_ORDER_NUMBER_SYSTEM,
} from '../../fhir-systems.js';

/**
 * A sandbox prescription as the Clinical Prescription Tracker shows it: the search's summary RequestGroup and the
 * clinical view Bundle, in the shapes of the spec's examples (eps-tracker/specification/examples).
 */
const PARTICIPANT_URL = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-RequestOrchestration.action.participant.typeReference';
type Json = Record<string, unknown>;

/** A stable UUID for a sandbox resource, so the same prescription answers with the same ids every time. */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const statusCoding = (code: string) => ({ system: BUSINESS_STATUS, code, display: STATUS_DISPLAY[code] ?? code });

export function trackerPatient(p: SandboxPrescription, detailed: boolean): Json {
  const patient: Json = {
    resourceType: 'Patient',
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.patient.nhsNumber }],
    name: [{ prefix: [p.patient.prefix.toUpperCase()], given: p.patient.given.map((g) => g.toUpperCase()), family: p.patient.family.toUpperCase() }],
  };
  if (detailed) {
    patient.id = stableUuid('patient', p.patient.nhsNumber);
    patient.birthDate = p.patient.birthDate;
    patient.gender = p.patient.gender;
    patient.address = [
      { line: p.patient.lines, postalCode: p.patient.postcode, text: [...p.patient.lines, p.patient.postcode].join(', '), type: 'both', use: 'home' },
    ];
  }
  return patient;
}

function groupExtensions(p: SandboxPrescription, detailed: boolean): Json[] {
  const ext: Json[] = [
    {
      url: 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-PrescriptionStatusHistory',
      extension: [{ url: 'status', valueCoding: statusCoding(p.status) }],
    },
  ];
  if (detailed)
    ext.push({
      url: 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-PrescriptionType',
      valueCoding: { system: 'https://fhir.nhs.uk/CodeSystem/prescription-type', code: '0101', display: 'Primary Care Prescriber - Medical Prescriber' },
    });
  if (p.repeatsIssued !== null) {
    ext.push({
      url: 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-RepeatInformation',
      extension: [
        { url: 'numberOfRepeatsIssued', valueInteger: p.repeatsIssued },
        { url: 'numberOfRepeatsAllowed', valueInteger: p.repeatsAllowed },
      ],
    });
  }
  const pendingItems = p.pendingCancellation;
  ext.push({
    url: 'https://fhir.nhs.uk/StructureDefinition/Extension-PendingCancellation',
    extension: [
      { url: 'prescriptionPendingCancellation', valueBoolean: p.pendingCancellation },
      { url: 'lineItemPendingCancellation', valueBoolean: pendingItems },
    ],
  });
  return ext;
}

/** The search's RequestGroup (a summary): id, subject, status, dates and the status extensions. */
export function summaryRequestGroup(p: SandboxPrescription, patientUrl: string): Json {
  return {
    resourceType: 'RequestGroup',
    identifier: [{ system: PRESCRIPTION_ORDER_NUMBER_SYSTEM, value: p.id }],
    subject: { reference: patientUrl },
    status: ['0005', '0004', '0006', '0007'].includes(p.status) ? 'completed' : 'active',
    intent: p.courseOfTherapy === 'continuous-repeat-dispensing' ? 'reflex-order' : 'order',
    authoredOn: p.authoredOn,
    extension: groupExtensions(p, false),
  };
}

/** A searchset of one patient's prescriptions (the tracker's search answer); total 0 when there are none. */
export function searchBundle(records: SandboxPrescription[]): Json {
  if (records.length === 0) return { resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] };
  const first = records[0] as SandboxPrescription;
  const patientUrl = `urn:uuid:${stableUuid('patient', first.patient.nhsNumber)}`;
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: records.length,
    entry: [
      { fullUrl: patientUrl, search: { mode: 'include' }, resource: trackerPatient(first, false) },
      ...records.map((p) => ({ fullUrl: `urn:uuid:${stableUuid('group', p.id)}`, search: { mode: 'match' }, resource: summaryRequestGroup(p, patientUrl) })),
    ],
  };
}

const roleOf = (id: string, ods: string): Json => ({ resourceType: 'PractitionerRole', id, organization: { identifier: { system: ODS, value: ods } } });

/** The clinical view: Patient, PractitionerRoles, one MedicationRequest per item, dispenses and the RequestGroup. */
export function clinicalViewBundle(p: SandboxPrescription): Json {
  const patientId = stableUuid('patient', p.patient.nhsNumber);
  const prescriberRole = stableUuid('prescriber', p.id);
  const dispenserRole = p.dispenserOds ? stableUuid('dispenser', p.id, p.dispenserOds) : undefined;
  const entries: Json[] = [{ fullUrl: `urn:uuid:${patientId}`, search: { mode: 'include' }, resource: trackerPatient(p, true) }];
  entries.push({ fullUrl: `urn:uuid:${prescriberRole}`, search: { mode: 'include' }, resource: roleOf(prescriberRole, p.prescriberOds) });
  if (dispenserRole)
    entries.push({ fullUrl: `urn:uuid:${dispenserRole}`, search: { mode: 'include' }, resource: roleOf(dispenserRole, p.dispenserOds as string) });
  const requestIds = p.items.map((item) => stableUuid('item', p.id, item.itemId));
  p.items.forEach((item, i) => {
    const id = requestIds[i] as string;
    const request: Json = {
      resourceType: 'MedicationRequest',
      id,
      identifier: [{ system: PRESCRIPTION_ORDER_ITEM_NUMBER_SYSTEM, value: item.itemId }],
      subject: { reference: `urn:uuid:${patientId}` },
      status: item.status?.code === '0005' ? 'cancelled' : item.status?.code === '0001' ? 'completed' : 'active',
      intent: 'order',
      requester: { reference: `urn:uuid:${prescriberRole}` },
      groupIdentifier: { system: PRESCRIPTION_ORDER_NUMBER_SYSTEM, value: p.id },
      medicationCodeableConcept: { text: item.medication },
      courseOfTherapyType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy', code: p.courseOfTherapy }] },
      dispenseRequest: {
        quantity: { value: item.quantity, unit: item.unit },
        ...(p.nominatedPharmacyOds ? { performer: { identifier: [{ system: ODS, value: p.nominatedPharmacyOds }] } } : {}),
      },
      dosageInstruction: [{ text: item.dosage }],
      substitution: { allowedBoolean: false },
      extension: [
        ...(item.status
          ? [
              {
                url: 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-DispensingInformation',
                extension: [{ url: 'dispenseStatus', valueCoding: { system: MEDICATION_DISPENSE_TYPE_SYSTEM, ...item.status } }],
              },
            ]
          : []),
        {
          url: 'https://fhir.nhs.uk/StructureDefinition/Extension-PendingCancellation',
          extension: [{ url: 'lineItemPendingCancellation', valueBoolean: p.pendingCancellation }],
        },
      ],
    };
    if (p.dispenserOds) request.performer = { identifier: [{ system: ODS, value: p.dispenserOds }] };
    if (item.statusReason)
      request.statusReason = { coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/medicationrequest-status-reason', ...item.statusReason }] };
    entries.push({ fullUrl: `urn:uuid:${id}`, search: { mode: 'include' }, resource: request });
  });
  p.items.forEach((item, i) => {
    if (!item.dispensed) return;
    const role = stableUuid('dispenser', p.id, item.dispensed.ods);
    if (role !== dispenserRole) entries.push({ fullUrl: `urn:uuid:${role}`, search: { mode: 'include' }, resource: roleOf(role, item.dispensed.ods) });
    const id = stableUuid('dispense', p.id, item.itemId);
    entries.push({
      fullUrl: `urn:uuid:${id}`,
      search: { mode: 'include' },
      resource: {
        resourceType: 'MedicationDispense',
        id,
        identifier: [{ system: PRESCRIPTION_ORDER_ITEM_NUMBER_SYSTEM, value: item.itemId }],
        subject: { reference: `urn:uuid:${patientId}` },
        status: 'in-progress',
        performer: [{ actor: { reference: `urn:uuid:${role}` } }],
        type: { coding: [{ system: MEDICATION_DISPENSE_TYPE_SYSTEM, code: '0001', display: 'Item fully dispensed' }] },
        authorizingPrescription: [{ reference: `urn:uuid:${requestIds[i]}` }],
        medicationCodeableConcept: { text: item.medication },
        quantity: { value: item.dispensed.quantity, unit: item.unit },
        dosageInstruction: [{ text: item.dosage }],
        extension: [{ url: 'https://fhir.nhs.uk/StructureDefinition/Extension-EPS-TaskBusinessStatus', valueCoding: statusCoding(p.status) }],
      },
    });
  });
  const groupId = stableUuid('group', p.id);
  entries.push({
    fullUrl: `urn:uuid:${groupId}`,
    search: { mode: 'match' },
    resource: {
      ...summaryRequestGroup(p, `urn:uuid:${patientId}`),
      id: groupId,
      author: { identifier: { system: ODS, value: p.prescriberOds } },
      extension: groupExtensions(p, true),
      action: [
        { title: 'Prescription Line Items(Medications)', action: requestIds.map((id) => ({ resource: { reference: `urn:uuid:${id}` } })) },
        {
          title: 'Prescription status transitions',
          action: p.history.map((t) => ({
            title: t.title,
            timingDateTime: t.at,
            code: [{ coding: [statusCoding(t.status)] }],
            participant: [{ extension: [{ url: PARTICIPANT_URL, valueReference: { identifier: { system: ODS, value: t.ods } } }] }],
          })),
        },
      ],
    },
  });
  return { resourceType: 'Bundle', type: 'searchset', total: 1, entry: entries };
}
