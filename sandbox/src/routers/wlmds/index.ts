import { isValidNhsNumber } from '../../../../src/nhs/nhs-number.js';
import type { SandboxApiFactory } from '../../api.js';
import type { SandboxRequest, SandboxResponse } from '../../http.js';
import { waitingListFor } from './records.js';
import { NHS_NUMBER_SYSTEM } from '../../fhir-systems.js';

export const WLMDS_BASE_PATH = '/elective-waiting-list';

function json(status: number, body: unknown): SandboxResponse {
  return { status, body, headers: { 'content-type': 'application/json' } };
}

/** WLMDS's own error shape (elective-waiting-list.yaml, 4XX): `{code, data}`. */
function wlmdsError(status: number, code: string, data: string): SandboxResponse {
  return json(status, { code, data });
}

/**
 * Elective Waiting List (WLMDS) at /elective-waiting-list. NHS publishes no sandbox for it; this one serves the form
 * the spec's example call uses, `GET /patient?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{nhs}`, and not the
 * spec's path template (`/elective-waiting-list/{patient.identifier}`), which answers 404 here. The body is an envelope
 * `{result: "success", data: [entries]}` (the spec declares only `result`).
 */
export const wlmdsSandbox: SandboxApiFactory = (sandbox) => {
  const known = new Set(sandbox.population.patients.map((p) => p.nhsNumber));
  const byPatient = (req: SandboxRequest): SandboxResponse => {
    const identifiers = req.query.getAll('patient.identifier');
    const value = identifiers.length === 1 ? (identifiers[0] as string) : '';
    const [system, nhsNumber = ''] = value.split('|');
    if (system !== NHS_NUMBER_SYSTEM || !isValidNhsNumber(nhsNumber)) {
      return wlmdsError(400, 'error.bad-request', `patient.identifier must be ${NHS_NUMBER_SYSTEM}|<a valid NHS number>`);
    }
    return json(200, { result: 'success', data: waitingListFor(sandbox.population, nhsNumber, known) });
  };
  return {
    id: 'wlmds',
    basePath: WLMDS_BASE_PATH,
    checkAccess: (req, auth) => (auth.acceptsBearer(req) ? undefined : wlmdsError(401, 'error.unauthorized', 'Invalid token provided')),
    notFound: () => json(404, { statusCode: 404, message: 'Resource not found' }),
    routes: [{ method: 'GET', path: '/patient', handler: byPatient }],
  };
};
