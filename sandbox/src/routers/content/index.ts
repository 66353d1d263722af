import type { SandboxApiFactory } from '../../api.js';
import type { SandboxRequest, SandboxResponse } from '../../http.js';
import { buildCatalogue, PUBLISHED_BASE, synthesisePage, type Catalogue, type Listing } from './catalogue.js';
import { answerListing, json, sandboxResponseNotFound } from './listing.js';

export const CONTENT_BASE_PATH = '/nhs-website-content';
const LISTINGS: Listing[] = ['conditions', 'medicines', 'symptoms', 'tests-and-treatments'];

const resourceNotFound = () => json(404, { statusCode: 404, message: 'Resource not found' });

/** The page a path names: a published example, NHS's canned acne modules answer, or a synthesised catalogue page. */
function answerPage(req: SandboxRequest, catalogue: Catalogue): SandboxResponse {
  const path = req.path.endsWith('/') ? req.path : `${req.path}/`;
  const listing = LISTINGS.find((l) => path === `/${l}/`);
  if (listing) return answerListing(req, listing, catalogue);
  if (path === '/manifest/pages/') return (req.query.get('page') ?? '1') === '1' ? json(200, catalogue.manifest) : sandboxResponseNotFound();
  if (path === '/conditions/acne/' && req.query.get('modules') === 'true') return json(200, catalogue.acneModules);
  const page = catalogue.pages.get(path);
  if (page) return json(200, page);
  const section = /^\/([^/]+)\//.exec(path)?.[1] as Listing | undefined;
  const entry = section && LISTINGS.includes(section) ? catalogue.listings[section].find((e) => e.path === path) : undefined;
  const frame = catalogue.pages.get('/conditions/chickenpox/');
  return entry && frame ? json(200, synthesisePage(entry, frame)) : resourceNotFound();
}

/** Published URLs point at the API's production host; the platform rewrites them to the environment's own. */
function rewriteUrls(response: SandboxResponse, origin: string): SandboxResponse {
  if (response.status !== 200 || response.body === undefined) return response;
  const text = JSON.stringify(response.body)
    .replaceAll(PUBLISHED_BASE, origin + CONTENT_BASE_PATH)
    .replaceAll('https://api.service.nhs.uk/', `${origin}${CONTENT_BASE_PATH}/`);
  return { ...response, body: text };
}

/**
 * NHS Website Content API v2 at /nhs-website-content: the spec's example pages and NHS's sandbox answers (acne with
 * modules, conditions page 2, the error bodies), A–Z listings evaluated over them plus seeded pages for common
 * problems and medicines, the `apikey` header, and the public sandbox's 60 requests a minute.
 */
export const contentSandbox: SandboxApiFactory = (sandbox) => {
  const catalogue = buildCatalogue();
  return {
    id: 'content',
    basePath: CONTENT_BASE_PATH,
    rateLimit: { limit: 60, windowMs: 60_000 },
    // The proxy's own 401 template has unquoted keys: not JSON, as the contract warns.
    checkAccess: (req, auth) =>
      auth.acceptsApiKey(req)
        ? undefined
        : { status: 401, body: '{ statusCode: 401, message: "API key invalid" }', headers: { 'content-type': 'application/json' } },
    tooManyRequests: () => json(429, { statusCode: 429, message: 'Too Many Requests' }),
    notFound: resourceNotFound,
    routes: [{ method: 'GET', path: '/*', handler: (req) => rewriteUrls(answerPage(req, catalogue), sandbox.origin) }],
  };
};
