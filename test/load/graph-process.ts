/**
 * The graph under load: the embedded sandbox and the graph in one process, wired as `npm start` wires them (production
 * retries and breakers, the in-memory reference-data cache), plus two control routes for the load driver: memory
 * figures (after a GC when asked) and per-API faults. Prints one JSON line with its URL and some NHS numbers.
 */
import { pino } from 'pino';
import { createSharedCache, namespaced } from '../../src/cache/index.js';
import { startEmbeddedPlatform } from '../../src/embedded.js';
import { sendJson } from '../../src/http/respond.js';
import type { Route } from '../../src/http/routes.js';
import { createGraphServer } from '../../src/server.js';
import { ODS_MAX_AGE_SECONDS } from '../../src/sources/ods/client.js';
import { defaultSourceSettings } from '../../src/sources/settings.js';
import { API_IDS } from '../../src/upstream/apis.js';
import { createPlatform } from '../../src/upstream/platform.js';

// The public sandbox's per-app rate limits would turn a load test into a rate-limit test: off here.
const { sandbox, credentials } = await startEmbeddedPlatform({ rateLimits: Object.fromEntries(API_IDS.map((id) => [id, null])) });
const platform = createPlatform({ origin: sandbox.origin, credentials, timeoutMs: { default: 10_000 } });
const shared = createSharedCache();

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

const graph = await createGraphServer({
  platform,
  environment: 'embedded',
  logger: pino({ level: 'silent' }),
  sources: defaultSourceSettings('embedded', {
    content: { cache: namespaced(shared, 'content:') },
    ods: { cache: namespaced(shared, 'ods:'), maxAgeSeconds: ODS_MAX_AGE_SECONDS },
  }),
  routes: [memory, fault],
});
const url = await graph.listen(0);
process.stdout.write(`${JSON.stringify({ url, nhsNumbers: sandbox.population.patients.slice(100, 600).map((p) => p.nhsNumber) })}\n`);
