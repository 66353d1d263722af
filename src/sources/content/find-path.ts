import type { CallContext } from '../../upstream/types.js';
import type { ContentClient } from './client.js';
import type { HealthContentSummaryModel } from './mapper.js';
import { listingForLetter, normaliseName } from './search.js';

/** A problem or medication as a GP record names it: a display name, a clinical code (SNOMED CT, dm+d), or both. */
export interface HealthContentTerm {
  name?: string | null;
  code?: string | null;
}

/** What the matcher needs of a listed page. */
export type HealthContentIndexEntry = Pick<HealthContentSummaryModel, 'name' | 'path' | 'codes'>;

/** The names a listed page answers to: "Aciclovir (Zovirax)" is both aciclovir and zovirax. */
function entryNames(name: string): string[] {
  const inBrackets = [...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] as string);
  return [name.replace(/\([^)]*\)/g, ' '), ...inBrackets].map(normaliseName).filter(Boolean);
}

/** The forms a record's name is tried in: whole, and (for "Metformin 500mg tablets") the words before the dose. */
function termNames(name: string): string[] {
  const whole = normaliseName(name.replace(/\([^)]*\)/g, ' '));
  const words = whole.split(' ');
  const dose = words.findIndex((w) => /\d/.test(w) && !/^\d+$/.test(w));
  return dose > 0 ? [whole, words.slice(0, dose).join(' ')] : [whole];
}

/**
 * The health-content path for a problem or medication, or null when nothing matches. Pure: it reads only `entries`
 * (an A–Z listing's pages). A code the listing carries wins; then an exact name (or bracketed alternative name);
 * then the longest listed name the record's name starts with ("Type 2 diabetes mellitus" → "Type 2 diabetes").
 */
export function findHealthContentPath(term: HealthContentTerm, entries: readonly HealthContentIndexEntry[]): string | null {
  const code = term.code?.trim();
  if (code) {
    const coded = entries.find((e) => e.codes.includes(code));
    if (coded) return coded.path;
  }
  if (!term.name?.trim()) return null;
  const wanted = termNames(term.name);
  let best: { path: string; score: number; length: number } | null = null;
  for (const entry of entries) {
    for (const name of entryNames(entry.name)) {
      const score = wanted.includes(name) ? 2 : wanted.some((w) => w.startsWith(`${name} `)) ? 1 : 0;
      if (score > 0 && (!best || score > best.score || (score === best.score && name.length > best.length)))
        best = { path: entry.path, score, length: name.length };
    }
  }
  return best?.path ?? null;
}

/**
 * Looks a problem (in the conditions A–Z) or a medication (in the medicines A–Z) up by the first letter of its name,
 * through the shared cache, and matches it with findHealthContentPath. Resolves to null when nothing matches or the
 * term has no name; rejects with the coded upstream error when the listing cannot be read.
 */
export async function lookupHealthContentPath(
  content: ContentClient,
  kind: 'problem' | 'medication',
  term: HealthContentTerm,
  ctx: CallContext,
): Promise<string | null> {
  const letter = normaliseName(term.name ?? '')[0];
  if (!letter || !/^[a-z]$/.test(letter)) return null;
  const entries = await listingForLetter(content, kind === 'medication' ? 'medicines' : 'conditions', letter, ctx);
  return findHealthContentPath(term, entries);
}
