import { pathFromUrl } from './paths.js';
import { ATTRIBUTION, type ContentElement, type ContentLink, type ContentLinkSummary, type ContentWebPage } from './wire.js';

export interface HealthContentSectionModel {
  headline: string | null;
  description: string | null;
  /** schema.org health aspect without its prefix: SymptomsHealthAspect, TreatmentsHealthAspect... */
  healthAspect: string | null;
  /** The section's HTML fragments as nhs.uk publishes them: untrusted, sanitise before rendering. */
  html: string[];
  /** The same text with the markup removed. */
  text: string;
}

export interface HealthContentAttributionModel {
  text: string;
  logoUrl: string;
  logoAlt: string;
  linkUrl: string;
  author: string | null;
  copyrightHolder: string | null;
  licence: string | null;
}

export interface HealthContentLinkModel {
  name: string;
  path: string | null;
  url: string | null;
}

export interface HealthContentModel {
  path: string;
  name: string;
  description: string | null;
  genres: string[];
  apiUrl: string | null;
  webpageUrl: string;
  dateModified: string | null;
  lastReviewed: string | null;
  nextReviewDue: string | null;
  parts: HealthContentSectionModel[];
  relatedLinks: HealthContentLinkModel[];
  attribution: HealthContentAttributionModel;
  resource: ContentWebPage;
}

/** One page as an A–Z listing or a hub lists it. */
export interface HealthContentSummaryModel {
  name: string;
  path: string;
  description: string | null;
  genres: string[];
  dateModified: string | null;
  nextReviewDue: string | null;
  /** Clinical codes the listing carries for the page (SNOMED CT for conditions), when it carries any. */
  codes: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** HTML to plain text: tags removed, the common entities decoded, whitespace collapsed. Not a sanitiser. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function genresOf(genre: string[] | string | undefined): string[] {
  return Array.isArray(genre) ? genre.filter(Boolean) : genre ? [genre] : [];
}

function date(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function section(element: ContentElement): HealthContentSectionModel {
  const parts = element.hasPart?.length ? element.hasPart : (element.mainEntityOfPage ?? []);
  const html = [element.text, ...parts.map((p) => p.text)].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  return {
    headline: element.headline || null,
    description: element.description || null,
    healthAspect: element.hasHealthAspect?.replace(/^https?:\/\/schema\.org\//, '') ?? null,
    html,
    text: plainText(html.join(' ')),
  };
}

/**
 * Maps a content or hub page. Pure. Sections come from `hasPart` (the modular, clinically assured sections) when the
 * page has them, else from `mainEntityOfPage`; the attribution the licence requires is always present, linked to the
 * page on nhs.uk.
 */
export function mapContentPage(page: ContentWebPage, requestedPath: string): HealthContentModel {
  const path = pathFromUrl(page.url) ?? requestedPath;
  const webpageUrl = page.webpage ?? `https://www.nhs.uk${path}`;
  const elements = page.hasPart?.length ? page.hasPart : (page.mainEntityOfPage ?? []);
  return {
    path,
    name: page.name ?? path,
    description: page.description || null,
    genres: genresOf(page.genre),
    apiUrl: page.url ?? null,
    webpageUrl,
    dateModified: page.dateModified ?? null,
    lastReviewed: date(page.lastReviewed?.[0]),
    nextReviewDue: date(page.lastReviewed?.[1]),
    parts: elements.map(section).filter((s) => s.headline || s.html.length > 0),
    relatedLinks: (page.relatedLink ?? [])
      .filter((l) => l.linkRelationship !== 'Pagination' && l.linkRelationship !== 'Self')
      .map((l) => ({ name: l.name ?? '', path: pathFromUrl(l.url), url: l.url ?? null })),
    attribution: {
      text: ATTRIBUTION.text,
      logoUrl: page.author?.logo ?? ATTRIBUTION.logoUrl,
      logoAlt: ATTRIBUTION.logoAlt,
      linkUrl: webpageUrl,
      author: page.author?.name ?? null,
      copyrightHolder: page.copyrightHolder?.name ?? null,
      licence: page.license ?? null,
    },
    resource: page,
  };
}

/** The pages an A–Z listing page lists (`significantLink`). Pure. */
export function mapListingEntries(listing: ContentWebPage): HealthContentSummaryModel[] {
  return (listing.significantLink ?? []).flatMap((link: ContentLink) => {
    const path = pathFromUrl(link.url);
    if (!path || !link.name) return [];
    const meta = (Array.isArray(link.mainEntityOfPage) ? {} : (link.mainEntityOfPage ?? {})) as ContentLinkSummary;
    return [
      {
        name: link.name,
        path,
        description: link.description || null,
        genres: genresOf(meta.genre),
        dateModified: meta.dateModified ?? null,
        nextReviewDue: date(meta.reviewDue ?? meta.lastReviewed?.[1]),
        codes: (meta.code ?? []).flatMap((c) => (c.codeValue ? [c.codeValue] : [])),
      },
    ];
  });
}

/** The pages a hub page links to (`mainEntityOfPage` link elements), below `underPath`. Pure. */
export function mapHubLinks(hub: ContentWebPage, underPath: string): HealthContentSummaryModel[] {
  const seen = new Set<string>();
  const links = (hub.mainEntityOfPage ?? []).flatMap((group) => group.mainEntityOfPage ?? []).filter((e) => e.name === 'link');
  return links.flatMap((link) => {
    const path = pathFromUrl(link.url);
    if (!path || !link.headline || !path.startsWith(underPath) || path === underPath || seen.has(path)) return [];
    seen.add(path);
    return [
      {
        name: link.headline,
        path,
        description: link.text ? plainText(link.text) || null : null,
        genres: [],
        dateModified: null,
        nextReviewDue: null,
        codes: [],
      },
    ];
  });
}

/** The last page number a listing's `Last Page` link names (1 when it names none). Pure. */
export function lastListingPage(listing: ContentWebPage): number {
  const last = (listing.relatedLink ?? []).find((l) => l.name === 'Last Page')?.url;
  const page = last ? Number(new URL(last).searchParams.get('page')) : 1;
  return Number.isInteger(page) && page > 0 ? page : 1;
}
