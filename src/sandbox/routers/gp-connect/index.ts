import { isValidNhsNumber } from '../../../nhs/nhs-number.js';
import { toUkDateTime, ukDate } from '../../../nhs/uk-time.js';
import type { SandboxApi, SandboxApiFactory } from '../../api.js';
import { fhirJson, header, parseJsonBody, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { Sandbox } from '../../server.js';
import { appointmentBundle, appointmentWindow, practiceOf, searchSlots } from './appointment-search.js';
import { AppointmentStore } from './appointment-store.js';
import { book, update, type Written } from './appointment-writes.js';
import { documentRoutes } from './documents.js';
import { gpcOutcome } from './outcome.js';
import type { PracticeInfo } from './records.js';
import { checkGpConnectRequest, interactionRoute } from './ssp.js';
import { structuredRecordHandler } from './structured.js';
import { GpcWorld } from './world.js';

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
      return { odsCode: ods, name: o?.name ?? `GP PRACTICE ${ods}`, lines: o?.lines ?? [], city: o?.city ?? '', postcode: o?.postcode ?? '', phone: o?.phone ?? '' };
    };
    const today = ukDate(new Date());
    state = { world, store: new AppointmentStore(world, today, practiceInfo), practiceInfo, today };
    worlds.set(sandbox, state);
  }
  return state;
}

function api(sandbox: Sandbox, id: string, basePath: string, routes: SandboxApi['routes']): SandboxApi {
  return {
    id,
    basePath,
    routes,
    checkAccess: (req) => checkGpConnectRequest(req, sandbox.origin + basePath),
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
    interactionRoute('POST', '/Patient/$gpc.getstructuredrecord', `${I}:operation:gpc.getstructuredrecord-1`, 'patient/*.read', structuredRecordHandler(world, today, practiceInfo)),
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
  const reply = (w: Written | SandboxResponse): SandboxResponse => {
    if (!('appointment' in w)) return w;
    store.save(w.appointment);
    const headers: Record<string, string> = { etag: `W/"${w.appointment.version}"`, ...(w.status === 201 ? { location: location(w.appointment.id) } : {}) };
    return fhirJson(w.status, store.toResource(w.appointment), headers);
  };
  const put = (cancel: boolean) => (req: SandboxRequest) => {
    const current = store.get(req.params.id ?? '');
    if (!current) return gpcOutcome(404, 'NO_RECORD_FOUND');
    const body = parseJsonBody(req);
    if (!body.ok) return gpcOutcome(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    return reply(update(req, body.value as Record<string, unknown>, current, store.toResource(current), cancel));
  };
  return api(sandbox, 'gpc-appointments', APPOINTMENTS_BASE_PATH, [
    interactionRoute('GET', '/Slot', `${I}:rest:search:slot-1`, 'organization/*.read', (req) => searchSlots(req, world, store, practiceInfo)),
    interactionRoute('POST', '/Appointment', `${I}:rest:create:appointment-1`, 'patient/*.write', (req) => {
      const requestId = header(req, 'x-request-id') ?? '';
      const earlier = replies.get(requestId);
      if (earlier) return earlier;
      const body = parseJsonBody(req);
      if (!body.ok) return gpcOutcome(400, 'BAD_REQUEST', 'The request body is not valid JSON');
      const response = reply(book(body.value as Record<string, unknown>, world, store, toUkDateTime(new Date())));
      if (response.status === 201) replies.set(requestId, response);
      return response;
    }),
    interactionRoute('GET', '/Appointment/:id', `${I}:rest:read:appointment-1`, 'patient/*.read', (req) => {
      const current = store.get(req.params.id ?? '');
      return current ? fhirJson(200, store.toResource(current), { etag: `W/"${current.version}"` }) : gpcOutcome(404, 'NO_RECORD_FOUND');
    }),
    {
      // One path, two interactions (amend and cancel), each checked as its own route.
      method: 'PUT',
      path: '/Appointment/:id',
      handler: (req) => {
        const cancel = header(req, 'ssp-interactionid') === `${I}:rest:cancel:appointment-1`;
        return interactionRoute('PUT', '/Appointment/:id', `${I}:rest:${cancel ? 'cancel' : 'update'}:appointment-1`, 'patient/*.write', put(cancel)).handler(req);
      },
    },
    interactionRoute('GET', '/Patient/:id/Appointment', `${I}:rest:search:patient_appointments-1`, 'patient/*.read', (req) => {
      const nhs = req.params.id ?? '';
      if (!isValidNhsNumber(nhs)) return gpcOutcome(400, 'INVALID_NHS_NUMBER');
      const patient = world.patient(nhs);
      if (patient.status !== 'normal' && patient.status !== 'dissented') return gpcOutcome(404, 'PATIENT_NOT_FOUND');
      const window = appointmentWindow(req);
      if ('status' in window) return window;
      return fhirJson(200, appointmentBundle(req, store.forPatient(nhs, patient.practice), window, store, practiceInfo));
    }),
    interactionRoute('GET', '/Appointment', 'urn:nhs-graph:embedded:gpconnect:search:practice_appointments', 'patient/*.read', (req) => {
      const window = appointmentWindow(req);
      if ('status' in window) return window;
      const practice = practiceOf(req, world);
      if (typeof practice !== 'string') return practice;
      return fhirJson(200, appointmentBundle(req, store.forPractice(practice), window, store, practiceInfo));
    }),
  ]);
};
