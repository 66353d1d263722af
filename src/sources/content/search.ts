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

/** True when `text` starts a word of the entry's name (or, for hub links, appears in its description). */
function matches(entry: HealthContentSummaryModel, text: string, inDescription: boolean): boolean {
  const wanted = ` ${normaliseName(text)}`;
  return ` ${normaliseName(entry.name)}`.includes(wanted) || (inDescription && ` ${normaliseName(entry.description ?? '')}`.includes(wanted));
}

/**
 * Searches one section. The API has no search: conditions and medicines are searched in the A–Z listing of the text's
 * first letter (`?category=`), live-well pages in the links of the /live-well/ hub. Results keep the listing's order.
 */
export async function searchHealthContent(content: ContentClient, section: HealthContentSearchSection, text: string, first: number, ctx: CallContext): Promise<HealthContentSummaryModel[]> {
  let entries: HealthContentSummaryModel[];
  if (section === 'LIVE_WELL') {
    entries = mapHubLinks(await content.getPage('/live-well/', ctx), '/live-well/');
  } else {
    const letter = normaliseName(text)[0] ?? '';
    if (!/^[a-z]$/.test(letter)) throw new BadUserInputError('INVALID_SEARCH', 'Conditions and medicines are listed A to Z: the text must start with a letter');
    entries = await listingForLetter(content, section === 'CONDITIONS' ? 'conditions' : 'medicines', letter, ctx);
  }
  return entries.filter((e) => matches(e, text, section === 'LIVE_WELL')).slice(0, first);
}
