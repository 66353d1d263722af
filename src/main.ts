import { importPKCS8 } from 'jose';
import { JsonLinesAuditSink, type AuditSink } from './audit/sink.js';
import { StdoutAuditSink } from './audit/stdout-sink.js';
import { BarsResponseStore } from './sources/bars/receiver/response-store.js';
import { createSharedCache, namespaced, schemaVersion, sharedSlotsOf } from './cache/index.js';
import { buildSchema } from './graph/index.js';
import { ConfigError, loadConfig, platformOrigin, type Config } from './config/index.js';
import { LOOPBACK_HOSTS } from './http/host-check.js';
import { listenMetrics, type MetricsServer } from './http/metrics-server.js';
import { createLogger } from './logger.js';
import { loadTrustedDocuments } from './persisted/trusted-documents.js';
import { remotePersonas } from './playground/personas.js';
import { playgroundRoutes } from './playground/routes.js';
import { installProcessGuard } from './process-guard.js';
import { createGraphServer } from './server.js';
import { contentQueueFor, defaultSourceSettings } from './sources/settings.js';
import { startTelemetry } from './telemetry/sdk.js';
import { createPlatform, type PlatformSettings } from './upstream/platform.js';

/**
 * The process: read config, start the graph against the configured NHS environment, stop cleanly. It never starts the
 * local NHS stand-in: `npm start` (sandbox/src/launch.ts) starts that as a process of its own and passes its origin.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger();
  const guard = installProcessGuard({ logger });
  const stopTelemetry = config.devx.tracing ? await startTelemetry() : undefined;
  let origin: string;
  try {
    origin = platformOrigin(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const credentials = config.credentials
    ? { apiKey: config.credentials.apiKey, keyId: config.credentials.keyId, privateKey: await importPKCS8(config.credentials.privateKeyPem, 'RS512') }
    : undefined;
  const settings: PlatformSettings = {
    origin,
    apiKeys: config.apiKeys,
    baseUrls: config.baseUrls,
    timeoutMs: config.timeoutMs,
    connections: config.upstreamConnections,
    resilience: config.resilience,
    rateLimitsPerSecond: config.rateLimitsPerSecond,
    gpConnect: config.gpConnect,
    // NHS's public sandbox with no credentials: each API gets the placeholder header its sandbox requires.
    sandboxPlaceholders: config.env === 'sandbox' && !credentials,
    ...(credentials ? { credentials } : {}),
  };
  // The local stand-in's test users for the playground's "Act as" picker (embedded and sandbox only; the stand-in signs them in).
  const personas = config.devx.playground && config.devx.personasUrl ? await remotePersonas(config.devx.personasUrl) : undefined;
  if (config.devx.personasUrl && config.devx.playground && !personas)
    logger.warn('PLAYGROUND_PERSONAS_URL did not answer: the playground has no "Act as" picker');
  const platform = createPlatform(settings);
  // AUDIT_SINK: the file (default), stdout as JSON lines, or an OpenTelemetry collector; each record names this replica.
  // The OTLP sink's exporter is loaded only when it is the one configured (it is 18 MB of resident memory).
  const instance = config.audit.instanceId;
  const audit: AuditSink =
    config.audit.sink === 'stdout'
      ? new StdoutAuditSink(process.stdout, { instance })
      : config.audit.sink === 'otlp' && config.audit.otlpEndpoint
        ? new (await import('./audit/otlp-sink.js')).OtlpAuditSink({ url: config.audit.otlpEndpoint, instance })
        : new JsonLinesAuditSink(config.auditLogPath, { instance });
  const auditWhere =
    config.audit.sink === 'file'
      ? config.auditLogPath
      : config.audit.sink === 'stdout'
        ? 'stdout (JSON lines, "stream":"audit")'
        : `OTLP ${config.audit.otlpEndpoint}`;
  const perMinute = config.content.rateLimitPerMinute;
  // Public reference data only (ODS, Website Content); SDS lookups are per request (GP Connect forbids reuse).
  // Redis keys carry NHS_ENV and the schema version (a hash of the SDL the graph serves): other environments and
  // schema versions sharing the Redis never read these entries.
  const shared = createSharedCache({
    ...(config.cache.redisUrl ? { redisUrl: config.cache.redisUrl } : {}),
    maxEntries: config.cache.maxEntries,
    logger,
    environment: config.env,
    schemaVersion: schemaVersion(buildSchema({ federation: config.devx.federation })),
  });
  const slots = sharedSlotsOf(shared);
  const sources = defaultSourceSettings(config.env, {
    wlmds: { urlForm: config.wlmdsUrlForm },
    content: {
      // With Redis the limit's slots are shared: the replicas together keep to the per-app limit.
      rateLimit: { limit: perMinute, intervalMs: 60_000, maxQueue: contentQueueFor(perMinute), ...(slots ? { shared: slots } : {}) },
      maxAgeSeconds: config.content.cacheMaxAgeSeconds,
      cache: namespaced(shared, 'content:'),
    },
    ods: { cache: namespaced(shared, 'ods:'), maxAgeSeconds: config.cache.odsMaxAgeSeconds },
    // Typed EPS writes' prepared prescriptions and request times: in Redis with REDIS_URL (a create or a retry may reach
    // another replica); otherwise in a store of the EPS client's own, apart from the reference-data cache.
    ...(config.cache.redisUrl ? { eps: { store: namespaced(shared, 'eps:') } } : {}),
  });
  const { devx } = config;
  const graph = await createGraphServer({
    platform,
    environment: config.env,
    logger,
    batching: config.batching,
    sources,
    limits: config.limits,
    introspection: config.introspection,
    ...(config.rateLimit.operations > 0
      ? { rateLimit: { limit: config.rateLimit.operations, windowMs: config.rateLimit.windowSeconds * 1000, counters: shared } }
      : {}),
    sharedCache: shared,
    // Automatic persisted queries in Redis: a hash registered on one replica is known to the others.
    ...(config.cache.redisUrl ? { apqStore: namespaced(shared, 'apq:') } : {}),
    // BaRS responses received at the graph's $process-message: in Redis with REDIS_URL (every replica reads what one
    // received); otherwise in a store of this process's own, apart from the reference-data cache and its eviction.
    ...(config.cache.redisUrl ? { barsResponses: new BarsResponseStore(shared) } : {}),
    auth: { issuers: config.issuers, jwksCooldownMs: config.jwksCooldownMs, maxTokenLifetimeSeconds: config.tokenMaxLifetimeSeconds },
    access: config.access,
    audit,
    routes: devx.playground ? playgroundRoutes({ environment: config.env, ...(personas ? { personas } : {}) }) : [],
    federation: devx.federation && { ...(devx.federationTypePrefix ? { typePrefix: devx.federationTypePrefix } : {}) },
    shutdownGraceMs: devx.shutdownGraceMs,
    maxBodyBytes: config.http.maxBodyBytes,
    http: config.http,
    metricsOnGraphPort: config.metrics.port === undefined,
    // With the local stand-in (or a persona picker), anyone who reaches the graph can sign in as a test user: answer only
    // to the loopback names (or ALLOWED_HOSTS) so a web page cannot reach it through DNS rebinding.
    ...(config.allowedHosts || config.env === 'embedded' || personas ? { allowedHosts: config.allowedHosts ?? [...LOOPBACK_HOSTS] } : {}),
    ...(config.corsOrigins ? { corsOrigins: config.corsOrigins } : {}),
    ...(devx.readyApis ? { readiness: { apis: devx.readyApis } } : {}),
    ...(devx.persistedDocuments ? { trustedDocuments: loadTrustedDocuments(devx.persistedDocuments.paths, devx.persistedDocuments.only) } : {}),
  });
  if (graph.metrics) graph.metrics.registry.registerMetric(guard.counter);
  const url = await graph.listen(config.port, config.host);
  let metricsServer: MetricsServer | undefined;
  if (graph.metrics && config.metrics.port !== undefined) metricsServer = await listenMetrics(graph.metrics.route, config.metrics.port, config.metrics.host);
  const metricsUrl = `${metricsServer?.url ?? url}/metrics`;

  process.stdout.write(`nhs-graph (${config.env}) ready\n  graph:      ${url}/graphql\n`);
  if (devx.playground) process.stdout.write(`  playground: ${url}/\n`);
  process.stdout.write(`  metrics:    ${metricsUrl}   health: ${url}/healthz   ready: ${url}/readyz\n  audit log:  ${auditWhere} (instance ${instance})\n`);
  if (config.env === 'embedded') process.stdout.write(`  NHS stand-in: ${origin}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal while draining means "now".
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // Stops accepting, answers what is in flight (at most SHUTDOWN_GRACE_MS), then flushes and closes the audit trail.
    await graph.close();
    await metricsServer?.close();
    await platform.close();
    await shared.close?.();
    await stopTelemetry?.();
    logger.info('stopped');
    process.exit(0);
  };
  const stopOn = (signal: string) =>
    stop(signal).catch((error: unknown) => {
      // Something failed to close (the audit trail's last write, say): say so and exit non-zero, never hang.
      logger.error({ err: { errorClass: (error as Error)?.constructor?.name } }, 'shutdown failed');
      process.exit(1);
    });
  process.on('SIGINT', () => void stopOn('SIGINT'));
  process.on('SIGTERM', () => void stopOn('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`nhs-graph failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
