import { randomUUID } from 'node:crypto';
import { fhirJson, header, parseJsonBody, type SandboxHandler, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { Population } from '../../population.js';
import { stu3Outcome } from './outcomes.js';
import type { ErsRecords, SeededReferral, SeededService } from './records.js';
import { appointmentResource, referralResource } from './resources.js';

/**
 * The referrer's journey in the embedded e-RS (e-referrals-service-api.yaml): patient service search (A010), create
 * referral (A011), free slots (A015), book or defer (A016) and the user's available actions (A029), over the seeded
 * services and referrals. A referral created here is kept with the seeded ones, so A005, A008 and A038 serve it too.
 * Refusals use the codes of each endpoint's own error table.
 */

const SD = 'https://fhir.nhs.uk/STU3/StructureDefinition/';
const CS = 'https://fhir.nhs.uk/STU3/CodeSystem/';
const ERS_SERVICE = 'http://fhir.nhs.net/Id/ers-service';
const NHS_NUMBER = 'http://fhir.nhs.net/Id/nhs-number';
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const PRIORITIES = ['ROUTINE', 'URGENT', 'TWO_WEEK_WAIT'];
/**
 * The seeded NEUROLOGY services are triage services (supportedRequestFlowType TRIAGE_REQUEST): no slots, a referral is
 * sent to them for triage (A016, reason TRIAGE). The others are directly bookable.
 */
export const isTriageService = (s: SeededService): boolean => s.specialty === 'NEUROLOGY';
/** Slots each bookable seeded service publishes (its GYNAECOLOGY services publish none: deferral is then allowed). */
const SLOTS_PER_SERVICE = 12;
const FIRST_SLOT = Date.parse('2027-01-04T09:00:00Z');
const ACTION_DISPLAY: Record<string, string> = {
  CREATE_APPOINTMENT: 'Create Appointment',
  CHANGE_SHORTLIST: 'Change Shortlist',
  CANCEL_REFERRAL: 'Cancel Referral',
  CANCEL_DIRECTLY_BOOKED_APPOINTMENT: 'Cancel Directly Booked Appointment',
  RECORD_REVIEW_OUTCOME: 'Record Review Outcome',
};

type Json = Record<string, any>;
interface Param {
  name?: string;
  valueIdentifier?: { system?: string; value?: string };
  valueCoding?: { system?: string; code?: string };
  valueString?: string;
  valueUnsignedInt?: number;
  valueInstant?: string;
  valueBoolean?: boolean;
  resource?: Json;
}

const param = (params: Param[] | undefined, name: string): Param | undefined => params?.find((p) => p.name === name);
const missing = (what: string): SandboxResponse => stu3Outcome(422, 'MISSING_VALUE', 'required', `${what} is required`);
const notFound = (what: string): SandboxResponse => stu3Outcome(422, 'REFERENCE_NOT_FOUND', 'not-found', `${what} could not be found`);

interface FreeSlot {
  id: string;
  start: string;
  end: string;
}

/** A service's published slots, deterministic; those booked since are taken. */
function slotsOf(service: SeededService, booked: ReadonlySet<string>): FreeSlot[] {
  if (service.specialty === 'GYNAECOLOGY' || isTriageService(service)) return [];
  return Array.from({ length: SLOTS_PER_SERVICE }, (_, i) => {
    const start = FIRST_SLOT + (i + (Number(service.id) % 5)) * 86_400_000 + (i % 3) * 3_600_000;
    return { id: `${service.id}${String(i + 1).padStart(3, '0')}`, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString() };
  }).filter((s) => !booked.has(s.id));
}

/** The role the request acts in (the role guard has checked it is one the endpoint allows). */
function orgOf(req: SandboxRequest): string {
  return (header(req, 'nhsd-end-user-organisation-ods') ?? '').toUpperCase();
}

export interface ReferringState {
  records: ErsRecords;
  population: Population;
  /** Slot ids booked through A016. */
  booked: Set<string>;
  /** How many referrals A011 has created (their UBRNs count up from 400000000000). */
  created: number;
}

/**
 * Deterministic figures standing in for e-RS's distance (miles from a postcode to the service) and indicative wait. The
 * distance depends on where it is measured from, as e-RS's does: the same service is nearer to one postcode than
 * another, so an answer's distances tell where it was measured from.
 */
const distanceOf = (s: SeededService, from: string) => ((Number(s.id) + postcodeSpread(from)) % 40) + 1;
const waitOf = (s: SeededService) => (Number(s.id) % 30) + 3;
/** Services whose indicative wait e-RS gives as LIMITED_AVAILABILITY rather than days: every specialty's at one trust (303nn). */
export const limitedAvailability = (s: SeededService) => Math.floor(Number(s.id) / 100) === 303;
/** A postcode, ignoring case and spaces, as a number from 0 to 39. */
const postcodeSpread = (postcode: string) => [...postcode.toUpperCase().replace(/\s+/g, '')].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 0) % 40;

/** `from`: the postcode the distance is measured from; none, no distance. */
function serviceEntry(s: SeededService, from: string | undefined): Json {
  const summary = [
    { url: 'serviceName', valueString: s.name },
    { url: 'specialty', valueCodeableConcept: { coding: [{ system: `${CS}SPECIALTY`, code: s.specialty }] } },
    {
      url: 'bookableType',
      valueCodeableConcept: { coding: [{ system: `${CS}eRS-BookableType-1`, code: isTriageService(s) ? 'UNSPECIFIED' : 'DIRECTLY_BOOKABLE' }] },
    },
    { url: 'referralLetterRequired', valueBoolean: true },
    {
      url: 'location',
      valueReference: { identifier: { system: 'https://directory.spineservices.nhs.uk/STU3/Organization', value: s.siteOdsCode }, display: s.name },
    },
    {
      url: 'supportedRequestFlowType',
      valueCodeableConcept: { coding: [{ system: `${CS}eRS-RequestFlowType-1`, code: isTriageService(s) ? 'TRIAGE_REQUEST' : 'APPOINTMENT_REQUEST' }] },
    },
  ];
  return {
    extension: [
      {
        url: `${SD}Extension-eRS-ServiceSearch-ListItem-1`,
        extension: [
          { url: 'displayProminently', valueBoolean: false },
          ...(from ? [{ url: 'distance', valueUnsignedInt: distanceOf(s, from) }] : []),
          // A wait in days, or (for some services) e-RS's code when it has no number to give (eRS-IWT-1).
          limitedAvailability(s)
            ? { url: 'indicativeAppointmentWaitTime', valueCodeableConcept: { coding: [{ system: `${CS}eRS-IWT-1`, code: 'LIMITED_AVAILABILITY' }] } }
            : { url: 'indicativeAppointmentWaitTime', valueUnsignedInt: waitOf(s) },
        ],
      },
    ],
    item: { extension: [{ url: `${SD}Extension-eRS-ServiceSummaryView-1`, extension: summary }], identifier: { system: ERS_SERVICE, value: s.id } },
  };
}

/** A010: the seeded services of the specialty searched, nearest (or shortest wait) first. */
export function searchServicesHandler(state: ReferringState): SandboxHandler {
  return (req) => {
    const parsed = parseJsonBody(req);
    if (!parsed.ok) return stu3Outcome(400, 'INVALID_FHIR_STRUCTURE', 'structure', 'The body is not JSON');
    const body = parsed.value as Json;
    const params = body?.parameter as Param[] | undefined;
    const nhsNumber = param(params, 'patient')?.valueIdentifier?.value;
    const criteria = param(params, 'searchCriteria')?.resource?.parameter as Param[] | undefined;
    if (!nhsNumber) return missing('patient');
    if (!criteria || !param(params, 'sortBy') || !param(params, 'requestType')) return missing('searchCriteria, sortBy and requestType');
    const patient = state.population.patients.find((p) => p.nhsNumber === nhsNumber);
    if (!patient) return notFound('The patient');
    const specialty = param(criteria, 'specialty')?.valueCoding?.code;
    const clinicType = param(criteria, 'clinicType')?.valueCoding?.code;
    if (!specialty && !clinicType) return stu3Outcome(422, 'VALUE_IS_REQUIRED', 'required', 'A specialty or a clinic type is required');
    const postcode = param(criteria, 'postcode')?.valueString;
    if (postcode !== undefined && !POSTCODE.test(postcode)) return stu3Outcome(422, 'INVALID_VALUE', 'value', 'The postcode is invalid');
    const limit = param(criteria, 'distanceLimit')?.valueUnsignedInt;
    // Without a postcode, e-RS measures from the patient's own address (the one Spine holds, restricted or not).
    const from = postcode ?? (patient.postcode || undefined);
    // The seeded services have no clinic types: a search by clinic type alone finds none.
    let found = specialty ? [...state.records.services.values()].filter((s) => s.specialty === specialty) : [];
    if (from && limit !== undefined) found = found.filter((s) => distanceOf(s, from) <= limit);
    const byWait = param(params, 'sortBy')?.valueCoding?.code === 'IWT';
    const distance = (s: SeededService) => (from ? distanceOf(s, from) : 0);
    found.sort((a, b) => (byWait ? waitOf(a) - waitOf(b) : distance(a) - distance(b)) || a.id.localeCompare(b.id));
    return fhirJson(200, {
      meta: { profile: [`${SD}eRS-FetchServices-List-1`] },
      resourceType: 'List',
      status: 'current',
      mode: 'snapshot',
      entry: found.map((s) => serviceEntry(s, from)),
    });
  };
}

/** A011: a new referral, NOT_BOOKED, kept with the seeded ones (so A005 and the referrer's A008 worklists show it). */
export function createReferralHandler(state: ReferringState): SandboxHandler {
  return (req) => {
    const parsed = parseJsonBody(req);
    if (!parsed.ok) return stu3Outcome(400, 'INVALID_FHIR_STRUCTURE', 'structure', 'The body is not JSON');
    const params = (parsed.value as Json)?.parameter as Param[] | undefined;
    const patientId = param(params, 'patient')?.valueIdentifier;
    const shortlist = param(params, 'shortlist')?.resource;
    if (!patientId?.value || patientId.system !== NHS_NUMBER) return missing('patient');
    if (!shortlist || !param(params, 'intentionToAddReferralLetter') || param(params, 'firstReminderLetterFollowUpDays') === undefined)
      return missing('shortlist, intentionToAddReferralLetter and firstReminderLetterFollowUpDays');
    const patient = state.population.patients.find((p) => p.nhsNumber === patientId.value);
    if (!patient) return notFound('The patient');
    const ids: string[] = ((shortlist.entry ?? []) as Json[]).map((e) => e.item?.identifier?.value).filter((v): v is string => typeof v === 'string');
    if (ids.length === 0) return missing('A shortlisted service');
    if (ids.length > 20) return stu3Outcome(422, 'TOO_MANY_ITEMS', 'invalid', 'A shortlist holds at most 20 services');
    if (new Set(ids).size !== ids.length) return stu3Outcome(422, 'DUPLICATE_SERVICE', 'invalid', 'Unique service value expected');
    const services = ids.map((id) => state.records.services.get(id));
    if (services.some((s) => !s)) return notFound('A shortlisted service');
    const criteria = ((shortlist.contained ?? []) as Json[]).find((c) => c.resourceType === 'Parameters')?.parameter as Param[] | undefined;
    const priority = param(criteria, 'priority')?.valueCoding?.code;
    if (!priority || !PRIORITIES.includes(priority)) return missing('The search criteria priority');
    const specialty = param(criteria, 'specialty')?.valueCoding?.code;
    const chosen = services as SeededService[];
    if (specialty && chosen.some((s) => s.specialty !== specialty))
      return stu3Outcome(422, 'SHORTLISTED_SERVICE_NOT_IN_RESULTS', 'invalid', 'A shortlisted service does not satisfy the search criteria');
    state.created += 1;
    const now = new Date().toISOString();
    const referral: SeededReferral = {
      ubrn: String(400_000_000_000 + state.created),
      nhsNumber: patient.nhsNumber,
      referrerOdsCode: orgOf(req),
      service: chosen[0]!,
      shortlist: chosen,
      priority: priority as SeededReferral['priority'],
      state: 'NOT_BOOKED',
      version: 1,
      created: param(params, 'eReferralPathwayStart')?.valueInstant ?? now,
      attachments: [],
      appointment: null,
    };
    state.records.referrals.set(referral.ubrn, referral);
    state.records.organisations.add(referral.referrerOdsCode);
    for (const s of chosen) state.records.organisations.add(s.providerOdsCode);
    return fhirJson(201, referralResource(referral), { etag: `W/"${referral.version}"` });
  };
}

/** A015: one page of a seeded service's free slots, each with its Schedule. */
export function slotsHandler(state: ReferringState): SandboxHandler {
  return (req) => {
    const q = req.query;
    const serviceId = q.get('schedule.actor:HealthcareService');
    const priority = q.get('appointmentType');
    const count = Number(q.get('_count'));
    const page = Number(q.get('page'));
    if (!serviceId || !priority || q.get('status') !== 'free' || !q.get('_count') || !q.get('page'))
      return stu3Outcome(400, 'MISSING_PARAMETER', 'required', 'schedule.actor:HealthcareService, appointmentType, status=free, _count and page are required');
    if (!header(req, 'nhsd-ers-comm-rule-org')) return stu3Outcome(400, 'MISSING_HEADER', 'required', 'NHSD-eRS-Comm-Rule-Org is required');
    if (!PRIORITIES.includes(priority)) return stu3Outcome(400, 'INVALID_CODE', 'code-invalid', "'Appointment Type' is invalid.");
    if (!Number.isInteger(count) || count < 1 || count > 100 || !Number.isInteger(page) || page < 1)
      return stu3Outcome(400, 'INVALID_VALUE', 'value', "'Page Size' or 'Page Number' is invalid.");
    const service = state.records.services.get(serviceId);
    if (!service) return stu3Outcome(400, 'REFERENCE_NOT_FOUND', 'not-found', 'The service could not be found');
    const free = slotsOf(service, state.booked);
    if (page > 1 && (page - 1) * count >= free.length) return stu3Outcome(400, 'INVALID_VALUE', 'value', `'Page Number' (${page}) is invalid.`);
    const scheduleId = `${service.id}-schedule`;
    const base = '/referrals/FHIR/STU3';
    const slots = free.slice((page - 1) * count, page * count).map((s) => ({
      fullUrl: `${base}/Slot/${s.id}`,
      resource: {
        id: s.id,
        meta: { profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1'] },
        resourceType: 'Slot',
        identifier: [{ system: 'https://fhir.nhs.uk/Id/alternative-slot', value: `USRN-${s.id}` }],
        schedule: { reference: `Schedule/${scheduleId}` },
        status: 'free',
        start: s.start,
        end: s.end,
      },
      search: { mode: 'match' },
    }));
    const schedule = {
      fullUrl: `${base}/Schedule/${scheduleId}`,
      resource: {
        id: scheduleId,
        meta: { profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Schedule-1'] },
        resourceType: 'Schedule',
        identifier: [{ system: 'https://fhir.nhs.uk/Id/ers-schedule', value: scheduleId }],
        actor: [{ identifier: { system: ERS_SERVICE, value: service.id } }],
      },
      search: { mode: 'include' },
    };
    return fhirJson(200, {
      id: randomUUID(),
      meta: { lastUpdated: new Date().toISOString(), profile: ['http://hl7.org/fhir/STU3/StructureDefinition/Bundle'] },
      resourceType: 'Bundle',
      type: 'searchset',
      total: slots.length,
      link: [{ relation: 'self', url: `${base}/Slot${req.query.size > 0 ? `?${req.query.toString()}` : ''}` }],
      entry: slots.length > 0 ? [...slots, schedule] : [],
    });
  };
}

/** A016: books a free slot (status booked) or defers to the provider (status proposed, with a reason). */
export function bookOrDeferHandler(state: ReferringState): SandboxHandler {
  return (req) => {
    const parsed = parseJsonBody(req);
    if (!parsed.ok) return stu3Outcome(422, 'INVALID_VALUE', 'structure', 'The body is not JSON');
    const a = parsed.value as Json;
    const focus = /^ReferralRequest\/(\d{12})\/_history\/(\d+)$/.exec(a?.incomingReferral?.[0]?.reference ?? '');
    const serviceId = ((a?.participant ?? []) as Json[]).map((p) => p.actor?.identifier).find((i) => i?.system === ERS_SERVICE)?.value;
    if (a?.resourceType !== 'Appointment' || !focus || !serviceId) return missing('incomingReferral and the service participant');
    const referral = state.records.referrals.get(focus[1]!);
    if (!referral) return notFound('The referral');
    if (referral.referrerOdsCode !== orgOf(req))
      return stu3Outcome(422, 'NO_RELATIONSHIP', 'business-rule', 'The user does not have a legitimate relationship with the request.');
    // a016's 409: the version supplied does not match the referral's current version (no body).
    if (Number(focus[2]) !== referral.version) return { status: 409, body: undefined, headers: {} };
    // The states of the AWAITING_BOOKING worklist that a referrer books from: never booked, or cancelled by the patient.
    if (referral.state !== 'NOT_BOOKED' && referral.state !== 'APPT_CANCELLED_BY_PATIENT')
      return stu3Outcome(422, 'INVALID_REQUEST_STATE', 'business-rule', 'The referral is not in a bookable state');
    const service = referral.shortlist.find((s) => s.id === serviceId);
    if (!service) return stu3Outcome(422, 'INAPPROPRIATE_VALUE', 'business-rule', 'The service is not on the shortlist');
    const free = slotsOf(service, state.booked);
    const now = new Date().toISOString();
    const appointmentId = `8${referral.ubrn.slice(1)}`;
    if (a.status === 'booked') {
      const slotId =
        String(a.slot?.[0]?.reference ?? '')
          .split('/')
          .pop() ?? '';
      const slot = free.find((s) => s.id === slotId);
      if (!slot) return stu3Outcome(422, 'SLOT_NOT_AVAILABLE', 'business-rule', 'Slot is no longer available.');
      state.booked.add(slot.id);
      referral.state = 'BOOKED';
      referral.appointment = {
        id: appointmentId,
        status: 'booked',
        start: slot.start,
        end: slot.end,
        created: now,
        slotId: slot.id,
        serviceId,
        ubrn: referral.ubrn,
        nhsNumber: referral.nhsNumber,
        embedded: true,
      };
    } else if (a.status === 'proposed') {
      const reason = a.reason?.[0]?.coding?.[0]?.code;
      if (!reason) return missing('The deferral reason');
      // TRIAGE sends the referral to a triage service; any other reason defers to a directly bookable one.
      if ((reason === 'TRIAGE') !== isTriageService(service))
        return stu3Outcome(
          422,
          'INAPPROPRIATE_VALUE',
          'business-rule',
          reason === 'TRIAGE' ? 'The service is not a triage service' : 'A triage service takes TRIAGE only',
        );
      if (reason === 'NO_SLOTS_AT_SERVICE' && free.length > 0)
        return stu3Outcome(
          422,
          'SLOTS_CURRENTLY_AVAILABLE',
          'business-rule',
          'There are currently future slots available, so you cannot defer to this Service to book.',
        );
      // A deferral replaces any earlier (cancelled) appointment: it books no slot.
      referral.state = reason === 'TRIAGE' ? 'AWAITING_TRIAGE' : 'DEFERRED_TO_PROVIDER';
      if (reason !== 'TRIAGE') referral.stateReason = reason;
      referral.appointment = {
        id: appointmentId,
        status: 'proposed',
        start: now,
        end: now,
        created: now,
        slotId: null,
        serviceId,
        ubrn: referral.ubrn,
        nhsNumber: referral.nhsNumber,
        embedded: false,
        reason,
        ...(a.comment ? { comment: String(a.comment) } : {}),
      };
    } else {
      return stu3Outcome(422, 'INVALID_CODE', 'code-invalid', 'status must be booked or proposed');
    }
    referral.service = service;
    referral.version += 1;
    state.records.appointments.set(appointmentId, referral.appointment);
    const body = appointmentResource(referral.appointment, service) as Json;
    body.meta = { ...body.meta, versionId: '0' };
    body.incomingReferral = [{ reference: `ReferralRequest/${referral.ubrn}/_history/${referral.version}` }];
    return fhirJson(201, body, { etag: 'W/"0"' });
  };
}

/** The actions e-RS offers a referrer (at the referring organisation) or a provider (at the service's) in each state. */
function actionsFor(r: SeededReferral, referrer: boolean): string[] {
  if (referrer) {
    if (r.state === 'NOT_BOOKED') return ['CREATE_APPOINTMENT', 'CHANGE_SHORTLIST', 'CANCEL_REFERRAL'];
    // Back on the AWAITING_BOOKING worklist: the referrer may book again.
    if (r.state === 'APPT_CANCELLED_BY_PATIENT') return ['CREATE_APPOINTMENT', 'CANCEL_REFERRAL'];
    if (r.state === 'BOOKED') return ['CANCEL_DIRECTLY_BOOKED_APPOINTMENT', 'CANCEL_REFERRAL'];
    if (r.state === 'DEFERRED_TO_PROVIDER' || r.state === 'AWAITING_TRIAGE') return ['CANCEL_REFERRAL'];
    return [];
  }
  return r.state === 'AWAITING_TRIAGE' ? ['RECORD_REVIEW_OUTCOME', 'CANCEL_REFERRAL'] : [];
}

/** A029 over the seeded and created referrals; `undefined` for a focus it does not hold (the examples answer those). */
export function tasksHandler(state: ReferringState): (req: SandboxRequest, ubrn: string, version: string) => SandboxResponse | undefined {
  return (req, ubrn, version) => {
    const r = state.records.referrals.get(ubrn);
    if (!r) return undefined;
    if (Number(version) !== r.version)
      return stu3Outcome(400, 'HISTORY_NOT_SUPPORTED', 'not-supported', 'Only the current version of the UBRN is permissible.');
    const org = orgOf(req);
    const referrer = (header(req, 'nhsd-ers-business-function') ?? '').startsWith('REFERRING_');
    if (org !== (referrer ? r.referrerOdsCode : r.service.providerOdsCode))
      return stu3Outcome(403, 'NO_ACCESS', 'forbidden', 'The user does not have a legitimate relationship with the request.');
    const focus = `ReferralRequest/${ubrn}/_history/${version}`;
    return fhirJson(200, {
      id: randomUUID(),
      meta: { lastUpdated: new Date().toISOString(), profile: ['http://hl7.org/fhir/STU3/StructureDefinition/Bundle'] },
      resourceType: 'Bundle',
      type: 'searchset',
      link: [{ relation: 'self', url: `/referrals/FHIR/STU3/Task?focus=${focus}&intent=proposal&status=ready` }],
      entry: actionsFor(r, referrer).map((code) => {
        const id = randomUUID();
        return {
          fullUrl: `/referrals/FHIR/STU3/Task/${id}`,
          resource: {
            id,
            meta: { profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Task-1'] },
            resourceType: 'Task',
            status: 'ready',
            intent: 'proposal',
            focus: { reference: focus },
            code: { coding: [{ system: `${CS}eRS-AvailableActionsForUser-1`, code, display: ACTION_DISPLAY[code] }] },
          },
          search: { mode: 'match' },
        };
      }),
    });
  };
}
