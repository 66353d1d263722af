import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_DEFAULTS, type HttpLimits } from './http/limits.js';

/** The listener's life: listen, drain, close. */
export interface Lifecycle {
  /** True once close() has begun: /readyz answers 503 and answered keep-alive connections close. */
  readonly draining: boolean;
  listen(port: number, host?: string): Promise<string>;
  /**
   * Graceful shutdown: the listener stops accepting connections, idle keep-alive connections close, in-flight requests
   * finish (up to `shutdownGraceMs`, then the rest are cut), then `stopped` runs (Apollo, the audit sink...).
   */
  close(): Promise<void>;
}

export interface LifecycleSettings {
  http?: Partial<HttpLimits>;
  shutdownGraceMs?: number;
  /** What to stop once no request is in flight. */
  stopped: () => Promise<void>;
  /** More protocols on the same listener (WebSocket subscriptions); its result is closed first on close(). */
  attach?: (server: Server) => { close(): Promise<void> };
}

export function createLifecycle(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, settings: LifecycleSettings): Lifecycle {
  let draining = false;
  let server: Server | undefined;
  let attached: { close(): Promise<void> } | undefined;
  return {
    get draining() {
      return draining;
    },
    async listen(port, host = '127.0.0.1') {
      const http = { ...HTTP_DEFAULTS, ...settings.http };
      const s = createServer(
        {
          headersTimeout: http.headersTimeoutMs,
          requestTimeout: http.requestTimeoutMs,
          // How often Node checks the two timeouts above (its default, 30 s, would let a slow client hold on that long).
          connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(http.headersTimeoutMs / 2))),
        },
        (req, res) => {
          // While draining, a keep-alive connection is closed as soon as its request is answered, so close() ends when
          // the last in-flight request does (not when the last idle socket times out).
          res.once('finish', () => {
            if (draining) setImmediate(() => s.closeIdleConnections());
          });
          if (draining) res.setHeader('connection', 'close');
          void handle(req, res);
        },
      );
      s.keepAliveTimeout = 65_000;
      // Past the cap, a new connection is closed at once instead of queuing for memory and file descriptors.
      s.maxConnections = http.maxConnections;
      server = s;
      attached = settings.attach?.(s);
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, host, resolve);
      });
      const address = s.address() as AddressInfo;
      return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    },
    async close() {
      draining = true;
      await attached?.close();
      const s = server;
      if (s) {
        const grace = setTimeout(() => s.closeAllConnections(), settings.shutdownGraceMs ?? 10_000);
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeIdleConnections();
        });
        clearTimeout(grace);
      }
      await settings.stopped();
    },
  };
}
