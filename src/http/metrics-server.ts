import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from './respond.js';
import type { Route } from './routes.js';

export interface MetricsServer {
  /** e.g. http://127.0.0.1:9464 */
  url: string;
  close(): Promise<void>;
}

/**
 * GET /metrics on a port of its own (METRICS_PORT), so that in int and prod the graph's public port exposes no
 * operational detail (request rates, error codes, upstream breaker states): the metrics port is for the scraper, on
 * the private network. Nothing else is served there.
 */
export async function listenMetrics(route: Route, port: number, host: string): Promise<MetricsServer> {
  const server = createServer({ headersTimeout: 5_000, requestTimeout: 10_000 }, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname;
    if (path === route.path && (req.method === 'GET' || req.method === 'HEAD')) {
      void Promise.resolve(route.handle(req, res, new URL(req.url ?? '/', 'http://metrics'))).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'metrics unavailable' });
      });
      return;
    }
    sendJson(res, 404, { error: 'Not found' });
  });
  server.maxConnections = 64;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
