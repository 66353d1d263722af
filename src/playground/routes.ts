import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeAfterAnswer, readBody, sendJson } from '../http/respond.js';
import type { Route } from '../http/routes.js';
import { playgroundExamples } from './examples.js';

/** A test identity the playground can act as (embedded mode): a citizen through NHS login or staff through CIS2. */
export interface PlaygroundPersona {
  id: string;
  label: string;
}

export interface PlaygroundOptions {
  environment: string;
  /** Path of the GraphQL endpoint, relative to the page's origin. */
  endpoint?: string;
  /** Built assets; the playground workspace's build output (playground/dist/) by default. */
  distDir?: string;
  /** Embedded mode: personas and how to sign one in (returns a bearer token). Absent: no persona picker. */
  personas?: { list: PlaygroundPersona[]; tokenFor(personaId: string): Promise<string> };
  /** Preset for the headers editor (shown when there is no persona picker). */
  defaultHeaders?: Record<string, string>;
}

/**
 * The playground workspace's build output (`npm run build` makes it): playground/dist/ beside the package root, found
 * by walking up from this file, so it is the same folder whether the graph runs from src/ (tsx) or compiled from dist/.
 * Serving it needs no Vite or React: they are the workspace's dev dependencies.
 */
export const PLAYGROUND_DIST_DIR = join(packageRoot(), 'playground', 'dist');

function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'nhs-graph') return dir;
    if (dirname(dir) === dir) return join(here, '..', '..');
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Same-origin only: the page may load and connect to nothing but the graph itself, so a browser refuses anything a
 * bundled library might try to fetch from the internet. Monaco runs its language services in blob-free module
 * workers from our origin; GraphiQL sets inline styles.
 */
const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self' " +
  "'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'";

/**
 * The playground's routes: GraphiQL at / and /graphiql, its bundled assets, its settings (endpoint, environment,
 * example operations, personas) and, in embedded mode, the token endpoint the persona picker calls.
 */
export function playgroundRoutes(options: PlaygroundOptions): Route[] {
  const dist = options.distDir ?? PLAYGROUND_DIST_DIR;
  const assets = join(dist, 'assets');
  const settings = {
    endpoint: options.endpoint ?? '/graphql',
    environment: options.environment,
    examples: playgroundExamples(),
    personas: options.personas?.list ?? null,
    defaultHeaders: options.personas ? null : options.defaultHeaders ? JSON.stringify(options.defaultHeaders, null, 2) : null,
  };
  let page: Buffer | undefined;
  const index = (res: ServerResponse): void => {
    if (!page && existsSync(join(dist, 'index.html'))) page = readFileSync(join(dist, 'index.html'));
    if (!page) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The playground is not built. Run `npm run build` (it builds the playground workspace into playground/dist/; npm start does it for you).\n');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': CSP, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.end(page);
  };

  const routes: Route[] = [
    { method: 'GET', path: '/', handle: (_req, res) => index(res) },
    { method: 'GET', path: '/graphiql', handle: (_req, res) => index(res) },
    // No icon: answer the browser's automatic request without a 404 in the console.
    { method: 'GET', path: '/favicon.ico', handle: (_req, res) => void res.writeHead(204, { 'cache-control': 'public, max-age=86400' }).end() },
    { method: 'GET', path: '/playground/settings.json', handle: (_req, res) => sendJson(res, 200, settings, { 'cache-control': 'no-cache' }) },
    {
      method: 'GET',
      path: '/assets/*',
      async handle(_req, res, url) {
        // Only plain file names below assets/: no traversal, no dot files.
        const name = decodeURIComponent(url.pathname.slice('/assets/'.length));
        if (!/^[\w.-]+$/.test(name) || name.startsWith('.') || normalize(name) !== name) return sendJson(res, 404, { error: 'Not found' });
        try {
          const body = await readFile(join(assets, name));
          res.writeHead(200, {
            'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
            'content-length': String(body.length),
            // Vite names assets by content hash.
            'cache-control': 'public, max-age=31536000, immutable',
            'x-content-type-options': 'nosniff',
          });
          res.end(body);
        } catch {
          sendJson(res, 404, { error: 'Not found' });
        }
      },
    },
  ];
  const personas = options.personas;
  if (personas) {
    routes.push({
      method: 'POST',
      path: '/playground/token',
      async handle(req, res) {
        // A token for a test identity, to the playground page only. JSON only: a cross-site page can send JSON only
        // after a CORS preflight, which the graph never grants, while a plain form post needs none. Same origin only:
        // a browser names the page that sent the request in Origin (always, for a POST) and Sec-Fetch-Site.
        if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
          return sendJson(res, 415, { error: 'Send JSON (Content-Type: application/json)' });
        if (!sameOrigin(req)) return sendJson(res, 403, { error: 'Only the playground page of this origin may ask for a token' });
        const read = await readBody(req, 4096);
        if (!read.ok) closeAfterAnswer(req, res);
        let persona: unknown;
        try {
          persona = read.ok ? (JSON.parse(read.text) as { persona?: unknown }).persona : undefined;
        } catch {
          persona = undefined;
        }
        if (typeof persona !== 'string' || !personas.list.some((p) => p.id === persona)) return sendJson(res, 400, { error: 'Unknown persona' });
        try {
          sendJson(res, 200, { accessToken: await personas.tokenFor(persona) }, { 'cache-control': 'no-store' });
        } catch (error) {
          sendJson(res, 502, { error: `Sign-in failed: ${(error as Error).message}` });
        }
      },
    });
  }
  return routes;
}

/** True unless the browser says the request came from another origin than the one it was sent to. */
function sameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`;
}
