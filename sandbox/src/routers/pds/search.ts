import type { SandboxResponse } from '../../http.js';
import { fhirJson, spineOutcome } from '../../http.js';
import { loadFixture } from '../../fixtures.js';
import { isRestricted, reducedForSearch, type FhirPatient } from './records.js';

const ALLOWED = new Set([
  'family',
  'given',
  'gender',
  'birthdate',
  'death-date',
  'address-postalcode',
  'address-postcode',
  'general-practitioner',
  'email',
  'phone',
  '_fuzzy-match',
  '_exact-match',
  '_history',
  '_max-results',
]);
const DATE = /^(eq|ge|le)?(\d{4}-\d{2}-\d{2})$/;

type Predicate = (p: FhirPatient) => boolean;

function invalid(param: string): SandboxResponse {
  return spineOutcome(400, 'INVALID_VALUE', 'Provided value is invalid', { issueType: 'value', diagnostics: `Invalid value - '${param}' in field '${param}'` });
}

/** `Sm*` matches the start; otherwise a case-insensitive exact match (PDS ignores case and accents). */
function nameMatches(pattern: string, value: string | undefined, fuzzy: boolean): boolean {
  if (value === undefined) return false;
  const p = pattern.toLowerCase();
  const v = value.toLowerCase();
  if (!fuzzy && p.endsWith('*')) return v.startsWith(p.slice(0, -1));
  return v === p.replace(/\*/g, '');
}

function telecomHas(p: FhirPatient, system: string, value: string): boolean {
  return ((p.telecom as { system?: string; value?: string }[] | undefined) ?? []).some(
    (t) => t.system === system && t.value?.replace(/\s/g, '') === value.replace(/\s/g, ''),
  );
}

/**
 * PDS search over the sandbox's records, with the contract's validation (unknown parameter, minimum combination,
 * date format), its result cap (`_max-results`, default 50, TOO_MANY_MATCHES beyond) and its reduced result shape.
 */
export function searchPatients(
  query: URLSearchParams,
  records: Iterable<FhirPatient>,
  searchForm: (p: FhirPatient) => FhirPatient = reducedForSearch,
): SandboxResponse {
  const keys = [...new Set(query.keys())];
  if (keys.length === 0) return spineOutcome(400, 'UNSUPPORTED_SERVICE', 'Unsupported Service', { issueType: 'not-supported' });
  const unknown = keys.find((k) => !ALLOWED.has(k));
  if (unknown) {
    return spineOutcome(400, 'ADDITIONAL_PROPERTIES', 'Additional properties are not permitted', {
      issueType: 'structure',
      diagnostics: `Invalid update with error - '${unknown}' is not a valid parameter`,
    });
  }
  if (query.has('address-postalcode') && query.has('address-postcode')) return invalid('address-postcode');
  const fuzzy = query.get('_fuzzy-match') === 'true';
  if (!fuzzy && !query.has('family')) return spineOutcome(400, 'INVALID_SEARCH_DATA', 'Search data is invalid', { issueType: 'invalid' });
  if (!query.has('birthdate')) {
    return spineOutcome(400, 'MISSING_VALUE', 'Required value is missing', {
      issueType: 'required',
      diagnostics: "Missing value - 'birth_date/birth_date_range_start/birth_date_range_end'",
    });
  }
  const maxRaw = query.get('_max-results') ?? '50';
  const max = Number(maxRaw);
  if (!/^\d+$/.test(maxRaw) || max < 1 || max > 50) return invalid('_max-results');
  // family, given, address-postalcode: names at most 35 characters; no wildcard in the first two characters, and none
  // at all in a fuzzy search (personal-demographics.yaml's parameter descriptions).
  for (const name of ['family', 'given', 'address-postalcode', 'address-postcode']) {
    for (const value of query.getAll(name)) {
      if ((name === 'family' || name === 'given') && value.length > 35) return invalid(name);
      if (/^.?\*/.test(value) || (fuzzy && value.includes('*'))) return invalid(name);
    }
  }
  const family = query.get('family');

  const predicates: Predicate[] = [];
  for (const raw of query.getAll('birthdate')) {
    const m = DATE.exec(raw);
    if (!m) return invalid('birthdate');
    const [, op = 'eq', date = ''] = m;
    predicates.push((p) => {
      const b = String(p.birthDate ?? '');
      return op === 'eq' ? b === date : op === 'ge' ? b >= date : b <= date;
    });
  }
  // death-date takes the same prefixes as birthdate; a fuzzy search uses it for scoring only, never for matching.
  for (const raw of query.getAll('death-date')) {
    const m = DATE.exec(raw);
    if (!m) return invalid('death-date');
    const [, op = 'eq', date = ''] = m;
    if (!fuzzy) {
      predicates.push((p) => {
        const d = typeof p.deceasedDateTime === 'string' ? p.deceasedDateTime.slice(0, 10) : undefined;
        if (d === undefined) return false;
        return op === 'eq' ? d === date : op === 'ge' ? d >= date : d <= date;
      });
    }
  }
  const gender = query.get('gender');
  if (gender && !['male', 'female', 'other', 'unknown'].includes(gender)) return invalid('gender');
  if (gender) predicates.push((p) => p.gender === gender);
  if (family) predicates.push((p) => names(p).some((n) => nameMatches(family, n.family, fuzzy)));
  query.getAll('given').forEach((given, i) => predicates.push((p) => names(p).some((n) => nameMatches(given, n.given?.[i], fuzzy))));
  const postcode = query.get('address-postalcode') ?? query.get('address-postcode');
  if (postcode) {
    const wanted = postcode.replace(/\s/g, '').toUpperCase();
    predicates.push((p) => addresses(p).some((a) => nameMatches(wanted, a.postalCode?.replace(/\s/g, ''), false)));
  }
  const gp = query.get('general-practitioner');
  if (gp && !fuzzy) predicates.push((p) => gpCodes(p).includes(gp.toUpperCase()));
  const email = query.get('email');
  if (email) predicates.push((p) => telecomHas(p, 'email', email));
  const phone = query.get('phone');
  if (phone) predicates.push((p) => telecomHas(p, 'phone', phone));
  // A search that names a place never returns restricted patients (pds/CONTRACT.md, quirks).
  if (postcode || gp) predicates.push((p) => !isRestricted(p));

  const matches: FhirPatient[] = [];
  for (const p of records) if (predicates.every((test) => test(p))) matches.push(p);
  if (matches.length > max) return fhirJson(200, loadFixture('pds/examples/sandbox-stubs/searchResponses/TOO_MANY_MATCHES.json'));
  const wildcard = family?.includes('*') ?? false;
  const score = fuzzy ? 0.8976 : wildcard ? 0.8343 : 1;
  return fhirJson(200, {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp: new Date().toISOString(),
    total: matches.length,
    entry: matches.map((p) => ({
      fullUrl: `https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/${p.id}`,
      search: { score },
      resource: searchForm(p),
    })),
  });
}

function names(p: FhirPatient): { family?: string; given?: string[] }[] {
  return (p.name as { family?: string; given?: string[] }[] | undefined) ?? [];
}
function addresses(p: FhirPatient): { postalCode?: string }[] {
  return (p.address as { postalCode?: string }[] | undefined) ?? [];
}
function gpCodes(p: FhirPatient): string[] {
  return ((p.generalPractitioner as { identifier?: { value?: string } }[] | undefined) ?? []).map((g) => g.identifier?.value ?? '');
}
