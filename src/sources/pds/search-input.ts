import { BadUserInputError } from '../../errors.js';
import type { PatientSearchInput } from '../../generated/resolvers.js';
import type { PdsSearchParams } from './client.js';

const MAX_RESULTS = 50;

/**
 * Turns the graph's search input into PDS parameters, refusing before any call what PDS would refuse: a date of birth
 * both exact and ranged, an inverted range, a result cap outside 1..50, a wildcard in a name's first two characters,
 * and combinations below PDS's minimum (non-fuzzy: family and date of birth; fuzzy: one of the three combinations).
 */
export function toPdsSearchParams(input: PatientSearchInput): PdsSearchParams {
  const { birthDate, birthDateFrom, birthDateTo } = input;
  if (birthDate && (birthDateFrom || birthDateTo)) throw new BadUserInputError('INVALID_SEARCH', 'Give either birthDate or a birthDateFrom/birthDateTo range, not both');
  if (birthDateFrom && birthDateTo && birthDateFrom > birthDateTo) throw new BadUserInputError('INVALID_SEARCH', 'birthDateFrom is after birthDateTo');
  const maxResults = input.maxResults ?? undefined;
  if (maxResults !== undefined && (maxResults < 1 || maxResults > MAX_RESULTS)) {
    throw new BadUserInputError('INVALID_SEARCH', `maxResults must be between 1 and ${MAX_RESULTS}`);
  }
  const family = input.family?.trim() || undefined;
  const given = input.given?.map((g) => g.trim()).filter(Boolean);
  if (family && (family.length > 35 || /^.?\*/.test(family))) {
    throw new BadUserInputError('INVALID_SEARCH', 'family must be at most 35 characters, with no wildcard in its first two');
  }
  const hasBirth = Boolean(birthDate || birthDateFrom || birthDateTo);
  const postcode = input.postcode?.trim() || undefined;
  const gender = input.gender ?? undefined;
  if (input.fuzzy) {
    const enough = (given?.length && family && hasBirth) || (family && hasBirth && gender && postcode) || (given?.length && hasBirth && gender && postcode);
    if (!enough) {
      throw new BadUserInputError('INVALID_SEARCH', 'A fuzzy search needs given+family+birth date, family+birth date+gender+postcode, or given+birth date+gender+postcode');
    }
  } else if (!family || !hasBirth) {
    throw new BadUserInputError('INVALID_SEARCH', 'A search needs at least family and a date of birth (or a range)');
  }
  const birthdate = birthDate ? [`eq${birthDate}`] : [birthDateFrom && `ge${birthDateFrom}`, birthDateTo && `le${birthDateTo}`].filter((d): d is string => Boolean(d));
  return {
    family,
    given: given?.length ? given : undefined,
    gender,
    birthdate,
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
