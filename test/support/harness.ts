import { request } from 'undici';
import { pino } from 'pino';
import { startEmbeddedPlatform } from '../../src/embedded.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/server.js';
import { createGraphServer, type GraphServer } from '../../src/server.js';
import { defaultSourceSettings } from '../../src/sources/settings.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import type { ApiId } from '../../src/upstream/apis.js';

export interface GraphQLResult<D = Record<string, unknown>> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  data?: D | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string; reason?: string; upstream?: Record<string, unknown> } }[];
}

export interface RunOptions {
  headers?: Record<string, string>;
}

export interface TestGraph {
  sandbox: Sandbox;
  graph: GraphServer;
  platform: Platform;
  url: string;
  /** Sends one GraphQL operation to the graph over loopback HTTP, as a client would. */
  run<D = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RunOptions): Promise<GraphQLResult<D>>;
  /** Upstream requests each API received since the last reset. */
  calls(): Record<string, number>;
  resetCalls(): void;
  close(): Promise<void>;
}

export interface TestGraphOptions {
  sandbox?: SandboxOptions;
  batching?: boolean;
  timeoutMs?: Partial<Record<ApiId, number>> & { default?: number };
  /** Per-source settings over the embedded defaults (WLMDS URL form, Website Content limiter and cache). */
  sources?: Parameters<typeof defaultSourceSettings>[1];
}

/**
 * Starts the embedded sandbox and the graph on ephemeral loopback ports, wired exactly as `npm start` wires them
 * (registered app, signed-JWT token flow, undici pools), with a silent logger.
 */
export async function startTestGraph(options: TestGraphOptions = {}): Promise<TestGraph> {
  const { sandbox, credentials } = await startEmbeddedPlatform(options.sandbox);
  const platform = createPlatform({
    origin: sandbox.origin,
    credentials,
    timeoutMs: { default: 5_000, ...options.timeoutMs },
  });
  const graph = await createGraphServer({
    platform,
    environment: 'embedded',
    logger: pino({ level: 'silent' }),
    batching: options.batching ?? true,
    sources: defaultSourceSettings('embedded', options.sources),
  });
  const url = await graph.listen(0);

  return {
    sandbox,
    graph,
    platform,
    url,
    async run<D>(query: string, variables?: Record<string, unknown>, runOptions: RunOptions = {}) {
      const res = await request(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...runOptions.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.body.json()) as { data?: D | null; errors?: GraphQLResult['errors'] };
      return { status: res.statusCode, headers: res.headers, ...body } as GraphQLResult<D>;
    },
    calls: () => sandbox.counts(),
    resetCalls: () => sandbox.resetCounts(),
    async close() {
      await graph.close();
      await platform.close();
      await sandbox.close();
    },
  };
}

/** The `extensions.code` of each error, in order. */
export function codes(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
