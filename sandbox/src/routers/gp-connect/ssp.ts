import type { SandboxRoute } from '../../api.js';
import { header, type SandboxHandler, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { PlatformAuth } from '../../platform-auth.js';
import type { Directory } from '../sds/records.js';
import { gpcOutcome, sspRefusal } from './outcome.js';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM, SDS_USER_ID_SYSTEM } from '../../fhir-systems.js';

/** Consumers the embedded Spine knows, by ASID: the GP Connect demonstrator's test consumer (the graph's default). */
export const ACCREDITED_CONSUMER_ASIDS: ReadonlySet<string> = new Set(['200000000359']);
/** The ASID the embedded platform's GP Connect service answers to (the demonstrator provider's). */
export const PROVIDER_ASID = '918999198738';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

type Claims = Record<string, any>;

/** The claims of an unsigned GP Connect JWT, or why it is not one. */
export function decodeAuditJwt(req: SandboxRequest): Claims | string {
  const match = /^Bearer (\S+)$/.exec(header(req, 'authorization') ?? '');
  if (!match) return 'Missing Authorization bearer JWT';
  const parts = (match[1] as string).split('.');
  if (parts.length !== 3 || parts[2] !== '') return 'The JWT must be unsigned: three parts and an empty signature';
  try {
    const head = JSON.parse(Buffer.from(parts[0] as string, 'base64url').toString('utf8')) as Claims;
    if (head.alg !== 'none' || head.typ !== 'JWT') return 'JWT header must be {"alg":"none","typ":"JWT"}';
    return JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8')) as Claims;
  } catch {
    return 'Malformed JWT';
  }
}

const hasIdentifier = (resource: Claims | undefined, system: string) =>
  Array.isArray(resource?.identifier) && resource.identifier.some((i: Claims) => i?.system === system && typeof i.value === 'string' && i.value !== '');

/** What is wrong with the claims (gpc-structured/CONTRACT.md, "Authorization JWT"), or undefined. */
export function auditJwtProblem(claims: Claims, audience: string, nowSeconds: number): string | undefined {
  if (typeof claims.iss !== 'string' || !/^https?:\/\//.test(claims.iss)) return 'JWT iss must be the consumer endpoint URL';
  if (!claims.aud) return 'Empty JWT aud claim';
  if (claims.aud !== audience) return 'JWT aud must be the provider service root URL';
  if (typeof claims.iat !== 'number' || claims.iat > nowSeconds + 60) return 'JWT iat must be the time of issue';
  if (claims.exp !== claims.iat + 300) return 'JWT exp must be iat + 300 seconds';
  if (claims.exp < nowSeconds) return 'JWT has expired';
  if (claims.reason_for_request !== 'directcare') return 'JWT reason_for_request must be directcare';
  const device = claims.requesting_device;
  if (device?.resourceType !== 'Device' || !Array.isArray(device.identifier) || !device.model || !device.version)
    return 'JWT requesting_device is not a valid Device';
  const org = claims.requesting_organization;
  if (org?.resourceType !== 'Organization' || !org.name || !hasIdentifier(org, ODS_CODE_SYSTEM)) {
    return 'JWT requesting_organization must be an Organization with an ODS code and a name';
  }
  const practitioner = claims.requesting_practitioner;
  if (practitioner?.resourceType !== 'Practitioner' || !practitioner.id || !Array.isArray(practitioner.name))
    return 'JWT requesting_practitioner is not a valid Practitioner';
  if (!hasIdentifier(practitioner, SDS_USER_ID_SYSTEM) || !hasIdentifier(practitioner, 'https://fhir.nhs.uk/Id/sds-role-profile-id')) {
    return 'JWT requesting_practitioner needs its SDS user id and role profile id';
  }
  if (claims.sub !== practitioner.id) return 'JWT sub must be the requesting practitioner id';
  return undefined;
}

/** The embedded-only practice-appointments search is served at a practice's appointments service root. */
const EMBEDDED_PRACTICE_APPOINTMENTS = 'urn:nhs-graph:embedded:gpconnect:search:practice_appointments';
const SLOT_SEARCH = 'urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1';

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * Who a worker's call is addressed to. At the platform's base path: the platform's own GP Connect service (`Ssp-To` =
 * PROVIDER_ASID, `aud` = the API's base URL), which finds the practice itself; a practice's provider is not reached
 * there (400 BAD_REQUEST). Through the Spine Secure Proxy (`{ssp}/{service root}/...`, route A): one practice's
 * provider system as SDS registers it: `Ssp-To` an ASID of the directory accredited for the call's interaction (403 as
 * the SSP answers otherwise), the service root in the URL that system's endpoint for the interaction (the SSP's 400
 * when the target is not the SDS endpoint), and `aud` that service root. Returns the addressed practice (undefined for
 * the platform's service), or the refusal.
 */
export function addressedPractice(
  req: SandboxRequest,
  directory: Directory,
  baseUrl: string,
  claims: Claims,
): { practice: string | undefined; audience: string } | SandboxResponse {
  const to = header(req, 'ssp-to') ?? '';
  if (req.sspRoot === undefined) {
    if (to === PROVIDER_ASID) return { practice: undefined, audience: baseUrl };
    return gpcOutcome(
      400,
      'BAD_REQUEST',
      "A practice's provider is reached through the Spine Secure Proxy at its service root ({ssp}/{service root}/...), not at the platform's base path",
    );
  }
  const sent = header(req, 'ssp-interactionid') ?? '';
  const interaction = sent === EMBEDDED_PRACTICE_APPOINTMENTS ? SLOT_SEARCH : sent;
  const system = directory.accreditedSystems.find((a) => a.asid === to);
  if (!system) return sspRefusal(`ASID_CHECK_FAILED_MESSAGERECEIVER_${to || 'MISSING'}`);
  if (!system.interactions.includes(interaction)) return sspRefusal(`PARTYKEY_INTERACTION_CHECK_FAILED_${to}`);
  const root = directory.mhs.find((m) => m.partyKey === system.partyKey && m.interactions.includes(interaction))?.address;
  if (!root || trimSlash(req.sspRoot) !== trimSlash(root)) {
    return gpcOutcome(400, 'BAD_REQUEST', "The target URL is not the provider's service root in the Spine Directory for this interaction");
  }
  if (typeof claims.aud !== 'string' || trimSlash(claims.aud) !== trimSlash(root))
    return gpcOutcome(400, 'BAD_REQUEST', 'JWT aud must be the provider service root URL');
  return { practice: system.odsCode, audience: claims.aud };
}

/**
 * The Spine Secure Proxy's and the provider's checks on every GP Connect request: the platform's X-Request-ID, a UUID
 * Ssp-TraceID, an accredited sender ASID (403 otherwise, as the SSP answers), a provider the call may be addressed to
 * (addressedPractice), and a valid audit JWT (400 BAD_REQUEST otherwise). `practiceMismatch` answers a call addressed
 * to one practice about another's patient, slot or list as that practice's system would.
 */
export function checkGpConnectRequest(
  req: SandboxRequest,
  baseUrl: string,
  directory: Directory,
  practiceMismatch: (req: SandboxRequest, practice: string) => SandboxResponse | undefined,
): SandboxResponse | undefined {
  if (!UUID.test(header(req, 'x-request-id') ?? '')) return gpcOutcome(400, 'BAD_REQUEST', 'X-Request-ID must be a UUID');
  if (!UUID.test(header(req, 'ssp-traceid') ?? '')) return gpcOutcome(400, 'BAD_REQUEST', 'Ssp-TraceID must be a UUID');
  const from = header(req, 'ssp-from') ?? '';
  if (!ACCREDITED_CONSUMER_ASIDS.has(from)) return sspRefusal(`ASID_CHECK_FAILED_MESSAGESENDER_${from || 'MISSING'}`);
  const claims = decodeAuditJwt(req);
  if (typeof claims === 'string') return gpcOutcome(400, 'BAD_REQUEST', claims);
  const addressed = addressedPractice(req, directory, baseUrl, claims);
  if ('status' in addressed) return addressed;
  const problem = auditJwtProblem(claims, addressed.audience, Math.floor(Date.now() / 1000));
  if (problem) return gpcOutcome(400, 'BAD_REQUEST', problem);
  return addressed.practice ? practiceMismatch(req, addressed.practice) : undefined;
}

/**
 * A patient-facing call (route B, gpc-structured/CONTRACT.md): its bearer is an API platform access token (opaque),
 * not GP Connect's unsigned JWT (three dot-separated parts), and it carries no Spine Secure Proxy header.
 */
export function isPatientFacing(req: SandboxRequest): boolean {
  const bearer = /^Bearer (\S+)$/.exec(header(req, 'authorization') ?? '')?.[1];
  return bearer !== undefined && !bearer.includes('.');
}

/** Every NHS number a request names: in its path (`.../Patient/{nhs}`), `patientNHSNumber`, or its JSON body. */
export function nhsNumbersNamed(req: SandboxRequest): string[] {
  const found = new Set<string>();
  for (const m of req.path.matchAll(/\/Patient\/(\d{10})(?=\/|$)/g)) found.add(m[1] as string);
  const param = req.query.get('patientNHSNumber');
  if (param) found.add(param);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (o.system === NHS_NUMBER_SYSTEM && typeof o.value === 'string') found.add(o.value);
    if (typeof o.reference === 'string') for (const m of o.reference.matchAll(/^Patient\/(\d{10})$/g)) found.add(m[1] as string);
    Object.values(o).forEach(visit);
  };
  if (req.rawBody) {
    try {
      visit(JSON.parse(req.rawBody));
    } catch {
      // Not JSON: the route answers for that.
    }
  }
  return [...found];
}

/**
 * The API platform's checks on a patient-facing call (route B): a live platform token from token exchange of an NHS
 * login P9 ID token, with the product's P9 scope (401 / 403 ACCESS_DENIED otherwise), a UUID X-Request-ID, and no NHS
 * number but the signed-in patient's (403 ACCESS_DENIED): a patient reaches only their own record.
 */
export function checkPatientFacingRequest(req: SandboxRequest, auth: PlatformAuth, product: string): SandboxResponse | undefined {
  const grant = auth.grantOf(req);
  if (!grant) return gpcOutcome(401, 'ACCESS_DENIED', 'Invalid access token');
  if (grant.kind !== 'nhs-login' || !grant.scopes.includes(`urn:nhsd:apim:user-nhs-login:P9:${product}`)) {
    return gpcOutcome(403, 'ACCESS_DENIED', 'The patient-facing GP Connect serves NHS login users proofed to P9');
  }
  if (!UUID.test(header(req, 'x-request-id') ?? '')) return gpcOutcome(400, 'BAD_REQUEST', 'X-Request-ID must be a UUID');
  if (nhsNumbersNamed(req).some((n) => n !== grant.nhsNumber)) return gpcOutcome(403, 'ACCESS_DENIED', 'A patient may reach only their own record');
  return undefined;
}

/** The signed-in patient of a patient-facing call; undefined for a Spine Secure Proxy call. */
export function patientFacingNhsNumber(req: SandboxRequest, auth: PlatformAuth): string | undefined {
  if (!isPatientFacing(req)) return undefined;
  const grant = auth.grantOf(req);
  return grant?.kind === 'nhs-login' ? (grant.nhsNumber ?? '') : '';
}

/**
 * A route that answers only to its own interaction id, with the JWT scope the contract gives that interaction. A
 * patient-facing call names no interaction (the platform knows it from the route) and is served as it comes.
 */
export function interactionRoute(method: SandboxRoute['method'], path: string, interaction: string, scope: string, handler: SandboxHandler): SandboxRoute {
  return {
    method,
    path,
    handler: (req) => {
      if (isPatientFacing(req)) return handler(req);
      if (header(req, 'ssp-interactionid') !== interaction)
        return gpcOutcome(400, 'BAD_REQUEST', `Ssp-InteractionID must be ${interaction} for ${method} ${path}`);
      const claims = decodeAuditJwt(req);
      if (typeof claims !== 'string' && claims.requested_scope !== scope) return gpcOutcome(400, 'BAD_REQUEST', `JWT requested_scope must be ${scope}`);
      return handler(req);
    },
  };
}

/** The practice whose service root a route A request named (`https://{host}/{ODS}/STU3/1/gpconnect/{capability}`). */
export function sspPractice(req: SandboxRequest): string | undefined {
  return req.sspRoot ? new URL(req.sspRoot).pathname.split('/')[1]?.toUpperCase() : undefined;
}

/** The NHS number of a route A `identifier` search (`https://fhir.nhs.uk/Id/nhs-number|{nhs}`), or the refusal. */
export function identifierNhsNumber(req: SandboxRequest): string | SandboxResponse {
  const identifier = req.query.get('identifier');
  if (!identifier) return gpcOutcome(422, 'INVALID_PARAMETER', 'identifier is required');
  const [system, value = ''] = identifier.split('|');
  if (system !== NHS_NUMBER_SYSTEM) return gpcOutcome(422, 'INVALID_IDENTIFIER_SYSTEM', 'identifier must use the NHS number system');
  return value;
}

/** A route only the Spine Secure Proxy's URL form reaches (route A): at the platform's base path it is not served. */
export function routeAOnly(handler: SandboxHandler): SandboxHandler {
  return (req) => (req.sspRoot ? handler(req) : gpcOutcome(400, 'BAD_REQUEST', 'Unsupported GP Connect request'));
}
