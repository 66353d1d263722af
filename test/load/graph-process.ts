/**
 * The graph under load: the embedded sandbox and the graph in one process, wired as `npm start` wires them (production
 * retries and breakers, the in-memory reference-data cache, the embedded NHS login and CIS2 as trusted issuers, an audit
 * trail in a temporary folder), plus control routes for the load driver: memory figures (after a GC when asked), per-API
 * faults, and which requests the audit trail recorded. Prints one JSON line with its URL, some NHS numbers and the ID
 * tokens of its signed-in callers (a CIS2 clinician, and citizens at P9 for their own records), on a pipe to the driver.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { JsonLinesAuditSink } from '../../src/audit/sink.js';
import type { AuditRecord } from '../../src/audit/trail.js';
import { createSharedCache, namespaced } from '../../src/cache/index.js';
import { signInAs, startEmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { sendJson } from '../../src/http/respond.js';
import type { Route } from '../../src/http/routes.js';
import { createGraphServer } from '../../src/server.js';
import { ODS_MAX_AGE_SECONDS } from '../../src/sources/ods/client.js';
import { defaultSourceSettings } from '../../src/sources/settings.js';
import { API_IDS } from '../../src/upstream/apis.js';
import { createPlatform } from '../../src/upstream/platform.js';

const CITIZENS = Number(process.env.LOAD_CITIZENS ?? 10);

// The public sandbox's per-app rate limits would turn a load test into a rate-limit test: off here.
const embedded = await startEmbeddedPlatform({ rateLimits: Object.fromEntries(API_IDS.map((id) => [id, null])) });
const { sandbox, credentials } = embedded;
const platform = createPlatform({ origin: sandbox.origin, credentials, timeoutMs: { default: 10_000 } });
const shared = createSharedCache();
const auditDir = await mkdtemp(join(tmpdir(), 'nhs-graph-load-audit-'));
const audit = new JsonLinesAuditSink(join(auditDir, 'audit.jsonl'));

const memory: Route = {
  method: 'GET',
  path: '/_load/memory',
  handle: (_req, res, url) => {
    if (url.searchParams.get('gc') === '1') globalThis.gc?.();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    sendJson(res, 200, { rss, heapUsed, heapTotal, external, breakers: platform.breakerStates(), sandboxCalls: sandbox.counts() });
  },
};
const fault: Route = {
  method: 'POST',
  path: '/_load/fault',
  handle: (_req, res, url) => {
    const api = url.searchParams.get('api') ?? '';
    const rate = Number(url.searchParams.get('rate') ?? '0');
    sandbox.setFault(api, rate > 0 ? { kind: 'status', status: Number(url.searchParams.get('status') ?? '503'), rate } : undefined);
    sendJson(res, 200, { api, rate });
  },
};
/** The request ids the audit trail holds a completed record for (no NHS number, nothing personal). */
const audited: Route = {
  method: 'GET',
  path: '/_load/audited',
  handle: async (_req, res) => {
    await audit.flush();
    const text = await readFile(audit.path, 'utf8').catch(() => '');
    const ids = new Set<string>();
    for (const line of text.split('\n')) {
      if (!line) continue;
      const record = JSON.parse(line) as AuditRecord;
      if (record.outcome !== 'intended' && record.nhsNumber) ids.add(record.requestId);
    }
    sendJson(res, 200, { requestIds: [...ids] });
  },
};

const graph = await createGraphServer({
  platform,
  environment: 'embedded',
  logger: pino({ level: 'silent' }),
  auth: { issuers: embedded.issuers },
  audit,
  sources: defaultSourceSettings('embedded', {
    content: { cache: namespaced(shared, 'content:') },
    ods: { cache: namespaced(shared, 'ods:'), maxAgeSeconds: ODS_MAX_AGE_SECONDS },
  }),
  routes: [memory, fault, audited],
});
const url = await graph.listen(0);
const nhsNumbers = sandbox.population.patients.slice(100, 600).map((p) => p.nhsNumber);
const citizens = nhsNumbers.slice(0, CITIZENS);
const [clinician, ...citizenTokens] = await Promise.all([
  signInAs(embedded, { staff: 'clinician' }),
  ...citizens.map((n) => signInAs(embedded, { citizen: n, level: 'P9' })),
]);
process.stdout.write(`${JSON.stringify({ url, nhsNumbers, clinician, citizens: citizens.map((nhsNumber, i) => ({ nhsNumber, token: citizenTokens[i] })) })}\n`);

process.once('SIGTERM', () => {
  void graph
    .close()
    .then(() => platform.close())
    .then(() => sandbox.close())
    .finally(() => rm(auditDir, { recursive: true, force: true }).finally(() => process.exit(0)));
});
