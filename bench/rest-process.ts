/**
 * The REST baseline: the same upstream calls as the graph, orchestrated by hand, with no GraphQL (no parse, validate,
 * execute, no DataLoader, no access-rule transform, no audit trail). It is what a team would write without a graph:
 * node:http routes that verify the caller's NHS login or CIS2 token (jose, as the graph does), then call the NHS APIs
 * through the same undici-based platform layer (signed-JWT client credentials, token exchange cached per user, each
 * API's headers, timeouts, retries, breakers) and typed clients, with Promise.all where calls are independent and one
 * ODS `_id=A,B` search per round of codes. So the difference between it and the graph is the GraphQL layer's own cost.
 *
 *   GET /patients/{nhsNumber}/summary           scenario a: the patient, their GP practice and nominated pharmacy
 *   GET /patients?family=&birthdateFrom=&birthdateTo=   scenario b: a search, each match with its GP practice
 *   GET /patients/{nhsNumber}/full-picture      scenario c (rest-full-picture.ts)
 *   GET /patient-summaries?nhsNumbers=a,b,...   scenario n: N patients read at once, each with GP practice and pharmacy
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { importPKCS8 } from 'jose';
import type { IssuerSettings } from '../src/auth/issuers.js';
import { TokenVerifier } from '../src/auth/token-verifier.js';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../src/config/index.js';
import { GraphError } from '../src/errors.js';
import { createSources } from '../src/sources/index.js';
import { ODS_BATCH_SIZE } from '../src/sources/ods/client.js';
import { mapOdsOrganisation, type OrganisationModel } from '../src/sources/ods/mapper.js';
import { mapPdsPatient, type PatientModel } from '../src/sources/pds/mapper.js';
import { bundleResources } from '../src/sources/fhir.js';
import { defaultSourceSettings } from '../src/sources/settings.js';
import { endUserOf } from '../src/upstream/end-user.js';
import { createPlatform } from '../src/upstream/platform.js';
import type { CallContext } from '../src/upstream/types.js';
import { fullPicture } from './rest-full-picture.js';

interface SandboxInfo {
  origin: string;
  app: { apiKey: string; keyId: string; privateKeyPem: string };
  issuers: IssuerSettings[];
}

const info = JSON.parse(process.env.BENCH_SANDBOX ?? '') as SandboxInfo;
const platform = createPlatform({
  origin: info.origin,
  credentials: { apiKey: info.app.apiKey, keyId: info.app.keyId, privateKey: await importPKCS8(info.app.privateKeyPem, 'RS512') },
  timeoutMs: { default: 10_000 },
  gpConnect: EMBEDDED_GP_CONNECT_CONSUMER,
});
const sources = createSources(
  platform,
  defaultSourceSettings('embedded', { content: { rateLimit: { limit: 100_000, intervalMs: 60_000, maxQueue: 10_000 }, maxAgeSeconds: 0 } }),
);
const verifier = new TokenVerifier(info.issuers);

/** An organisation as the REST baseline answers it: code, name and, where the graph's query asks for it, primary role. */
interface RestOrganisation {
  odsCode: string;
  name: string | null;
  primaryRole?: { code: string; display: string | null } | null;
}

/** The organisations of some ODS codes in one `_id=A,B` call (none when there are no codes). */
async function organisations(codes: (string | null)[], ctx: CallContext): Promise<Map<string, OrganisationModel>> {
  const distinct = [...new Set(codes.filter((c): c is string => Boolean(c)))];
  if (distinct.length === 0) return new Map();
  return new Map((await sources.ods.getOrganisations(distinct, ctx)).map(mapOdsOrganisation).map((o) => [o.odsCode, o]));
}

/** An organisation's primary role from the ODSOrganisationRole CodeSystem: one lookup per role code it holds, as the graph's `primaryRole`. */
async function primaryRole(o: OrganisationModel, ctx: CallContext): Promise<RestOrganisation['primaryRole']> {
  const primary = await Promise.all(o.roles.map((r) => sources.ods.isPrimaryRole(r.code, ctx)));
  const role = o.roles.find((_, i) => primary[i]);
  return role ? { code: role.code, display: role.display } : null;
}

const named = (o: OrganisationModel | null): RestOrganisation | null => (o ? { odsCode: o.odsCode, name: o.name } : null);
const org = (orgs: Map<string, OrganisationModel>, code: string | null) => (code ? (orgs.get(code.toUpperCase()) ?? null) : null);

async function summary(nhsNumber: string, ctx: CallContext) {
  const patient = mapPdsPatient(await sources.pds.getPatient(nhsNumber, ctx));
  const orgs = await organisations([patient.registeredGpOdsCode, patient.nominatedPharmacyOdsCode], ctx);
  // The graph's query (PatientWithPractice) asks the practice's primary role, not the pharmacy's.
  const gp = org(orgs, patient.registeredGpOdsCode);
  return {
    nhsNumber: patient.nhsNumber,
    version: patient.version,
    restricted: patient.restricted,
    name: patient.name && { given: patient.name.given, family: patient.name.family },
    registeredGp: gp && { ...named(gp), primaryRole: await primaryRole(gp, ctx) },
    nominatedPharmacy: named(org(orgs, patient.nominatedPharmacyOdsCode)),
  };
}

/**
 * Scenario n: every patient read at once (PDS has no multi-patient read), then the distinct codes of all of them in ODS
 * `_id` searches of up to 100 codes, at once. Code and name only: the graph's query asks no primary role.
 */
async function summaries(nhsNumbers: string[], ctx: CallContext) {
  const patients = await Promise.all(nhsNumbers.map(async (n) => mapPdsPatient(await sources.pds.getPatient(n, ctx))));
  const codes = [...new Set(patients.flatMap((p) => [p.registeredGpOdsCode, p.nominatedPharmacyOdsCode]).filter((c): c is string => Boolean(c)))];
  const chunks = Array.from({ length: Math.ceil(codes.length / ODS_BATCH_SIZE) }, (_, i) => codes.slice(i * ODS_BATCH_SIZE, (i + 1) * ODS_BATCH_SIZE));
  const found = (await Promise.all(chunks.map((chunk) => sources.ods.getOrganisations(chunk, ctx)))).flat().map(mapOdsOrganisation);
  const names = new Map(found.map((o) => [o.odsCode, { odsCode: o.odsCode, name: o.name }]));
  const named = (code: string | null) => (code ? (names.get(code.toUpperCase()) ?? null) : null);
  return {
    patients: patients.map((p) => ({
      nhsNumber: p.nhsNumber,
      registeredGp: named(p.registeredGpOdsCode),
      nominatedPharmacy: named(p.nominatedPharmacyOdsCode),
    })),
  };
}

async function search(query: URLSearchParams, ctx: CallContext) {
  const birthdate = [query.get('birthdateFrom') && `ge${query.get('birthdateFrom')}`, query.get('birthdateTo') && `le${query.get('birthdateTo')}`].filter(
    (d): d is string => Boolean(d),
  );
  const bundle = await sources.pds.searchPatients({ family: query.get('family') ?? undefined, birthdate }, ctx);
  const matches = (bundle.entry ?? []).map((e) => ({ score: e.search?.score ?? null, patient: mapPdsPatient(e.resource as never, true) as PatientModel }));
  const orgs = await organisations(
    matches.map((m) => m.patient.registeredGpOdsCode),
    ctx,
  );
  return {
    total: bundleResources(bundle).length,
    // Code and name: the graph's query (Cohort) asks no primary role.
    matches: matches.map((m) => ({
      score: m.score,
      patient: { nhsNumber: m.patient.nhsNumber, registeredGp: named(org(orgs, m.patient.registeredGpOdsCode)) },
    })),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://rest');
  try {
    const { principal, token } = await verifier.authenticate(req.headers.authorization);
    if (principal.kind !== 'staff' || !token) {
      send(res, 403, { error: 'FORBIDDEN' });
      return;
    }
    const endUser = endUserOf(req.headers);
    const ctx: CallContext = {
      correlationId: randomUUID(),
      userToken: token,
      ...(endUser ? { endUser } : {}),
      ...(principal.role ? { staff: principal.role } : {}),
      user: { kind: 'staff', userId: principal.subject, sdsUserId: principal.sdsUserId, familyName: principal.familyName, givenNames: principal.givenNames },
    };
    let match: RegExpExecArray | null;
    if ((match = /^\/patients\/(\d{10})\/summary$/.exec(url.pathname))) send(res, 200, await summary(match[1]!, ctx));
    else if ((match = /^\/patients\/(\d{10})\/full-picture$/.exec(url.pathname))) send(res, 200, await fullPicture(sources, match[1]!, url.searchParams, ctx));
    else if (url.pathname === '/patients') send(res, 200, await search(url.searchParams, ctx));
    else if (url.pathname === '/patient-summaries') {
      const nhsNumbers = (url.searchParams.get('nhsNumbers') ?? '').split(',').filter(Boolean);
      if (nhsNumbers.some((n) => !/^\d{10}$/.test(n))) send(res, 400, { error: 'BAD_USER_INPUT' });
      else send(res, 200, await summaries(nhsNumbers, ctx));
    } else send(res, 404, { error: 'NOT_FOUND' });
  } catch (error) {
    const code = error instanceof GraphError ? error.code : 'INTERNAL';
    send(res, code === 'UNAUTHENTICATED' ? 401 : 502, { error: code });
  }
}

const server = createServer((req, res) => void handle(req, res));
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
process.stdout.write(`bench-ready ${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);

const stop = async () => {
  server.closeAllConnections();
  server.close();
  await platform.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
