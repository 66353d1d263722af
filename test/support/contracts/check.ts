import type { Operation } from 'openapi-backend';
import type { SandboxExchange } from '../../../sandbox/src/exchange.js';
import { fhirOperationViolations } from './fhir-operations.js';
import { ruleOf, selfContradictions } from './self-contradictions.js';
import { searchRuleViolations } from './search-rules.js';
import { ROUTE_A, specFor, type LoadedSpec } from './specs.js';

type Json = Record<string, any>;

/** What the published spec says of one exchange. */
export interface ExchangeVerdict {
  api: string;
  /** The spec operation it matched ("POST /Patient/$gpc.getstructuredrecord"); undefined when it matched none. */
  operation: string | undefined;
  method: string;
  path: string;
  status: number;
  /** Each way the exchange departs from the spec; empty when it conforms. */
  violations: string[];
}

/**
 * Judges one exchange against its API's OpenAPI document with openapi-backend: the operation (method and path template
 * under the spec's server root), the request (path, query and header parameters with their schemas and formats, no
 * undeclared query parameter, the body against the request schema and a declared media type), the security the
 * operation requires, the status against the operation's own status table, and the body against that status's schema.
 * FHIR operations whose body the spec leaves open are judged by their OperationDefinition (fhir-operations.ts), and search
 * parameters it leaves open by the contract's own rule for them (search-rules.ts). Where
 * the spec's own examples break its schema (self-contradictions.ts), the examples win: that schema rule is not held
 * against an exchange either. The
 * answer of an injected test fault is not the API's: only the request is judged then.
 */
export async function checkExchange(x: SandboxExchange): Promise<ExchangeVerdict> {
  const verdict: ExchangeVerdict = { api: x.api, operation: undefined, method: x.method, path: x.path, status: x.status, violations: [] };
  const routeA = x.sspRoot ? routeASpec(x.api, x.path) : undefined;
  const loading = specFor(routeA?.spec ?? x.api);
  if (!loading) {
    verdict.violations.push(`no published OpenAPI document for API "${x.api}"`);
    return verdict;
  }
  const spec = await loading;
  const headers = lowerCase(x.headers);
  const body = parseBody(x.rawBody, headers['content-type']);
  const request = { method: x.method, path: routeA ? spec.root.replace(/\/$/, '') + routeA.path : x.path, query: x.search.replace(/^\?/, ''), headers, body };
  const operation = matchOperation(spec, request, body);
  if (!operation) {
    verdict.violations.push(`the spec has no operation ${x.method} ${templateless(spec, x.path)}`);
    return verdict;
  }
  verdict.operation = operation.operationId;
  const v = verdict.violations;
  const validator = spec.backend.validator;
  const contradicted = selfContradictions(spec, operation);
  v.push(...errorsOf('request', validator.validateRequest(request as never, operation).errors as AjvError[] | null, contradicted.request));
  v.push(...securityViolations(spec, operation, headers));
  v.push(...requestMediaViolations(operation, headers, x.rawBody));
  v.push(...fhirOperationViolations(x.api, operation.operationId as string, body, x.search));
  v.push(...searchRuleViolations(routeA?.spec ?? x.api, operation.operationId as string, x.search));
  if (x.fault) return verdict;

  const responses = (operation.responses ?? {}) as Json;
  const key = [String(x.status), `${String(x.status)[0]}XX`, 'default'].find((k) => responses[k]);
  if (!key) {
    v.push(`status ${x.status} is not in the operation's status table (${Object.keys(responses).join(', ')})`);
    return verdict;
  }
  const content = (responses[key].content ?? {}) as Json;
  const answer = parseBody(typeof x.body === 'string' ? x.body : '', x.responseHeaders['content-type']) ?? x.body;
  const media = mediaType(x.responseHeaders['content-type']);
  const declared = Object.keys(content).filter((m) => m !== 'application/json' || !Object.keys(content).some((o) => o !== m && content[o] === content[m]));
  if (declared.length > 0 && answer !== undefined && !declared.some((m) => sameMedia(m, media))) {
    v.push(`response: content type ${media || '(none)'} is not one the spec declares for ${key} (${declared.join(', ')})`);
  }
  if (content['application/json']?.schema) {
    if (typeof answer !== 'object' || answer === null)
      v.push(`response: ${key} declares a JSON body; got ${answer === undefined ? 'none' : 'text that is not JSON'}`);
    else v.push(...errorsOf('response', validator.validateResponse(answer, operation, x.status).errors as AjvError[] | null, contradicted.responses.get(key)));
  }
  return verdict;
}

/**
 * The route A spec of a GP Connect exchange through the Spine Secure Proxy, and its path under the provider's service
 * root (the platform path after its FHIR base: `/gp-connect/.../FHIR/STU3/Patient` is `/Patient`). The Access Record API
 * carries two capabilities, each with its own specification: documents (DocumentReference, Binary, Find Patient) and
 * the structured record.
 */
function routeASpec(api: string, path: string): { spec: string; path: string } | undefined {
  const at = path.indexOf('/FHIR/STU3');
  if (at < 0 || !api.startsWith('gpc-')) return undefined;
  const rest = path.slice(at + '/FHIR/STU3'.length) || '/';
  if (api === 'gpc-appointments') return { spec: ROUTE_A.appointments, path: rest };
  return { spec: rest.includes('$gpc.getstructuredrecord') ? ROUTE_A.structured : ROUTE_A.documents, path: rest };
}

/**
 * The operation an exchange is. Where a spec splits one HTTP operation into variants by its body (EPS's
 * `$process-message#prescription-order`, `Task#return`), the variant the body names; otherwise openapi-backend's match.
 */
function matchOperation(spec: LoadedSpec, request: { method: string; path: string }, body: unknown): Operation | undefined {
  const plain = spec.backend.router.matchOperation(request as never);
  const variants = spec.backend.router.getOperations().filter((op) => plain && op.method === plain.method && op.path.startsWith(`${plain.path}#`));
  if (variants.length === 0) return plain;
  const names = variantNames(body);
  return variants.find((op) => names.includes(op.path.split('#')[1] as string)) ?? plain;
}

/** The names a FHIR body gives itself: a message's event code, a Task's status and business status. */
function variantNames(body: unknown): string[] {
  const b = body as Json | undefined;
  if (!b || typeof b !== 'object') return [];
  const header = (b.entry as Json[] | undefined)?.find((e) => e.resource?.resourceType === 'MessageHeader')?.resource;
  const names = [header?.eventCoding?.code].filter(Boolean) as string[];
  if (b.resourceType === 'Task') {
    // eps/CONTRACT.md: a return is a Task with status rejected; a withdrawal is status in-progress with a withdraw reason.
    names.push(b.status === 'rejected' ? 'return' : 'withdraw');
  }
  return names;
}

/** Whether the request carries what one of the operation's security requirements asks for (OpenAPI: any one). */
function securityViolations(spec: LoadedSpec, operation: Operation, headers: Record<string, string>): string[] {
  const requirements = (operation.security ?? []) as Json[];
  if (requirements.length === 0) return [];
  const schemes = (spec.doc.components?.securitySchemes ?? {}) as Json;
  const met = (name: string) => {
    const scheme = schemes[name] as Json | undefined;
    if (scheme?.type === 'apiKey') return scheme.in !== 'header' || Boolean(headers[String(scheme.name).toLowerCase()]);
    // http bearer, oauth2 and openIdConnect all travel as a bearer token.
    return /^Bearer \S+$/.test(headers.authorization ?? '');
  };
  if (requirements.some((req) => Object.keys(req).every(met))) return [];
  return [`security: the request meets none of the operation's requirements (${requirements.map((r) => Object.keys(r).join(' + ')).join(' | ')})`];
}

/** A request body must come under a media type the operation declares. */
function requestMediaViolations(operation: Operation, headers: Record<string, string>, rawBody: string): string[] {
  const content = (operation.requestBody as Json | undefined)?.content as Json | undefined;
  if (!content || rawBody === '') return [];
  const media = mediaType(headers['content-type']);
  return Object.keys(content).some((m) => sameMedia(m, media))
    ? []
    : [`request: content type ${media || '(none)'} is not one the spec declares (${Object.keys(content).join(', ')})`];
}

interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  message?: string;
  params?: Record<string, unknown>;
}

function errorsOf(side: string, errors: AjvError[] | null | undefined, contradicted: ReadonlySet<string> = new Set()): string[] {
  const own = narrowAlternatives(errors ?? []).filter((e) => !contradicted.has(ruleOf(e)));
  return [...new Set(own.map((e) => `${side}: ${e.instancePath || '/'} ${e.message ?? ''}${extraOf(e.params)}`.trim()))];
}

/**
 * ajv reports a failed `oneOf`/`anyOf` with the errors of every alternative. NHS specs list one alternative per FHIR
 * resource type (a Bundle entry is a Patient, or a MedicationRequest, or...): an alternative whose `resourceType` the
 * body does not have (directly or as a Bundle entry's `resource`) is not the one meant, so its errors are dropped; when one alternative is left, its errors are
 * the
 * answer, and the bare "must match exactly one schema" goes.
 */
function narrowAlternatives(errors: AjvError[]): AjvError[] {
  let kept = errors;
  for (const choice of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const prefix = `${choice.schemaPath}/`;
    const under = (e: AjvError) => e.instancePath === choice.instancePath || e.instancePath.startsWith(`${choice.instancePath}/`);
    const branchOf = (e: AjvError) => (under(e) && e.schemaPath.startsWith(prefix) ? e.schemaPath.slice(prefix.length).split('/')[0] : undefined);
    const wrongType = new Set(
      kept
        .filter(
          (e) =>
            branchOf(e) !== undefined &&
            (e.instancePath === `${choice.instancePath}/resourceType` || e.instancePath === `${choice.instancePath}/resource/resourceType`) &&
            (e.keyword === 'enum' || e.keyword === 'const'),
        )
        .map(branchOf),
    );
    const branches = new Set(kept.map(branchOf).filter((b) => b !== undefined));
    const left = [...branches].filter((b) => !wrongType.has(b));
    if (wrongType.size === 0) continue;
    kept = kept.filter((e) => {
      const branch = branchOf(e);
      if (branch !== undefined) return !wrongType.has(branch);
      return !(e === choice && left.length === 1);
    });
  }
  return kept;
}

function extraOf(params: unknown): string {
  const p = params as Json | undefined;
  if (p?.additionalProperty) return ` (${p.additionalProperty})`;
  if (p?.allowedValues) return ` (${(p.allowedValues as unknown[]).join(', ')})`;
  return '';
}

function lowerCase(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (!/json/i.test(contentType ?? '')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function mediaType(value: string | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Media types equal but for parameters; `*` ranges match. */
function sameMedia(declared: string, actual: string): boolean {
  const d = mediaType(declared);
  if (d === actual || d === '*/*') return true;
  return d.endsWith('/*') && actual.startsWith(d.slice(0, -1));
}

function templateless(spec: LoadedSpec, path: string): string {
  return path.startsWith(`${spec.root}/`) ? path.slice(spec.root.length) : path;
}
