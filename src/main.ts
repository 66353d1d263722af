import { importPKCS8 } from 'jose';
import { JsonLinesAuditSink } from './audit/sink.js';
import type { IssuerSettings } from './auth/issuers.js';
import { createSharedCache, namespaced } from './cache/index.js';
import { ConfigError, loadConfig, PLATFORM_ORIGINS, type Config } from './config.js';
import { embeddedPersonas, startEmbeddedPlatform, type EmbeddedPlatform } from './embedded.js';
import { embeddedIssuersRoute } from './http/embedded-issuers.js';
import type { Route } from './http/routes.js';
import { createLogger } from './logger.js';
import { loadTrustedDocuments } from './persisted/trusted-documents.js';
import { playgroundRoutes } from './playground/routes.js';
import type { Sandbox } from './sandbox/server.js';
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
  const audit = new JsonLinesAuditSink(config.auditLogPath);
  const perMinute = config.content.rateLimitPerMinute;
  // Public reference data only (ODS, Website Content); SDS lookups are per request (GP Connect forbids reuse).
  const shared = createSharedCache({ ...(config.cache.redisUrl ? { redisUrl: config.cache.redisUrl } : {}), maxEntries: config.cache.maxEntries });
  const sources = defaultSourceSettings(config.env, {
    wlmds: { urlForm: config.wlmdsUrlForm },
    content: {
      rateLimit: { limit: perMinute, intervalMs: 60_000, maxQueue: contentQueueFor(perMinute) },
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
    auth: { issuers, jwksCooldownMs: config.jwksCooldownMs },
    access: config.access,
    audit,
    routes: [...routes, ...(devx.playground ? playgroundRoutes({ environment: config.env, ...(embedded ? { personas: embeddedPersonas(embedded) } : {}) }) : [])],
    federation: devx.federation,
    shutdownGraceMs: devx.shutdownGraceMs,
    ...(devx.readyApis ? { readiness: { apis: devx.readyApis } } : {}),
    ...(devx.persistedDocuments ? { trustedDocuments: loadTrustedDocuments(devx.persistedDocuments.path, devx.persistedDocuments.only) } : {}),
  });
  const url = await graph.listen(config.port, config.host);

  process.stdout.write(`nhs-graph (${config.env}) ready\n  graph:      ${url}/graphql\n`);
  if (devx.playground) process.stdout.write(`  playground: ${url}/\n`);
  process.stdout.write(`  metrics:    ${url}/metrics   health: ${url}/healthz   ready: ${url}/readyz\n  audit log:  ${config.auditLogPath}\n`);
  if (sandbox) process.stdout.write(`  embedded NHS sandbox: ${sandbox.origin}\n  a token:    npm run token -- staff clinician   |   npm run token -- --list (test citizens and staff)\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal while draining means "now".
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await graph.close();
    await platform.close();
    await shared.close?.();
    await sandbox?.close();
    await stopTelemetry?.();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`nhs-graph failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
