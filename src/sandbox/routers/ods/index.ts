import type { SandboxApiFactory } from '../../api.js';
import { fhirJson, hapiOutcome } from '../../http.js';
import { loadFixture } from '../../fixtures.js';
import { toFhirOrganization, type FhirOrganization } from './records.js';
import { searchOrganisations } from './search.js';

export const ODS_BASE_PATH = '/organisation-data-terminology-api/fhir';

/** The platform's answer to a missing or unknown API key (Apigee's fault shape). */
export function invalidApiKey() {
  return {
    status: 401,
    headers: { 'content-type': 'application/json' },
    body: { fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } } },
  };
}

/**
 * ODS Organisation Data Terminology API (FHIR R4, HAPI) at /organisation-data-terminology-api/fhir: read and search
 * Organization over the synthetic practices, pharmacies and the organisations other contracts name (RR8 is served
 * exactly as the spec's example).
 */
export const odsSandbox: SandboxApiFactory = (sandbox) => {
  const byCode = new Map<string, FhirOrganization>();
  sandbox.population.organisations.forEach((o, i) => byCode.set(o.odsCode, toFhirOrganization(o, i)));
  const rr8 = loadFixture<FhirOrganization>('ods/examples/extracted-from-spec/Organization-read-200.json');
  byCode.set(rr8.id, rr8);
  const all = [...byCode.values()];

  return {
    id: 'ods',
    basePath: ODS_BASE_PATH,
    checkAccess: (req, auth) => (auth.acceptsApiKey(req) ? undefined : invalidApiKey()),
    notFound: (req) => hapiOutcome(404, `HAPI-0302: Unknown resource type '${req.path.split('/')[1] ?? ''}' - Server knows how to handle: [Organization, OrganizationAffiliation, List, CodeSystem, ValueSet]`),
    routes: [
      { method: 'GET', path: '/metadata', handler: () => fhirJson(200, loadFixture('ods/examples/extracted-from-spec/metadata-200.json')) },
      { method: 'GET', path: '/Organization', handler: (req) => searchOrganisations(req, all, sandbox.origin + ODS_BASE_PATH) },
      {
        method: 'GET',
        path: '/Organization/:id',
        handler: (req) => {
          const id = req.params.id ?? '';
          const org = byCode.get(id.toUpperCase());
          return org ? fhirJson(200, org) : hapiOutcome(404, `HAPI-2001: Resource Organization/${id} is not known`);
        },
      },
    ],
  };
};
