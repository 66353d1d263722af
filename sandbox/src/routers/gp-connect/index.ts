import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import { toUkDateTime, ukDate } from '../../nhs/uk-time.js';
import type { SandboxApi, SandboxApiFactory } from '../../api.js';
import { fhirJson, header, parseJsonBody, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { Sandbox } from '../../server.js';
import { appointmentBundle, appointmentWindow, ODS_FILTER, practiceOf, searchSlots, servedPractice } from './appointment-search.js';
import { AppointmentStore } from './appointment-store.js';
import { book, update, type Written } from './appointment-writes.js';
import { documentRoutes } from './documents.js';
import { gpcOutcome } from './outcome.js';
import type { PracticeInfo } from './records.js';
import { buildDirectory, type Directory } from '../sds/records.js';
import { slotById } from './schedule.js';
import {
  checkGpConnectRequest,
  checkPatientFacingRequest,
  identifierNhsNumber,
  interactionRoute,
  isPatientFacing,
  nhsNumbersNamed,
  patientFacingNhsNumber,
  routeAOnly,
  sspPractice,
} from './ssp.js';
import { documentsPatientId } from './documents.js';
import { structuredRecordHandler } from './structured.js';
import { GpcWorld } from './world.js';
import { NHS_NUMBER_SYSTEM } from '../../fhir-systems.js';

export const ACCESS_RECORD_BASE_PATH = '/gp-connect/patient-facing/access-record-fhir/FHIR/STU3';
export const APPOINTMENTS_BASE_PATH = '/gp-connect/patient-facing/appointments-management-fhir/FHIR/STU3';
const I = 'urn:nhs:names:services:gpconnect:fhir';

/** The GP Connect view of the sandbox's population, shared by both APIs (one per sandbox). */
const worlds = new WeakMap<Sandbox, { world: GpcWorld; store: AppointmentStore; practiceInfo: (ods: string) => PracticeInfo; today: string }>();

function gpcState(sandbox: Sandbox) {
  let state = worlds.get(sandbox);
  if (!state) {
    const world = new GpcWorld(sandbox.population);
    const byCode = new Map(sandbox.population.organisations.map((o) => [o.odsCode, o]));
    const practiceInfo = (ods: string): PracticeInfo => {
      const o = byCode.get(ods);
      return {
        odsCode: ods,
        name: o?.name ?? `GP PRACTICE ${ods}`,
        lines: o?.lines ?? [],
        city: o?.city ?? '',
        postcode: o?.postcode ?? '',
        phone: o?.phone ?? '',
      };
    };
    const today = ukDate(new Date());
    state = { world, store: new AppointmentStore(world, today, practiceInfo), practiceInfo, today };
    worlds.set(sandbox, state);
  }
  return state;
}

/**
 * A call addressed (through SDS) to one practice's system about another practice's patient, slot or list: answered as
 * that system would, since it holds none of them. Undefined when the call is about the addressed practice (or about
 * nothing the system could place, which the route then answers).
 */
function practiceMismatch(world: GpcWorld, store: AppointmentStore): (req: SandboxRequest, practice: string) => SandboxResponse | undefined {
  return (req, practice) => {
    // The service root names the practice (a slot search's ODS searchFilter is the consumer's own organisation).
    if (req.query.getAll('searchFilter').length > 0) return undefined;
    if (req.method === 'POST' && /\/Appointment$/.test(req.path)) {
      const body = parseJsonBody(req);
      const ref = body.ok ? String((body.value as { slot?: { reference?: string }[] })?.slot?.[0]?.reference ?? '') : '';
      const slot = ref.startsWith('Slot/') ? slotById(ref.slice(5)) : undefined;
      return !slot || slot.practice === practice
        ? undefined
        : gpcOutcome(422, 'REFERENCE_NOT_FOUND', `Reference to ${ref} - no such slot exists at the server`);
    }
    const byId = /\/Appointment\/([^/]+)$/.exec(req.path)?.[1];
    if (byId) {
      const current = store.get(decodeURIComponent(byId));
      return !current || current.practice === practice ? undefined : gpcOutcome(404, 'NO_RECORD_FOUND');
    }
    const elsewhere = nhsNumbersNamed(req).some((n) => {
      const registered = world.patient(n).practice;
      return registered !== '' && registered !== practice;
    });
    return elsewhere ? gpcOutcome(404, 'PATIENT_NOT_FOUND') : undefined;
  };
}

/** Where the embedded Spine Secure Proxy listens: `{origin}/spine-secure-proxy/{provider service root}/...`. */
export const SSP_PATH = '/spine-secure-proxy';
const CAPABILITY_API: Record<string, string> = { structured: 'gpc-access-record', documents: 'gpc-access-record', appointments: 'gpc-appointments' };

/**
 * The embedded Spine Secure Proxy's URL form (gpc-structured/CONTRACT.md, route A): `{ssp}/{service root}/{path}`, where
 * the service root is a practice's GP Connect endpoint in the embedded SDS. The practice systems' routes are mounted at
 * this API's base path, so the pathname there is `{base path}{path}`; the service root travels with the request.
 */
function sspProxied(directory: Directory, id: string, basePath: string): SandboxApi['proxied'] {
  return (pathname) => {
    if (!pathname.startsWith(`${SSP_PATH}/`)) return undefined;
    const target = pathname.slice(SSP_PATH.length + 1);
    const endpoint = directory.mhs.find((m) => target.startsWith(`${m.address}/`) && CAPABILITY_API[m.address.split('/').pop() ?? ''] === id);
    return endpoint ? { pathname: basePath + target.slice(endpoint.address.length), sspRoot: endpoint.address } : undefined;
  };
}

/** The id a practice's GP system gives a patient (route A): the same one its Access Document server gives them. */
const providerPatientId = documentsPatientId;

const searchset = (entries: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  total: entries.length,
  entry: entries.map((resource) => ({ resource })),
});

/** A Foundations Patient: the GP system's logical id and the NHS number. */
function foundationsPatient(nhsNumber: string): Record<string, unknown> {
  return {
    resourceType: 'Patient',
    id: providerPatientId(nhsNumber),
    meta: { versionId: '1', profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1'] },
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: nhsNumber }],
    active: true,
  };
}

function api(sandbox: Sandbox, id: string, basePath: string, routes: SandboxApi['routes']): SandboxApi {
  const { world, store } = gpcState(sandbox);
  const directory = buildDirectory(sandbox.population);
  const mismatch = practiceMismatch(world, store);
  return {
    id,
    basePath,
    routes,
    proxied: sspProxied(directory, id, basePath),
    // Route B (patient facing, a platform token) or the Spine Secure Proxy's route A (the unsigned audit JWT).
    checkAccess: (req, auth) =>
      isPatientFacing(req) ? checkPatientFacingRequest(req, auth, id) : checkGpConnectRequest(req, sandbox.origin + basePath, directory, mismatch),
    notFound: () => gpcOutcome(400, 'BAD_REQUEST', 'Unsupported GP Connect request'),
  };
}

/**
 * GP Connect (Patient Facing) Access Record at the platform's base path: the structured record and Access Document.
 * Every request passes the Spine Secure Proxy's checks (ssp.ts) first.
 */
export const gpcAccessRecordSandbox: SandboxApiFactory = (sandbox) => {
  const { world, practiceInfo } = gpcState(sandbox);
  const today = () => ukDate(new Date());
  return api(sandbox, 'gpc-access-record', ACCESS_RECORD_BASE_PATH, [
    interactionRoute(
      'POST',
      '/Patient/$gpc.getstructuredrecord',
      `${I}:operation:gpc.getstructuredrecord-1`,
      'patient/*.read',
      structuredRecordHandler(world, today, practiceInfo),
    ),
    ...documentRoutes(world, today, practiceInfo, (binaryId) => `${sandbox.origin}${ACCESS_RECORD_BASE_PATH}/documents/Binary/${binaryId}`),
  ]);
};

/**
 * GP Connect Appointment Management at the platform's base path: free slots at a practice, book, read, amend, cancel,
 * a patient's appointments, and (an embedded extension) a practice's appointments. Bookings persist; a re-sent booking
 * (same X-Request-ID) gets the first answer again and books nothing.
 */
export const gpcAppointmentsSandbox: SandboxApiFactory = (sandbox) => {
  const { world, store, practiceInfo } = gpcState(sandbox);
  const replies = new Map<string, SandboxResponse>();
  const location = (id: string) => `${sandbox.origin}${APPOINTMENTS_BASE_PATH}/Appointment/${id}`;
  const reply = (w: Written | SandboxResponse, req: SandboxRequest): SandboxResponse => {
    if (!('appointment' in w)) return w;
    store.save(w.appointment);
    const headers: Record<string, string> = { etag: `W/"${w.appointment.version}"`, ...(w.status === 201 ? { location: location(w.appointment.id) } : {}) };
    return fhirJson(w.status, store.toResource(w.appointment, patientIdOf(req)), headers);
  };
  /** A patient-facing call reaches only the signed-in patient's appointments (the platform answers 403). */
  const notTheirs = (req: SandboxRequest, nhsNumber: string): SandboxResponse | undefined => {
    const patient = patientFacingNhsNumber(req, sandbox.auth);
    return patient !== undefined && patient !== nhsNumber ? gpcOutcome(403, 'ACCESS_DENIED', 'A patient may reach only their own appointments') : undefined;
  };
  /**
   * Whose slots a search is for. Route A: the practice whose service root the SSP URL names; the ODS searchFilter is
   * the consumer's own organisation (gpc-appointments/CONTRACT.md), required but not the practice. Route B: the
   * signed-in patient's practice; the platform's own provider serving a worker takes a practice's code in the filter
   * (what it holds), since nothing else names one.
   */
  const slotPractice = (req: SandboxRequest): string | SandboxResponse => {
    const odsFilter = req.query
      .getAll('searchFilter')
      .find((f) => f.startsWith(ODS_FILTER))
      ?.slice(ODS_FILTER.length)
      .toUpperCase();
    if (req.sspRoot) {
      if (!odsFilter) return gpcOutcome(422, 'INVALID_PARAMETER', "searchFilter with the consumer's ODS code is required");
      return servedPractice(sspPractice(req) ?? '', world);
    }
    const patient = patientFacingNhsNumber(req, sandbox.auth);
    if (patient) return servedPractice(world.patient(patient).practice, world);
    if (!odsFilter) return gpcOutcome(422, 'INVALID_PARAMETER', 'searchFilter with an ODS code is required');
    return servedPractice(odsFilter, world);
  };
  /** How the route names patients: route A (through the SSP) by the GP system's logical id, route B by NHS number. */
  const patientIdOf = (req: SandboxRequest) => (req.sspRoot ? providerPatientId : (n: string) => n);
  /** The NHS number behind a route's patient id, among the patients of the addressed practice on route A. */
  const nhsNumberOf =
    (req: SandboxRequest) =>
    (id: string): string | undefined =>
      req.sspRoot ? world.nhsNumbersAt(sspPractice(req) ?? '').find((n) => providerPatientId(n) === id) : id;
  const put = (cancel: boolean) => (req: SandboxRequest) => {
    const current = store.get(req.params.id ?? '');
    if (!current) return gpcOutcome(404, 'NO_RECORD_FOUND');
    const refusal = notTheirs(req, current.nhsNumber);
    if (refusal) return refusal;
    const body = parseJsonBody(req);
    if (!body.ok) return gpcOutcome(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    return reply(update(req, body.value as Record<string, unknown>, current, store.toResource(current, patientIdOf(req)), cancel), req);
  };
  return api(sandbox, 'gpc-appointments', APPOINTMENTS_BASE_PATH, [
    interactionRoute('GET', '/Slot', `${I}:rest:search:slot-1`, 'organization/*.read', (req) => searchSlots(req, store, practiceInfo, slotPractice(req))),
    interactionRoute('POST', '/Appointment', `${I}:rest:create:appointment-1`, 'patient/*.write', (req) => {
      const requestId = header(req, 'x-request-id') ?? '';
      const earlier = replies.get(requestId);
      if (earlier) return earlier;
      const body = parseJsonBody(req);
      if (!body.ok) return gpcOutcome(400, 'BAD_REQUEST', 'The request body is not valid JSON');
      const response = reply(book(body.value as Record<string, unknown>, world, store, toUkDateTime(new Date()), nhsNumberOf(req)), req);
      if (response.status === 201) replies.set(requestId, response);
      return response;
    }),
    interactionRoute('GET', '/Appointment/:id', `${I}:rest:read:appointment-1`, 'patient/*.read', (req) => {
      const current = store.get(req.params.id ?? '');
      if (!current) return gpcOutcome(404, 'NO_RECORD_FOUND');
      return notTheirs(req, current.nhsNumber) ?? fhirJson(200, store.toResource(current, patientIdOf(req)), { etag: `W/"${current.version}"` });
    }),
    // Foundations on route A (the appointments service root): Find Patient by NHS number, and Read Patient by logical id.
    interactionRoute(
      'GET',
      '/Patient',
      `${I}:rest:search:patient-1`,
      'patient/*.read',
      routeAOnly((req) => {
        const nhs = identifierNhsNumber(req);
        if (typeof nhs !== 'string') return nhs;
        if (!isValidNhsNumber(nhs)) return gpcOutcome(400, 'INVALID_NHS_NUMBER');
        const patient = world.patient(nhs);
        const found = (patient.status === 'normal' || patient.status === 'dissented') && patient.practice === sspPractice(req);
        return fhirJson(200, searchset(found ? [foundationsPatient(nhs)] : []));
      }),
    ),
    interactionRoute(
      'GET',
      '/Patient/:id',
      `${I}:rest:read:patient-1`,
      'patient/*.read',
      routeAOnly((req) => {
        const nhs = nhsNumberOf(req)(req.params.id ?? '');
        return nhs ? fhirJson(200, foundationsPatient(nhs)) : gpcOutcome(404, 'PATIENT_NOT_FOUND');
      }),
    ),
    {
      // One path, two interactions (amend and cancel), each checked as its own route.
      method: 'PUT',
      path: '/Appointment/:id',
      handler: (req) => {
        // The patient-facing route has cancel only (no amend) and names no interaction.
        const cancel = isPatientFacing(req) || header(req, 'ssp-interactionid') === `${I}:rest:cancel:appointment-1`;
        return interactionRoute('PUT', '/Appointment/:id', `${I}:rest:${cancel ? 'cancel' : 'update'}:appointment-1`, 'patient/*.write', put(cancel)).handler(
          req,
        );
      },
    },
    interactionRoute('GET', '/Patient/:id/Appointment', `${I}:rest:search:patient_appointments-1`, 'patient/*.read', (req) => {
      // Route B: the NHS number; route A: the GP system's logical id from Find Patient.
      const nhs = nhsNumberOf(req)(req.params.id ?? '');
      if (nhs === undefined) return gpcOutcome(404, 'PATIENT_NOT_FOUND');
      if (!isValidNhsNumber(nhs)) return gpcOutcome(400, 'INVALID_NHS_NUMBER');
      const patient = world.patient(nhs);
      if (patient.status !== 'normal' && patient.status !== 'dissented') return gpcOutcome(404, 'PATIENT_NOT_FOUND');
      // Route A takes only the two `start` bounds (no _include:recurse), and no part of the window may be in the past
      // (gpc-appointments/CONTRACT.md, "Patient's appointments (route A)"); route B allows past dates (past-appt-limit).
      const window = appointmentWindow(req, req.sspRoot ? ukDate(new Date()) : undefined);
      if ('status' in window) return window;
      return fhirJson(200, appointmentBundle(req, store.forPatient(nhs, patient.practice), window, store, practiceInfo, patientIdOf(req), !req.sspRoot));
    }),
    interactionRoute('GET', '/Appointment', 'urn:nhs-graph:embedded:gpconnect:search:practice_appointments', 'patient/*.read', (req) => {
      if (isPatientFacing(req)) return gpcOutcome(403, 'ACCESS_DENIED', "A patient may not list a practice's appointments");
      const window = appointmentWindow(req);
      if ('status' in window) return window;
      // Through the SSP the service root names the practice; at the platform's base path, the searchFilter.
      const practice = req.sspRoot ? (sspPractice(req) as string) : practiceOf(req, world);
      if (typeof practice !== 'string') return practice;
      // The extension names patients by NHS number whichever way it is reached (it is the embedded platform's own).
      return fhirJson(200, appointmentBundle(req, store.forPractice(practice), window, store, practiceInfo));
    }),
  ]);
};
