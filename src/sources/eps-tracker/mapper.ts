import type { CourseOfTherapy, PrescriptionIntent } from '../../generated/resolvers.js';
import { COURSES_OF_THERAPY, enumOfCode, PRESCRIPTION_INTENTS } from '../../nhs/fhir-codes.js';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM, type FhirCoding, type FhirExtension, type FhirIdentifier } from '../fhir.js';
import {
  BUSINESS_STATUS_SYSTEM,
  DISPENSING_INFORMATION_URL,
  ITEM_ID_SYSTEM,
  LINE_ITEMS_TITLE,
  PENDING_CANCELLATION_URL,
  PRESCRIPTION_ID_SYSTEM,
  PRESCRIPTION_TYPE_URL,
  REPEAT_INFORMATION_URL,
  STATUS_HISTORY_URL,
  STATUS_TRANSITIONS_TITLE,
  type TrackerAction,
  type TrackerBundle,
  type TrackerMedicationDispense,
  type TrackerMedicationRequest,
  type TrackerPatient,
  type TrackerPractitionerRole,
  type TrackerRequestGroup,
} from './wire.js';

export interface CodeModel {
  code: string;
  display: string | null;
}

export interface LineItemModel {
  id: string | null;
  medication: string | null;
  quantity: number | null;
  unit: string | null;
  dosage: string | null;
  /** ACUTE | CONTINUOUS | CONTINUOUS_REPEAT_DISPENSING (OTHER for a code outside the value set). */
  courseOfTherapy: CourseOfTherapy | null;
  /** The item's dispensing status (medicationdispense-type: 0001 dispensed, 0002 not dispensed, ...). */
  status: CodeModel | null;
  statusReason: CodeModel | null;
  pendingCancellation: boolean;
  dispenses: DispenseModel[];
  resource: TrackerMedicationRequest;
}

export interface DispenseModel {
  medication: string | null;
  quantity: number | null;
  unit: string | null;
  type: CodeModel | null;
  dispenserOdsCode: string | null;
  resource: TrackerMedicationDispense;
}

export interface StatusTransitionModel {
  title: string | null;
  at: string | null;
  status: CodeModel | null;
  organisationOdsCode: string | null;
}

/** A prescription as the tracker's search (summary) or clinical view (detailed) gives it. */
export interface PrescriptionModel {
  id: string;
  issueNumber: number | null;
  nhsNumber: string | null;
  status: CodeModel | null;
  intent: PrescriptionIntent | null;
  authoredOn: string | null;
  repeatsIssued: number | null;
  repeatsAllowed: number | null;
  pendingCancellation: boolean;
  /** False for a search result: line items, history and organisations need the clinical view. */
  detailed: boolean;
  prescriptionType: CodeModel | null;
  prescriberOdsCode: string | null;
  dispenserOdsCode: string | null;
  nominatedPharmacyOdsCode: string | null;
  lineItems: LineItemModel[];
  statusHistory: StatusTransitionModel[];
  /** The RequestGroup this was mapped from, verbatim. */
  resource: TrackerRequestGroup;
}

const codeOf = (c: FhirCoding | undefined): CodeModel | null => (c?.code ? { code: c.code, display: c.display ?? null } : null);
const sub = (ext: FhirExtension | undefined, url: string) => ext?.extension?.find((e) => e.url === url);
const valueIn = (ids: FhirIdentifier[] | FhirIdentifier | undefined, system: string): string | null => {
  const list = Array.isArray(ids) ? ids : ids ? [ids] : [];
  return list.find((i) => i.system === system)?.value ?? null;
};

/** The search's prescriptions (`search.mode: match`), each a summary (`detailed: false`). Pure. */
export function mapPrescriptionSearch(bundle: TrackerBundle): PrescriptionModel[] {
  const patients = patientsByUrl(bundle);
  return (bundle.entry ?? []).filter((e) => e.resource.resourceType === 'RequestGroup').map((e) => summaryOf(e.resource as TrackerRequestGroup, patients));
}

/** The clinical view Bundle of one prescription: items, dispenses, history, organisations. Null when it has none. */
export function mapClinicalView(bundle: TrackerBundle): PrescriptionModel | null {
  const entries = bundle.entry ?? [];
  const group = entries.find((e) => e.resource.resourceType === 'RequestGroup')?.resource as TrackerRequestGroup | undefined;
  if (!group) return null;
  const byUrl = new Map(entries.map((e) => [e.fullUrl ?? `urn:uuid:${String(e.resource.id)}`, e.resource]));
  const roleOds = (ref: string | undefined): string | null => {
    const role = ref ? (byUrl.get(ref) as TrackerPractitionerRole | undefined) : undefined;
    return role?.organization?.identifier?.value ?? null;
  };
  const requests = entries.filter((e) => e.resource.resourceType === 'MedicationRequest');
  const dispenses = entries.filter((e) => e.resource.resourceType === 'MedicationDispense').map((e) => e.resource as TrackerMedicationDispense);
  const itemRefs = lineItemRefs(group);
  const ordered =
    itemRefs.length > 0 ? itemRefs.map((r) => byUrl.get(r)).filter((r) => r?.resourceType === 'MedicationRequest') : requests.map((e) => e.resource);
  const lineItems = (ordered as TrackerMedicationRequest[]).map((req) => {
    const url = entries.find((e) => e.resource === req)?.fullUrl;
    const own = dispenses.filter((d) => d.authorizingPrescription?.some((a) => a.reference === url));
    return mapLineItem(
      req,
      own.map((d) => mapDispense(d, roleOds(d.performer?.[0]?.actor?.reference))),
    );
  });
  const history = mapStatusHistory(group);
  const firstRequest = ordered[0] as TrackerMedicationRequest | undefined;
  const summary = summaryOf(group, patientsByUrl(bundle));
  const lastDispenser = [...lineItems.flatMap((i) => i.dispenses)].reverse().find((d) => d.dispenserOdsCode)?.dispenserOdsCode ?? null;
  return {
    ...summary,
    detailed: true,
    prescriptionType: codeOf(group.extension?.find((e) => e.url === PRESCRIPTION_TYPE_URL)?.valueCoding),
    prescriberOdsCode: group.author?.identifier?.value ?? roleOds(firstRequest?.requester?.reference),
    dispenserOdsCode: lastDispenser ?? (holdsDispenser(summary.status?.code) ? valueIn(firstRequest?.performer?.identifier, ODS_CODE_SYSTEM) : null),
    nominatedPharmacyOdsCode: valueIn(firstRequest?.dispenseRequest?.performer?.identifier, ODS_CODE_SYSTEM),
    lineItems,
    statusHistory: history,
  };
}

/** Statuses in which a pharmacy holds or has held the prescription. */
export function holdsDispenser(status: string | undefined): boolean {
  return status !== undefined && ['0002', '0003', '0006', '0007', '0008', '0009'].includes(status);
}

function summaryOf(group: TrackerRequestGroup, patients: Map<string, string>): PrescriptionModel {
  const ext = group.extension ?? [];
  const repeat = ext.find((e) => e.url === REPEAT_INFORMATION_URL);
  const pending = ext.find((e) => e.url === PENDING_CANCELLATION_URL);
  const issued = sub(repeat, 'numberOfRepeatsIssued')?.valueInteger ?? null;
  return {
    id: valueIn(group.identifier, PRESCRIPTION_ID_SYSTEM) ?? '',
    issueNumber: issued,
    nhsNumber: group.subject?.reference ? (patients.get(group.subject.reference) ?? null) : null,
    status: codeOf(
      sub(
        ext.find((e) => e.url === STATUS_HISTORY_URL),
        'status',
      )?.valueCoding,
    ),
    intent: enumOfCode(PRESCRIPTION_INTENTS, group.intent),
    authoredOn: group.authoredOn ?? null,
    repeatsIssued: issued,
    repeatsAllowed: sub(repeat, 'numberOfRepeatsAllowed')?.valueInteger ?? null,
    pendingCancellation: sub(pending, 'prescriptionPendingCancellation')?.valueBoolean === true,
    detailed: false,
    prescriptionType: null,
    prescriberOdsCode: null,
    dispenserOdsCode: null,
    nominatedPharmacyOdsCode: null,
    lineItems: [],
    statusHistory: [],
    resource: group,
  };
}

function patientsByUrl(bundle: TrackerBundle): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of bundle.entry ?? []) {
    if (e.resource.resourceType !== 'Patient') continue;
    const nhs = valueIn((e.resource as TrackerPatient).identifier, NHS_NUMBER_SYSTEM);
    if (nhs && e.fullUrl) out.set(e.fullUrl, nhs);
    if (nhs && e.resource.id) out.set(`urn:uuid:${String(e.resource.id)}`, nhs);
  }
  return out;
}

function lineItemRefs(group: TrackerRequestGroup): string[] {
  const items = group.action?.find((a) => a.title === LINE_ITEMS_TITLE);
  return (items?.action ?? []).map((a) => a.resource?.reference).filter((r): r is string => Boolean(r));
}

function mapLineItem(req: TrackerMedicationRequest, dispenses: DispenseModel[]): LineItemModel {
  const ext = req.extension ?? [];
  return {
    id: valueIn(req.identifier, ITEM_ID_SYSTEM),
    medication: req.medicationCodeableConcept?.text ?? req.medicationCodeableConcept?.coding?.[0]?.display ?? null,
    quantity: req.dispenseRequest?.quantity?.value ?? null,
    unit: req.dispenseRequest?.quantity?.unit ?? null,
    dosage:
      req.dosageInstruction
        ?.map((d) => d.text)
        .filter(Boolean)
        .join('; ') || null,
    courseOfTherapy: enumOfCode(COURSES_OF_THERAPY, req.courseOfTherapyType?.coding?.[0]?.code),
    status: codeOf(
      sub(
        ext.find((e) => e.url === DISPENSING_INFORMATION_URL),
        'dispenseStatus',
      )?.valueCoding,
    ),
    statusReason: codeOf(req.statusReason?.coding?.[0]),
    pendingCancellation:
      sub(
        ext.find((e) => e.url === PENDING_CANCELLATION_URL),
        'lineItemPendingCancellation',
      )?.valueBoolean === true,
    dispenses,
    resource: req,
  };
}

function mapDispense(d: TrackerMedicationDispense, dispenserOdsCode: string | null): DispenseModel {
  return {
    medication: d.medicationCodeableConcept?.text ?? null,
    quantity: d.quantity?.value ?? null,
    unit: d.quantity?.unit ?? null,
    type: codeOf(d.type?.coding?.[0]),
    dispenserOdsCode,
    resource: d,
  };
}

function mapStatusHistory(group: TrackerRequestGroup): StatusTransitionModel[] {
  const transitions = group.action?.find((a) => a.title === STATUS_TRANSITIONS_TITLE)?.action ?? [];
  return transitions.map((a: TrackerAction) => ({
    title: a.title ?? null,
    at: a.timingDateTime ?? null,
    status: codeOf(a.code?.flatMap((c) => c.coding ?? []).find((c) => c.system === BUSINESS_STATUS_SYSTEM)),
    organisationOdsCode:
      a.participant?.flatMap((p) => p.extension ?? []).find((e) => e.valueReference?.identifier?.system === ODS_CODE_SYSTEM)?.valueReference?.identifier
        ?.value ?? null,
  }));
}
