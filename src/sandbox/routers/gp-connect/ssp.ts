import type { SandboxRoute } from '../../api.js';
import { header, type SandboxHandler, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { gpcOutcome, sspRefusal } from './outcome.js';

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
  if (device?.resourceType !== 'Device' || !Array.isArray(device.identifier) || !device.model || !device.version) return 'JWT requesting_device is not a valid Device';
  const org = claims.requesting_organization;
  if (org?.resourceType !== 'Organization' || !org.name || !hasIdentifier(org, 'https://fhir.nhs.uk/Id/ods-organization-code')) {
    return 'JWT requesting_organization must be an Organization with an ODS code and a name';
  }
  const practitioner = claims.requesting_practitioner;
  if (practitioner?.resourceType !== 'Practitioner' || !practitioner.id || !Array.isArray(practitioner.name)) return 'JWT requesting_practitioner is not a valid Practitioner';
  if (!hasIdentifier(practitioner, 'https://fhir.nhs.uk/Id/sds-user-id') || !hasIdentifier(practitioner, 'https://fhir.nhs.uk/Id/sds-role-profile-id')) {
    return 'JWT requesting_practitioner needs its SDS user id and role profile id';
  }
  if (claims.sub !== practitioner.id) return 'JWT sub must be the requesting practitioner id';
  return undefined;
}

/**
 * The Spine Secure Proxy's and the provider's checks on every GP Connect request: the platform's X-Request-ID, a UUID
 * Ssp-TraceID, an accredited sender ASID (403 otherwise, as the SSP answers), this provider as Ssp-To, and a valid
 * audit JWT (400 BAD_REQUEST otherwise).
 */
export function checkGpConnectRequest(req: SandboxRequest, audience: string): SandboxResponse | undefined {
  if (!UUID.test(header(req, 'x-request-id') ?? '')) return gpcOutcome(400, 'BAD_REQUEST', 'X-Request-ID must be a UUID');
  if (!UUID.test(header(req, 'ssp-traceid') ?? '')) return gpcOutcome(400, 'BAD_REQUEST', 'Ssp-TraceID must be a UUID');
  const from = header(req, 'ssp-from') ?? '';
  if (!ACCREDITED_CONSUMER_ASIDS.has(from)) return sspRefusal(`ASID_CHECK_FAILED_MESSAGESENDER_${from || 'MISSING'}`);
  const to = header(req, 'ssp-to') ?? '';
  if (to !== PROVIDER_ASID) return sspRefusal(`PARTYKEY_INTERACTION_CHECK_FAILED_${to || 'MISSING'}`);
  const claims = decodeAuditJwt(req);
  if (typeof claims === 'string') return gpcOutcome(400, 'BAD_REQUEST', claims);
  const problem = auditJwtProblem(claims, audience, Math.floor(Date.now() / 1000));
  return problem ? gpcOutcome(400, 'BAD_REQUEST', problem) : undefined;
}

/** A route that answers only to its own interaction id, with the JWT scope the contract gives that interaction. */
export function interactionRoute(method: SandboxRoute['method'], path: string, interaction: string, scope: string, handler: SandboxHandler): SandboxRoute {
  return {
    method,
    path,
    handler: (req) => {
      if (header(req, 'ssp-interactionid') !== interaction) return gpcOutcome(400, 'BAD_REQUEST', `Ssp-InteractionID must be ${interaction} for ${method} ${path}`);
      const claims = decodeAuditJwt(req);
      if (typeof claims !== 'string' && claims.requested_scope !== scope) return gpcOutcome(400, 'BAD_REQUEST', `JWT requested_scope must be ${scope}`);
      return handler(req);
    },
  };
}
