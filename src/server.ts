import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import { correlationIdOf, createContext, newRequestId, type Context, type ContextSettings } from './context.js';
import { buildSchema } from './graph/index.js';
import { readBody, sendGraphQLError, sendJson } from './http/respond.js';
import { healthRoute, matchRoute, type Route } from './http/routes.js';
import { createLogger } from './logger.js';
import { formatError } from './plugins/format-error.js';
import { graphPlugins } from './plugins/index.js';
import { createSources, type Sources } from './sources/index.js';
import { defaultSourceSettings, type SourceSettings } from './sources/settings.js';
import type { Platform } from './upstream/platform.js';

export interface GraphServerOptions {
  platform: Platform;
  environment: string;
  logger?: Logger;
  /** DataLoader batching and de-duplication; off only to measure what they save. */
  batching?: boolean;
  maxBodyBytes?: number;
  introspection?: boolean;
  /** More non-GraphQL routes (playground, metrics...). */
  routes?: Route[];
  /** Per-source behaviour (WLMDS URL form, Website Content rate limit and cache); the environment's defaults if absent. */
  sources?: SourceSettings;
}

export interface GraphServer {
  apollo: ApolloServer<Context>;
  sources: Sources;
  /** The node:http handler: POST/GET /graphql and the routes. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the graph server. No side effects until `listen`. */
export async function createGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const logger = options.logger ?? createLogger();
  const sources = createSources(options.platform, options.sources ?? defaultSourceSettings(options.environment));
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const routes = [healthRoute, ...(options.routes ?? [])];
  const contextSettings: ContextSettings = { sources, logger, environment: options.environment, loaders: { batching: options.batching ?? true } };
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    plugins: graphPlugins(),
    formatError: (formatted) => formatError(formatted, (internal) => logger.error({ path: internal.path, message: internal.message }, 'internal error')),
  });
  await apollo.start();

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const requestId = newRequestId();
    const correlationId = correlationIdOf(req, requestId);
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-correlation-id', correlationId);

    let body: unknown;
    if (req.method === 'POST') {
      const read = await readBody(req, maxBodyBytes);
      if (!read.ok) return sendGraphQLError(res, 413, 'BAD_USER_INPUT', `The request body is over ${maxBodyBytes} bytes`, 'BODY_TOO_LARGE');
      body = read.text;
      if (/application\/json/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = JSON.parse(read.text);
        } catch {
          return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'The request body is not valid JSON', 'MALFORMED_JSON');
        }
      }
    }

    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);

    const started = performance.now();
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => createContext(contextSettings, { req, requestId, correlationId, signal: abort.signal }),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
    logger.info({ requestId, correlationId, status: res.statusCode, durationMs: Math.round(performance.now() - started) }, 'graphql request');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://graph');
    try {
      if (url.pathname === '/graphql') return await handleGraphQL(req, res, url);
      const route = matchRoute(routes, req.method ?? 'GET', url.pathname);
      if (route) return await route.handle(req, res, url);
      sendJson(res, 404, { error: 'Not found' });
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    }
  };

  let server: Server | undefined;
  return {
    apollo,
    sources,
    handle,
    async listen(port, host = '127.0.0.1') {
      const s = createServer((req, res) => void handle(req, res));
      s.keepAliveTimeout = 65_000;
      server = s;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, host, resolve);
      });
      const address = s.address() as AddressInfo;
      return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    },
    async close() {
      const s = server;
      if (s) {
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeIdleConnections();
        });
      }
      await apollo.stop();
    },
  };
}
