import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './respond.js';

/** A non-GraphQL HTTP route of the graph server (health, playground, metrics...). */
export interface Route {
  method: 'GET' | 'HEAD' | 'POST';
  /** Exact path, or a prefix when it ends with '/*'. */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void>;
}

/** Liveness: the process answers. */
export const healthRoute: Route = {
  method: 'GET',
  path: '/healthz',
  handle: (_req, res) => sendJson(res, 200, { status: 'ok' }),
};

export function matchRoute(routes: readonly Route[], method: string, pathname: string): Route | undefined {
  return routes.find((r) => {
    if (r.method !== method && !(r.method === 'GET' && method === 'HEAD')) return false;
    return r.path.endsWith('/*') ? pathname.startsWith(r.path.slice(0, -1)) : r.path === pathname;
  });
}
