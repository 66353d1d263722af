import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type ConfigError } from '../src/config/index.js';
import { DEFAULT_QUERY_LIMITS } from '../src/plugins/query-limits.js';
import { DEFAULT_UPSTREAM_CONNECTIONS } from '../src/upstream/platform.js';
import { DEFAULT_RESILIENCE } from '../src/upstream/resilience.js';

const PROD = { NHS_ENV: 'prod', NHS_API_KEY: 'test-application-key', NHS_KEY_ID: 'kid', NHS_PRIVATE_KEY_FILE: '', NHS_LOGIN_CLIENT_ID: 'nhs-graph-test' };

describe('configuration of retries, breakers, query limits, introspection and the reference-data cache', () => {
  it('defaults to two retries, a breaker at five faults, the default limits, an in-memory cache, introspection on', () => {
    const config = loadConfig({});
    expect(config.resilience).toEqual(DEFAULT_RESILIENCE);
    expect(config.limits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(config.cache).toEqual({ odsMaxAgeSeconds: 86_400, maxEntries: 10_000 });
    expect(config.introspection).toBe(true);
    expect(config.devx.playground).toBe(true);
    expect(config.upstreamConnections).toBe(DEFAULT_UPSTREAM_CONNECTIONS);
  });

  it('switches introspection and the playground off in prod unless told otherwise', () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'nhs-graph-config-')), 'key.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const prod = { ...PROD, NHS_PRIVATE_KEY_FILE: keyFile };
    expect(loadConfig(prod)).toMatchObject({ introspection: false, devx: { playground: false } });
    expect(loadConfig({ ...prod, GRAPHQL_INTROSPECTION: 'on', PLAYGROUND: '1' })).toMatchObject({ introspection: true, devx: { playground: true } });
    expect(loadConfig({ NHS_ENV: 'sandbox', GRAPHQL_INTROSPECTION: 'off', PLAYGROUND: 'false' })).toMatchObject({
      introspection: false,
      devx: { playground: false },
    });
  });

  it('reads every limit and resilience variable', () => {
    const config = loadConfig({
      UPSTREAM_RETRIES: '0',
      UPSTREAM_RETRY_BASE_MS: '50',
      UPSTREAM_RETRY_MAX_DELAY_MS: '500',
      BREAKER_THRESHOLD: '0',
      BREAKER_HALF_OPEN_MS: '30000',
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_COST: '100',
      MAX_QUERY_ALIASES: '5',
      MAX_QUERY_DIRECTIVES: '5',
      MAX_QUERY_TOKENS: '1000',
      MAX_BATCH_OPERATIONS: '1',
      QUERY_DEFAULT_LIST_SIZE: '20',
      REDIS_URL: 'redis://cache.internal:6379',
      ODS_CACHE_MAX_AGE_SECONDS: '3600',
      UPSTREAM_CONNECTIONS: '256',
    });
    expect(config.upstreamConnections).toBe(256);
    expect(config.resilience).toEqual({ retries: 0, baseDelayMs: 50, maxDelayMs: 500, breakerThreshold: 0, halfOpenAfterMs: 30_000 });
    expect(config.limits).toEqual({ maxDepth: 8, maxCost: 100, maxAliases: 5, maxDirectives: 5, maxTokens: 1000, maxBatch: 1, defaultListSize: 20 });
    expect(config.cache).toEqual({ redisUrl: 'redis://cache.internal:6379', odsMaxAgeSeconds: 3600, maxEntries: 10_000 });
  });

  it('reports each bad value on its own line, never echoing a Redis URL (it may hold a password)', () => {
    try {
      loadConfig({
        UPSTREAM_RETRIES: '9',
        MAX_QUERY_COST: '0',
        GRAPHQL_INTROSPECTION: 'maybe',
        REDIS_URL: 'http://user:secret@host',
        ODS_CACHE_MAX_AGE_SECONDS: '90000',
        UPSTREAM_CONNECTIONS: '0',
      });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(6);
      expect(problems.some((p) => p.startsWith('UPSTREAM_CONNECTIONS must be a whole number from 1 to 4096'))).toBe(true);
      expect(problems.some((p) => p.startsWith('UPSTREAM_RETRIES must be a whole number from 0 to 5'))).toBe(true);
      expect(problems.some((p) => p.startsWith('MAX_QUERY_COST must be a whole number from 1'))).toBe(true);
      expect(problems.some((p) => p.startsWith('GRAPHQL_INTROSPECTION must be on or off'))).toBe(true);
      expect(problems.some((p) => p.startsWith('ODS_CACHE_MAX_AGE_SECONDS must be a whole number from 0 to 86400'))).toBe(true);
      expect(problems.join('\n')).not.toContain('secret');
    }
  });
});
