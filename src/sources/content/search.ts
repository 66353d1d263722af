import { BadUserInputError, NotFoundError } from '../../errors.js';
import type { CallContext } from '../../upstream/types.js';
import type { ContentClient, ContentListing } from './client.js';
import type { ContentWebPage } from './wire.js';
import { lastListingPage, mapHubLinks, mapListingEntries, type HealthContentSummaryModel } from './mapper.js';

export type HealthContentSearchSection = 'CONDITIONS' | 'MEDICINES' | 'LIVE_WELL';

/** Pages of one letter's listing read at most (25 entries each): enough for any letter of the A–Z. */
export const MAX_LISTING_PAGES = 8;
const SEARCH_TEXT = /^[\p{L}\p{N}][\p{L}\p{N} '’()\-,]{1,99}$/u;

/** Lower case, letters and digits only, single spaces. */
export function normaliseName(value: string): string {
  return value
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The search text, or BAD_USER_INPUT (reason INVALID_SEARCH) before any upstream call. */
export function checkSearchText(text: string): string {
  const trimmed = text.trim();
  if (!SEARCH_TEXT.test(trimmed))
    throw new BadUserInputError('INVALID_SEARCH', "text must be 2 to 100 letters, digits, spaces or '()-, and start with a letter or digit");
  return trimmed;
}

/**
 * Every entry of one letter of an A–Z listing: page 1 says how many pages there are, the rest are read concurrently
 * (each from the shared cache when it is there).
 */
export async function listingForLetter(
  content: ContentClient,
  listing: ContentListing,
  letter: string,
  ctx: CallContext,
): Promise<HealthContentSummaryModel[]> {
  const first = await content.getListing(listing, letter, 1, ctx);
  const last = Math.min(lastListingPage(first), MAX_LISTING_PAGES);
  const rest = await Promise.all(Array.from({ length: last - 1 }, (_, i) => content.getListing(listing, letter, i + 2, ctx)));
  return [first, ...rest].flatMap(mapListingEntries);
}

/** The letters of the A–Z listings. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

/**
 * Listing pages one CONDITIONS or MEDICINES search reads at most: every letter's first page (26) and as many again for
 * letters that run to more pages. Pages come from the shared cache when they can, so this bounds a cold search's calls
 * (under a minute of the sandbox's 60 calls a minute); what it leaves unread is reported, never silently dropped.
 */
export const MAX_SEARCH_LISTING_PAGES = 2 * LETTERS.length;

/** A listing page a search could not read: missing (the API has no such page) or beyond the search's call budget. */
export interface SkippedListing {
  letter: string;
  page: number | null;
  reason: 'NOT_FOUND' | 'CALL_BUDGET';
}

export interface HealthContentSearchResult {
  nodes: HealthContentSummaryModel[];
  /** True when every listing page the search needed was read. */
  complete: boolean;
  skipped: SkippedListing[];
}

/** How many more listing pages a search may read. */
interface PageBudget {
  remaining: number;
}

/**
 * One letter's entries within a search: like listingForLetter, but a missing page (NOT_FOUND) or one beyond the
 * budget is skipped and reported while the pages read are kept. Other failures (rate limited, upstream errors) fail it.
 */
async function searchLetter(
  content: ContentClient,
  listing: ContentListing,
  letter: string,
  budget: PageBudget,
  skipped: SkippedListing[],
  ctx: CallContext,
): Promise<HealthContentSummaryModel[]> {
  const read = async (page: number): Promise<ContentWebPage | undefined> => {
    if (budget.remaining <= 0) {
      skipped.push({ letter, page, reason: 'CALL_BUDGET' });
      return undefined;
    }
    budget.remaining--;
    try {
      return await content.getListing(listing, letter, page, ctx);
    } catch (error) {
      if (error instanceof NotFoundError) {
        skipped.push({ letter, page, reason: 'NOT_FOUND' });
        return undefined;
      }
      throw error;
    }
  };
  const first = await read(1);
  if (!first) return [];
  const last = Math.min(lastListingPage(first), MAX_LISTING_PAGES);
  const rest = await Promise.all(Array.from({ length: last - 1 }, (_, i) => read(i + 2)));
  return [first, ...rest].flatMap((page) => (page ? mapListingEntries(page) : []));
}

/** True when `text` starts the entry's name. */
function startsName(entry: HealthContentSummaryModel, text: string): boolean {
  return normaliseName(entry.name).startsWith(normaliseName(text));
}

/** True when `text` starts a word of the entry's name (or, for hub links, of its description). */
function matches(entry: HealthContentSummaryModel, text: string, inDescription: boolean): boolean {
  const wanted = ` ${normaliseName(text)}`;
  return ` ${normaliseName(entry.name)}`.includes(wanted) || (inDescription && ` ${normaliseName(entry.description ?? '')}`.includes(wanted));
}

/**
 * Searches one section. The API has no search, so the graph reads listings and matches the text at the start of any
 * word of a name ("pain" finds "Back pain"; "hypertension" finds "High blood pressure (hypertension)").
 * - CONDITIONS, MEDICINES: names that start with the text come first, from the A–Z listing of its first letter
 *   (`?category=`, all its pages). When they fill `first`, that is the answer (one letter's pages). Otherwise the other
 *   names with a word starting with the text follow, in A–Z order, which takes every letter's listing: at most
 *   MAX_SEARCH_LISTING_PAGES pages a search, from the shared cache when there (listings are public, kept up to 7
 *   days). A letter page the API does not have, or one past that bound, is skipped and reported in `skipped`
 *   (`complete` false) while what was found is returned. Every call goes through the shared rate limiter, so a cold
 *   search meeting a busy limiter is RATE_LIMITED rather than a burst of 429s.
 * - LIVE_WELL: the links of the /live-well/ hub, by name or summary.
 * Results keep the listing's order.
 */
export async function searchHealthContent(
  content: ContentClient,
  section: HealthContentSearchSection,
  text: string,
  first: number,
  ctx: CallContext,
): Promise<HealthContentSearchResult> {
  if (section === 'LIVE_WELL') {
    const nodes = mapHubLinks(await content.getPage('/live-well/', ctx), '/live-well/')
      .filter((e) => matches(e, text, true))
      .slice(0, first);
    return { nodes, complete: true, skipped: [] };
  }
  const listing = section === 'CONDITIONS' ? 'conditions' : 'medicines';
  const budget: PageBudget = { remaining: MAX_SEARCH_LISTING_PAGES };
  const skipped: SkippedListing[] = [];
  const letter = normaliseName(text)[0] ?? '';
  const ownLetter = /^[a-z]$/.test(letter) ? await searchLetter(content, listing, letter, budget, skipped, ctx) : [];
  const starting = ownLetter.filter((e) => startsName(e, text));
  const result = (nodes: HealthContentSummaryModel[]): HealthContentSearchResult => ({ nodes: nodes.slice(0, first), complete: skipped.length === 0, skipped });
  if (starting.length >= first) return result(starting);
  // The first letter's pages are read already: the other letters' first pages go before anyone's later pages.
  const others = LETTERS.filter((l) => l !== letter);
  const everyLetter = new Map<string, HealthContentSummaryModel[]>([[letter, ownLetter]]);
  await Promise.all(others.map(async (l) => everyLetter.set(l, await searchLetter(content, listing, l, budget, skipped, ctx))));
  const found = new Set(starting.map((e) => e.path));
  const within = LETTERS.flatMap((l) => everyLetter.get(l) ?? []).filter((e) => {
    if (found.has(e.path) || !matches(e, text, false)) return false;
    found.add(e.path);
    return true;
  });
  skipped.sort((a, b) => a.letter.localeCompare(b.letter) || (a.page ?? 0) - (b.page ?? 0));
  return result([...starting, ...within]);
}
