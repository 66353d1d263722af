type Json = Record<string, any>;

/**
 * Where a published document contradicts itself, the reading we judge by, each with the passage it rests on. Every
 * entry is in docs/contracts-findings.md ("Spec errata"). Nothing here loosens what a spec requires.
 */
const ERRATA: Record<string, (doc: Json) => void> = {
  /**
   * nhs-website-content-api.yaml writes `/conditions/*` and `/medicines/*`, a wildcard OpenAPI has no syntax for; its
   * description says "There is an endpoint for each page under the Health A to Z, for example
   * https://www.nhs.uk/conditions/chickenpox". Read as a path template with one page segment.
   */
  content: (doc) => {
    for (const path of Object.keys(doc.paths).filter((p) => p.endsWith('/*'))) {
      const item = doc.paths[path] as Json;
      delete doc.paths[path];
      const page = { name: 'page', in: 'path', required: true, schema: { type: 'string' } };
      doc.paths[path.replace(/\/\*$/, '/{page}')] = { ...item, parameters: [...((item.parameters as Json[] | undefined) ?? []), page] };
    }
  },
  /**
   * elective-waiting-list.yaml declares `GET /elective-waiting-list/{patient.identifier}` (a path parameter, and a
   * doubled `elective-waiting-list` once the server URL is added), while the same operation's description gives the
   * call as `https://api.service.nhs.uk/elective-waiting-list/patient?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|1234567890`.
   * wlmds/CONTRACT.md ("Endpoint") takes the example as the wire format. The example's form is added as the same
   * operation with `patient.identifier` a required query parameter; the template stays.
   */
  wlmds: (doc) => {
    const template = doc.paths['/elective-waiting-list/{patient.identifier}'].get as Json;
    const parameters = (template.parameters as Json[]).map((p) => (p.name === 'patient.identifier' ? { ...p, in: 'query', schema: { type: 'string', pattern: '^https://fhir\\.nhs\\.uk/Id/nhs-number\\|\\d{10}$' } } : p));
    doc.paths['/patient'] = { get: { ...structuredClone(template), parameters } };
    // openapi-backend cannot read a path parameter whose name has a dot: the template keeps its meaning under another name.
    delete doc.paths['/elective-waiting-list/{patient.identifier}'];
    const renamed = (template.parameters as Json[]).map((p) => (p.name === 'patient.identifier' ? { ...p, name: 'patientIdentifier' } : p));
    doc.paths['/elective-waiting-list/{patientIdentifier}'] = { get: { ...template, parameters: renamed } };
  },
  /**
   * personal-demographics.yaml, GET /Patient, 200: "A completed search. This might contain zero, one, or many matching
   * patients, or it might contain a 'TOO_MANY_MATCHES' error", while the 200 schema is the search Bundle only. The 200
   * answer is read as the Bundle or the operation's own OperationOutcome (its 4XX schema).
   */
  pds: (doc) => {
    const responses = doc.paths['/Patient'].get.responses as Json;
    const ok = responses['200'].content['application/fhir+json'];
    const outcome = responses['4XX'].content['application/fhir+json'].schema;
    ok.schema = { anyOf: [ok.schema, outcome] };
  },
  /**
   * gp-connect-appointments-management-fhir.yaml, GET /Slot: the `searchFilter` enum lists
   * `https://fhir.nhs.uk/Id/ods-organization-code|A20047`, the platform sandbox's one test practice, as the only ODS
   * code. GP Connect's slot search filters by the consumer organisation's ODS code (gpc-appointments/CONTRACT.md): the
   * organisation-type value stays as the spec has it; the ODS code may be any ODS code.
   */
  'gpc-appointments': (doc) => {
    const filter = (doc.paths['/Slot'].get.parameters as Json[]).find((p) => p.name === 'searchFilter') as Json;
    filter.schema.items = { type: 'string', pattern: '^(https://fhir\\.nhs\\.uk/STU3/CodeSystem/GPConnect-OrganisationType-1\\|gp-practice|https://fhir\\.nhs\\.uk/Id/ods-organization-code\\|[A-Z0-9]{3,8})$' };
  },
};

/** Applies an API's errata to its bundled document, in place. */
export function applyErrata(api: string, doc: Json): void {
  ERRATA[api]?.(doc);
}
