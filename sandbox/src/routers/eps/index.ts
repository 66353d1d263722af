import type { SandboxApi, SandboxApiFactory } from '../../api.js';
import { header, spineOutcome, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { PlatformAuth } from '../../platform-auth.js';
import { dispensingRoutes } from './dispensing.js';
import { SPINE_ERROR_SYSTEM_R4 } from '../../fhir-systems.js';
import { prescribingRoutes } from './prescribing.js';

export { trackerSandbox } from './tracker.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The platform's checks in front of EPS: a bearer token (ACCESS_DENIED) and a UUID X-Request-ID on every request. */
function checkAccess(req: SandboxRequest, auth: PlatformAuth): SandboxResponse | undefined {
  if (!auth.acceptsBearer(req)) return spineOutcome(401, 'ACCESS_DENIED', 'Invalid access token', { issueType: 'forbidden', system: SPINE_ERROR_SYSTEM_R4 });
  const requestId = header(req, 'x-request-id');
  if (!requestId || !UUID.test(requestId))
    return spineOutcome(400, 'MISSING_VALUE', 'X-Request-ID header must be a UUID', { issueType: 'value', system: SPINE_ERROR_SYSTEM_R4 });
  return undefined;
}

const notFound = (): SandboxResponse => spineOutcome(404, 'NOT_FOUND', 'Resource not found', { issueType: 'not-found', system: SPINE_ERROR_SYSTEM_R4 });

function epsApi(id: string, basePath: string, routes: SandboxApi['routes']): SandboxApi {
  return { id, basePath, routes, checkAccess, notFound };
}

/** EPS FHIR Prescribing API at /fhir-prescribing/FHIR/R4 ($prepare, $process-message order and cancel). */
export const epsPrescribingSandbox: SandboxApiFactory = (sandbox) => epsApi('eps-prescribing', '/fhir-prescribing/FHIR/R4', prescribingRoutes(sandbox));

/** EPS FHIR Dispensing API at /fhir-dispensing/FHIR/R4 (Task/$release, Task return and withdraw, dispense notification). */
export const epsDispensingSandbox: SandboxApiFactory = (sandbox) => epsApi('eps-dispensing', '/fhir-dispensing/FHIR/R4', dispensingRoutes(sandbox));

/**
 * The deprecated combined EPS FHIR API at /electronic-prescriptions/FHIR/R4, kept as an alias (eps/CONTRACT.md): both
 * sides over the same store; its one $process-message routes by the message's event.
 */
export const epsLegacySandbox: SandboxApiFactory = (sandbox) => {
  const prescribing = prescribingRoutes(sandbox);
  const dispensing = dispensingRoutes(sandbox);
  const processPrescribing = prescribing.find((r) => r.path === '/$process-message')!.handler;
  const processDispensing = dispensing.find((r) => r.path === '/$process-message')!.handler;
  const processMessage = (req: SandboxRequest) => (/"dispense-notification"/.test(req.rawBody) ? processDispensing(req) : processPrescribing(req));
  return epsApi('eps', '/electronic-prescriptions/FHIR/R4', [
    ...prescribing.filter((r) => r.path !== '/$process-message'),
    ...dispensing.filter((r) => r.path !== '/$process-message'),
    { method: 'POST', path: '/$process-message', handler: processMessage },
  ]);
};
