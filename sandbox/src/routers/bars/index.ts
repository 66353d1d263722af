import { randomUUID } from 'node:crypto';
import type { SandboxApiFactory } from '../../api.js';
import { clone, loadFixture } from '../../fixtures.js';
import { fhirJson, header, parseJsonBody, type SandboxHandler, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { bookingResponse, referralResponse, responseMessage, senderOdsOf } from './responder.js';
import { barsExample, barsOutcome, isTarget, proxyRefusal, targetOf, type Target } from './checks.js';
import { DEFAULT_TARGET, generatedSlots, nhsNumberOf, seedReceivers, slotIncludes, type ReceiverStore } from './records.js';
import { NHS_NUMBER_SYSTEM as NHS_NUMBER } from '../../fhir-systems.js';

export const BARS_BASE_PATH = '/booking-and-referral/FHIR/R4';
const EX = 'bars/specification/examples1.1.0/';
/** The contract's known ids and example patient (bars/CONTRACT.md, "Sandbox behaviour"). */
const EXAMPLE_APPOINTMENTS = new Set(['c3f6145e-1a26-4345-b3f2-dccbcba62049', '91607239-b002-470a-8709-6b25bd50fdd1']);
const EXAMPLE_SERVICE_REQUEST = 'c3f6145e-1a26-4345-b3f2-dccbcba62049';
const EXAMPLE_PATIENT = '4857773456';
const EVENTS: Record<string, string> = { 'servicerequest-request': 'ServiceRequest', 'booking-request': 'Appointment' };

const notFound = (): SandboxResponse => barsExample(404, 'entity-not-found.json');

function searchset(resources: Record<string, unknown>[], self: string): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { lastUpdated: new Date().toISOString(), profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Bundle'] },
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: self }],
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource, search: { mode: 'match' } })),
  };
}

/**
 * getSlots' required parameters: `status`, `start` twice (a window: `ge` and `le`), and at least the two `_include`s
 * the spec names as the minimum ("Slot:schedule", "Schedule:actor:HealthcareService"). Anything missing is the
 * receiver's 400 REC_BAD_REQUEST.
 */
function slotSearchRefusal(req: SandboxRequest): SandboxResponse | undefined {
  const bounds = req.query.getAll('start');
  const includes = req.query.getAll('_include').flatMap((v) => v.split(','));
  const dated = (prefix: string) => bounds.some((b) => b.startsWith(prefix) && !Number.isNaN(Date.parse(b.slice(2))));
  if (!req.query.get('status')) return barsOutcome(400, 'REC_BAD_REQUEST', 'invalid', 'status is required');
  if (!dated('ge') || !dated('le')) return barsOutcome(400, 'REC_BAD_REQUEST', 'invalid', 'start is required twice: start=ge<dateTime>&start=le<dateTime>');
  if (!['Slot:schedule', 'Schedule:actor:HealthcareService'].every((i) => includes.includes(i) || includes.includes('Slot:*'))) {
    return barsOutcome(400, 'REC_BAD_REQUEST', 'invalid', '_include must name at least Slot:schedule and Schedule:actor:HealthcareService');
  }
  return undefined;
}

/** The NHS number of a `patient:identifier` search, or undefined when the parameter is missing or not an NHS number. */
function patientOf(req: SandboxRequest): string | undefined {
  const [system, value] = (req.query.get('patient:identifier') ?? '').split('|');
  return system === NHS_NUMBER && value ? value : undefined;
}

/**
 * Booking and Referral Standard at /booking-and-referral/FHIR/R4: the routing proxy's checks (target, sender headers,
 * version in Accept), the public sandbox's known ids and error switchboard, and receivers that keep what they are sent:
 * a referral or booking delivered with $process-message can be read back, and a resent message (same Bundle id) is
 * refused with 409 REC_CONFLICT, never stored twice.
 */
export const barsSandbox: SandboxApiFactory = (sandbox) => {
  const receivers = seedReceivers(sandbox.population);
  const receiver = (target: Target): ReceiverStore => {
    let store = receivers.get(target.key);
    if (!store) receivers.set(target.key, (store = { serviceRequests: new Map(), appointments: new Map(), processed: new Set() }));
    return store;
  };
  /** Runs a handler with the request's (already checked) target. */
  const targeted =
    (handler: (req: SandboxRequest, target: Target) => SandboxResponse): SandboxHandler =>
    (req) => {
      const target = targetOf(req);
      return isTarget(target) ? handler(req, target) : target;
    };

  const getById = (kind: 'serviceRequests' | 'appointments', examples: (id: string) => string | undefined) =>
    targeted((req, target) => {
      const id = req.params.id ?? '';
      const example = examples(id);
      if (example) return fhirJson(200, loadFixture(EX + example));
      const found = receiver(target)[kind].get(id);
      return found ? fhirJson(200, found) : notFound();
    });

  const search = (kind: 'serviceRequests' | 'appointments', example: string, path: string) =>
    targeted((req, target) => {
      const nhsNumber = patientOf(req);
      if (!nhsNumber) return barsOutcome(400, 'REC_BAD_REQUEST', 'invalid', 'patient:identifier must be https://fhir.nhs.uk/Id/nhs-number|<NHS number>');
      if (nhsNumber === EXAMPLE_PATIENT) return fhirJson(200, loadFixture(EX + example));
      const mine = [...receiver(target)[kind].values()].filter((r) => nhsNumberOf(r) === nhsNumber);
      return fhirJson(200, searchset(mine, `${BARS_BASE_PATH}${path}`));
    });

  const slots = targeted((req, target) => {
    const refusal = slotSearchRefusal(req);
    if (refusal) return refusal;
    if (target.key === DEFAULT_TARGET) return fhirJson(200, loadFixture(`${EX}slots/GET-success.json`));
    const status = req.query.get('status');
    const bounds = req.query.getAll('start');
    const fromMs = Date.parse(/^ge(.+)$/.exec(bounds.find((b) => b.startsWith('ge')) ?? '')?.[1] ?? '');
    const toMs = Date.parse(/^le(.+)$/.exec(bounds.find((b) => b.startsWith('le')) ?? '')?.[1] ?? '');
    const found = generatedSlots(target.value).filter(
      (s) => (!status || status.split(',').includes(String(s.status))) && Date.parse(String(s.start)) >= fromMs && Date.parse(String(s.start)) <= toMs,
    );
    const bundle = searchset(found, `${BARS_BASE_PATH}/Slot`) as { entry: unknown[] };
    if (found.length > 0)
      bundle.entry.push(
        ...slotIncludes(target.value).map((resource) => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource, search: { mode: 'include' } })),
      );
    return fhirJson(200, bundle);
  });

  const processMessage = targeted((req, target) => {
    if (!header(req, 'use-context')) return barsExample(400, 'OperationOutcome/SEND/400-SEND_BAD_REQUEST-invalid.json');
    const parsed = parseJsonBody(req);
    const bundle = (parsed.ok ? parsed.value : undefined) as
      | { resourceType?: string; type?: string; id?: string; entry?: { fullUrl?: string; resource?: Record<string, any> }[] }
      | undefined;
    const headerResource = bundle?.entry?.[0]?.resource;
    if (bundle?.resourceType !== 'Bundle' || bundle.type !== 'message' || !bundle.id || headerResource?.resourceType !== 'MessageHeader') {
      return barsExample(400, 'bad-request.json');
    }
    const store = receiver(target);
    if (store.processed.has(bundle.id)) return barsExample(409, 'conflict.json');
    const event = headerResource.eventCoding?.code as string | undefined;
    const focusType = event ? EVENTS[event] : undefined;
    const focusRef = headerResource.focus?.[0]?.reference as string | undefined;
    const focusEntry = bundle.entry?.find((e) => e.fullUrl === focusRef);
    if (!focusType || focusEntry?.resource?.resourceType !== focusType) {
      return barsOutcome(422, 'REC_UNPROCESSABLE_ENTITY', 'business-rule', 'The receiver does not process this event, or its focus is missing.');
    }
    store.processed.add(bundle.id);
    const recorded = { ...clone(focusEntry.resource), id: focusEntry.resource.id ?? randomUUID() };
    (focusType === 'Appointment' ? store.appointments : store.serviceRequests).set(String(recorded.id), recorded);
    // A new referral or booking is answered later at the sender's own $process-message, when the stand-in knows where that is.
    if (headerResource.reason?.coding?.[0]?.code === 'new') {
      const answer = focusType === 'Appointment' ? bookingResponse(bundle.id, recorded, target.key) : referralResponse(bundle.id, recorded, target.key);
      sandbox.barsResponder.respond(answer, senderOdsOf(header(req, 'nhsd-end-user-organisation')));
    }
    return fhirJson(200, responseMessage(event!.replace(/-request$/, '-response'), target.key, bundle.id, recorded));
  });

  return {
    id: 'bars',
    basePath: BARS_BASE_PATH,
    checkAccess: (req, auth) => (auth.acceptsBearer(req) ? proxyRefusal(req) : barsExample(401, 'OperationOutcome/SEND/401-SEND_UNAUTHORIZED-security.json')),
    notFound: () => barsExample(404, 'OperationOutcome/PROXY-NONE/404-NOT_FOUND-not-found.json'),
    tooManyRequests: () => barsExample(429, 'OperationOutcome/SEND/429-SEND_TOO_MANY_REQUESTS-throttled.json'),
    routes: [
      { method: 'GET', path: '/metadata', handler: () => fhirJson(200, loadFixture(`${EX}metadata/BaRS_API_Capability_Statement.json`)) },
      { method: 'GET', path: '/Slot', handler: slots },
      { method: 'GET', path: '/Appointment', handler: search('appointments', 'appointment/GET-success.json', '/Appointment') },
      {
        method: 'GET',
        path: '/Appointment/:id',
        handler: getById('appointments', (id) => (EXAMPLE_APPOINTMENTS.has(id) ? 'appointment/id/GET-success.json' : undefined)),
      },
      { method: 'GET', path: '/ServiceRequest', handler: search('serviceRequests', 'service_request/GET-success.json', '/ServiceRequest') },
      {
        method: 'GET',
        path: '/ServiceRequest/:id',
        handler: getById('serviceRequests', (id) => (id === EXAMPLE_SERVICE_REQUEST ? 'service_request/id/GET-success.json' : undefined)),
      },
      { method: 'POST', path: '/$process-message', handler: processMessage },
    ],
  };
};
