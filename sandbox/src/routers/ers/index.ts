import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { SandboxApiFactory } from '../../api.js';
import type { PlatformAuth } from '../../platform-auth.js';
import { clone, loadFixture } from '../../fixtures.js';
import { fhirJson, header, parseJsonBody, type SandboxHandler, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { TEST_STAFF } from '../../identity/cis2.js';
import { seedErsRecords } from './records.js';
import { forbidden, r4Outcome, r4Unauthorised, stu3Outcome } from './outcomes.js';
import { appointmentResource, healthcareServiceResource, referralResource, WORKLISTS, worklistResource } from './resources.js';
import { attachmentHandler } from './attachments.js';
import { bookOrDeferHandler, createReferralHandler, searchServicesHandler, slotsHandler, tasksHandler, type ReferringState } from './referring.js';
import { ODS_CODE_SYSTEM, SDS_USER_ID_SYSTEM } from '../../fhir-systems.js';

export const ERS_BASE_PATH = '/referrals/FHIR';
const STU3 = 'ers/specification/components/stu3/examples/';
const R4 = 'ers/specification/components/r4/examples/';
const UBRN = /^\d{12}$/;

/** The public sandbox's A005 referrals, A038 appointments and A033/A035 services (ers/CONTRACT.md, test data). */
const EXAMPLE_REFERRALS: Record<string, string> = {
  '000000070000': 'Unbooked',
  '000000070001': 'BookedDBS',
  '000000070002': 'BookedIBS',
  '000000070003': 'DeferredToProvider',
  '000000070004': 'ConvertedFromAdviceAndGuidance',
  '000000070005': 'WithRelatedReferral',
  '000000070011': 'WithAdditionalRequirements',
  '000000070012': 'WithUnavailableAttachments',
};
const EXAMPLE_APPOINTMENTS: Record<string, string> = {
  '70000': 'BookedDBS',
  '70001': 'BookedIBS',
  '70002': 'AppointmentDeferral',
  '70003': 'TriageDeferral',
  '70004': 'TriageResponse',
  '70005': 'CAAL',
  '70006': 'Cancelled',
  '70007': 'AandGConvertedToDBS',
};
const EXAMPLE_SERVICES: Record<string, string> = { '1': 'sampleServiceWithMinimumAttributes', '2': 'sampleServiceWithFullAttributes' };
const EXAMPLE_SERVICE_SEARCHES: Record<string, string> = {
  '1,2': 'searchServiceWithMinmumalAttributes',
  '3,4': 'searchServiceWithMaxAndMinAttributes',
  '5,6': 'searchServiceWithEmptyResponse',
};
const EXAMPLE_WORKLISTS: Record<string, string> = {
  MinimalReferralsForReview: 'ReferralsForReview',
  MinimalAppointmentSlotIssues: 'AppointmentSlotIssues',
  MinimalAwaitingBooking: 'AwaitingBooking',
  MinimalLettersOutstanding: 'LettersOutstanding',
  MinimalRejectedTriageResponse: 'RejectedTriageResponse',
  MinimalAssessmentReturnedCancelledDna: 'AssessmentReturnedCancelledDna',
  FilteringByService: 'FilteredByService',
  FilteringBySpecialty: 'FilteredBySpecialty',
  FilteringByClinician: 'FilteredByClinician',
};

const CLINICAL = ['REFERRING_CLINICIAN', 'REFERRING_CLINICIAN_ADMIN', 'SERVICE_PROVIDER_CLINICIAN', 'SERVICE_PROVIDER_CLINICIAN_ADMIN'];
const REFERRER_WORKLIST_ROLES = ['REFERRING_CLINICIAN', 'REFERRING_CLINICIAN_ADMIN', 'REFERRING_ADMIN'];
const PROVIDER_WORKLIST_ROLES = ['SERVICE_PROVIDER_CLINICIAN', 'SERVICE_PROVIDER_ADMIN', 'SERVICE_PROVIDER_CLINICIAN_ADMIN'];
const SERVICE_DIRECTORY = ['REFERRING_CLINICIAN', 'REFERRING_CLINICIAN_ADMIN'];
/** A010, A011, A015, A016: "one of the following e-RS roles: REFERRING_CLINICIAN, REFERRING_CLINICIAN_ADMIN". */
const REFERRERS = ['REFERRING_CLINICIAN', 'REFERRING_CLINICIAN_ADMIN'];
/**
 * The public sandbox's POST scenarios (its mockResponseProvider): a body deep-equal to an example request, sent in the
 * role named, answers the example response. Per operation: role -> [request file, response file] under the examples.
 */
const EXAMPLE_POSTS: Record<string, Record<string, [string, string][]>> = {
  patientServiceSearch: {
    REFERRING_CLINICIAN: [
      ['RcMinimal', 'FetchServiceListWithMultipleServices'],
      ['RcSearchByClinicalTerm', 'EmptyResponse'],
      ['RcSearchByNamedClinician', 'FetchServiceListWithSingleService'],
      ['RcSearchForAdviceService', 'AdviceServiceSearch'],
      ['RcSearchWithCommissioningRuleOrganisation', 'FetchServiceListWithMultipleServices'],
    ],
    REFERRING_CLINICIAN_ADMIN: [['RcaWithIWT', 'FetchServiceListWithSingleService']],
  },
  createReferral: {
    REFERRING_CLINICIAN: [
      ['MinimalRequest', 'ReferralRequest'],
      ['RequestTwentyServices', 'ReferralRequestTwentyServices'],
      ['RequestMixedShortlist', 'ReferralRequestMixedShortlist'],
    ],
    REFERRING_CLINICIAN_ADMIN: [['MinimalRequestWithReferringClinician', 'ReferralRequest']],
  },
};
const EXAMPLE_BOOKINGS = [
  'MinimalBooking',
  'MinimalDeferral',
  'TriageDeferral',
  'BookingWithNamedClinician',
  'DeferralWithSlotReference',
  'DeferralBookingAttemptProblem',
];
/** A015's sandbox scenarios (a015's table): the exact query, the response file and its status. */
const EXAMPLE_SLOTS: [Record<string, string>, string, number][] = [
  [{ 'schedule.actor:HealthcareService': '12000', _count: '20', page: '1' }, 'Minimum', 200],
  [{ 'schedule.actor:HealthcareService': '10000', _count: '20', page: '1' }, 'NoSlots', 200],
  [{ 'schedule.actor:HealthcareService': '11000', _count: '5', page: '1' }, 'Page1PageSize5', 200],
  [{ 'schedule.actor:HealthcareService': '11000', _count: '5', page: '2' }, 'Page2PageSize5', 200],
  [{ 'schedule.actor:HealthcareService': '11000', _count: '5', page: '5' }, 'ErrorPage5', 400],
  [{ 'schedule.actor:HealthcareService': '13000', _count: '5', page: '1' }, 'Page1With2Schedules', 200],
  [{ 'schedule.actor:HealthcareService': '14000', 'schedule.actor:Practitioner': '921600556514', _count: '5', page: '1' }, 'SlotClinicianSearch', 200],
];

/** A029's sandbox scenarios: focus `ReferralRequest/00000007000{0..6}/_history/6`. */
const EXAMPLE_TASKS: Record<string, string> = {
  '000000070000': 'Empty',
  '000000070001': 'WithRecordReviewOutcome',
  '000000070002': 'WithCreateAppointment',
  '000000070003': 'WithChangeShortlist',
  '000000070004': 'WithChangeShortlistAndSendForTriage',
  '000000070005': 'WithCancelReferral',
  '000000070006': 'WithCancelDBAppointment',
};

const sandboxError = (): SandboxResponse => fhirJson(422, loadFixture(`${STU3}STU3-SandboxErrorOutcome.json`));

/** The role context e-RS reads from the headers; undefined for application-restricted calls. */
function roleOf(req: SandboxRequest): { role: string; org: string } | undefined {
  const role = header(req, 'nhsd-ers-business-function');
  return role ? { role, org: header(req, 'nhsd-end-user-organisation-ods') ?? '' } : undefined;
}

/** e-RS's check of the role headers against an endpoint's allowed roles: 403 when they do not fit. */
function roleRefusal(req: SandboxRequest, allowed: readonly string[]): SandboxResponse | undefined {
  const ctx = roleOf(req);
  const obo = header(req, 'nhsd-ers-on-behalf-of-user-id');
  if (!ctx) return obo ? forbidden(req.path, 'NHSD-eRS-On-Behalf-Of-User-ID without a business function') : undefined;
  if (!allowed.includes(ctx.role)) return forbidden(req.path, `Business function ${ctx.role} may not use this endpoint`);
  if (!ctx.org) return forbidden(req.path, 'NHSD-End-User-Organisation-ODS is required with a business function');
  if ((ctx.role === 'SERVICE_PROVIDER_CLINICIAN_ADMIN') !== Boolean(obo))
    return forbidden(req.path, 'NHSD-eRS-On-Behalf-Of-User-ID is required with, and only with, SERVICE_PROVIDER_CLINICIAN_ADMIN');
  return undefined;
}

/** The endpoints an application-restricted (unattended) token may call, of those served here (A005, A008, A033, A035). */
const APPLICATION_RESTRICTED = [
  /^\/STU3\/ReferralRequest\/\d+$/,
  /^\/STU3\/ReferralRequest\/\$ers\.fetchworklist$/,
  /^\/R4\/HealthcareService(\/[^/]+)?$/,
  /^\/R4\/Binary\/[^/]+$/,
  /^\/STU3\/Task$/,
];
const ROLE_HEADERS = ['nhsd-ers-business-function', 'nhsd-end-user-organisation-ods', 'nhsd-ers-on-behalf-of-user-id'];

/**
 * e-RS's check of who the platform token acts for (ers/CONTRACT.md, "Access modes and auth"): a healthcare worker's
 * token (CIS2, token exchange) must name the role context (business function and organisation: 403 otherwise); an
 * application's token may send no role header and call only the unattended endpoints; an NHS login token is refused.
 * Deviation: the pair is not matched against the worker's own roles (A030), so a test worker may act for any organisation.
 */
function grantRefusal(req: SandboxRequest, auth: PlatformAuth): SandboxResponse | undefined {
  if (!auth.enforcing) return undefined;
  const grant = auth.grantOf(req);
  if (!grant) return undefined;
  if (grant.kind === 'nhs-login') return forbidden(req.path, 'e-RS serves healthcare workers (CIS2) and applications, not NHS login users');
  if (grant.kind === 'cis2') {
    if (req.path === '/R4/PractitionerRole') return undefined;
    if (!header(req, 'nhsd-ers-business-function') || !header(req, 'nhsd-end-user-organisation-ods')) {
      return forbidden(req.path, 'User-restricted access needs NHSD-eRS-Business-Function and NHSD-End-User-Organisation-ODS');
    }
    return undefined;
  }
  if (ROLE_HEADERS.some((h) => header(req, h) !== undefined)) return forbidden(req.path, 'Role headers are not allowed with application-restricted access');
  if (!APPLICATION_RESTRICTED.some((path) => path.test(req.path)))
    return forbidden(req.path, 'This endpoint needs a healthcare worker (user-restricted access)');
  return undefined;
}

/**
 * The e-RS roles (business functions per organisation) of the CIS2 stand-in's workers, as A030 reports them. e-RS keeps
 * its own role registrations, separate from national RBAC: a nurse at a trust provides care there, a manager
 * administers the trust's services, a pharmacist has no e-RS role at all.
 */
export const ERS_ROLES_OF_TEST_STAFF: Readonly<Record<string, readonly [string, readonly string[]][]>> = {
  clinician: [['Y12345', ['REFERRING_CLINICIAN']]],
  nurse: [['RR8', ['SERVICE_PROVIDER_CLINICIAN']]],
  admin: [['Y12345', ['REFERRING_ADMIN']]],
  manager: [['RR8', ['SERVICE_PROVIDER_ADMIN']]],
  pharmacist: [],
};

/** A030 for one worker: a searchset of PractitionerRole, one per organisation, shaped as the contract's example. */
function practitionerRoles(sdsUserId: string, pairs: readonly [string, readonly string[]][]): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    meta: { lastUpdated: now },
    resourceType: 'Bundle',
    type: 'searchset',
    total: pairs.length,
    timestamp: now,
    link: [{ relation: 'self', url: `${ERS_BASE_PATH}/R4/PractitionerRole` }],
    entry: pairs.map(([ods, functions]) => ({
      fullUrl: `${ERS_BASE_PATH}/R4/PractitionerRole/PractitionerRole-${ods}-${sdsUserId}`,
      resource: {
        id: `PractitionerRole-${ods}-${sdsUserId}`,
        meta: { lastUpdated: now },
        resourceType: 'PractitionerRole',
        practitioner: { identifier: { system: SDS_USER_ID_SYSTEM, value: sdsUserId } },
        organization: { identifier: { system: ODS_CODE_SYSTEM, value: ods } },
        code: functions.map((code) => ({ coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/eRS-BusinessFunction-1', code }] })),
      },
      search: { mode: 'match' },
    })),
  };
}

function guarded(allowed: readonly string[], handler: SandboxHandler): SandboxHandler {
  return (req) => roleRefusal(req, allowed) ?? handler(req);
}

/**
 * e-RS's 422 NO_RELATIONSHIP (a005/a038 422 tables: "The user does not have a legitimate relationship with the
 * request"): a healthcare worker acting for an organisation that is neither the referrer nor the provider.
 */
function noRelationship(req: SandboxRequest, organisations: readonly string[]): SandboxResponse | undefined {
  const ctx = roleOf(req);
  if (!ctx || organisations.includes(ctx.org.toUpperCase())) return undefined;
  return stu3Outcome(422, 'NO_RELATIONSHIP', 'business-rule', 'The user does not have a legitimate relationship with the request.');
}

/** e-RS answers with its own transaction id (`<uuid>-1`), whatever X-Request-ID it was sent. */
function withOwnRequestId(res: SandboxResponse): SandboxResponse {
  return { ...res, headers: { ...res.headers, 'x-request-id': `${randomUUID()}-1` } };
}

function withEtag(body: { meta?: { versionId?: string } }): SandboxResponse {
  return fhirJson(200, body, { etag: `W/"${body.meta?.versionId ?? '1'}"` });
}

/** The worklist request's list type, when the body is an eRS-FetchWorklist-Parameters-1 naming one. */
function listTypeOf(body: unknown): string | undefined {
  const params = (body as { resourceType?: string; parameter?: { name?: string; valueCodeableConcept?: { coding?: { code?: string }[] } }[] }) ?? {};
  if (params.resourceType !== 'Parameters') return undefined;
  return params.parameter?.find((p) => p.name === 'listType')?.valueCodeableConcept?.coding?.[0]?.code;
}

/**
 * NHS e-Referral Service at /referrals/FHIR: A005, A008, A038 (STU3) and A033, A035 (R4) over the seeded referrals of
 * the synthetic population, plus the public sandbox's example referrals, appointments, services and worklists. Like
 * e-RS it answers with its own X-Request-ID, checks the role headers per endpoint (403) and sends ETags on reads.
 */
export const ersSandbox: SandboxApiFactory = (sandbox) => {
  const records = seedErsRecords(sandbox.population);
  const exampleWorklistRequests = Object.entries(EXAMPLE_WORKLISTS).map(
    ([req, res]) => [loadFixture(`${STU3}retrieveWorklist/requests/${req}.json`), res] as const,
  );

  const getReferral: SandboxHandler = (req) => {
    const ubrn = req.params.ubrn ?? '';
    const example = EXAMPLE_REFERRALS[ubrn];
    if (example) return withEtag(loadFixture(`${STU3}retrieveReferralRequest/responses/${example}.json`));
    const seeded = UBRN.test(ubrn) ? records.referrals.get(ubrn) : undefined;
    if (!seeded) return sandboxError();
    return noRelationship(req, [seeded.referrerOdsCode, seeded.service.providerOdsCode]) ?? withEtag(referralResource(seeded));
  };

  const fetchWorklist: SandboxHandler = (req) => {
    const parsed = parseJsonBody(req);
    if (!parsed.ok) return stu3Outcome(400, 'INVALID_FHIR_STRUCTURE', 'structure', 'The body is not JSON');
    const listType = listTypeOf(parsed.value);
    const spec = listType ? WORKLISTS[listType] : undefined;
    if (!listType || !spec) return stu3Outcome(400, 'MISSING_VALUE', 'required', 'listType is required and must be an eRS-ReferralListSelector-1 code');
    const refusal = roleRefusal(req, spec.referrer ? REFERRER_WORKLIST_ROLES : PROVIDER_WORKLIST_ROLES);
    if (refusal) return refusal;
    const ctx = roleOf(req);
    if (!ctx) return stu3Outcome(400, 'MISSING_VALUE', 'required', 'service is mandatory for application-restricted access');
    if (records.organisations.has(ctx.org.toUpperCase())) return fhirJson(200, worklistResource(records, listType, ctx.org.toUpperCase()));
    const example = exampleWorklistRequests.find(([body]) => isDeepStrictEqual(body, parsed.value));
    return example ? fhirJson(200, loadFixture(`${STU3}retrieveWorklist/responses/${example[1]}.json`)) : sandboxError();
  };

  const getAppointment: SandboxHandler = (req) => {
    const id = req.params.id ?? '';
    const example = EXAMPLE_APPOINTMENTS[id];
    if (example) return withEtag(loadFixture(`${STU3}retrieveAppointment/responses/${example}.json`));
    const seeded = records.appointments.get(id);
    const service = seeded ? records.services.get(seeded.serviceId) : undefined;
    const referrer = seeded ? records.referrals.get(seeded.ubrn)?.referrerOdsCode : undefined;
    const refused = seeded && service ? noRelationship(req, [referrer ?? '', service.providerOdsCode]) : undefined;
    if (refused) return refused;
    return seeded && service ? withEtag(appointmentResource(seeded, service) as { meta?: { versionId?: string } }) : sandboxError();
  };

  const getService: SandboxHandler = (req) => {
    const id = req.params.id ?? '';
    const example = EXAMPLE_SERVICES[id];
    if (example) return withEtag(loadFixture(`${R4}getService/responses/${example}.json`));
    const seeded = records.services.get(id);
    return seeded
      ? withEtag(healthcareServiceResource(seeded) as { meta?: { versionId?: string } })
      : r4Outcome(404, 'REC_NOT_FOUND', 'not-found', `No service with id ${id}`);
  };

  const searchServices: SandboxHandler = (req) => {
    const ids = req.query.getAll('_id');
    // a035's 400 table: "Service Id is invalid or missing, or an attempt to request more than 20 Service Ids".
    const requested = ids.length === 1 && ids[0] ? ids[0].split(',').map((id) => id.trim()) : [];
    if (requested.length === 0 || requested.length > 20 || requested.some((id) => !id))
      return r4Outcome(400, 'REC_BAD_REQUEST', 'invalid', 'Service Id is invalid or missing, or more than 20 Service Ids were requested');
    const example = EXAMPLE_SERVICE_SEARCHES[ids[0] as string];
    if (example) return fhirJson(200, loadFixture(`${R4}searchForServices/responses/${example}.json`));
    const found = requested.flatMap((id) => {
      const s = records.services.get(id);
      return s ? [healthcareServiceResource(s)] : [];
    });
    return fhirJson(200, {
      id: randomUUID(),
      resourceType: 'Bundle',
      meta: { lastUpdated: new Date().toISOString() },
      type: 'searchset',
      timestamp: new Date().toISOString(),
      total: found.length,
      link: [{ relation: 'self', url: `${ERS_BASE_PATH}/R4/HealthcareService?_id=${ids[0]}` }],
      entry: found.map((resource) => ({ fullUrl: `${ERS_BASE_PATH}/R4/HealthcareService/${String(resource.id)}`, resource, search: { mode: 'match' } })),
    });
  };

  const a030: SandboxHandler = (req) => {
    const grant = sandbox.auth.enforcing ? sandbox.auth.grantOf(req) : undefined;
    if (grant?.kind !== 'cis2')
      return fhirJson(
        200,
        JSON.parse(JSON.stringify(loadFixture(`${R4}retrieveBusinessFunctions/responses/PractitionerRoleBundle.json`)).replaceAll('_baseUrl_', ERS_BASE_PATH)),
      );
    const worker = TEST_STAFF.find((w) => w.subject === grant.subject);
    return fhirJson(200, practitionerRoles(grant.subject, (worker && ERS_ROLES_OF_TEST_STAFF[worker.id]) ?? []));
  };

  const referring: ReferringState = { records, population: sandbox.population, booked: new Set(), created: 0 };
  const seededTasks = tasksHandler(referring);
  const tasks: SandboxHandler = (req) => {
    const focus = /^ReferralRequest\/(\d{12})\/_history\/(\d+)$/.exec(req.query.get('focus') ?? '');
    if (!focus || req.query.get('intent') !== 'proposal' || req.query.get('status') !== 'ready')
      return stu3Outcome(
        400,
        'MISSING_PARAMETER',
        'required',
        'focus (ReferralRequest/{ubrn}/_history/{version}), intent=proposal and status=ready are required',
      );
    const [, ubrn, version] = focus as unknown as [string, string, string];
    const example = EXAMPLE_TASKS[ubrn];
    if (example && version === '6')
      return fhirJson(
        200,
        JSON.parse(JSON.stringify(loadFixture(`${STU3}availableActionsForUserList/${example}.json`)).replaceAll('_baseUrl_', ERS_BASE_PATH)),
      );
    return seededTasks(req, ubrn, version) ?? stu3Outcome(400, 'REFERENCE_NOT_FOUND', 'not-found', 'The referral could not be found');
  };

  /** The example answer for a POST body deep-equal to one of the operation's example requests in the caller's role. */
  const examplePost =
    (operation: string, seeded: SandboxHandler, status: number): SandboxHandler =>
    (req) => {
      const parsed = parseJsonBody(req);
      const pairs = EXAMPLE_POSTS[operation]?.[header(req, 'nhsd-ers-business-function') ?? ''] ?? [];
      const hit = parsed.ok
        ? pairs.find(([request]) => isDeepStrictEqual(loadFixture(`${STU3}${operation}/requests/${request}.json`), parsed.value))
        : undefined;
      return hit ? fhirJson(status, loadFixture(`${STU3}${operation}/responses/${hit[1]}.json`)) : seeded(req);
    };
  const exampleBooking =
    (seeded: SandboxHandler): SandboxHandler =>
    (req) => {
      const parsed = parseJsonBody(req);
      const hit = parsed.ok
        ? EXAMPLE_BOOKINGS.find((name) => isDeepStrictEqual(loadFixture(`${STU3}bookOrDeferAppointment/requests/${name}.json`), parsed.value))
        : undefined;
      return hit ? fhirJson(201, loadFixture(`${STU3}bookOrDeferAppointment/responses/${hit}.json`)) : seeded(req);
    };
  const exampleSlots =
    (seeded: SandboxHandler): SandboxHandler =>
    (req) => {
      const q = req.query;
      const hit =
        q.get('appointmentType') === 'ROUTINE' && q.get('status') === 'free'
          ? EXAMPLE_SLOTS.find(([params]) => Object.entries(params).every(([k, v]) => q.get(k) === v))
          : undefined;
      return hit ? fhirJson(hit[2], loadFixture(`${STU3}retrieveAppointmentSlots/responses/${hit[1]}.json`)) : seeded(req);
    };

  const own =
    (handler: SandboxHandler): SandboxHandler =>
    async (req) =>
      withOwnRequestId(await handler(req));

  return {
    id: 'ers',
    basePath: ERS_BASE_PATH,
    checkAccess: (req, auth) => {
      if (!auth.acceptsBearer(req))
        return withOwnRequestId(req.path.startsWith('/R4/') ? r4Unauthorised() : fhirJson(401, clone(loadFixture(`${STU3}STU3-Unauthorised.json`))));
      const refusal = grantRefusal(req, auth);
      return refusal && withOwnRequestId(refusal);
    },
    notFound: () => withOwnRequestId({ status: 404, body: { error: 'File not found' }, headers: { 'content-type': 'application/json' } }),
    routes: [
      { method: 'GET', path: '/STU3/ReferralRequest/:ubrn', handler: own(guarded(CLINICAL, getReferral)) },
      { method: 'POST', path: '/STU3/ReferralRequest/$ers.fetchworklist', handler: own(fetchWorklist) },
      { method: 'GET', path: '/STU3/Appointment/:id', handler: own(guarded(CLINICAL, getAppointment)) },
      { method: 'GET', path: '/R4/HealthcareService/:id', handler: own(guarded(SERVICE_DIRECTORY, getService)) },
      { method: 'GET', path: '/R4/HealthcareService', handler: own(guarded(SERVICE_DIRECTORY, searchServices)) },
      { method: 'GET', path: '/R4/PractitionerRole', handler: own(a030) },
      {
        method: 'POST',
        path: '/STU3/HealthcareService/$ers.searchHealthcareServicesForPatient',
        handler: own(guarded(REFERRERS, examplePost('patientServiceSearch', searchServicesHandler(referring), 200))),
      },
      {
        method: 'POST',
        path: '/STU3/ReferralRequest/$ers.createReferral',
        handler: own(guarded(REFERRERS, examplePost('createReferral', createReferralHandler(referring), 201))),
      },
      { method: 'GET', path: '/STU3/Slot', handler: own(guarded(REFERRERS, exampleSlots(slotsHandler(referring)))) },
      { method: 'POST', path: '/STU3/Appointment', handler: own(guarded(REFERRERS, exampleBooking(bookOrDeferHandler(referring)))) },
      { method: 'GET', path: '/STU3/Task', handler: own(guarded(CLINICAL, tasks)) },
      {
        method: 'GET',
        path: '/R4/Binary/:id',
        handler: own(
          guarded(
            CLINICAL,
            attachmentHandler(records, sandbox.objectStore, () => sandbox.origin),
          ),
        ),
      },
    ],
  };
};
