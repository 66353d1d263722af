import { clone } from '../../fixtures.js';
import type { SandboxRequest, SandboxResponse } from '../../http.js';
import { PUBLISHED_BASE, type Catalogue, type CatalogueEntry, type Listing } from './catalogue.js';

export const PAGE_SIZE = 25;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ORDER_BY: Record<string, (e: CatalogueEntry) => string> = {
  dateModified: (e) => e.dateModified,
  lastReviewed: (e) => e.lastReviewed[0],
  nextReview: (e) => e.lastReviewed[1],
};

export function json(status: number, body: unknown): SandboxResponse {
  return { status, body, headers: { 'content-type': 'application/json' } };
}

/** NHS's sandbox answers a query value it has no canned answer for with HTTP 200 and this body. */
export const sandboxResponseNotFound = () =>
  json(200, { statusCode: 404, message: 'Sandbox response not found. Please use the predefined query parameter values.' });

function link(name: string, url: string, description: string, linkRelationship: string) {
  return { '@type': 'LinkRole', url, name, description, linkRelationship };
}

function listedLink(e: CatalogueEntry) {
  return {
    '@type': 'LinkRole',
    name: e.name,
    articleStatus: 'published',
    linkRelationship: 'Result',
    url: `${PUBLISHED_BASE}${e.path}`,
    description: e.description,
    mainEntityOfPage: {
      '@type': 'MedicalWebPage',
      genre: e.genre,
      dateModified: e.dateModified,
      lastReviewed: e.lastReviewed,
      reviewDue: e.lastReviewed[1],
      keywords: [],
      code: [{ '@type': 'MedicalCode', codeValue: e.code, codingSystem: 'SNOMED-CT' }],
    },
  };
}

/**
 * An A–Z listing evaluated over the catalogue (not canned): `category` (a letter), `page` (25 a page), `orderBy` with
 * `startDate`/`endDate` and `order`, and `synonyms` for conditions. A value outside those is NHS's sandbox's 200 "not
 * found" answer. Pagination links as the API writes them: First, Last, Self, Next.
 */
export function answerListing(req: SandboxRequest, listing: Listing, catalogue: Catalogue): SandboxResponse {
  const q = req.query;
  const allowed = ['page', 'category', 'orderBy', 'startDate', 'endDate', 'order', ...(listing === 'conditions' ? ['synonyms'] : [])];
  if ([...q.keys()].some((k) => !allowed.includes(k))) return sandboxResponseNotFound();
  const category = q.get('category')?.toLowerCase();
  const orderBy = q.get('orderBy');
  const order = q.get('order') ?? 'newest';
  const [start, end] = [q.get('startDate'), q.get('endDate')];
  if (category !== undefined && !/^[a-z]$/.test(category)) return sandboxResponseNotFound();
  if ((orderBy && !ORDER_BY[orderBy]) || !['newest', 'oldest'].includes(order) || [start, end].some((d) => d !== null && !DATE.test(d)))
    return sandboxResponseNotFound();
  if (q.has('synonyms') && !['true', 'false'].includes(q.get('synonyms') ?? '')) return sandboxResponseNotFound();

  let entries = catalogue.listings[listing].filter((e) => !category || e.name.toLowerCase().startsWith(category));
  const dateOf = orderBy ? ORDER_BY[orderBy] : undefined;
  if (dateOf) {
    entries = entries.filter((e) => (!start || dateOf(e).slice(0, 10) >= start) && (!end || dateOf(e).slice(0, 10) <= end));
    entries = [...entries].sort((a, b) => (order === 'oldest' ? 1 : -1) * dateOf(a).localeCompare(dateOf(b)));
  }
  const last = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const pageText = q.get('page') ?? '1';
  const page = Number(pageText);
  if (!/^\d+$/.test(pageText) || page < 1 || page > last) return sandboxResponseNotFound();

  const base = `${PUBLISHED_BASE}/${listing}/`;
  const withPage = (n: number) => {
    const params = new URLSearchParams(q);
    params.set('page', String(n));
    return `${base}?${params.toString()}`;
  };
  const body = clone(catalogue.listingTemplates[listing]);
  body.significantLink = entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(listedLink);
  body.relatedLink = [
    link('First Page', withPage(1), 'Link to First Page', 'Pagination'),
    link('Last Page', withPage(last), 'Link to Last Page', 'Pagination'),
    link('Self', q.toString() ? `${base}?${q.toString()}` : base, 'Link to nhs.uk Page', 'Self'),
    ...(page < last ? [link('Next Page', withPage(page + 1), 'Link to Next Page', 'Pagination')] : []),
  ];
  return json(200, body);
}
