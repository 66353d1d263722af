import { importPKCS8 } from 'jose';
import { ConfigError, loadConfig, PLATFORM_ORIGINS, type Config } from './config.js';
import { startEmbeddedPlatform } from './embedded.js';
import { createLogger } from './logger.js';
import type { Sandbox } from './sandbox/server.js';
import { createGraphServer } from './server.js';
import { contentQueueFor, defaultSourceSettings } from './sources/settings.js';
import { createPlatform, type PlatformSettings } from './upstream/platform.js';

/** The process: read config, start the embedded sandbox when NHS_ENV=embedded, start the graph, stop cleanly. */
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
  let sandbox: Sandbox | undefined;
  let settings: PlatformSettings;
  if (config.env === 'embedded') {
    const embedded = await startEmbeddedPlatform({ port: config.embedded.port, latencyMs: config.embedded.latencyMs });
    sandbox = embedded.sandbox;
    settings = { origin: sandbox.origin, credentials: embedded.credentials, apiKeys: config.apiKeys, timeoutMs: config.timeoutMs };
  } else {
    const origin = config.origin ?? PLATFORM_ORIGINS[config.env];
    const credentials = config.credentials
      ? { apiKey: config.credentials.apiKey, keyId: config.credentials.keyId, privateKey: await importPKCS8(config.credentials.privateKeyPem, 'RS512') }
      : undefined;
    settings = { origin, apiKeys: config.apiKeys, timeoutMs: config.timeoutMs, ...(credentials ? { credentials } : {}) };
  }
  const platform = createPlatform(settings);
  const perMinute = config.content.rateLimitPerMinute;
  const sources = defaultSourceSettings(config.env, {
    wlmds: { urlForm: config.wlmdsUrlForm },
    content: { rateLimit: { limit: perMinute, intervalMs: 60_000, maxQueue: contentQueueFor(perMinute) }, maxAgeSeconds: config.content.cacheMaxAgeSeconds },
  });
  const graph = await createGraphServer({ platform, environment: config.env, logger, batching: config.batching, sources });
  const url = await graph.listen(config.port, config.host);

  process.stdout.write(`nhs-graph (${config.env}) ready\n  graph:      ${url}/graphql\n  playground: ${url}/\n`);
  if (sandbox) process.stdout.write(`  embedded NHS sandbox: ${sandbox.origin}\n`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await graph.close();
    await platform.close();
    await sandbox?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`nhs-graph failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
