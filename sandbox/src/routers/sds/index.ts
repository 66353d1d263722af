import type { SandboxApiFactory, SandboxRoute } from '../../api.js';
import { header, spineOutcome, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { invalidApiKey } from '../ods/index.js';
import { buildDirectory, type Directory } from './records.js';
import { sdsId, searchset, toDevice, toEndpoint } from './resources.js';
import {
  ODS_CODE_SYSTEM as ODS,
  SDS_INTERACTION_ID_SYSTEM as INTERACTION,
  SDS_PARTY_KEY_SYSTEM as PARTY_KEY,
  SPINE_ERROR_VALUESET_STU3 as ERROR_SYSTEM,
} from '../../fhir-systems.js';

export const SDS_BASE_PATH = '/spine-directory/FHIR/R4';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const ACCEPTED = /^(application\/fhir\+json|application\/json|\*\/\*)(\s*;.*)?$/;

/** Spine-intermediated interactions: SDS answers with Spine's own intermediary address, as the adaptor does. */
const FORWARDED: Record<string, string> = {
  'urn:nhs:names:services:gp2gp:COPC_IN000001UK01': 'urn:nhs:names:services:tms:ReliableIntermediary',
  'urn:nhs:names:services:ebs:PRSC_IN080000UK03': 'urn:nhs:names:services:tms:ExpressIntermediary',
};

function sdsError(status: number, code: string, display: string, issueType: string, diagnostics: string): SandboxResponse {
  const response = spineOutcome(status, code, display, { issueType, diagnostics, system: ERROR_SYSTEM });
  const body = response.body as { issue: { details: { coding: Record<string, unknown>[] } }[] };
  delete body.issue[0]?.details.coding[0]?.version;
  return { ...response, body: { resourceType: 'OperationOutcome', id: sdsId(), issue: body.issue } };
}

const badRequest = (why: string) => sdsError(400, 'BAD_REQUEST', 'Bad request', 'required', `HTTP 400: Bad Request (${why})`);

/** The last value of a token parameter with the given system (SDS reads the last), or undefined. */
function token(req: SandboxRequest, param: string, system: string): string | undefined {
  const values = req.query.getAll(param).filter((v) => v.startsWith(`${system}|`) && v.slice(system.length + 1).trim());
  const last = values[values.length - 1];
  return last?.slice(system.length + 1);
}

/** Parameter names and systems the adaptor allows; anything else is 400. */
function illegalParameter(req: SandboxRequest, allowed: Record<string, string[]>): SandboxResponse | undefined {
  for (const [name, value] of req.query) {
    const systems = allowed[name];
    if (!systems) return badRequest(`Illegal query parameter '${name}'`);
    if (!systems.some((s) => value.startsWith(`${s}|`)))
      return badRequest(`Missing or invalid '${name}' query parameter. Should be '${name}=${systems[0]}|value'`);
  }
  return undefined;
}

/** Header checks every SDS route makes: a UUID X-Correlation-Id when sent, a JSON Accept. */
function headerRefusal(req: SandboxRequest): SandboxResponse | undefined {
  const correlation = header(req, 'x-correlation-id');
  if (correlation !== undefined && !UUID.test(correlation)) {
    return badRequest(
      "Invalid X-Correlation-ID header. Should be an UUIDv4 matching regex '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'",
    );
  }
  const accept = header(req, 'accept');
  if (accept !== undefined && !accept.split(',').some((a) => ACCEPTED.test(a.trim()))) return { status: 406, body: '', headers: {} };
  return undefined;
}

function fhirOk(req: SandboxRequest, body: unknown): SandboxResponse {
  const headers: Record<string, string> = { 'content-type': 'application/fhir+json' };
  // SDS mirrors X-Correlation-Id, or makes one (upper-case UUID) when the caller sent none.
  if (header(req, 'x-correlation-id') === undefined) headers['x-correlation-id'] = sdsId();
  return { status: 200, body, headers };
}

function findDevices(req: SandboxRequest, directory: Directory, base: string): SandboxResponse {
  const refused =
    headerRefusal(req) ?? illegalParameter(req, { organization: [ODS], identifier: [INTERACTION, PARTY_KEY], 'manufacturing-organization': [ODS] });
  if (refused) return refused;
  const org = token(req, 'organization', ODS);
  if (!org) return badRequest(`Missing or invalid 'organization' query parameter. Should be 'organization=${ODS}|value'`);
  const interaction = token(req, 'identifier', INTERACTION);
  if (!interaction) return badRequest(`Missing or invalid 'identifier' query parameter. Should be 'identifier=${INTERACTION}|value'`);
  const partyKey = token(req, 'identifier', PARTY_KEY);
  const manufacturer = token(req, 'manufacturing-organization', ODS);
  const found = directory.accreditedSystems.filter(
    (a) =>
      a.odsCode === org && a.interactions.includes(interaction) && (!partyKey || a.partyKey === partyKey) && (!manufacturer || a.manufacturer === manufacturer),
  );
  return fhirOk(req, searchset(found.map(toDevice), `${base}/Device?${decodeURIComponent(req.query.toString())}`, `${base}/Device`));
}

function findEndpoints(req: SandboxRequest, directory: Directory, base: string): SandboxResponse {
  const refused = headerRefusal(req) ?? illegalParameter(req, { organization: [ODS], identifier: [INTERACTION, PARTY_KEY] });
  if (refused) return refused;
  const org = token(req, 'organization', ODS);
  const interaction = token(req, 'identifier', INTERACTION);
  const partyKey = token(req, 'identifier', PARTY_KEY);
  if ((org && !interaction && !partyKey) || (!org && (!interaction || !partyKey))) {
    return badRequest(
      'Missing or invalid query parameters. Should one of following combinations: organization+service, ' +
        'organization+party key, organization+service+party key, service+party key',
    );
  }
  const intermediary = (forwarded: string) => directory.mhs.find((r) => r.odsCode === 'YES' && r.interactions.includes(forwarded))?.address;
  const endpoints = directory.mhs
    .filter((r) => (!org || r.odsCode === org) && (!interaction || r.interactions.includes(interaction)) && (!partyKey || r.partyKey === partyKey))
    .map((r) => {
      const served = interaction ? [interaction] : r.interactions;
      const forwarded = served.length === 1 ? FORWARDED[served[0] as string] : undefined;
      return toEndpoint(r, served, (forwarded && intermediary(forwarded)) || r.address);
    });
  return fhirOk(req, searchset(endpoints, `${base}/Endpoint?${decodeURIComponent(req.query.toString())}`, `${base}/Endpoint`));
}

const notImplemented = () => sdsError(405, 'NOT_IMPLEMENTED', 'Not implemented', 'not-supported', 'HTTP operation not supported');

/**
 * Spine Directory Service FHIR R4 at /spine-directory/FHIR/R4: `GET /Device` and `GET /Endpoint` with the adaptor's
 * parameter rules (last value wins, required combinations, UUID X-Correlation-Id, JSON Accept), over NHS's mock
 * LDAP data and GP Connect endpoints for the population's practices. Other verbs are 405 NOT_IMPLEMENTED.
 */
export const sdsSandbox: SandboxApiFactory = (sandbox) => {
  const directory = buildDirectory(sandbox.population);
  const base = () => sandbox.origin + SDS_BASE_PATH;
  const refuseVerbs: SandboxRoute[] = (['POST', 'PUT', 'PATCH', 'DELETE'] as const).flatMap((method) => [
    { method, path: '/Device', handler: notImplemented },
    { method, path: '/Endpoint', handler: notImplemented },
  ]);
  return {
    id: 'sds',
    basePath: SDS_BASE_PATH,
    checkAccess: (req, auth) => (auth.acceptsApiKey(req) ? undefined : invalidApiKey()),
    notFound: () => sdsError(404, 'NO_RECORD_FOUND', 'No record found', 'not-found', 'HTTP 404: Not Found'),
    routes: [
      { method: 'GET', path: '/Device', handler: (req) => findDevices(req, directory, base()) },
      { method: 'GET', path: '/Endpoint', handler: (req) => findEndpoints(req, directory, base()) },
      ...refuseVerbs,
    ],
  };
};
