import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/src/server.js';
import { API_IDS, APIS } from '../../src/upstream/apis.js';
import { SANDBOX_PLACEHOLDER_API_KEY, SANDBOX_PLACEHOLDER_BEARER } from '../../src/upstream/auth.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { nonConforming } from '../support/contracts/opt-out.js';

/** A probe of the credentials sent, at a path not every API's spec has (and without each API's own headers). */
const PROBE = nonConforming('a credentials probe at /metadata, not an operation of the API');
/** The APIs whose spec has a GET /metadata of its own: the probe is an ordinary call there. */
const DECLARES_METADATA = new Set<string>(['ods']);

describe('per-API rate limits in config', () => {
  it("holds PDS to its contract's 5 transactions per second outside embedded, configurable per API", () => {
    expect(loadConfig({ NHS_ENV: 'sandbox' }).rateLimitsPerSecond).toEqual({ pds: 5 });
    expect(loadConfig({ NHS_ENV: 'sandbox', UPSTREAM_RATE_LIMIT_PDS: '20', UPSTREAM_RATE_LIMIT_ERS: '10' }).rateLimitsPerSecond).toEqual({ pds: 20, ers: 10 });
    expect(loadConfig({}).rateLimitsPerSecond).toEqual({});
    expect(() => loadConfig({ NHS_ENV: 'sandbox', UPSTREAM_RATE_LIMIT_PDS: 'fast' })).toThrow(ConfigError);
  });
});

describe('NHS_ENV=sandbox without application credentials: each API gets the placeholder its sandbox requires', () => {
  let sandbox: Sandbox;
  let platform: Platform;
  beforeAll(async () => {
    // No app registered: the embedded platform is open, as NHS's public sandbox is.
    sandbox = await startSandbox();
    platform = createPlatform({
      origin: sandbox.origin,
      timeoutMs: { default: 5_000 },
      resilience: { retries: 0, breakerThreshold: 0 },
      sandboxPlaceholders: true,
    });
  });
  afterAll(async () => {
    await platform.close();
    await sandbox.close();
  });

  it('sends a bearer of letters, digits and one underscore to bearer APIs, and an apikey to API-key APIs', async () => {
    expect(SANDBOX_PLACEHOLDER_BEARER).toMatch(/^[A-Za-z0-9]+_[A-Za-z0-9]+$/);
    const plain = API_IDS.filter((id) => APIS[id].auth !== 'gp-connect');
    for (const id of plain) {
      await platform.clients[id]
        .request('GET /metadata', { method: 'GET', path: '/metadata', headers: DECLARES_METADATA.has(id) ? {} : PROBE }, { correlationId: 'c' })
        .catch(() => undefined);
      const sent = sandbox.receivedRequests(id).at(-1);
      if (APIS[id].auth === 'apikey') expect(sent?.headers.apikey, id).toBe(SANDBOX_PLACEHOLDER_API_KEY);
      else expect(sent?.headers.authorization, id).toBe(`Bearer ${SANDBOX_PLACEHOLDER_BEARER}`);
    }
  });

  it('sends nothing of the kind when not asked (embedded, int and prod use real credentials)', async () => {
    const bare = createPlatform({ origin: sandbox.origin, timeoutMs: { default: 5_000 }, resilience: { retries: 0, breakerThreshold: 0 } });
    try {
      await bare.clients.pds.request('GET /metadata', { method: 'GET', path: '/metadata', headers: PROBE }, { correlationId: 'c' }).catch(() => undefined);
      expect(sandbox.receivedRequests('pds').at(-1)?.headers.authorization).toBeUndefined();
    } finally {
      await bare.close();
    }
  });
});
