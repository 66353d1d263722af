import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { SandboxApiFactory } from '../../api.js';
import { clone, loadFixture } from '../../fixtures.js';
import { fhirJson, header, parseJsonBody, type SandboxHandler, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { seedErsRecords } from './records.js';
import { appointmentResource, healthcareServiceResource, referralResource, WORKLISTS, worklistResource } from './resources.js';

export const ERS_BASE_PATH = '/referrals/FHIR';
const STU3 = 'ers/specification/components/stu3/examples/';
const R4 = 'ers/specification/components/r4/examples/';
const UBRN = /^\d{12}$/;

/** The public sandbox's A005 referrals, A038 appointments and A033/A035 services (ers/CONTRACT.md, test data). */
const EXAMPLE_REFERRALS: Record<string, string> = {
  '000000070000': 'Unbooked', '000000070001': 'BookedDBS', '000000070002': 'BookedIBS', '000000070003': 'DeferredToProvider',
  '000000070004': 'ConvertedFromAdviceAndGuidance', '000000070005': 'WithRelatedReferral', '000000070011': 'WithAdditionalRequirements', '000000070012': 'WithUnavailableAttachments',
};
const EXAMPLE_APPOINTMENTS: Record<string, string> = {
  '70000': 'BookedDBS', '70001': 'BookedIBS', '70002': 'AppointmentDeferral', '70003': 'TriageDeferral', '70004': 'TriageResponse', '70005': 'CAAL', '70006': 'Cancelled', '70007': 'AandGConvertedToDBS',
};
const EXAMPLE_SERVICES: Record<string, string> = { '1': 'sampleServiceWithMinimumAttributes', '2': 'sampleServiceWithFullAttributes' };
const EXAMPLE_SERVICE_SEARCHES: Record<string, string> = { '1,2': 'searchServiceWithMinmumalAttributes', '3,4': 'searchServiceWithMaxAndMinAttributes', '5,6': 'searchServiceWithEmptyResponse' };
const EXAMPLE_WORKLISTS: Record<string, string> = {
  MinimalReferralsForReview: 'ReferralsForReview', MinimalAppointmentSlotIssues: 'AppointmentSlotIssues', MinimalAwaitingBooking: 'AwaitingBooking',
  MinimalLettersOutstanding: 'LettersOutstanding', MinimalRejectedTriageResponse: 'RejectedTriageResponse', MinimalAssessmentReturnedCancelledDna: 'AssessmentReturnedCancelledDna',
  FilteringByService: 'FilteredByService', FilteringBySpecialty: 'FilteredBySpecialty', FilteringByClinician: 'FilteredByClinician',
};

const CLINICAL = ['REFERRING_CLINICIAN', 'REFERRING_CLINICIAN_ADMIN', 'SERVICE_PROVIDER_CLINICIAN', 'SERVICE_PROVIDER_CLINICIAN_ADMIN'];
const REFERRER_WORKLIST_ROLES = ['REFERRING_CLINICIAN', 'REFERRING_CLINICIAN_ADMIN', 'REFERRING_ADMIN'];
const PROVIDER_WORKLIST_ROLES = ['SERVICE_PROVIDER_CLINICIAN', 'SERVICE_PROVIDER_ADMIN', 'SERVICE_PROVIDER_CLINICIAN_ADMIN'];
const SERVICE_DIRECTORY = ['REFERRING_CLINICIAN', 'REFERRING_CLINICIAN_ADMIN'];

/** An STU3 eRS-OperationOutcome-1 (code in eRS-APIErrorCode-1). */
function stu3Outcome(status: number, code: string, issueType: string, diagnostics: string): SandboxResponse {
  return fhirJson(status, {
    meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/eRS-OperationOutcome-1'] },
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: issueType, details: { coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-APIErrorCode-1', code, display: code }] }, diagnostics }],
  });
}
const sandboxError = (): SandboxResponse => fhirJson(422, loadFixture(`${STU3}STU3-SandboxErrorOutcome.json`));
const r4SandboxError = (): SandboxResponse => fhirJson(400, loadFixture(`${R4}R4-SandboxErrorOutcome.json`));
const forbidden = (why: string): SandboxResponse => stu3Outcome(403, 'NO_ACCESS', 'forbidden', why);

/** The role context e-RS reads from the headers; undefined for application-restricted calls. */
function roleOf(req: SandboxRequest): { role: string; org: string } | undefined {
  const role = header(req, 'nhsd-ers-business-function');
  return role ? { role, org: header(req, 'nhsd-end-user-organisation-ods') ?? '' } : undefined;
}

/** e-RS's check of the role headers against an endpoint's allowed roles: 403 when they do not fit. */
function roleRefusal(req: SandboxRequest, allowed: readonly string[]): SandboxResponse | undefined {
  const ctx = roleOf(req);
  const obo = header(req, 'nhsd-ers-on-behalf-of-user-id');
  if (!ctx) return obo ? forbidden('NHSD-eRS-On-Behalf-Of-User-ID without a business function') : undefined;
  if (!allowed.includes(ctx.role)) return forbidden(`Business function ${ctx.role} may not use this endpoint`);
  if (!ctx.org) return forbidden('NHSD-End-User-Organisation-ODS is required with a business function');
  if ((ctx.role === 'SERVICE_PROVIDER_CLINICIAN_ADMIN') !== Boolean(obo)) return forbidden('NHSD-eRS-On-Behalf-Of-User-ID is required with, and only with, SERVICE_PROVIDER_CLINICIAN_ADMIN');
  return undefined;
}

function guarded(allowed: readonly string[], handler: SandboxHandler): SandboxHandler {
  return (req) => roleRefusal(req, allowed) ?? handler(req);
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
  const exampleWorklistRequests = Object.entries(EXAMPLE_WORKLISTS).map(([req, res]) => [loadFixture(`${STU3}retrieveWorklist/requests/${req}.json`), res] as const);

  const getReferral: SandboxHandler = (req) => {
    const ubrn = req.params.ubrn ?? '';
    const example = EXAMPLE_REFERRALS[ubrn];
    if (example) return withEtag(loadFixture(`${STU3}retrieveReferralRequest/responses/${example}.json`));
    const seeded = UBRN.test(ubrn) ? records.referrals.get(ubrn) : undefined;
    return seeded ? withEtag(referralResource(seeded)) : sandboxError();
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
    return seeded && service ? withEtag(appointmentResource(seeded, service) as { meta?: { versionId?: string } }) : sandboxError();
  };

  const getService: SandboxHandler = (req) => {
    const id = req.params.id ?? '';
    const example = EXAMPLE_SERVICES[id];
    if (example) return withEtag(loadFixture(`${R4}getService/responses/${example}.json`));
    const seeded = records.services.get(id);
    return seeded ? withEtag(healthcareServiceResource(seeded) as { meta?: { versionId?: string } }) : r4SandboxError();
  };

  const searchServices: SandboxHandler = (req) => {
    const ids = req.query.getAll('_id');
    if (ids.length !== 1 || !ids[0]) return r4SandboxError();
    const example = EXAMPLE_SERVICE_SEARCHES[ids[0]];
    if (example) return fhirJson(200, loadFixture(`${R4}searchForServices/responses/${example}.json`));
    const found = ids[0].split(',').flatMap((id) => {
      const s = records.services.get(id.trim());
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

  const own = (handler: SandboxHandler): SandboxHandler => async (req) => withOwnRequestId(await handler(req));

  return {
    id: 'ers',
    basePath: ERS_BASE_PATH,
    checkAccess: (req, auth) => (auth.acceptsBearer(req) ? undefined : withOwnRequestId(fhirJson(401, clone(loadFixture(`${STU3}STU3-Unauthorised.json`))))),
    notFound: () => withOwnRequestId({ status: 404, body: { error: 'File not found' }, headers: { 'content-type': 'application/json' } }),
    routes: [
      { method: 'GET', path: '/STU3/ReferralRequest/:ubrn', handler: own(guarded(CLINICAL, getReferral)) },
      { method: 'POST', path: '/STU3/ReferralRequest/$ers.fetchworklist', handler: own(fetchWorklist) },
      { method: 'GET', path: '/STU3/Appointment/:id', handler: own(guarded(CLINICAL, getAppointment)) },
      { method: 'GET', path: '/R4/HealthcareService/:id', handler: own(guarded(SERVICE_DIRECTORY, getService)) },
      { method: 'GET', path: '/R4/HealthcareService', handler: own(guarded(SERVICE_DIRECTORY, searchServices)) },
    ],
  };
};
