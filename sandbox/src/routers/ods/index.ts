import type { SandboxApiFactory } from '../../api.js';
import { fhirJson, hapiOutcome } from '../../http.js';
import { loadFixture } from '../../fixtures.js';
import { toFhirOrganization, type FhirOrganization } from './records.js';
import { searchOrganisations } from './search.js';
import { lookupConcept, type OrganisationTerminology } from './terminology.js';
import type { SyntheticOrganisation } from '../../population.js';

/**
 * The sandbox's related entities and successions: every GP practice is commissioned by (RE4) the first ICB and partner
 * to (RE8) the first primary care network; a closed organisation is succeeded by the next open one of its kind, and the
 * CCG 84H by the ICB.
 */
function organisationTerminology(organisations: readonly SyntheticOrganisation[]): OrganisationTerminology {
  const kindOf = new Map(organisations.map((o) => [o.odsCode, o]));
  const icb = organisations.find((o) => o.kind === 'icb')?.odsCode;
  const pcn = organisations.find((o) => o.odsCode.startsWith('U'))?.odsCode;
  return {
    relationships: (code) => {
      if (kindOf.get(code)?.kind !== 'gp-practice') return [];
      return [...(icb ? [['RE4', icb] as [string, string]] : []), ...(pcn ? [['RE8', pcn] as [string, string]] : [])];
    },
    successors: (code) => {
      // Clinical commissioning groups were succeeded by integrated care boards (July 2022): the stand-in's CCG by its ICB.
      if (code === '84H' && icb) return [icb];
      const org = kindOf.get(code);
      if (!org || org.active) return [];
      const i = organisations.indexOf(org);
      const next = [...organisations.slice(i + 1), ...organisations.slice(0, i)].find((o) => o.kind === org.kind && o.active);
      return next ? [next.odsCode] : [];
    },
  };
}

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
  const terms = organisationTerminology(sandbox.population.organisations);

  return {
    id: 'ods',
    basePath: ODS_BASE_PATH,
    checkAccess: (req, auth) => (auth.acceptsApiKey(req) ? undefined : invalidApiKey()),
    notFound: (req) =>
      hapiOutcome(
        404,
        `HAPI-0302: Unknown resource type '${req.path.split('/')[1] ?? ''}' - Server knows how to handle: ` +
          `[Organization, OrganizationAffiliation, List, CodeSystem, ValueSet]`,
      ),
    routes: [
      { method: 'GET', path: '/metadata', handler: () => fhirJson(200, loadFixture('ods/examples/extracted-from-spec/metadata-200.json')) },
      { method: 'GET', path: '/CodeSystem/', handler: (req) => lookupConcept(req, byCode, terms) },
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
