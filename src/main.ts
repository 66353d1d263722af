import { importPKCS8 } from 'jose';
import { OtlpAuditSink } from './audit/otlp-sink.js';
import { JsonLinesAuditSink, type AuditSink } from './audit/sink.js';
import { StdoutAuditSink } from './audit/stdout-sink.js';
import type { IssuerSettings } from './auth/issuers.js';
import { createSharedCache, namespaced, schemaVersion, sharedSlotsOf } from './cache/index.js';
import { buildSchema } from './graph/index.js';
import { ConfigError, loadConfig, PLATFORM_ORIGINS, type Config } from './config.js';
import { embeddedPersonas, startEmbeddedPlatform, type EmbeddedPlatform } from '../sandbox/src/embedded.js';
import { embeddedIssuersRoute } from './http/embedded-issuers.js';
import { LOOPBACK_HOSTS } from './http/host-check.js';
import { listenMetrics, type MetricsServer } from './http/metrics-server.js';
import type { Route } from './http/routes.js';
import { createLogger } from './logger.js';
import { loadTrustedDocuments } from './persisted/trusted-documents.js';
import { playgroundRoutes } from './playground/routes.js';
import { installProcessGuard } from './process-guard.js';
import type { Sandbox } from '../sandbox/src/server.js';
import { createGraphServer } from './server.js';
import { contentQueueFor, defaultSourceSettings } from './sources/settings.js';
import { startTelemetry } from './telemetry/sdk.js';
import { createPlatform, type PlatformSettings } from './upstream/platform.js';

/** The process: read config, start the embedded sandbox if asked, start the graph, stop cleanly. */
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
  const stopTelemetry = config.devx.tracing ? startTelemetry() : undefined;
  let embedded: EmbeddedPlatform | undefined;
  let settings: PlatformSettings;
  let issuers: IssuerSettings[] = config.issuers;
  const routes: Route[] = [];
  // Embedded mode, and the open NHS sandbox when no identity provider is configured: sign-in is the embedded sandbox's
  // NHS login and CIS2 stand-in (`npm run token`).
  if (config.env === 'embedded' || (config.env === 'sandbox' && issuers.length === 0)) {
    embedded = await startEmbeddedPlatform({ port: config.embedded.port, latencyMs: config.embedded.latencyMs });
    issuers = embedded.issuers;
    routes.push(embeddedIssuersRoute(embedded));
  }
  const sandbox: Sandbox | undefined = embedded?.sandbox;
  if (config.env === 'embedded' && embedded) {
    settings = { origin: embedded.sandbox.origin, credentials: embedded.credentials, apiKeys: config.apiKeys, baseUrls: config.baseUrls, timeoutMs: config.timeoutMs, resilience: config.resilience, rateLimitsPerSecond: config.rateLimitsPerSecond, gpConnect: config.gpConnect };
  } else {
    const origin = config.origin ?? PLATFORM_ORIGINS[config.env as Exclude<Config['env'], 'embedded'>];
    const credentials = config.credentials
      ? { apiKey: config.credentials.apiKey, keyId: config.credentials.keyId, privateKey: await importPKCS8(config.credentials.privateKeyPem, 'RS512') }
      : undefined;
    settings = {
      origin,
      apiKeys: config.apiKeys,
      baseUrls: config.baseUrls,
      timeoutMs: config.timeoutMs,
      resilience: config.resilience,
      rateLimitsPerSecond: config.rateLimitsPerSecond,
      gpConnect: config.gpConnect,
      // NHS's public sandbox with no credentials: each API gets the placeholder header its sandbox requires.
      sandboxPlaceholders: config.env === 'sandbox' && !credentials,
      ...(credentials ? { credentials } : {}),
    };
  }
  const platform = createPlatform(settings);
  // AUDIT_SINK: the file (default), stdout as JSON lines, or an OpenTelemetry collector; each record names this replica.
  const instance = config.audit.instanceId;
  const audit: AuditSink =
    config.audit.sink === 'stdout'
      ? new StdoutAuditSink(process.stdout, { instance })
      : config.audit.sink === 'otlp' && config.audit.otlpEndpoint
        ? new OtlpAuditSink({ url: config.audit.otlpEndpoint, instance })
        : new JsonLinesAuditSink(config.auditLogPath, { instance });
  const auditWhere = config.audit.sink === 'file' ? config.auditLogPath : config.audit.sink === 'stdout' ? 'stdout (JSON lines, "stream":"audit")' : `OTLP ${config.audit.otlpEndpoint}`;
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
    ...(config.rateLimit.operations > 0 ? { rateLimit: { limit: config.rateLimit.operations, windowMs: config.rateLimit.windowSeconds * 1000, counters: shared } } : {}),
    sharedCache: shared,
    // Automatic persisted queries in Redis: a hash registered on one replica is known to the others.
    ...(config.cache.redisUrl ? { apqStore: namespaced(shared, 'apq:') } : {}),
    auth: { issuers, jwksCooldownMs: config.jwksCooldownMs, maxTokenLifetimeSeconds: config.tokenMaxLifetimeSeconds },
    access: config.access,
    audit,
    routes: [...routes, ...(devx.playground ? playgroundRoutes({ environment: config.env, ...(embedded ? { personas: embeddedPersonas(embedded) } : {}) }) : [])],
    federation: devx.federation && { ...(devx.federationTypePrefix ? { typePrefix: devx.federationTypePrefix } : {}) },
    shutdownGraceMs: devx.shutdownGraceMs,
    maxBodyBytes: config.http.maxBodyBytes,
    http: config.http,
    metricsOnGraphPort: config.metrics.port === undefined,
    // With the embedded identity providers, anyone who reaches the graph can sign in as a test user: answer only to the
    // loopback names (or ALLOWED_HOSTS) so a web page cannot reach it through DNS rebinding.
    ...(config.allowedHosts || embedded ? { allowedHosts: config.allowedHosts ?? [...LOOPBACK_HOSTS] } : {}),
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
  if (sandbox) process.stdout.write(`  embedded NHS sandbox: ${sandbox.origin}\n  a token:    npm run token -- staff clinician   |   npm run token -- --list (test citizens and staff)\n`);

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
    await sandbox?.close();
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
