import { createPrivateKey } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ALL_SOURCES, DEFAULT_CITIZEN_SOURCES, DEFAULT_STAFF_ROLES, type AccessPolicy } from './access/policy.js';
import { DEFAULT_AUDIT_LOG_PATH } from './audit/default-path.js';
import { defaultInstanceId } from './audit/instance.js';
import { CIS2_ISSUERS, NHS_LOGIN_ISSUERS, type IssuerSettings } from './auth/issuers.js';
import { isValidOdsCode, normaliseOdsCode } from './nhs/ods-code.js';
import { CONTENT_MAX_AGE_SECONDS } from './sources/content/cache.js';
import { ODS_MAX_AGE_SECONDS } from './sources/ods/client.js';
import { CONTENT_RATE_LIMITS_PER_MINUTE } from './sources/settings.js';
import { WLMDS_URL_FORMS, type WlmdsUrlForm } from './sources/wlmds/wire.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './plugins/query-limits.js';
import { HTTP_DEFAULTS, type HttpLimits } from './http/limits.js';
import { API_IDS, type ApiId } from './upstream/apis.js';
import { DEFAULT_RESILIENCE, type ResilienceSettings } from './upstream/resilience.js';
import type { GpConnectConsumer } from './upstream/gp-connect-auth.js';

export const AUDIT_SINKS = ['file', 'stdout', 'otlp'] as const;
export type AuditSinkKind = (typeof AUDIT_SINKS)[number];

export const NHS_ENVS = ['embedded', 'sandbox', 'int', 'prod'] as const;
export type NhsEnv = (typeof NHS_ENVS)[number];

/**
 * The NHS API platform's origins. `embedded` is the local NHS stand-in (the sandbox workspace), which has no fixed
 * origin: `npm start` starts it and passes NHS_API_ORIGIN; the graph never starts it itself.
 */
export const PLATFORM_ORIGINS: Record<Exclude<NhsEnv, 'embedded'>, string> = {
  sandbox: 'https://sandbox.api.service.nhs.uk',
  int: 'https://int.api.service.nhs.uk',
  prod: 'https://api.service.nhs.uk',
};

export interface Config {
  env: NhsEnv;
  host: string;
  port: number;
  /** Per-API upstream timeouts in ms; `default` for the rest. */
  timeoutMs: Partial<Record<ApiId, number>> & { default: number };
  batching: boolean;
  /**
   * The application registered with the NHS API platform (NHS_API_KEY, NHS_KEY_ID, NHS_PRIVATE_KEY_FILE): required in
   * int and prod; in embedded and sandbox, when given (the local stand-in's registered app, which `npm start` passes).
   */
  credentials?: { apiKey: string; keyId: string; privateKeyPem: string };
  apiKeys: Partial<Record<ApiId, string>>;
  /** Overrides the platform origin (a proxy in front of int, say). */
  origin?: string;
  /** Full base URLs replacing origin + base path, per API. */
  baseUrls: Partial<Record<ApiId, string>>;
  /** Identity providers whose tokens callers bring (with the local stand-in: its NHS login and CIS2, which `npm start` passes). */
  issuers: IssuerSettings[];
  jwksCooldownMs: number;
  access: AccessPolicy;
  /** The audit trail's JSON-lines file (AUDIT_LOG_PATH; var/audit/audit.jsonl under the package root by default). */
  auditLogPath: string;
  /**
   * Where the audit trail goes (AUDIT_SINK: `file`, the default, to `auditLogPath`; `stdout` as JSON lines; `otlp` to
   * an OpenTelemetry collector's logs endpoint), and the replica's id every record carries (INSTANCE_ID, else
   * hostname:pid).
   */
  audit: { sink: AuditSinkKind; otlpEndpoint?: string; instanceId: string };
  /** WLMDS: which of the spec's two URL forms to call (wlmds/CONTRACT.md). */
  wlmdsUrlForm: WlmdsUrlForm;
  /** NHS Website Content: the app's rate limit per minute, and the longest an answer is cached (at most 7 days). */
  content: { rateLimitPerMinute: number; cacheMaxAgeSeconds: number };
  /** Retries of idempotent upstream calls and the per-API circuit breakers. */
  resilience: ResilienceSettings;
  /**
   * Per-API rate limits in calls per second (UPSTREAM_RATE_LIMIT_<API>): calls beyond one wait their turn. PDS defaults
   * to its contract's 5 transactions per second per app outside `embedded` (the embedded sandbox has no such limit).
   */
  rateLimitsPerSecond: Partial<Record<ApiId, number>>;
  /** Query depth, cost, alias, directive, token and batch limits. */
  limits: QueryLimits;
  /** Schema introspection: on by default except in prod. */
  introspection: boolean;
  /** Operations one caller may run per window (0: no limit); counted in Redis when REDIS_URL is set. */
  rateLimit: { operations: number; windowSeconds: number };
  /** Caller tokens: the longest lifetime (exp - iat) accepted. */
  tokenMaxLifetimeSeconds: number;
  /** The shared cache of public reference data (ODS, Website Content): Redis when `redisUrl` is set, else in memory. */
  cache: { redisUrl?: string; odsMaxAgeSeconds: number; maxEntries: number };
  /** Developer experience and operations (docs/devx.md). */
  devx: DevxConfig;
  /** The graph's HTTP listener: largest request body, header and body timeouts, connection cap. */
  http: HttpLimits & { maxBodyBytes: number };
  /** METRICS_PORT, METRICS_HOST: /metrics on a port of its own (by default 9464 in int and prod); no port: on the graph's. */
  metrics: { port?: number; host: string };
  /** ALLOWED_HOSTS: the Host names the graph answers to (by default the loopback names when it runs the embedded sandbox). */
  allowedHosts?: string[];
  /** CORS_ORIGINS: the browser origins (scheme://host[:port]) whose pages may call /graphql cross-origin (docs/http.md). */
  corsOrigins?: string[];
  /** Who the graph is to GP Connect; undefined in int/prod until configured (GP Connect calls are then refused). */
  gpConnect?: GpConnectConsumer;
}

export interface DevxConfig {
  /** GraphiQL at / and /graphiql; on unless PLAYGROUND=off (off by default in prod). */
  playground: boolean;
  /** Also an Apollo Federation v2 subgraph (FEDERATION_SUBGRAPH=on). */
  federation: boolean;
  /** FEDERATION_TYPE_PREFIX: the subgraph's object, enum and input types as `<prefix><Type>` (docs/federation.md). */
  federationTypePrefix?: string;
  /**
   * PERSISTED_DOCUMENTS: persisted-documents manifests, comma-separated files or folders (a folder: every *.json under
   * it, e.g. one manifest per app and version), loaded together; PERSISTED_DOCUMENTS_ONLY=on runs nothing else.
   */
  persistedDocuments?: { paths: string[]; only: boolean };
  /** READY_APIS: the APIs /readyz probes (comma-separated ids); by default every API the schema names. */
  readyApis?: ApiId[];
  /**
   * PLAYGROUND_PERSONAS_URL: the local stand-in's test-user endpoint (GET lists personas, POST signs one in) behind the
   * playground's "Act as" picker. Honoured only in embedded and sandbox.
   */
  personasUrl?: string;
  /** SHUTDOWN_GRACE_MS: how long in-flight requests may take to finish after SIGTERM. */
  shutdownGraceMs: number;
  /** OpenTelemetry tracing is on when an exporter is configured (OTEL_TRACES_EXPORTER or an OTLP endpoint). */
  tracing: boolean;
}

/**
 * The GP Connect consumer in `embedded` and `sandbox`: the GP Connect demonstrator's test consumer ASID and requesting
 * organisation (gpc-appointments/gpconnect-swagger.yaml's JWT example). Never used in int or prod: there every GPC_
 * value comes from the environment. No practitioner is configured: the JWT names the signed-in CIS2 user.
 */
export const EMBEDDED_GP_CONNECT_CONSUMER: GpConnectConsumer = {
  asid: '200000000359',
  providerAsid: '918999198738',
  addressing: 'sds',
  endpointUrl: 'https://nhs-graph.invalid',
  device: { system: 'https://nhs-graph.invalid/Id/local-system-instance-id', value: 'nhs-graph', model: 'nhs-graph', version: '0.1.0' },
  organisation: { odsCode: 'A11111', name: 'TEST CONSUMER ORGANISATION A11111', type: 'gp-practice', phone: '01632 960001' },
};

/** GPC_ variable -> where it goes, and whether int/prod must set it. */
const GPC_VARIABLES = {
  GPC_CONSUMER_ASID: true,
  GPC_PROVIDER_ASID: true,
  GPC_CONSUMER_URL: true,
  GPC_CONSUMER_ODS_CODE: true,
  GPC_CONSUMER_ORG_NAME: true,
  GPC_CONSUMER_ORG_TYPE: false,
  GPC_CONSUMER_PHONE: true,
} as const;

/** Read by earlier versions: GP Connect allows no configured (fixed or generic) practitioner, so setting one is an error. */
const RETIRED_GPC_VARIABLES = ['GPC_PRACTITIONER_ID', 'GPC_PRACTITIONER_SDS_USER_ID', 'GPC_PRACTITIONER_ROLE_PROFILE_ID', 'GPC_PRACTITIONER_FAMILY', 'GPC_PRACTITIONER_GIVEN', 'GPC_PRACTITIONER_PREFIX'];

/**
 * The GP Connect consumer from GPC_ variables. `embedded` and `sandbox` fill gaps from EMBEDDED_GP_CONNECT_CONSUMER;
 * int and prod take none of it: no GPC_ variable leaves GP Connect off, some but not all is a configuration error.
 */
function loadGpConnect(env: NodeJS.ProcessEnv, nhsEnv: NhsEnv, problems: string[]): GpConnectConsumer | undefined {
  const live = nhsEnv === 'int' || nhsEnv === 'prod';
  const retired = RETIRED_GPC_VARIABLES.filter((name) => env[name]);
  if (retired.length > 0) problems.push(`${retired.join(', ')} are no longer read: GP Connect names the signed-in CIS2 user as the requesting practitioner (remove them)`);
  const given = Object.keys(GPC_VARIABLES).filter((name) => env[name]);
  if (live && given.length === 0) return undefined;
  if (live) {
    const missing = Object.entries(GPC_VARIABLES).filter(([name, required]) => required && !env[name]).map(([name]) => name);
    if (missing.length > 0) problems.push(`GP Connect needs ${missing.join(', ')} in int and prod (or no GPC_ variable at all to leave it off)`);
  }
  const d = EMBEDDED_GP_CONNECT_CONSUMER;
  const value = (name: keyof typeof GPC_VARIABLES, fallback: string) => env[name] || fallback;
  const endpointUrl = value('GPC_CONSUMER_URL', d.endpointUrl).replace(/\/$/, '');
  const consumer: GpConnectConsumer = {
    asid: value('GPC_CONSUMER_ASID', d.asid),
    providerAsid: value('GPC_PROVIDER_ASID', d.providerAsid),
    // NHS's open sandbox has one mock provider and no SDS entry for it: only the platform's addressing can reach it.
    addressing: (env.GPC_PROVIDER_ADDRESSING as 'sds' | 'platform' | undefined) ?? (nhsEnv === 'sandbox' ? 'platform' : 'sds'),
    ...(env.GPC_SSP_URL ? { sspUrl: env.GPC_SSP_URL.replace(/\/$/, '') } : {}),
    endpointUrl,
    device: { system: `${endpointUrl}/Id/local-system-instance-id`, value: 'nhs-graph', model: 'nhs-graph', version: env.npm_package_version ?? d.device.version },
    organisation: {
      odsCode: normaliseOdsCode(value('GPC_CONSUMER_ODS_CODE', d.organisation.odsCode)),
      name: value('GPC_CONSUMER_ORG_NAME', d.organisation.name),
      type: value('GPC_CONSUMER_ORG_TYPE', d.organisation.type),
      phone: value('GPC_CONSUMER_PHONE', d.organisation.phone),
    },
  };
  for (const [name, asid] of [['GPC_CONSUMER_ASID', consumer.asid], ['GPC_PROVIDER_ASID', consumer.providerAsid]] as const) {
    if (!/^\d{12}$/.test(asid)) problems.push(`${name} must be a 12-digit Spine ASID (got "${asid}")`);
  }
  if (env.GPC_PROVIDER_ADDRESSING && !['sds', 'platform'].includes(env.GPC_PROVIDER_ADDRESSING)) {
    problems.push(`GPC_PROVIDER_ADDRESSING must be sds or platform (got "${env.GPC_PROVIDER_ADDRESSING}")`);
  }
  if (env.GPC_SSP_URL && !/^https?:\/\/[^/\s]+/.test(env.GPC_SSP_URL)) problems.push(`GPC_SSP_URL must be the Spine Secure Proxy's URL (got "${env.GPC_SSP_URL}")`);
  if (live && consumer.addressing === 'sds' && !env.GPC_SSP_URL) problems.push('GP Connect addressed through SDS needs GPC_SSP_URL (the Spine Secure Proxy) in int and prod');
  if (!/^https?:\/\/[^/\s]+/.test(endpointUrl)) problems.push(`GPC_CONSUMER_URL must be the consumer system's endpoint URL (got "${endpointUrl}")`);
  if (!isValidOdsCode(consumer.organisation.odsCode)) problems.push(`GPC_CONSUMER_ODS_CODE must be an ODS code (got "${consumer.organisation.odsCode}")`);
  return consumer;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The platform origin the graph calls: NHS_API_ORIGIN, else the environment's. The local stand-in (embedded) has
 * none of its own: without NHS_API_ORIGIN this is a ConfigError that says how to start one.
 */
export function platformOrigin(config: Pick<Config, 'env' | 'origin'>): string {
  if (config.origin) return config.origin;
  if (config.env === 'embedded') {
    throw new ConfigError([
      'NHS_ENV=embedded needs NHS_API_ORIGIN: the graph does not start the local NHS stand-in. Run `npm start` (it starts the stand-in and the graph against it), or start the stand-in with `npm start -w @nhs-graph/sandbox` and set NHS_API_ORIGIN, NHS_API_KEY, NHS_KEY_ID and NHS_PRIVATE_KEY_FILE to its registered app',
    ]);
  }
  return PLATFORM_ORIGINS[config.env];
}

/** The contracts' per-app rates in transactions per second (pds/CONTRACT.md, "Rate limits": 5 by default). */
export const DEFAULT_RATE_LIMITS_PER_SECOND: Partial<Record<ApiId, number>> = { pds: 5 };

const API_KEY = /^[A-Za-z0-9_-]{8,128}$/;
const KEY_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,255}$/;
const ROLE = /^R\d{4}$/;
const envName = (id: string) => id.toUpperCase().replace(/-/g, '_');

/**
 * Reads the environment into a typed config. Every bad or missing value is reported at once, one line each, and the
 * process does not start half-configured. Secrets are never echoed.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nhsEnv = (env.NHS_ENV ?? 'embedded') as NhsEnv;
  if (!NHS_ENVS.includes(nhsEnv)) problems.push(`NHS_ENV must be one of ${NHS_ENVS.join(', ')} (got "${env.NHS_ENV}")`);
  const live = nhsEnv === 'int' || nhsEnv === 'prod';

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const url = (name: string, https: boolean): string | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !(parsed.protocol === 'https:' || (!https && parsed.protocol === 'http:'))) {
      problems.push(`${name} must be an ${https ? 'https' : 'http(s)'} URL (got "${raw}")`);
      return undefined;
    }
    return raw.replace(/\/$/, '');
  };

  const timeoutMs: Config['timeoutMs'] = { default: int('UPSTREAM_TIMEOUT_MS', 10_000, 100, 120_000) };
  const rateLimitsPerSecond: Config['rateLimitsPerSecond'] = nhsEnv === 'embedded' ? {} : { ...DEFAULT_RATE_LIMITS_PER_SECOND };
  const apiKeys: Config['apiKeys'] = {};
  const baseUrls: Config['baseUrls'] = {};
  for (const id of API_IDS) {
    const timeoutName = `UPSTREAM_TIMEOUT_MS_${envName(id)}`;
    if (env[timeoutName] !== undefined) timeoutMs[id] = int(timeoutName, timeoutMs.default, 100, 120_000);
    const rateName = `UPSTREAM_RATE_LIMIT_${envName(id)}`;
    if (env[rateName] !== undefined && env[rateName] !== '') rateLimitsPerSecond[id] = int(rateName, DEFAULT_RATE_LIMITS_PER_SECOND[id] ?? 1, 1, 10_000);
    const keyName = `NHS_API_KEY_${envName(id)}`;
    const key = env[keyName];
    if (key && !API_KEY.test(key)) problems.push(`${keyName} must be an API key of 8 to 128 letters, digits, - or _`);
    else if (key) apiKeys[id] = key;
    const base = url(`NHS_BASE_URL_${envName(id)}`, live);
    if (base) baseUrls[id] = base;
  }

  const credentials = live || env.NHS_API_KEY || env.NHS_KEY_ID || env.NHS_PRIVATE_KEY_FILE ? readCredentials(env, problems, live) : undefined;

  const wlmdsUrlForm = (env.WLMDS_URL_FORM ?? 'query') as WlmdsUrlForm;
  if (!WLMDS_URL_FORMS.includes(wlmdsUrlForm)) {
    problems.push(`WLMDS_URL_FORM must be query ({base}/patient?patient.identifier=...) or path ({base}/elective-waiting-list/{nhs}) (got "${env.WLMDS_URL_FORM}")`);
  }
  const content = {
    rateLimitPerMinute: int('CONTENT_RATE_LIMIT_PER_MINUTE', CONTENT_RATE_LIMITS_PER_MINUTE[nhsEnv] ?? 60, 1, 100_000),
    cacheMaxAgeSeconds: int('CONTENT_CACHE_MAX_AGE_SECONDS', CONTENT_MAX_AGE_SECONDS, 0, CONTENT_MAX_AGE_SECONDS),
  };

  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['on', 'true', '1'].includes(raw)) return true;
    if (['off', 'false', '0'].includes(raw)) return false;
    problems.push(`${name} must be on or off (got "${env[name]}")`);
    return fallback;
  };
  const resilience: ResilienceSettings = {
    retries: int('UPSTREAM_RETRIES', DEFAULT_RESILIENCE.retries, 0, 5),
    baseDelayMs: int('UPSTREAM_RETRY_BASE_MS', DEFAULT_RESILIENCE.baseDelayMs, 1, 10_000),
    maxDelayMs: int('UPSTREAM_RETRY_MAX_DELAY_MS', DEFAULT_RESILIENCE.maxDelayMs, 1, 60_000),
    breakerThreshold: int('BREAKER_THRESHOLD', DEFAULT_RESILIENCE.breakerThreshold, 0, 1_000),
    halfOpenAfterMs: int('BREAKER_HALF_OPEN_MS', DEFAULT_RESILIENCE.halfOpenAfterMs, 100, 600_000),
  };
  const limits: QueryLimits = {
    maxDepth: int('MAX_QUERY_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1, 100),
    maxCost: int('MAX_QUERY_COST', DEFAULT_QUERY_LIMITS.maxCost, 1, 100_000),
    maxAliases: int('MAX_QUERY_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0, 1_000),
    maxDirectives: int('MAX_QUERY_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives, 0, 1_000),
    maxTokens: int('MAX_QUERY_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 100, 1_000_000),
    maxBatch: int('MAX_BATCH_OPERATIONS', DEFAULT_QUERY_LIMITS.maxBatch, 1, 100),
    defaultListSize: int('QUERY_DEFAULT_LIST_SIZE', DEFAULT_QUERY_LIMITS.defaultListSize, 1, 1_000),
  };
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl)) problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  const cache = {
    ...(redisUrl ? { redisUrl } : {}),
    odsMaxAgeSeconds: int('ODS_CACHE_MAX_AGE_SECONDS', ODS_MAX_AGE_SECONDS, 0, ODS_MAX_AGE_SECONDS),
    maxEntries: int('REFERENCE_CACHE_MAX_ENTRIES', 10_000, 100, 10_000_000),
  };
  const persistedPaths = env.PERSISTED_DOCUMENTS ? env.PERSISTED_DOCUMENTS.split(',').map((p) => p.trim()).filter(Boolean) : [];
  const persistedPath = persistedPaths.length > 0 ? persistedPaths.join(',') : undefined;
  const persistedOnly = flag('PERSISTED_DOCUMENTS_ONLY', false);
  if (persistedOnly && !persistedPath) problems.push('PERSISTED_DOCUMENTS_ONLY=on needs PERSISTED_DOCUMENTS: the manifest (src/generated/client/persisted-documents.json, or your app\'s)');
  for (const path of persistedPaths) {
    try {
      if (!statSync(path).isDirectory()) readFileSync(path, 'utf8');
    } catch {
      problems.push(`PERSISTED_DOCUMENTS (${path}) cannot be read`);
    }
  }
  let readyApis: ApiId[] | undefined;
  if (env.READY_APIS) {
    readyApis = env.READY_APIS.split(',').map((id) => id.trim()).filter(Boolean) as ApiId[];
    const unknown = readyApis.filter((id) => !API_IDS.includes(id));
    if (unknown.length > 0) problems.push(`READY_APIS names unknown APIs: ${unknown.join(', ')} (known: ${API_IDS.join(', ')})`);
  }
  const tracesExporter = env.OTEL_TRACES_EXPORTER;
  const personasUrl = nhsEnv === 'embedded' || nhsEnv === 'sandbox' ? url('PLAYGROUND_PERSONAS_URL', false) : undefined;
  if (env.PLAYGROUND_PERSONAS_URL && live) problems.push('PLAYGROUND_PERSONAS_URL is for the local NHS stand-in only (NHS_ENV embedded or sandbox): remove it in int and prod');
  if (env.FEDERATION_TYPE_PREFIX && !/^[A-Za-z][A-Za-z0-9]*$/.test(env.FEDERATION_TYPE_PREFIX)) problems.push('FEDERATION_TYPE_PREFIX must be letters and digits, starting with a letter (for example Nhs)');
  const devx: DevxConfig = {
    playground: flag('PLAYGROUND', nhsEnv !== 'prod'),
    federation: flag('FEDERATION_SUBGRAPH', false),
    ...(env.FEDERATION_TYPE_PREFIX ? { federationTypePrefix: env.FEDERATION_TYPE_PREFIX } : {}),
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    tracing: tracesExporter ? tracesExporter !== 'none' : Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT),
    ...(persistedPath ? { persistedDocuments: { paths: persistedPaths, only: persistedOnly } } : {}),
    ...(readyApis ? { readyApis } : {}),
    ...(personasUrl ? { personasUrl } : {}),
  };

  const http = {
    maxBodyBytes: int('MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    headersTimeoutMs: int('HTTP_HEADERS_TIMEOUT_MS', HTTP_DEFAULTS.headersTimeoutMs, 100, 120_000),
    requestTimeoutMs: int('HTTP_REQUEST_TIMEOUT_MS', HTTP_DEFAULTS.requestTimeoutMs, 100, 300_000),
    maxConnections: int('HTTP_MAX_CONNECTIONS', HTTP_DEFAULTS.maxConnections, 1, 1_000_000),
  };
  if (http.headersTimeoutMs > http.requestTimeoutMs) problems.push('HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request)');
  const metricsPort = env.METRICS_PORT === undefined || env.METRICS_PORT === '' ? (live ? 9464 : undefined) : int('METRICS_PORT', 9464, 0, 65_535);
  const metrics = { ...(metricsPort !== undefined ? { port: metricsPort } : {}), host: env.METRICS_HOST || (env.HOST ?? '127.0.0.1') };
  const allowedHosts = env.ALLOWED_HOSTS ? env.ALLOWED_HOSTS.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean) : undefined;
  if (allowedHosts?.some((h) => !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(h))) problems.push('ALLOWED_HOSTS must be host names without port, comma-separated (IPv6 in brackets: [::1])');
  const corsOrigins = env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim().toLowerCase().replace(/\/$/, '')).filter(Boolean) : undefined;
  if (corsOrigins?.some((o) => !/^https?:\/\/[a-z0-9.-]+(:\d+)?$|^https?:\/\/\[[0-9a-f:.]+\](:\d+)?$/.test(o))) problems.push('CORS_ORIGINS must be origins (https://app.example.nhs.uk, http://localhost:5173), comma-separated, without path or "*"');

  const origin = env.NHS_API_ORIGIN || undefined;
  if (origin !== undefined && !/^https?:\/\/[^/]+$/.test(origin)) problems.push(`NHS_API_ORIGIN must be an origin such as https://int.api.service.nhs.uk (got "${origin}")`);

  const issuers = readIssuers(env, nhsEnv, problems, url);
  const access: AccessPolicy = {
    staffRoles: readStaffRoles(env.STAFF_ROLE_SOURCES, problems),
    citizenSources: readSourceList('CITIZEN_SOURCES', env.CITIZEN_SOURCES, problems) ?? DEFAULT_CITIZEN_SOURCES,
  };
  const auditLogPath = env.AUDIT_LOG_PATH ?? DEFAULT_AUDIT_LOG_PATH;
  if (auditLogPath.trim() === '') problems.push('AUDIT_LOG_PATH must be a file path (the audit trail is never off)');
  const auditSink = (env.AUDIT_SINK || 'file') as AuditSinkKind;
  if (!AUDIT_SINKS.includes(auditSink)) problems.push(`AUDIT_SINK must be one of ${AUDIT_SINKS.join(', ')} (got "${env.AUDIT_SINK}")`);
  // The collector's OTLP/HTTP logs endpoint: AUDIT_OTLP_ENDPOINT, else OpenTelemetry's own variables.
  const otlpEndpoint =
    env.AUDIT_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_LOGS_ENDPOINT || (env.OTEL_EXPORTER_OTLP_ENDPOINT ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/logs` : undefined);
  if (auditSink === 'otlp' && otlpEndpoint === undefined) problems.push('AUDIT_SINK=otlp needs AUDIT_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_LOGS_ENDPOINT / OTEL_EXPORTER_OTLP_ENDPOINT): the collector\'s OTLP/HTTP logs URL');
  else if (otlpEndpoint !== undefined && !/^https?:\/\/\S+$/.test(otlpEndpoint)) problems.push('AUDIT_OTLP_ENDPOINT must be an http(s) URL');
  const instanceId = env.INSTANCE_ID?.trim() || defaultInstanceId({});
  if (!/^[\w.:@-]{1,128}$/.test(instanceId)) problems.push('INSTANCE_ID must be 1 to 128 letters, digits or . : @ - _');
  const gpConnect = loadGpConnect(env, nhsEnv, problems);

  const config: Config = {
    env: nhsEnv,
    host: env.HOST ?? '127.0.0.1',
    port: int('PORT', 4000, 0, 65_535),
    timeoutMs,
    batching: env.DATALOADER !== 'off',
    apiKeys,
    baseUrls,
    issuers,
    jwksCooldownMs: int('JWKS_COOLDOWN_MS', 30_000, 0, 600_000),
    access,
    auditLogPath,
    audit: { sink: auditSink, instanceId, ...(auditSink === 'otlp' && otlpEndpoint ? { otlpEndpoint } : {}) },
    wlmdsUrlForm,
    content,
    resilience,
    rateLimitsPerSecond,
    limits,
    introspection: flag('GRAPHQL_INTROSPECTION', nhsEnv !== 'prod'),
    rateLimit: { operations: int('RATE_LIMIT_OPERATIONS', 1_200, 0, 10_000_000), windowSeconds: int('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400) },
    tokenMaxLifetimeSeconds: int('TOKEN_MAX_LIFETIME_SECONDS', 43_200, 60, 30 * 86_400),
    cache,
    devx,
    http,
    metrics,
    ...(allowedHosts ? { allowedHosts } : {}),
    ...(corsOrigins ? { corsOrigins } : {}),
    ...(credentials ? { credentials } : {}),
    ...(origin ? { origin } : {}),
    ...(gpConnect ? { gpConnect } : {}),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * The application's API key, key id and RSA private key (PEM, at least 2048 bits, for RS512): required in int and
 * prod; elsewhere all three or none.
 */
function readCredentials(env: NodeJS.ProcessEnv, problems: string[], live: boolean): Config['credentials'] {
  const apiKey = env.NHS_API_KEY;
  const keyId = env.NHS_KEY_ID;
  const keyFile = env.NHS_PRIVATE_KEY_FILE;
  const where = live ? 'for int and prod' : 'with the other two (NHS_API_KEY, NHS_KEY_ID, NHS_PRIVATE_KEY_FILE)';
  if (!apiKey) problems.push(`NHS_API_KEY is required ${where}: the application key from the NHS developer portal`);
  else if (!API_KEY.test(apiKey)) problems.push('NHS_API_KEY must be an API key of 8 to 128 letters, digits, - or _');
  if (!keyId) problems.push(`NHS_KEY_ID is required ${where}: the kid of the public key registered in your JWKS`);
  else if (!KEY_ID.test(keyId)) problems.push('NHS_KEY_ID must be 1 to 128 letters, digits, ., _, : or -');
  let privateKeyPem = '';
  if (!keyFile) problems.push(`NHS_PRIVATE_KEY_FILE is required ${where}: the PEM file of the RSA private key`);
  else {
    try {
      privateKeyPem = readFileSync(keyFile, 'utf8');
    } catch {
      problems.push(`NHS_PRIVATE_KEY_FILE (${keyFile}) cannot be read`);
    }
    if (privateKeyPem) {
      const problem = privateKeyProblem(privateKeyPem);
      if (problem) {
        problems.push(`NHS_PRIVATE_KEY_FILE (${keyFile}) ${problem}`);
        privateKeyPem = '';
      }
    }
  }
  return apiKey && API_KEY.test(apiKey) && keyId && KEY_ID.test(keyId) && privateKeyPem ? { apiKey, keyId, privateKeyPem } : undefined;
}

function privateKeyProblem(pem: string): string | undefined {
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) return 'is not a PEM private key';
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'rsa') return `holds a ${key.asymmetricKeyType ?? 'non-RSA'} key: RS512 needs RSA`;
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < 2048) return `holds a ${bits}-bit RSA key: at least 2048 bits are needed`;
  } catch {
    return 'is not a readable private key (encrypted, or damaged)';
  }
  return undefined;
}

/**
 * NHS login and CIS2, each enabled by its client id (the audience of the ID tokens the graph accepts). The issuer
 * defaults per environment; the JWKS comes from the issuer's discovery document unless given. In int and prod at
 * least one must be set, or no caller could sign in.
 */
function readIssuers(env: NodeJS.ProcessEnv, nhsEnv: NhsEnv, problems: string[], url: (name: string, https: boolean) => string | undefined): IssuerSettings[] {
  const live = nhsEnv === 'int' || nhsEnv === 'prod';
  const issuers: IssuerSettings[] = [];
  const read = (kind: IssuerSettings['kind'], prefix: string, defaults: Record<'int' | 'prod', string>, algorithms: string[]): void => {
    const clientId = env[`${prefix}_CLIENT_ID`];
    const issuer = url(`${prefix}_ISSUER`, live) ?? (live ? defaults[nhsEnv as 'int' | 'prod'] : undefined);
    const jwksUrl = url(`${prefix}_JWKS_URL`, live);
    if (clientId === undefined || clientId === '') {
      if (env[`${prefix}_ISSUER`] || env[`${prefix}_JWKS_URL`]) problems.push(`${prefix}_CLIENT_ID is required when ${prefix}_ISSUER or ${prefix}_JWKS_URL is set: the client id its ID tokens are issued to`);
      return;
    }
    if (!CLIENT_ID.test(clientId)) problems.push(`${prefix}_CLIENT_ID must be 1 to 255 letters, digits, ., _, : or -`);
    else if (!issuer) problems.push(`${prefix}_ISSUER is required outside int and prod: the issuer URL of its discovery document`);
    else issuers.push({ kind, issuer, audience: [clientId], algorithms, ...(jwksUrl ? { jwksUrl } : {}) });
  };
  read('nhs-login', 'NHS_LOGIN', NHS_LOGIN_ISSUERS, ['RS512']);
  read('cis2', 'CIS2', CIS2_ISSUERS, ['RS256', 'RS512']);
  if (live && issuers.length === 0 && !problems.some((p) => /^(NHS_LOGIN|CIS2)_/.test(p))) {
    problems.push('NHS_LOGIN_CLIENT_ID or CIS2_CLIENT_ID is required for int and prod: without an identity provider no caller can sign in');
  }
  return issuers;
}

/** `STAFF_ROLE_SOURCES="R8000=*;R8008=pds,ers"`: the sources each national RBAC job role reaches (replaces the defaults). */
function readStaffRoles(raw: string | undefined, problems: string[]): AccessPolicy['staffRoles'] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_STAFF_ROLES;
  const roles: Record<string, string[]> = {};
  for (const entry of raw.split(';').map((e) => e.trim()).filter(Boolean)) {
    const [role = '', list = ''] = entry.split('=', 2).map((s) => s.trim());
    if (!ROLE.test(role)) {
      problems.push(`STAFF_ROLE_SOURCES: "${role}" is not a national RBAC job role code such as R8000`);
      continue;
    }
    const sources = readSourceList(`STAFF_ROLE_SOURCES (${role})`, list, problems, true);
    if (sources) roles[role] = [...sources];
  }
  return roles;
}

function readSourceList(name: string, raw: string | undefined, problems: string[], allowAll = false): readonly string[] | undefined {
  if (raw === undefined) return undefined;
  const ids = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !(API_IDS as string[]).includes(id) && !(allowAll && id === ALL_SOURCES));
  if (unknown.length > 0) {
    problems.push(`${name} names unknown sources ${unknown.join(', ')} (known: ${API_IDS.join(', ')}${allowAll ? ', or * for all' : ''})`);
    return undefined;
  }
  return ids;
}
