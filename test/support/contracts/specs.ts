import $RefParser from '@apidevtools/json-schema-ref-parser';
import type { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';
import swagger2openapi from 'swagger2openapi';
import { CONTRACTS_DIR } from '../../../sandbox/src/fixtures.js';
import { applyErrata } from './errata.js';

type Json = Record<string, any>;

/** The specs of GP Connect route A, by capability. */
export const ROUTE_A = {
  appointments: 'gpc-route-a:appointments',
  structured: 'gpc-route-a:structured',
  documents: 'gpc-route-a:documents',
} as const;

/**
 * The published OpenAPI document of each API the embedded sandbox mounts (by sandbox API id, sandbox/src/apis.ts), in
 * contracts/nhs/. NHS login is not here: it is OpenID Connect, judged against its discovery document (nhs-login.ts).
 */
export const SPEC_FILES: Record<string, string> = {
  pds: 'pds/specification/personal-demographics.yaml',
  ods: 'ods/specification/organisation-data-terminology-api.yaml',
  sds: 'sds/specification/spine-directory-service.yaml',
  content: 'website-content/specification/nhs-website-content-api.yaml',
  wlmds: 'wlmds/elective-waiting-list.yaml',
  'gpc-access-record': 'gpc-structured/gp-connect-access-record-fhir.yaml',
  'gpc-appointments': 'gpc-appointments/specification/gp-connect-appointments-management-fhir.yaml',
  'eps-prescribing': 'eps/specification/fhir-prescribing.yaml',
  'eps-dispensing': 'eps/specification/fhir-dispensing.yaml',
  eps: 'eps/specification/electronic-prescription-service-api.yaml',
  'eps-tracker': 'eps-tracker/specification/eps-clinical-prescription-tracker-api.yaml',
  ers: 'ers/specification/e-referrals-service-api.yaml',
  bars: 'bars/specification/booking-and-referral.yaml',
  // GP Connect route A (a healthcare worker's call through the Spine Secure Proxy to the practice's own provider):
  // GP Connect's Swagger 2.0 specifications, one per capability (gpc-*/CONTRACT.md, "Route A"), converted to OpenAPI 3.
  [ROUTE_A.appointments]: 'gpc-appointments/gpconnect-swagger.yaml',
  [ROUTE_A.structured]: 'gpc-structured/gpconnect-swagger.yaml',
  [ROUTE_A.documents]: 'gpc-documents/gpconnect-swagger.yaml',
};

/**
 * The API platform's shared security schemes, which the EPS and tracker specs `$ref` on proxygen.prod.api.platform.nhs.uk
 * rather than spell out. Tests never fetch from the internet, so the three the specs name are written out here as the
 * platform documents them (security-and-authorisation guide): CIS2 user-restricted and application-restricted level 3
 * are OAuth 2.0 bearer tokens; level 0 is the `apikey` header.
 */
const PLATFORM_SECURITY_SCHEMES: Record<string, Json> = {
  'nhs-cis2-aal3': {
    type: 'oauth2',
    flows: {
      authorizationCode: { authorizationUrl: 'https://api.service.nhs.uk/oauth2/authorize', tokenUrl: 'https://api.service.nhs.uk/oauth2/token', scopes: {} },
    },
  },
  'app-level3': { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://api.service.nhs.uk/oauth2/token', scopes: {} } } },
  'app-level0': { type: 'apiKey', in: 'header', name: 'apikey' },
};

/** One API's document, ready to match and validate exchanges. */
export interface LoadedSpec {
  api: string;
  file: string;
  /** The bundled document (internal `$ref`s only), after the errata (errata.ts). */
  doc: Json;
  backend: OpenAPIBackend;
  /** The path the spec's first server URL adds before every path template (its `apiRoot`). */
  root: string;
}

const loaded = new Map<string, Promise<LoadedSpec>>();

/** The spec of a sandbox API id, loaded once per process; undefined for an API with no OpenAPI document. */
export function specFor(api: string): Promise<LoadedSpec> | undefined {
  const file = SPEC_FILES[api];
  if (!file) return undefined;
  let spec = loaded.get(api);
  if (!spec) {
    spec = load(api, file);
    loaded.set(api, spec);
  }
  return spec;
}

async function load(api: string, file: string): Promise<LoadedSpec> {
  const platform = {
    order: 1,
    canRead: /^https?:\/\//i,
    read: (f: { url: string }) => {
      const name = /\/securitySchemes\/([^/]+)$/.exec(f.url)?.[1];
      return JSON.stringify((name && PLATFORM_SECURITY_SCHEMES[name]) ?? {});
    },
  };
  // The tracker spec $refs three schema files its repository generates at build time and does not publish
  // (eps-tracker/SOURCE.md, "Known gap"): they resolve to the spec's own examples' shape in errata.ts.
  const unpublished = { order: 2, canRead: /eps-tracker\/specification\/schemas\//, read: () => '{}' };
  let doc = (await $RefParser.bundle(CONTRACTS_DIR + file, { resolve: { http: false, platform, unpublished } as never })) as Json;
  // GP Connect's own specifications (route A) are Swagger 2.0; openapi-backend reads OpenAPI 3.
  if (doc.swagger === '2.0') doc = (await swagger2openapi.convertObj(doc as never, { patch: true, warnOnly: true })).openapi as Json;
  applyErrata(api, doc);
  prepareForBackend(doc);
  // openapi-backend's own quick dereferencing misreads pointers into path keys that hold `$` or `#` (EPS, GP Connect):
  // hand it the document with every internal reference already resolved.
  await $RefParser.dereference(doc, { resolve: { external: false } } as never);
  const root = new URL((doc.servers?.[0]?.url as string | undefined) ?? 'http://x/').pathname.replace(/\/$/, '') || '/';
  const backend = new OpenAPIBackend({
    definition: doc as never,
    apiRoot: root,
    strict: false,
    quick: true,
    validate: true,
    ajvOpts: { strict: false, allErrors: true },
    customizeAjv: (ajv) => addSpecFormats(ajv as unknown as Ajv) as never,
  });
  await backend.init();
  return { api, file, doc, backend, root };
}

/**
 * What openapi-backend needs that NHS documents do not give: an operationId on every operation (it validates only
 * operations that have one; ours is "METHOD path"), and JSON bodies under `application/json` (it validates only that
 * media type; FHIR APIs declare `application/fhir+json`). The schema is the spec's own, under a second key.
 */
function prepareForBackend(doc: Json): void {
  fixResourceTypes(doc);
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) continue;
      op.operationId = `${method.toUpperCase()} ${path}`;
      aliasJson(op.requestBody?.content);
      for (const response of Object.values((op.responses ?? {}) as Json)) aliasJson((response as Json).content);
    }
  }
}

/**
 * FHIR fixes a resource's `resourceType`; the EPS specs declare it as `default: "MessageHeader"` rather than an enum, so
 * their `oneOf` lists of Bundle entries (one alternative per resource type) cannot tell the alternatives apart and a
 * well-formed entry matches several. The declared default is made the only allowed value, as FHIR has it.
 */
function fixResourceTypes(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) fixResourceTypes(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const resourceType = (node as Json).properties?.resourceType as Json | undefined;
  if (resourceType && typeof resourceType.default === 'string' && !resourceType.enum && resourceType.const === undefined)
    resourceType.enum = [resourceType.default];
  for (const value of Object.values(node as Json)) fixResourceTypes(value);
}

function aliasJson(content: Json | undefined): void {
  if (!content || content['application/json']) return;
  const media = Object.keys(content).find((m) => /json/i.test(m));
  if (media) content['application/json'] = content[media];
}

/** The formats NHS specs use: JSON Schema's (ajv-formats) and the spellings the specs invent for them. */
function addSpecFormats(ajv: Ajv): Ajv {
  const addFormats = (formatsPlugin as unknown as { default: (a: Ajv) => Ajv }).default;
  addFormats(ajv);
  const fhirDateTime = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
  // PDS writes `datetime`, one GP Connect schema `dateTime`: FHIR's dateTime (a year, a date, or a time with a zone).
  ajv.addFormat('datetime', fhirDateTime);
  ajv.addFormat('dateTime', fhirDateTime);
  ajv.addFormat('url', ajv.formats.uri as never);
  ajv.addFormat('jsonpointer', ajv.formats['json-pointer'] as never);
  ajv.addFormat('token', /^\S+$/);
  // EPS and the tracker write the pattern of their Authorization header where a format belongs; read it as the pattern
  // (POSIX [[:ascii:]] is printable ASCII).
  ajv.addFormat('^Bearer\\ [[:ascii:]]+$', /^Bearer [\x20-\x7e]+$/);
  return ajv;
}
