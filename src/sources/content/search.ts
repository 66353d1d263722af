import { BadUserInputError } from '../../errors.js';
import type { CallContext } from '../../upstream/types.js';
import type { ContentClient, ContentListing } from './client.js';
import { lastListingPage, mapHubLinks, mapListingEntries, type HealthContentSummaryModel } from './mapper.js';

export type HealthContentSearchSection = 'CONDITIONS' | 'MEDICINES' | 'LIVE_WELL';

/** Pages of one letter's listing read at most (25 entries each): enough for any letter of the A–Z. */
export const MAX_LISTING_PAGES = 8;
const SEARCH_TEXT = /^[\p{L}\p{N}][\p{L}\p{N} '’()\-,]{1,99}$/u;

/** Lower case, letters and digits only, single spaces. */
export function normaliseName(value: string): string {
  return value.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The search text, or BAD_USER_INPUT (reason INVALID_SEARCH) before any upstream call. */
export function checkSearchText(text: string): string {
  const trimmed = text.trim();
  if (!SEARCH_TEXT.test(trimmed)) throw new BadUserInputError('INVALID_SEARCH', 'text must be 2 to 100 letters, digits, spaces or \'()-, and start with a letter or digit');
  return trimmed;
}

/**
 * Every entry of one letter of an A–Z listing: page 1 says how many pages there are, the rest are read concurrently
 * (each from the shared cache when it is there).
 */
export async function listingForLetter(content: ContentClient, listing: ContentListing, letter: string, ctx: CallContext): Promise<HealthContentSummaryModel[]> {
  const first = await content.getListing(listing, letter, 1, ctx);
  const last = Math.min(lastListingPage(first), MAX_LISTING_PAGES);
  const rest = await Promise.all(Array.from({ length: last - 1 }, (_, i) => content.getListing(listing, letter, i + 2, ctx)));
  return [first, ...rest].flatMap(mapListingEntries);
}

/** The letters of the A–Z listings. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

/**
 * Listing pages a CONDITIONS or MEDICINES search reads at most: every letter's listing, each at most
 * MAX_LISTING_PAGES pages. Each page is public and shared through the content cache, so this is a cold cost.
 */
export const MAX_SEARCH_LISTING_PAGES = LETTERS.length * MAX_LISTING_PAGES;

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
 *   names with a word starting with the text follow, in A–Z order, which takes every letter's listing: cold, one call
 *   per listing page of the A–Z (26 letters, at most MAX_LISTING_PAGES each); warm, none, as listings are public and
 *   shared by all requests through the content cache for up to 7 days. Every call goes through the shared rate
 *   limiter, so a cold search meeting a busy limiter is RATE_LIMITED rather than a burst of 429s; the pages it did
 *   read stay cached.
 * - LIVE_WELL: the links of the /live-well/ hub, by name or summary.
 * Results keep the listing's order.
 */
export async function searchHealthContent(content: ContentClient, section: HealthContentSearchSection, text: string, first: number, ctx: CallContext): Promise<HealthContentSummaryModel[]> {
  if (section === 'LIVE_WELL') {
    return mapHubLinks(await content.getPage('/live-well/', ctx), '/live-well/').filter((e) => matches(e, text, true)).slice(0, first);
  }
  const listing = section === 'CONDITIONS' ? 'conditions' : 'medicines';
  const letter = normaliseName(text)[0] ?? '';
  const starting = /^[a-z]$/.test(letter) ? (await listingForLetter(content, listing, letter, ctx)).filter((e) => startsName(e, text)) : [];
  if (starting.length >= first) return starting.slice(0, first);
  const everyLetter = await Promise.all(LETTERS.map((l) => listingForLetter(content, listing, l, ctx)));
  const found = new Set(starting.map((e) => e.path));
  const within = everyLetter.flat().filter((e) => {
    if (found.has(e.path) || !matches(e, text, false)) return false;
    found.add(e.path);
    return true;
  });
  return [...starting, ...within].slice(0, first);
}
