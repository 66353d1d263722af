import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Context } from './context.js';
import { buildSchema } from './graph/index.js';
import { createLogger } from './logger.js';
import { formatError } from './plugins/format-error.js';
import { createLoaders, createSources, type Sources } from './sources/index.js';
import type { Platform } from './upstream/platform.js';

export interface GraphServerOptions {
  platform: Platform;
  environment: string;
  logger?: Logger;
  /** DataLoader batching and de-duplication; off only to measure what they save. */
  batching?: boolean;
  maxBodyBytes?: number;
  introspection?: boolean;
}

export interface GraphServer {
  apollo: ApolloServer<Context>;
  sources: Sources;
  /** The node:http handler: POST/GET /graphql, GET /healthz. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const CORRELATION_ID = /^[A-Za-z0-9_:-]{1,128}$/;

/** Builds the graph server. No side effects until `listen`. */
export async function createGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const logger = options.logger ?? createLogger();
  const sources = createSources(options.platform);
  const batching = options.batching ?? true;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted) => formatError(formatted, (internal) => logger.error({ path: internal.path, message: internal.message }, 'internal error')),
  });
  await apollo.start();

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const requestId = randomUUID();
    const incoming = req.headers['x-correlation-id'];
    const correlationId = typeof incoming === 'string' && CORRELATION_ID.test(incoming) ? incoming : requestId;
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-correlation-id', correlationId);

    let body: unknown;
    if (req.method === 'POST') {
      const read = await readBody(req, maxBodyBytes);
      if (!read.ok) return sendError(res, 413, 'BODY_TOO_LARGE', `The request body is over ${maxBodyBytes} bytes`);
      const type = req.headers['content-type'] ?? '';
      if (/application\/json/i.test(type)) {
        try {
          body = JSON.parse(read.text);
        } catch {
          return sendError(res, 400, 'MALFORMED_JSON', 'The request body is not valid JSON');
        }
      } else {
        body = read.text;
      }
    }

    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);

    const started = performance.now();
    const call = { correlationId, signal: abort.signal };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({
        requestId,
        call,
        sources,
        loaders: createLoaders(sources, call, { batching }),
        logger: logger.child({ requestId }),
        environment: options.environment,
      }),
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
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/graphql') return await handleGraphQL(req, res, url);
      sendJson(res, 404, { error: 'Not found' });
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'request failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    }
  };

  let server: Server | undefined;
  return {
    apollo,
    sources,
    handle,
    async listen(port, host = '127.0.0.1') {
      server = createServer((req, res) => void handle(req, res));
      server.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(port, host, resolve);
      });
      const address = server.address() as AddressInfo;
      return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    },
    async close() {
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeIdleConnections();
        });
      }
      await apollo.stop();
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A request-level failure in GraphQL's response shape, coded like every other error. */
function sendError(res: ServerResponse, status: number, reason: string, message: string, code = 'BAD_USER_INPUT'): void {
  sendJson(res, status, { errors: [{ message, extensions: code === 'BAD_USER_INPUT' ? { code, reason } : { code } }] });
}

function readBody(req: IncomingMessage, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { ok: false } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}
