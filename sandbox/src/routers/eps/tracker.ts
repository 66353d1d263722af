import { readdirSync } from 'node:fs';
import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import { normalisePrescriptionId, prescriptionIdProblem } from '../../nhs/prescription-id.js';
import type { SandboxApiFactory } from '../../api.js';
import { CONTRACTS_DIR, clone, loadFixture } from '../../fixtures.js';
import { fhirJson, header, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { epsState } from './store.js';
import { clinicalViewBundle, searchBundle } from './tracker-view.js';
import { HTTP_ERROR_CODES_SYSTEM } from '../../fhir-systems.js';

export const TRACKER_BASE_PATH = '/clinical-prescription-tracker';
const EXAMPLES = 'eps-tracker/specification/examples';
type Json = Record<string, any>;

/** The tracker's OperationOutcome (http-error-codes), one issue per problem, as in specification/examples/errors. */
export function trackerError(status: number, issueCode: string, code: string, display: string, diagnostics: string[]): SandboxResponse {
  return fhirJson(status, {
    resourceType: 'OperationOutcome',
    meta: { lastUpdated: new Date().toISOString() },
    issue: diagnostics.map((d) => ({
      code: issueCode,
      severity: 'error',
      diagnostics: d,
      details: { coding: [{ system: HTTP_ERROR_CODES_SYSTEM, code, display }] },
    })),
  });
}
const badRequest = (...diagnostics: string[]) => trackerError(400, 'value', 'BAD_REQUEST', '400: The Server was unable to process the request.', diagnostics);
const notFound = () => trackerError(404, 'not-found', 'NOT_FOUND', '404: The Server was unable to find the specified resource.', ['Prescription not found']);

/** The example files: search answers by NHS number, clinical views by prescription id (the later state when two share one). */
function loadExamples(): { searches: Map<string, Json>; views: Map<string, Json> } {
  const searches = new Map<string, Json>();
  for (const file of readdirSync(`${CONTRACTS_DIR}${EXAMPLES}/prescriptionSearch`)) {
    const bundle = loadFixture<Json>(`${EXAMPLES}/prescriptionSearch/${file}`);
    const patient = bundle.entry?.find((e: Json) => e.resource.resourceType === 'Patient');
    if (patient) searches.set(patient.resource.identifier[0].value, bundle);
  }
  const views = new Map<string, Json>();
  for (const file of readdirSync(`${CONTRACTS_DIR}${EXAMPLES}/clinicalView`).sort()) {
    const bundle = loadFixture<Json>(`${EXAMPLES}/clinicalView/${file}`);
    const group = bundle.entry.find((e: Json) => e.resource.resourceType === 'RequestGroup');
    const id = group.resource.identifier[0].value as string;
    if (!views.has(id) || /Dispensed/.test(file)) views.set(id, bundle);
  }
  return { searches, views };
}

/** The issue a clinical view shows (its RequestGroup's numberOfRepeatsIssued); undefined for a one-off prescription. */
function issuedIn(view: Json): number | undefined {
  const group = view.entry.find((e: Json) => e.resource.resourceType === 'RequestGroup')?.resource;
  const repeat = group?.extension?.find((x: Json) => String(x.url).endsWith('Extension-EPS-RepeatInformation'));
  return repeat?.extension?.find((x: Json) => x.url === 'numberOfRepeatsIssued')?.valueInteger;
}

/** A search answer for one example prescription: its clinical view's Patient and RequestGroup, summarised. */
function exampleSearchById(view: Json): Json {
  const patient = view.entry.find((e: Json) => e.resource.resourceType === 'Patient');
  const group = view.entry.find((e: Json) => e.resource.resourceType === 'RequestGroup');
  const { action: _action, author: _author, id: _id, ...summary } = group.resource;
  const { birthDate: _b, gender: _g, address: _a, id: _pid, ...reduced } = patient.resource;
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 1,
    entry: [
      { fullUrl: patient.fullUrl, search: { mode: 'include' }, resource: reduced },
      { fullUrl: group.fullUrl, search: { mode: 'match' }, resource: { ...summary, subject: { reference: patient.fullUrl } } },
    ],
  };
}

const TRACKER_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The creation-date window of a search: `lowDate` / `highDate` (yyyyMMdd, inclusive), which the tracker back end passes
 * to Spine as the creation date range (eps-tracker/CONTRACT.md, "Undocumented extras"). A malformed date is the reason
 * for a 400. Deviation: the real tracker's unbounded window is the last two years; the stand-in's seeded prescriptions
 * all fall within two years of its fixed reference day, so it bounds nothing unless asked, and its data never depends
 * on the clock.
 */
function creationWindow(req: SandboxRequest): { low?: string; high?: string } | string {
  const out: { low?: string; high?: string } = {};
  for (const [name, key] of [
    ['lowDate', 'low'],
    ['highDate', 'high'],
  ] as const) {
    const raw = req.query.get(name);
    if (raw === null) continue;
    const m = TRACKER_DATE.exec(raw);
    const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
    if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) return `${name} must be a date in the form yyyyMMdd.`;
    out[key] = iso;
  }
  return out;
}

const inWindow = (authoredOn: string, window: { low?: string; high?: string }) =>
  (!window.low || authoredOn.slice(0, 10) >= window.low) && (!window.high || authoredOn.slice(0, 10) <= window.high);

const IDENTITY_HEADERS = ['nhsd-session-urid', 'nhsd-organization-uuid', 'nhsd-session-jobrole'];

/**
 * Clinical Prescription Tracker at /clinical-prescription-tracker (eps-tracker/CONTRACT.md): `GET /RequestGroup`
 * (by prescriptionId or nhsNumber, exactly one) and `GET /RequestGroup/{id}`. Serves the spec's example files for
 * their identifiers and the shared EPS store (seeded prescriptions and every write since) for the rest.
 */
export const trackerSandbox: SandboxApiFactory = (sandbox) => {
  const { searches, views } = loadExamples();
  const state = () => epsState(sandbox);

  const checkId = (raw: string): string | SandboxResponse => {
    const id = normalisePrescriptionId(raw);
    const problem = prescriptionIdProblem(id);
    if (problem === 'FORMAT') return badRequest('Prescription ID is invalid.');
    if (problem === 'CHECKSUM') return badRequest('Prescription ID has an invalid checksum.');
    return id;
  };

  const search = (req: SandboxRequest): SandboxResponse => {
    const prescriptionId = req.query.get('prescriptionId');
    const nhsNumber = req.query.get('nhsNumber');
    if ((prescriptionId === null) === (nhsNumber === null)) return badRequest('Exactly one of prescriptionId or nhsNumber must be provided.');
    if (prescriptionId !== null) {
      const id = checkId(prescriptionId);
      if (typeof id !== 'string') return id;
      const view = views.get(id);
      if (view) return fhirJson(200, exampleSearchById(view));
      const record = state().prescriptions.get(id);
      return fhirJson(200, searchBundle(record ? [record] : []));
    }
    if (!isValidNhsNumber(nhsNumber as string)) return badRequest('NHS number is invalid.');
    const window = creationWindow(req);
    if (typeof window === 'string') return badRequest(window);
    const example = searches.get(nhsNumber as string);
    if (example) return fhirJson(200, clone(example));
    const within = state()
      .byPatient(nhsNumber as string)
      .filter((p) => inWindow(p.authoredOn, window));
    return fhirJson(200, searchBundle(within));
  };

  const detail = (req: SandboxRequest): SandboxResponse => {
    const id = checkId(decodeURIComponent(req.params.id ?? ''));
    if (typeof id !== 'string') return id;
    const issue = req.query.get('issueNumber');
    if (issue !== null && !/^\d+$/.test(issue)) return badRequest('issueNumber must be a whole number.');
    const view = views.get(id);
    if (view) return issue === null || issue === String(issuedIn(view) ?? issue) ? fhirJson(200, clone(view)) : notFound();
    const record = state().prescriptions.get(id);
    // The stand-in holds one issue of each repeat-dispensing prescription: another issue is not found.
    if (!record || (issue !== null && record.repeatsIssued !== null && Number(issue) !== record.repeatsIssued)) return notFound();
    return fhirJson(200, clinicalViewBundle(record));
  };

  return {
    id: 'eps-tracker',
    basePath: TRACKER_BASE_PATH,
    checkAccess(req, auth) {
      if (!auth.acceptsBearer(req)) return fhirJson(401, loadFixture(`${EXAMPLES}/errors/401_Unauthorized.json`));
      const missing = IDENTITY_HEADERS.filter((h) => !header(req, h));
      if (!header(req, 'x-request-id')) missing.push('x-request-id');
      if (missing.length > 0) return badRequest(...missing.map((h) => `Missing required header: ${h}`));
      return undefined;
    },
    notFound: () => trackerError(404, 'not-found', 'NOT_FOUND', '404: The Server was unable to find the specified resource.', ['Resource not found']),
    routes: [
      { method: 'GET', path: '/RequestGroup', handler: search },
      { method: 'GET', path: '/RequestGroup/:id', handler: detail },
    ],
  };
};
