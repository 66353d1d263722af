/**
 * The graph under test, in its own process, running the COMPILED product (dist/, from `npm run build`; no tsx, so the
 * memory and CPU measured are those of `node dist/main.js`; bench/build.ts rebuilds dist/ when src/ is newer): src/main.ts's wiring (configuration from the environment through
 * loadConfig, so DATALOADER=off turns batching off exactly as in production; the production retries, breakers, audit
 * trail and metrics), but pointed at the benchmark's sandbox process instead of an embedded one. BENCH_SANDBOX is the
 * sandbox process's ready line (origin, the registered application, the identity providers). Prints its URL when ready.
 */
import { importPKCS8 } from 'jose';
import { pino } from 'pino';
import { JsonLinesAuditSink } from '../dist/audit/sink.js';
import { createSharedCache, namespaced } from '../dist/cache/index.js';
import { EMBEDDED_GP_CONNECT_CONSUMER, loadConfig } from '../dist/config/index.js';
import { createGraphServer } from '../dist/server.js';
import { contentQueueFor, defaultSourceSettings } from '../dist/sources/settings.js';
import { createPlatform } from '../dist/upstream/platform.js';

/** @type {{ origin: string, app: { apiKey: string, keyId: string, privateKeyPem: string }, issuers: import('../src/auth/issuers.js').IssuerSettings[] }} */
const info = JSON.parse(process.env.BENCH_SANDBOX ?? '');
const config = loadConfig();
const platform = createPlatform({
  origin: info.origin,
  credentials: { apiKey: info.app.apiKey, keyId: info.app.keyId, privateKey: await importPKCS8(info.app.privateKeyPem, 'RS512') },
  timeoutMs: config.timeoutMs,
  connections: config.upstreamConnections,
  resilience: config.resilience,
  gpConnect: config.gpConnect ?? EMBEDDED_GP_CONNECT_CONSUMER,
});
const shared = createSharedCache({ maxEntries: config.cache.maxEntries });
const perMinute = config.content.rateLimitPerMinute;
const graph = await createGraphServer({
  platform,
  environment: 'embedded',
  // The log at warn: an info line per request would measure pino, not the graph.
  logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }),
  batching: config.batching,
  sources: defaultSourceSettings('embedded', {
    wlmds: { urlForm: config.wlmdsUrlForm },
    content: {
      rateLimit: { limit: perMinute, intervalMs: 60_000, maxQueue: contentQueueFor(perMinute) },
      maxAgeSeconds: config.content.cacheMaxAgeSeconds,
      cache: namespaced(shared, 'content:'),
    },
    // ODS_CACHE_MAX_AGE_SECONDS=0: no cross-request ODS cache, every request reads ODS (the benchmark's default).
    ...(config.cache.odsMaxAgeSeconds > 0 ? { ods: { cache: namespaced(shared, 'ods:'), maxAgeSeconds: config.cache.odsMaxAgeSeconds } } : {}),
  }),
  limits: config.limits,
  // The listener's limits as main.ts passes them (connections, timeouts, MAX_CONCURRENT_OPERATIONS and its queue).
  http: config.http,
  introspection: config.introspection,
  auth: { issuers: info.issuers, jwksCooldownMs: config.jwksCooldownMs },
  access: config.access,
  audit: new JsonLinesAuditSink(config.auditLogPath),
  // As in production (NHS_ENV=prod): no x-upstream-calls / x-query-cost answer headers, which exist for the playground
  // and developers outside production (the environment here is 'embedded' only because the upstream is the stand-in).
  answerReport: false,
  shutdownGraceMs: 1_000,
});
const url = await graph.listen(0, '127.0.0.1');
process.stdout.write(`bench-ready ${JSON.stringify({ url, pid: process.pid })}\n`);

const stop = async () => {
  await graph.close();
  await platform.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
