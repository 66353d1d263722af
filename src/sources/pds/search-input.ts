import { BadUserInputError } from '../../errors.js';
import type { PatientSearchInput } from '../../generated/resolvers.js';
import type { PdsSearchParams } from './client.js';

const MAX_RESULTS = 50;

/**
 * Turns the graph's search input into PDS parameters, refusing before any call what PDS would refuse: a date of birth
 * both exact and ranged, an inverted range, a result cap outside 1..50, a name over 35 characters, a wildcard in the
 * first two characters of a name or postcode, a wildcard in a fuzzy search, and combinations below PDS's minimum
 * (non-fuzzy: family and date of birth; fuzzy: one of the three combinations).
 * Dates of birth and death take PDS's prefixes: `eq` for an exact date, `ge`/`le` for the ends of a range.
 */
export function toPdsSearchParams(input: PatientSearchInput): PdsSearchParams {
  const { birthDate, birthDateFrom, birthDateTo } = input;
  const birthdate = prefixedDates('birthDate', birthDate, birthDateFrom, birthDateTo);
  const deathDate = prefixedDates('deathDate', input.deathDate, input.deathDateFrom, input.deathDateTo);
  const maxResults = input.maxResults ?? undefined;
  if (maxResults !== undefined && (maxResults < 1 || maxResults > MAX_RESULTS)) {
    throw new BadUserInputError('INVALID_SEARCH', `maxResults must be between 1 and ${MAX_RESULTS}`);
  }
  const family = input.family?.trim() || undefined;
  const given = input.given?.map((g) => g.trim()).filter(Boolean);
  // personal-demographics.yaml, family, given and address-postalcode: "Max 35 characters" for the names; "Use `*` as a
  // wildcard but not in the first two characters and not in fuzzy search mode" for all three.
  for (const [name, value] of [['family', family], ...(given ?? []).map((g) => ['given', g] as const)] as const) {
    if (value && (value.length > 35 || /^.?\*/.test(value)))
      throw new BadUserInputError('INVALID_SEARCH', `${name} must be at most 35 characters, with no wildcard in its first two`);
  }
  const hasBirth = Boolean(birthDate || birthDateFrom || birthDateTo);
  const postcode = input.postcode?.trim() || undefined;
  if (postcode && /^.?\*/.test(postcode)) throw new BadUserInputError('INVALID_SEARCH', 'postcode may not have a wildcard in its first two characters');
  if (input.fuzzy && [family, postcode, ...(given ?? [])].some((v) => v?.includes('*')))
    throw new BadUserInputError('INVALID_SEARCH', 'A fuzzy search takes no wildcards');
  const gender = input.gender ?? undefined;
  if (input.fuzzy) {
    const enough = (given?.length && family && hasBirth) || (family && hasBirth && gender && postcode) || (given?.length && hasBirth && gender && postcode);
    if (!enough) {
      throw new BadUserInputError(
        'INVALID_SEARCH',
        'A fuzzy search needs given+family+birth date, family+birth date+gender+postcode, or given+birth date+gender+postcode',
      );
    }
  } else if (!family || !hasBirth) {
    throw new BadUserInputError('INVALID_SEARCH', 'A search needs at least family and a date of birth (or a range)');
  }
  return {
    family,
    given: given?.length ? given : undefined,
    gender,
    birthdate,
    deathDate: deathDate.length > 0 ? deathDate : undefined,
    postcode,
    generalPractitioner: input.registeredGp ?? undefined,
    email: input.email ?? undefined,
    phone: input.phone ?? undefined,
    fuzzy: input.fuzzy ?? undefined,
    exact: input.exact ?? undefined,
    history: input.history ?? undefined,
    maxResults,
  };
}

/**
 * A date parameter in PDS's form (`eq|ge|le` + yyyy-mm-dd; pds/CONTRACT.md, search parameters `birthdate` and
 * `death-date`): one exact date, or one or both ends of an inclusive range. Refuses both forms at once and an inverted
 * range.
 */
function prefixedDates(name: string, exact: string | null | undefined, from: string | null | undefined, to: string | null | undefined): string[] {
  if (exact && (from || to)) throw new BadUserInputError('INVALID_SEARCH', `Give either ${name} or a ${name}From/${name}To range, not both`);
  if (from && to && from > to) throw new BadUserInputError('INVALID_SEARCH', `${name}From is after ${name}To`);
  if (exact) return [`eq${exact}`];
  return [from && `ge${from}`, to && `le${to}`].filter((d): d is string => Boolean(d));
}
