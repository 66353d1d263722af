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
    const parameters = (template.parameters as Json[]).map((p) =>
      p.name === 'patient.identifier' ? { ...p, in: 'query', schema: { type: 'string', pattern: '^https://fhir\\.nhs\\.uk/Id/nhs-number\\|\\d{10}$' } } : p,
    );
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
    // GET /Patient, `death-date`: "Date of death in the format `<eq|ge|le>yyyy-mm-dd`. To specify a range, use
    // `death-date=geyyyy-mm-dd&death-date=leyyyy-mm-dd`", with examples `eq2010-10-22`, `ge…`, `le…`, while its schema is
    // one string of format date (which no example matches). Read as `birthdate` is written: one or two prefixed dates.
    const resolve = (p: Json): Json =>
      typeof p.$ref === 'string'
        ? (p.$ref as string)
            .slice(2)
            .split('/')
            .reduce<Json>((at, key) => at?.[key], doc)
        : p;
    const deathDate = (doc.paths['/Patient'].get.parameters as Json[]).map(resolve).find((p) => p?.name === 'death-date');
    if (deathDate) {
      const value = { type: 'string', pattern: '^(eq|ge|le)\\d{4}-\\d{2}-\\d{2}$' };
      deathDate.schema = { anyOf: [value, { type: 'array', items: value, minItems: 1, maxItems: 2 }] };
      deathDate.explode = true;
    }
  },
  /**
   * gp-connect-appointments-management-fhir.yaml, GET /Slot: the `searchFilter` enum lists
   * `https://fhir.nhs.uk/Id/ods-organization-code|A20047`, the platform sandbox's one test practice, as the only ODS
   * code. GP Connect's slot search filters by the consumer organisation's ODS code (gpc-appointments/CONTRACT.md): the
   * organisation-type value stays as the spec has it; the ODS code may be any ODS code.
   */
  'gpc-appointments': (doc) => {
    const filter = (doc.paths['/Slot'].get.parameters as Json[]).find((p) => p.name === 'searchFilter') as Json;
    filter.schema.items = {
      type: 'string',
      pattern:
        '^(https://fhir\\.nhs\\.uk/STU3/CodeSystem/GPConnect-OrganisationType-1\\|gp-practice|' +
        'https://fhir\\.nhs\\.uk/Id/ods-organization-code\\|[A-Z0-9]{3,8})$',
    };
  },
  /**
   * organisation-data-terminology-api.yaml declares its terminology lookup as `/CodeSystem/` with a trailing slash, which
   * the spec's server keeps (ods/CONTRACT.md: `GET /CodeSystem/?system=…&code=…`); a router that drops a trailing slash
   * reads the same call as `/CodeSystem`. Both spellings are the one operation.
   */
  ods: (doc) => {
    if (doc.paths['/CodeSystem/'] && !doc.paths['/CodeSystem']) doc.paths['/CodeSystem'] = doc.paths['/CodeSystem/'];
  },
  /**
   * booking-and-referral.yaml, GET /Slot, `start`: "To search for time windows within which Slots must start, use
   * 'greater than' and 'less than' searching. For example GET [base]/Slot?start=ge2022-03-01T12:00:00+00:00&start=le…",
   * while its schema is one string. Read as one or two values, each a prefixed date-time.
   */
  bars: (doc) => {
    const start = (doc.paths['/Slot'].get.parameters as Json[]).find((p) => p.name === 'start') as Json | undefined;
    if (!start) return;
    const value = { type: 'string', pattern: '^(ge|le|gt|lt|eq)?\\d{4}-\\d{2}-\\d{2}T' };
    start.schema = { anyOf: [value, { type: 'array', items: value, minItems: 1, maxItems: 2 }] };
    start.explode = true;
  },
  /**
   * GP Connect route A (gpconnect-swagger.yaml, Appointment Management): the Slot search's `searchFilter` enum names the
   * demonstrator practice A20047 as the only ODS code (as the platform spec above), and every operation's status table
   * lists 200/201 and 400 only, while GP Connect's error table (gpc-appointments/CONTRACT.md, "Errors") answers 403
   * (ACCESS DENIED, consent), 404 (PATIENT_NOT_FOUND, NO_RECORD_FOUND), 409 (DUPLICATE_REJECTED, an If-Match mismatch) and 422 (INVALID_RESOURCE,
   * INVALID_PARAMETER, REFERENCE_NOT_FOUND) with
   * an OperationOutcome. The filter takes any ODS code; the error statuses join each table with the 400's schema.
   */
  'gpc-route-a:appointments': (doc) => {
    const filter = (doc.paths['/Slot']?.get?.parameters as Json[] | undefined)?.find((p) => p.name === 'searchFilter') as Json | undefined;
    if (filter) {
      const item = {
        type: 'string',
        pattern:
          '^(https://fhir\\.nhs\\.uk/STU3/CodeSystem/GPConnect-OrganisationType-1\\|(gp-practice|urgent-care)|' +
          'https://fhir\\.nhs\\.uk/Id/ods-organization-code\\|[A-Z0-9]{3,8})$',
      };
      if (filter.schema) filter.schema.items = item;
      if (filter.items) filter.items = item;
    }
    for (const item of Object.values(doc.paths as Json)) {
      for (const operation of Object.values(item as Json)) {
        const responses = (operation as Json)?.responses as Json | undefined;
        if (!responses?.['400']) continue;
        for (const status of ['403', '404', '409', '422']) responses[status] ??= structuredClone(responses['400']);
      }
    }
  },
};

/** Applies an API's errata to its bundled document, in place. */
export function applyErrata(api: string, doc: Json): void {
  ERRATA[api]?.(doc);
}
