import type { ReferralAttachmentAvailability } from '../../generated/resolvers.js';
import { ATTACHMENT_AVAILABILITIES, enumOfCode } from '../../nhs/fhir-codes.js';
import type { FhirCodeableConcept, FhirCoding, FhirReference } from '../fhir.js';
import {
  ERS,
  type ErsAppointment,
  type ErsAttachment,
  type ErsContained,
  type ErsDocumentReference,
  type ErsExtension,
  type ErsHealthcareService,
  type ErsReferralRequest,
  type ErsShortlist,
  type ErsWorklist,
} from './wire.js';

export interface CodingModel {
  system: string | null;
  code: string | null;
  display: string | null;
}
export interface ReferralStateModel {
  code: string;
  display: string | null;
  reason: CodingModel | null;
  comment: string | null;
}
/** An e-RS service as a referral names it: its e-RS id and the name e-RS displays. */
export interface ReferralServiceModel {
  id: string;
  name: string | null;
}
export interface ReferralAttachmentModel {
  id: string | null;
  title: string | null;
  contentType: string | null;
  size: number | null;
  /** e-RS's relative download URL (`Binary/{id}`), for A042. */
  url: string | null;
  createdOn: string | null;
  /** eRS-AvailabilityStatus-1: AVAILABLE, PENDING, THREATS FOUND, VALIDATION_FAILED. */
  availability: ReferralAttachmentAvailability | null;
  /** REFERRER or PROVIDER (eRS-AttachmentType-1). */
  type: string | null;
  attachedByOdsCode: string | null;
  /**
   * The referral's patient (not in the schema): an attachment's file is theirs, and the access rules audit a download
   * (`ReferralAttachment.content`) under the NHS number its model names.
   */
  patientNhsNumber: string | null;
}
export interface ReferralAppointmentModel {
  id: string | null;
  status: string | null;
  start: string | null;
  end: string | null;
  created: string | null;
  slotId: string | null;
  serviceId: string | null;
  resource: ErsAppointment;
}
export interface ReferralModel {
  ubrn: string;
  /** True when mapped from A005 (the whole referral); false from a worklist item, whose other fields load on demand. */
  complete: boolean;
  version: string | null;
  state: ReferralStateModel | null;
  priority: CodingModel | null;
  specialty: CodingModel | null;
  pathwayStart: string | null;
  patientNhsNumber: string | null;
  /** The booked service when there is an appointment, else the first service of the shortlist. */
  service: ReferralServiceModel | null;
  shortlist: ReferralServiceModel[];
  /** Extension-eRS-Commissioning-Rule-Org: the organisation whose commissioning rules the referral was made under. */
  commissioningOdsCode: string | null;
  attachments: ReferralAttachmentModel[];
  /** The appointment e-RS embeds in the referral, when it does. */
  appointment: ReferralAppointmentModel | null;
  /** The appointment's id when e-RS only references it (read with A038). */
  appointmentId: string | null;
  resource: ErsReferralRequest | null;
}
export interface HealthcareServiceModel {
  id: string;
  name: string | null;
  active: boolean | null;
  siteOdsCode: string | null;
  /** The trust behind the site: an NHS trust site code is the trust's 3-character code plus two characters. */
  providerOdsCode: string | null;
  resource: ErsHealthcareService;
}

function coding(c: FhirCoding | undefined): CodingModel | null {
  return c ? { system: c.system ?? null, code: c.code ?? null, display: c.display ?? null } : null;
}
function firstCoding(cc: FhirCodeableConcept | undefined): CodingModel | null {
  return coding(cc?.coding?.[0]);
}
function ext(exts: ErsExtension[] | undefined, url: string): ErsExtension | undefined {
  return exts?.find((e) => e.url === url);
}
function contained<T extends ErsContained>(referral: ErsReferralRequest, ref: string | undefined, type: T['resourceType']): T | undefined {
  if (!ref?.startsWith('#')) return undefined;
  return referral.contained?.find((r): r is T => r.id === ref.slice(1) && r.resourceType === type);
}
/** The id at the end of a FHIR reference: `Appointment/70009` and `Slot/11002001` give their last segment. */
function referenceId(ref: string | undefined): string | null {
  const id = ref?.split('/').filter(Boolean).pop();
  return id ?? null;
}
function serviceOf(ref: FhirReference | undefined): ReferralServiceModel | null {
  const id = ref?.identifier?.system === ERS.serviceSystem ? ref.identifier.value : undefined;
  return id ? { id, name: ref?.display ?? null } : null;
}

function mapState(e: ErsExtension | undefined): ReferralStateModel | null {
  const parts = e?.extension ?? [];
  const state = parts.find((p) => p.url === 'state')?.valueCoding;
  if (!state?.code) return null;
  const reason = parts.find((p) => p.url === 'reason');
  return {
    code: state.code,
    display: state.display ?? null,
    reason: coding(reason?.valueCoding) ?? firstCoding(reason?.valueCodeableConcept),
    // Extension-eRS-ReferralState names it `comments` (the cancel and reject examples carry it so).
    comment: parts.find((p) => p.url === 'comments')?.valueString ?? null,
  };
}

/** Maps an A038 or contained e-RS appointment. Pure. `participant.type` may be an object or an array (e-RS quirk). */
export function mapErsAppointment(a: ErsAppointment): ReferralAppointmentModel {
  const service = a.participant?.map((p) => serviceOf(p.actor)).find((s) => s !== null) ?? null;
  return {
    id: a.id && a.id !== 'appointment' ? a.id : null,
    status: a.status ?? null,
    start: a.start ?? null,
    end: a.end ?? null,
    created: a.created ?? null,
    slotId: referenceId(a.slot?.[0]?.reference),
    serviceId: service?.id ?? null,
    resource: a,
  };
}

function mapAttachment(doc: ErsDocumentReference, attachment: ErsAttachment, patientNhsNumber: string | null): ReferralAttachmentModel {
  const availability = ext(attachment.extension, ERS.availabilityExt)?.valueCoding?.code ?? null;
  const by = ext(attachment.extension, ERS.attachedByOrgExt)?.valueReference?.identifier?.value ?? null;
  return {
    id: attachment.id ?? null,
    title: attachment.title ?? null,
    contentType: attachment.contentType ?? null,
    size: attachment.size ?? null,
    url: attachment.url ?? null,
    createdOn: attachment.creation ?? null,
    availability: enumOfCode(ATTACHMENT_AVAILABILITIES, availability),
    type: doc.type?.coding?.[0]?.code ?? null,
    attachedByOdsCode: by?.toUpperCase() ?? null,
    patientNhsNumber,
  };
}

/** Maps an A005 ReferralRequest (eRS-ReferralRequest-1) to the graph. Pure. */
export function mapErsReferral(r: ErsReferralRequest): ReferralModel {
  const appointment = contained<ErsAppointment>(r, ext(r.extension, ERS.appointmentExt)?.valueReference?.reference, 'Appointment');
  const shortlistList = contained<ErsShortlist>(r, ext(r.extension, ERS.shortlistExt)?.valueReference?.reference, 'List');
  const shortlist = (shortlistList?.entry ?? []).map((e) => serviceOf(e.item)).filter((s): s is ReferralServiceModel => s !== null);
  // The contained appointment's id is a local one ("appointment"); e-RS names the real one (A038's id) in the
  // appointment reference extension.
  const referencedId = referenceId(ext(r.extension, ERS.appointmentReferenceExt)?.valueReference?.reference);
  const embedded = appointment ? mapErsAppointment(appointment) : null;
  const mappedAppointment = embedded && referencedId ? { ...embedded, id: referencedId } : embedded;
  const booked = appointment?.participant?.map((p) => serviceOf(p.actor)).find((s) => s !== null) ?? null;
  const patientNhsNumber = nhsNumberOf(r.subject);
  const attachments = (r.supportingInfo ?? []).flatMap((ref) => {
    const doc = contained<ErsDocumentReference>(r, ref.reference, 'DocumentReference');
    return doc ? (doc.content ?? []).flatMap((c) => (c.attachment ? [mapAttachment(doc, c.attachment, patientNhsNumber)] : [])) : [];
  });
  const pathway = ext(r.extension, ERS.pathwayStartExt);
  return {
    ubrn: r.id,
    complete: true,
    version: r.meta?.versionId ?? null,
    state: mapState(ext(r.extension, ERS.stateExt)),
    priority: firstCoding(ext(r.extension, ERS.priorityExt)?.valueCodeableConcept),
    specialty: firstCoding(r.specialty),
    pathwayStart: pathway?.valueInstant ?? pathway?.valueDateTime ?? null,
    patientNhsNumber,
    service: booked ?? shortlist[0] ?? null,
    shortlist,
    commissioningOdsCode: ext(r.extension, ERS.commissioningOrgExt)?.valueIdentifier?.value?.toUpperCase() ?? null,
    attachments,
    appointment: mappedAppointment,
    appointmentId: mappedAppointment ? mappedAppointment.id : referencedId,
    resource: r,
  };
}

function nhsNumberOf(ref: FhirReference | undefined): string | null {
  const id = ref?.identifier;
  return id?.value && (ERS.nhsNumberSystems as readonly (string | undefined)[]).includes(id.system) ? id.value : null;
}

/**
 * The referrals of a worklist (A008) that belong to one patient, as partial referrals: what the worklist item says
 * (priority, specialty, service, state, pathway start); the rest is read with A005 when asked for. The patient is named
 * either inline or through a contained Patient (Referrals for Review). Pure.
 */
export function mapWorklistForPatient(list: ErsWorklist, nhsNumber: string): ReferralModel[] {
  const patients = new Map((list.contained ?? []).filter((c) => c.resourceType === 'Patient').map((p) => [`#${p.id}`, p.identifier?.[0]?.value]));
  const out: ReferralModel[] = [];
  for (const entry of list.entry ?? []) {
    const ubrn = referenceId(entry.item?.reference);
    const parts = entry.extension?.[0]?.extension ?? [];
    const part = (url: string) => parts.find((p) => p.url === url);
    const patientRef = part('patient')?.valueReference;
    const patient = patientRef?.identifier?.value ?? patients.get(patientRef?.reference ?? '');
    if (!ubrn || patient !== nhsNumber) continue;
    const status = firstCoding(part('status')?.valueCodeableConcept);
    // Worklist items spell the cancelled states APP_CANCELLED_BY_* where A005 says APPT_: one vocabulary in the graph.
    if (status?.code) status.code = status.code.replace(/^APP_CANCELLED_/, 'APPT_CANCELLED_');
    out.push({
      ubrn,
      complete: false,
      version: part('referralRequestVersion')?.valueInteger?.toString() ?? null,
      state: status?.code ? { code: status.code, display: status.display, reason: firstCoding(part('reason')?.valueCodeableConcept), comment: null } : null,
      priority: firstCoding(part('priority')?.valueCodeableConcept),
      specialty: firstCoding(part('specialty')?.valueCodeableConcept),
      pathwayStart: part('eReferralPathwayStart')?.valueDateTime ?? null,
      patientNhsNumber: nhsNumber,
      service: serviceOf(part('service')?.valueReference),
      shortlist: [],
      commissioningOdsCode: null,
      attachments: [],
      appointment: null,
      appointmentId: null,
      resource: null,
    });
  }
  return out;
}

/** Maps an R4 HealthcareService (A033/A035). Pure. */
export function mapHealthcareService(s: ErsHealthcareService): HealthcareServiceModel {
  const site =
    s.location
      ?.map((l) => l.identifier)
      .find((i) => i?.system === ERS.siteCodeSystem)
      ?.value?.toUpperCase() ?? null;
  return {
    id: s.id,
    name: s.name ?? null,
    active: s.active ?? null,
    siteOdsCode: site,
    providerOdsCode: site ? providerOfSite(site) : null,
    resource: s,
  };
}

/** NHS trust sites are the trust's 3-character code plus 2 characters (R6901 is a site of R69); other codes are their own. */
export function providerOfSite(site: string): string {
  return /^[A-Z0-9]{5}$/.test(site) && /^R/.test(site) ? site.slice(0, 3) : site;
}
