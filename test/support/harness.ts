import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import type { Logger } from 'pino';
import type { AccessPolicy } from '../../src/access/policy.js';
import { JsonLinesAuditSink, type AuditSink } from '../../src/audit/sink.js';
import type { AuditRecord } from '../../src/audit/trail.js';
import { signInAs, startEmbeddedPlatform, type EmbeddedPlatform } from '../../sandbox/src/embedded.js';
import type { Sandbox, SandboxOptions } from '../../sandbox/src/server.js';
import { createGraphServer, type GraphServer, type GraphServerOptions } from '../../src/server.js';
import { defaultSourceSettings } from '../../src/sources/settings.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { captureGraphResponses, recordSecret, releaseGraphResponses, testLogger } from './log-capture.js';
import type { ApiId } from '../../src/upstream/apis.js';
import type { ResilienceSettings } from '../../src/upstream/resilience.js';
import { EMBEDDED_GP_CONNECT_CONSUMER } from '../../src/config/index.js';
import type { GpConnectConsumer } from '../../src/sources/gp-connect/auth.js';

export interface GraphQLResult<D = Record<string, unknown>> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  data?: D | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown> & { code?: string; reason?: string; upstream?: Record<string, unknown> };
  }[];
}

/**
 * Who a test request comes from. `null`: no token. A citizen signs in to the embedded NHS login (`citizen` is their NHS
 * number; level P9 unless said; `{ level: 'P0' }` alone is a P0 user without one). Staff sign in to the CIS2 stand-in
 * as one of its test users (clinician, nurse, pharmacist, student, admin, clerical, manager, no-role). `token` sends that bearer as is.
 */
export type PrincipalSpec = null | { citizen?: string; level?: 'P0' | 'P5' | 'P9' } | { staff: string } | { token: string };

/** The default principal: a healthcare worker whose role (R8000) allows every source. */
export const DEFAULT_PRINCIPAL: PrincipalSpec = { staff: 'clinician' };

export interface RunOptions {
  headers?: Record<string, string>;
  /** Who asks; a CIS2 clinician (every source allowed) unless said. Ignored when `headers.authorization` is given. */
  principal?: PrincipalSpec;
}

export interface TestGraph {
  sandbox: Sandbox;
  graph: GraphServer;
  platform: Platform;
  embedded: EmbeddedPlatform;
  url: string;
  /** Sends one GraphQL operation to the graph over loopback HTTP, as a client would. */
  run<D = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RunOptions): Promise<GraphQLResult<D>>;
  /** The bearer token for a principal, signed in through the embedded identity provider (cached per principal). */
  tokenFor(principal: Exclude<PrincipalSpec, null>): Promise<string>;
  /** Upstream requests each API received since the last reset. */
  calls(): Record<string, number>;
  resetCalls(): void;
  /** The audit records written so far, oldest first. */
  auditRecords(): Promise<AuditRecord[]>;
  auditPath: string;
  close(): Promise<void>;
}

export interface TestGraphOptions {
  sandbox?: SandboxOptions;
  batching?: boolean;
  timeoutMs?: Partial<Record<ApiId, number>> & { default?: number };
  access?: AccessPolicy;
  /** The application log; unless given, the run's captured log (test/support/log-capture.ts), scanned for personal data. */
  logger?: Logger;
  jwksCooldownMs?: number;
  /** Where audit records go (a temporary JSON-lines file unless given). */
  audit?: AuditSink;
  /** Per-API client-side rate limits, calls per second (config's UPSTREAM_RATE_LIMIT_<API>); none unless given. */
  rateLimitsPerSecond?: Partial<Record<ApiId, number>>;
  /** The GP Connect consumer identity; the embedded default unless a test needs another. */
  gpConnect?: GpConnectConsumer;
  /** Per-source settings over the embedded defaults (WLMDS URL form, Website Content limiter and cache). */
  sources?: Parameters<typeof defaultSourceSettings>[1];
  /**
   * Retries and circuit breakers. Off unless asked for (`{}` gives the production defaults): a test of one call's error
   * mapping sees that call's own outcome, and a breaker opened by one test never leaks into the next. test/faults/
   * runs with them on.
   */
  resilience?: Partial<ResilienceSettings>;
  /** Query limits and introspection, as the server takes them. */
  graph?: Pick<GraphServerOptions, 'limits' | 'introspection' | 'maxBodyBytes'>;
  /** More server options (federation, persisted documents, routes, readiness...). */
  server?: Partial<Omit<GraphServerOptions, 'platform' | 'environment'>>;
}

/**
 * Starts the embedded sandbox and the graph on ephemeral loopback ports, wired exactly as `npm start` wires them
 * (registered app, signed-JWT token flow and token exchange, undici pools, the sandbox's NHS login and CIS2 as trusted
 * issuers), logging to the run's captured application log (its errors to clients captured too) and auditing to a
 * temporary file.
 */
export async function startTestGraph(options: TestGraphOptions = {}): Promise<TestGraph> {
  const embedded = await startEmbeddedPlatform(options.sandbox);
  const { sandbox, credentials } = embedded;
  recordSecret(credentials.apiKey);
  const platform = createPlatform({
    origin: sandbox.origin,
    credentials,
    timeoutMs: { default: 5_000, ...options.timeoutMs },
    resilience: options.resilience ?? { retries: 0, breakerThreshold: 0 },
    gpConnect: options.gpConnect ?? EMBEDDED_GP_CONNECT_CONSUMER,
    ...(options.rateLimitsPerSecond ? { rateLimitsPerSecond: options.rateLimitsPerSecond } : {}),
  });
  const auditDir = await mkdtemp(join(tmpdir(), 'nhs-graph-audit-'));
  const auditPath = join(auditDir, 'audit.jsonl');
  const graph = await createGraphServer({
    platform,
    environment: 'embedded',
    logger: options.logger ?? testLogger(),
    batching: options.batching ?? true,
    auth: { issuers: embedded.issuers, ...(options.jwksCooldownMs !== undefined ? { jwksCooldownMs: options.jwksCooldownMs } : {}) },
    ...(options.access ? { access: options.access } : {}),
    audit: options.audit ?? new JsonLinesAuditSink(auditPath),
    sources: defaultSourceSettings('embedded', options.sources),
    ...options.graph,
    ...options.server,
    routes: options.server?.routes ?? [],
  });
  const url = await graph.listen(0);
  captureGraphResponses(url);

  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (spec: Exclude<PrincipalSpec, null>): Promise<string> => {
    if ('token' in spec) return Promise.resolve(spec.token);
    const key = JSON.stringify(spec);
    let token = tokens.get(key);
    if (!token) {
      token = signInAs(embedded, spec);
      token.catch(() => tokens.delete(key));
      tokens.set(key, token);
    }
    return token;
  };

  return {
    sandbox,
    graph,
    platform,
    embedded,
    url,
    tokenFor,
    async run<D>(query: string, variables?: Record<string, unknown>, runOptions: RunOptions = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...runOptions.headers };
      const principal = runOptions.principal === undefined ? DEFAULT_PRINCIPAL : runOptions.principal;
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'authorization') && principal !== null) {
        headers.authorization = `Bearer ${await tokenFor(principal)}`;
      }
      const res = await request(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.body.json()) as { data?: D | null; errors?: GraphQLResult['errors'] };
      return { status: res.statusCode, headers: res.headers, ...body } as GraphQLResult<D>;
    },
    calls: () => sandbox.counts(),
    resetCalls: () => sandbox.resetCounts(),
    auditPath,
    async auditRecords() {
      const text = await readFile(auditPath, 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as AuditRecord);
    },
    async close() {
      await graph.close();
      releaseGraphResponses(url);
      await platform.close();
      await sandbox.close();
      await rm(auditDir, { recursive: true, force: true });
    },
  };
}

/** The `extensions.code` of each error, in order. */
export function codes(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
