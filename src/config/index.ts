import type { GpConnectConsumer } from '../sources/gp-connect/auth.js';
import { readAudit, type AuditConfig } from './audit.js';
import { readAuth, type AuthConfig } from './auth.js';
import { readCache, type CacheConfig } from './cache.js';
import { readDevx, type DevxConfig } from './devx.js';
import { readGpConnect } from './gp-connect.js';
import { readHttp, type HttpConfig } from './http.js';
import { readLimits, type LimitsConfig } from './limits.js';
import { readNhsEnv, readPlatform, type NhsEnv, type PlatformConfig } from './platform.js';
import { ConfigError, EnvReader } from './reader.js';

export { AUDIT_SINKS, type AuditSinkKind } from './audit.js';
export type { DevxConfig } from './devx.js';
export { EMBEDDED_GP_CONNECT_CONSUMER } from './gp-connect.js';
export { DEFAULT_RATE_LIMITS_PER_SECOND } from './limits.js';
export { NHS_ENVS, PLATFORM_ORIGINS, platformOrigin, type NhsEnv } from './platform.js';
export { ConfigError } from './reader.js';

/**
 * The graph's configuration, one area per file: platform.ts (NHS environment, origin, the registered app), gp-connect.ts,
 * auth.ts (identity providers, access policy), http.ts (listener, metrics, hosts, CORS), cache.ts (Redis, reference
 * data, per-source settings), audit.ts, limits.ts (upstream and query limits), devx.ts (playground, federation, ...).
 */
export interface Config extends PlatformConfig, AuthConfig, HttpConfig, CacheConfig, AuditConfig, LimitsConfig {
  env: NhsEnv;
  /** Schema introspection: on by default except in prod. */
  introspection: boolean;
  /** Developer experience and operations (docs/devx.md). */
  devx: DevxConfig;
  /** Who the graph is to GP Connect; undefined in int/prod until configured (GP Connect calls are then refused). */
  gpConnect?: GpConnectConsumer;
}

/**
 * Reads the environment into a typed config. Every bad or missing value is reported at once, one line each, and the
 * process does not start half-configured. Secrets are never echoed.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = new EnvReader(env);
  const nhsEnv = readNhsEnv(r);
  const live = nhsEnv === 'int' || nhsEnv === 'prod';
  const limits = readLimits(r, nhsEnv);
  const platform = readPlatform(r, live);
  const cache = readCache(r, nhsEnv);
  const { devx, introspection } = readDevx(r, nhsEnv);
  const http = readHttp(r, live);
  const auth = readAuth(r, nhsEnv);
  const audit = readAudit(r);
  const gpConnect = readGpConnect(r, nhsEnv);
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return { env: nhsEnv, ...limits, ...platform, ...cache, ...http, ...auth, ...audit, introspection, devx, ...(gpConnect ? { gpConnect } : {}) };
}
