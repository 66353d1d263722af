import { loadFixture } from '../../fixtures.js';
import { fhirJson, hapiOutcome, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { rolesOf, ROLE_SYSTEM, type FhirOrganization } from './records.js';
import { ODS_CODE_SYSTEM as ORGANISATION_SYSTEM } from '../../fhir-systems.js';

/**
 * ODSOrganisationRole: each role's name and its Primary/Non Primary indicator (the CodeSystem's `primaryRole`
 * property). The spec names RO197 NHS trust and RO167 optical site as primary roles, RO7 hospice and RO318 integrated
 * care board as non-primary; its ods-organization-code example gives G81086 primary role RO177 beside RO76.
 */
export const ORGANISATION_ROLES: Readonly<Record<string, [string, boolean]>> = {
  RO177: ['PRESCRIBING COST CENTRE', true],
  RO76: ['GP PRACTICE', false],
  RO182: ['PHARMACY', true],
  RO197: ['NHS TRUST', true],
  RO167: ['OPTICAL SITE', true],
  RO7: ['HOSPICE', false],
  RO261: ['STRATEGIC PARTNERSHIP', true],
  RO318: ['INTEGRATED CARE BOARD', false],
  RO157: ['NON-NHS ORGANISATION', true],
};

/** The spec's GET /CodeSystem/ answers `application/json` (organisation-data-terminology-api.yaml), not FHIR JSON. */
const LOOKUP_MEDIA = { 'content-type': 'application/json' };

type Parameter = Record<string, unknown>;
const property = (code: string, value: Parameter): Parameter => ({
  name: 'property',
  part: [
    { name: 'code', valueCode: code },
    { name: 'value', ...value },
  ],
});

function parameters(system: string, code: string, display: string, name: string, properties: Parameter[]): SandboxResponse {
  return fhirJson(
    200,
    {
      resourceType: 'Parameters',
      parameter: [
        { name: 'code', valueCode: code },
        { name: 'display', valueString: display },
        { name: 'name', valueString: name },
        { name: 'system', valueUri: system },
        { name: 'version', valueString: '2026-11-01' },
        ...properties,
      ],
    },
    LOOKUP_MEDIA,
  );
}

/** What the sandbox's organisations are related to and succeeded by (ods-organization-code properties). */
export interface OrganisationTerminology {
  relationships(code: string): [string, string][];
  successors(code: string): string[];
}

/**
 * `GET /CodeSystem/?system=…&code=…` ($lookup of one concept): ODSOrganisationRole roles with their `primaryRole`
 * property, and ods-organization-code organisations with status, roles, primaryRole, related entities (RE…) and
 * `successor`. G81086 answers the spec's own lookup example. A search without a system and code is the spec's 422
 * "No declared filter on Codesystem"; an unknown code is 404.
 */
export function lookupConcept(req: SandboxRequest, byCode: ReadonlyMap<string, FhirOrganization>, terms: OrganisationTerminology): SandboxResponse {
  const system = req.query.get('system');
  const code = req.query.get('code')?.toUpperCase();
  if (!system || !code) return hapiOutcome(422, 'No declared filter on Codesystem', 'processing');
  if (system === ROLE_SYSTEM) {
    const role = ORGANISATION_ROLES[code];
    if (!role) return hapiOutcome(404, `HAPI-2001: Code ${code} is not known in ODSOrganisationRole`);
    return parameters(system, code, role[0], 'ODSOrganisationRole', [property('primaryRole', { valueBoolean: role[1] })]);
  }
  if (system === ORGANISATION_SYSTEM) {
    if (code === 'G81086') return fhirJson(200, loadFixture('ods/examples/extracted-from-spec/CodeSystem-lookup-200.json'), LOOKUP_MEDIA);
    const org = byCode.get(code);
    if (!org) return hapiOutcome(404, `HAPI-2001: Resource Organization/${code} is not known`);
    const roles = rolesOf(org);
    const primary = roles.find((r) => ORGANISATION_ROLES[r.code]?.[1]);
    return parameters(system, code, org.name ?? code, 'ODS Organisation', [
      property('status', { valueCode: org.active === false ? 'inactive' : 'active' }),
      ...terms.relationships(code).map(([rel, target]) => property(rel, { valueCode: target })),
      ...roles.map((r) => property('role', { valueCoding: { system: ROLE_SYSTEM, code: r.code } })),
      ...(primary ? [property('primaryRole', { valueCoding: { system: ROLE_SYSTEM, code: primary.code } })] : []),
      ...terms.successors(code).map((s) => property('successor', { valueCode: s })),
    ]);
  }
  return hapiOutcome(404, `HAPI-2001: CodeSystem ${system} is not known`);
}
