/**
 * The graph's own execution, without HTTP, without Apollo and without waiting on anyone: scenarios a and b run by
 * graphql-jit over the compiled product's schema (dist/, `npm run build` first), in this process, with each upstream
 * answer replayed from memory (parsed afresh each time, as it would be read). Three ways:
 *
 *   bare            the schema with its resolvers only (src/graph), no access rules
 *   guarded         the schema as served: every access rule (src/access) wraps its fields
 *   guarded+audit   the same, then the request's audit records built and serialised as the sink writes them
 *
 * The answers come from the benchmark's stand-in (bench/sandbox-process.ts, started here): each call the graph makes
 * for the two queries is made once for real, through the graph's own clients and a clinician's token, and recorded.
 * Each way then runs 50 requests at a time (one context each: loaders, access state and audit trail) after a warm-up;
 * CPU per request is this process's user + system time. The differences are the access rules' and the audit's own
 * cost per request, measured without the noise of sockets and of three processes sharing two cores.
 *
 *   npm run build && node bench/execution-floor.mjs      (FLOOR_QUICK=1: one short round, to check that it runs)
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { importPKCS8 } from 'jose';
import { pino } from 'pino';
import { request as undiciRequest } from 'undici';
import { defaultAccessPolicy } from '../dist/access/policy.js';
import { instanceSuffix, stampedLines } from '../dist/audit/sink.js';
import { TokenVerifier } from '../dist/auth/token-verifier.js';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../dist/config/index.js';
import { createContext } from '../dist/context.js';
import { buildSchema, loadTypeDefs, RESOLVERS } from '../dist/graph/index.js';
import { BarsResponseStore } from '../dist/sources/bars/receiver/response-store.js';
import { createSources } from '../dist/sources/index.js';
import { defaultSourceSettings } from '../dist/sources/settings.js';
import { UpstreamClient } from '../dist/upstream/client.js';
import { createPlatform } from '../dist/upstream/platform.js';

// The queries and variables of bench/scenarios.ts (a: PatientWithPractice; b: Cohort).
const SCENARIOS = [
  {
    id: 'a',
    label: 'a: patient + GP + pharmacy',
    query: `query PatientWithPractice($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber version restricted name { given family }
      registeredGp { odsCode name primaryRole { code display } } nominatedPharmacy { odsCode name } } }`,
    variables: { n: '9000000009' },
    requests: 20_000,
  },
  {
    id: 'b',
    label: 'b: search, 50 patients, 10 GPs',
    query: `query Cohort($search: PatientSearchInput!) {
      patients(search: $search) { total matches { score patient { nhsNumber registeredGp { odsCode name } } } } }`,
    variables: { search: { family: 'Pemberton', birthDateFrom: '1980-01-01', birthDateTo: '1980-12-31' } },
    requests: 2_000,
  },
];
const WAYS = ['bare', 'guarded', 'guarded+audit'];
const QUICK = process.env.FLOOR_QUICK === '1';
const ROUNDS = QUICK ? 1 : 5;
const AT_ONCE = 50;

const sandbox = spawn(process.execPath, ['--import', 'tsx', 'bench/sandbox-process.ts'], {
  env: { ...process.env, BENCH_LATENCY_MS: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const info = await new Promise((resolve, reject) => {
  createInterface({ input: sandbox.stdout }).on('line', (line) => {
    if (line.startsWith('bench-ready ')) resolve(JSON.parse(line.slice('bench-ready '.length)));
  });
  sandbox.once('exit', (code) => reject(new Error(`the stand-in exited with ${code}`)));
});
const { idToken } = await (await undiciRequest(`${info.control}/token?staff=clinician`)).body.json();
const platform = createPlatform({
  origin: info.origin,
  credentials: { apiKey: info.app.apiKey, keyId: info.app.keyId, privateKey: await importPKCS8(info.app.privateKeyPem, 'RS512') },
  timeoutMs: { default: 10_000 },
  resilience: { retries: 0, breakerThreshold: 0 },
  gpConnect: EMBEDDED_GP_CONNECT_CONSUMER,
});
const verifier = new TokenVerifier(info.issuers);
const authenticated = await verifier.authenticate(`Bearer ${idToken}`);
const settings = {
  sources: createSources(platform, defaultSourceSettings('embedded')),
  logger: pino({ level: 'silent' }),
  environment: 'embedded',
  loaders: { batching: true },
  verifier: { authenticate: async () => authenticated },
  access: defaultAccessPolicy(),
  barsResponses: new BarsResponseStore(),
};
const meta = { requestId: 'bench', correlationId: 'bench', actor: { kind: 'staff', id: 'bench' } };
const schemas = { bare: makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: RESOLVERS }), guarded: buildSchema() };
const suffix = instanceSuffix('bench');

async function run(plan, variables) {
  const request = { req: { headers: {}, socket: {} }, requestId: 'bench', correlationId: 'bench', signal: new AbortController().signal };
  const ctx = await createContext(settings, request);
  ctx.audit.bind({ write: async () => {} }, meta);
  const result = await plan.query(undefined, ctx, variables);
  if (result.errors) throw new Error(`errors in the answer: ${JSON.stringify(result.errors).slice(0, 300)}`);
  return { ctx, body: JSON.stringify(result) };
}

// 1. Each upstream answer, recorded once from a real call (keyed by API, method, path and query).
const keyOf = (client, call) => `${client.endpoint.label} ${call.method} ${call.path} ${JSON.stringify(call.query ?? {})}`;
const recorded = new Map();
const real = UpstreamClient.prototype.request;
UpstreamClient.prototype.request = async function (route, call, ctx) {
  const res = await real.call(this, route, call, ctx);
  recorded.set(keyOf(this, call), { status: res.status, headers: res.headers, text: JSON.stringify(res.body), requestId: res.requestId });
  return res;
};
const plans = SCENARIOS.map((s) => {
  const document = parse(s.query);
  const compiled = Object.fromEntries(Object.entries(schemas).map(([way, schema]) => [way, compileQuery(schema, document)]));
  for (const plan of Object.values(compiled)) if (!isCompiledQuery(plan)) throw new Error(`${s.id} does not compile`);
  return { ...s, compiled };
});
const expected = new Map();
for (const s of plans) expected.set(s.id, (await run(s.compiled.guarded, s.variables)).body);
sandbox.kill('SIGTERM');
await platform.close();

// 2. Replayed: the same clients, each answer parsed afresh from its recorded text after a turn of the event loop.
UpstreamClient.prototype.request = async function (_route, call) {
  const answer = recorded.get(keyOf(this, call));
  if (!answer) throw new Error(`no recorded answer for ${keyOf(this, call)}`);
  await null;
  return { status: answer.status, headers: answer.headers, body: JSON.parse(answer.text), requestId: answer.requestId };
};

async function cpuPerRequest(s, way, requests) {
  const plan = way === 'bare' ? s.compiled.bare : s.compiled.guarded;
  const once = async () => {
    const { ctx, body } = await run(plan, s.variables);
    if (way === 'guarded+audit') stampedLines(ctx.audit.records({ ...meta, time: new Date() }), suffix);
    return body;
  };
  const before = process.cpuUsage();
  for (let done = 0; done < requests; done += AT_ONCE) {
    const bodies = await Promise.all(Array.from({ length: AT_ONCE }, once));
    if (done === 0 && bodies[0] !== expected.get(s.id)) throw new Error(`${s.id} ${way}: a different answer`);
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / requests;
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`| scenario | ${WAYS.join(' | ')} | access rules | audit records |`);
console.log(`|---|${WAYS.map(() => '---|').join('')}---|---|`);
for (const s of plans) {
  const results = new Map(WAYS.map((w) => [w, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const way of WAYS) {
      const requests = QUICK ? s.requests / 20 : s.requests;
      await cpuPerRequest(s, way, requests / 5);
      results.get(way).push(await cpuPerRequest(s, way, requests));
    }
  }
  const m = Object.fromEntries(WAYS.map((w) => [w, median(results.get(w))]));
  const us = (x) => `${Math.round(x)} µs`;
  console.log(`| ${s.label} | ${WAYS.map((w) => us(m[w])).join(' | ')} | +${us(m.guarded - m.bare)} | +${us(m['guarded+audit'] - m.guarded)} |`);
}
console.log(`\nCPU per request, median of ${ROUNDS} rounds, ${AT_ONCE} requests at a time; upstream answers replayed in-process.`);
process.exit(0);
