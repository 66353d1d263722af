import { loadFixture } from '../../fixtures.js';
import { fhirJson, header, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { DOS_SERVICE_ID_SYSTEM } from '../../fhir-systems.js';

/** The BaRS proxy's own checks (bars/CONTRACT.md, "Sandbox behaviour"), in the order the proxy makes them. */
const EX = 'bars/specification/examples1.1.0/';
export const barsExample = (status: number, file: string): SandboxResponse => fhirJson(status, loadFixture(EX + file));
const SUPPORTED_VERSIONS = ['1.0.0', '1.1.0'];

export interface Target {
  system: string;
  value: string;
  key: string;
}

/** A BaRS OperationOutcome (code system http-error-codes) for the codes the contract lists without an example file. */
export function barsOutcome(status: number, code: string, issueType: string, diagnostics: string): SandboxResponse {
  return fhirJson(status, {
    resourceType: 'OperationOutcome',
    meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome'] },
    issue: [{ severity: 'error', code: issueType, details: { coding: [{ system: 'https://fhir.nhs.uk/Codesystem/http-error-codes', code }] }, diagnostics }],
  });
}

function decodeJson(value: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value.trim())) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The decoded target, or the proxy's refusal: 400 for a missing, non-base64 or incomplete header, 404 for one it cannot route. */
export function targetOf(req: SandboxRequest): Target | SandboxResponse {
  const raw = header(req, 'nhsd-target-identifier');
  if (!raw) return barsExample(400, 'OperationOutcome/PROXY-NONE/400-BAD_REQUEST-required.json');
  const decoded = decodeJson(raw);
  if (!decoded) return barsExample(400, 'invalid-base64.json');
  const { system, value } = decoded;
  if (typeof system !== 'string' || typeof value !== 'string' || !system || !value) return barsExample(400, 'malformed-target-identifier.json');
  const routable = (system === DOS_SERVICE_ID_SYSTEM && value.startsWith('2000')) || (system === 'tests' && value.startsWith('NHS'));
  return routable ? { system, value, key: `${system}|${value}` } : barsExample(404, 'proxy-not-found.json');
}

export function isTarget(t: Target | SandboxResponse): t is Target {
  return 'key' in t;
}

/**
 * Everything the proxy checks before it routes: ids, the sender headers (base64 JSON), the version in Accept and the
 * target. `/metadata` without a target is the proxy's own capability statement.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function proxyRefusal(req: SandboxRequest): SandboxResponse | undefined {
  if (!header(req, 'x-request-id') || !header(req, 'x-correlation-id')) return barsExample(400, 'OperationOutcome/PROXY-NONE/400-BAD_REQUEST-required.json');
  // Both ids are `format: uuid` on every operation of the spec.
  if (!UUID.test(header(req, 'x-request-id') ?? '') || !UUID.test(header(req, 'x-correlation-id') ?? ''))
    return barsExample(400, 'OperationOutcome/SEND/400-SEND_BAD_REQUEST-invalid.json');
  if (!decodeJson(header(req, 'nhsd-end-user-organisation') ?? '') || !decodeJson(header(req, 'nhsd-requesting-software') ?? '')) {
    return barsExample(400, 'OperationOutcome/SEND/400-SEND_BAD_REQUEST-invalid.json');
  }
  const version = /version=([0-9.]+)/.exec(header(req, 'accept') ?? '')?.[1];
  if (!version || !SUPPORTED_VERSIONS.includes(version)) return barsExample(406, 'not-acceptable.json');
  if (req.path === '/metadata' && !header(req, 'nhsd-target-identifier')) return undefined;
  const target = targetOf(req);
  return isTarget(target) ? switchboard(target) : target;
}

/**
 * The public sandbox's error switchboard: target `{"system":"tests","value":"NHS0001-<code>"}` answers that error.
 * NHS serves it on `/errors/{anything}` only; here every route answers it, so a client's own calls can meet each error.
 */
function switchboard(target: Target): SandboxResponse | undefined {
  if (target.system !== 'tests') return undefined;
  const code = /^NHS0001-(.+)$/.exec(target.value)?.[1];
  switch (code) {
    case '400':
      return barsExample(400, 'bad-request.json');
    case '400-1':
      return barsExample(400, '400-SEND.json');
    case '400-2':
      return barsOutcome(400, 'REC_BAD_REQUEST', 'not-supported', 'The receiver does not support this request.');
    case '401':
      return barsExample(401, 'unauthorized.json');
    case '403':
      return barsExample(403, 'forbidden.json');
    case '406':
      return barsExample(406, 'not-acceptable.json');
    case '409':
      return barsExample(409, 'conflict.json');
    case '422':
      return barsOutcome(422, 'REC_UNPROCESSABLE_ENTITY', 'business-rule', 'The receiver could not process the content.');
    case '500':
      return barsExample(500, 'server-error.json');
    case '500-2':
      return barsOutcome(500, 'REC_SERVER_ERROR', 'no-store', 'The receiver could not store the content.');
    case '501':
      return barsOutcome(501, 'REC_NOT_IMPLEMENTED', 'not-supported', 'The receiver does not implement this interaction.');
    case '408':
    case '500-1':
    case '503':
    case '504':
      return { status: Number(code.slice(0, 3)) };
    default:
      return undefined;
  }
}
