import { fhirJson, hapiOutcome, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { rolesOf, type FhirOrganization } from './records.js';

const PARAMS = [
  '_id',
  'identifier',
  'name',
  'name:contains',
  'name:exact',
  'active',
  'address-postalcode',
  'address-postalcode:contains',
  'address-postalcode:exact',
  'address-city',
  'address-city:contains',
  'address-city:exact',
  'address-country',
  'lastChangeDate',
  'roleCode',
  'roleCode:not',
  'activeRoleCode',
  '_count',
  '_offset',
  '_summary',
  '_revinclude',
  '_format',
];
const NAME = /^[A-Za-z0-9&()’'+\-_./:@ ]{3,100}$/;
const DEFAULT_COUNT = 20;
const MAX_COUNT = 1000;

type Predicate = (o: FhirOrganization) => boolean;

function textMatch(mode: 'prefix' | 'contains' | 'exact', wanted: string): (value: string | undefined) => boolean {
  const w = mode === 'exact' ? wanted : wanted.toLowerCase();
  return (value) => {
    if (value === undefined) return false;
    if (mode === 'exact') return value === w;
    const v = value.toLowerCase();
    return mode === 'contains' ? v.includes(w) : v.startsWith(w);
  };
}

function modeOf(param: string): 'prefix' | 'contains' | 'exact' {
  return param.endsWith(':contains') ? 'contains' : param.endsWith(':exact') ? 'exact' : 'prefix';
}

function codes(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.replace(/^.*\|/, '').trim().toUpperCase())
    .filter(Boolean);
}

/**
 * ODS `GET /Organization` over the sandbox's organisations, HAPI-style: unknown parameters are HAPI-0524, names need
 * 3-100 allowed characters, `_id`/`identifier` take comma-separated codes (FHIR's OR), paging with `_count` and
 * `_offset` and absolute `self`/`next` links.
 */
export function searchOrganisations(req: SandboxRequest, all: FhirOrganization[], base: string): SandboxResponse {
  const unknown = [...req.query.keys()].find((k) => !PARAMS.includes(k));
  if (unknown) {
    return hapiOutcome(
      400,
      `HAPI-0524: Unknown search parameter "${unknown}" for resource type "Organization". Valid search parameters for this search are: [${PARAMS.join(', ')}]`,
    );
  }
  const predicates: Predicate[] = [];
  for (const [param, value] of req.query) {
    if (param === '_id' || param === 'identifier') {
      const wanted = new Set(codes(value));
      predicates.push((o) => wanted.has(o.id));
    } else if (param.startsWith('name')) {
      if (!NAME.test(value)) return hapiOutcome(400, `HAPI-1940: Invalid name search value`, 'invalid');
      const match = textMatch(modeOf(param), value);
      predicates.push((o) => match(o.name));
    } else if (param.startsWith('address-postalcode')) {
      const match = textMatch(modeOf(param), value.replace(/\s/g, ''));
      predicates.push((o) => addressesOf(o).some((a) => match(a.postalCode?.replace(/\s/g, ''))));
    } else if (param.startsWith('address-city')) {
      const match = textMatch(modeOf(param), value);
      predicates.push((o) => addressesOf(o).some((a) => match(a.city)));
    } else if (param === 'active') {
      predicates.push((o) => String(o.active) === value);
    } else if (param === 'roleCode' || param === 'activeRoleCode') {
      const wanted = codes(value);
      predicates.push((o) => rolesOf(o).some((r) => wanted.includes(r.code) && (param === 'roleCode' || r.active)));
    } else if (param === 'roleCode:not') {
      const unwanted = codes(value);
      predicates.push((o) => !rolesOf(o).some((r) => unwanted.includes(r.code)));
    }
  }
  const count = Math.min(Number(req.query.get('_count') ?? DEFAULT_COUNT), MAX_COUNT);
  const offset = Number(req.query.get('_offset') ?? 0);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(offset) || offset < 0) {
    return hapiOutcome(400, 'HAPI-1940: Invalid _count or _offset', 'invalid');
  }
  const matches = all.filter((o) => predicates.every((p) => p(o)));
  const selfUrl = `${base}/Organization?${req.query.toString()}`;
  const link = [{ relation: 'self', url: selfUrl }];
  if (req.query.get('_summary') === 'count') {
    return fhirJson(200, { resourceType: 'Bundle', type: 'searchset', total: matches.length, link });
  }
  const page = matches.slice(offset, offset + count);
  if (offset + count < matches.length) {
    const next = new URLSearchParams(req.query);
    next.set('_count', String(count));
    next.set('_offset', String(offset + count));
    link.push({ relation: 'next', url: `${base}/Organization?${next.toString()}` });
  }
  return fhirJson(200, {
    resourceType: 'Bundle',
    id: crypto.randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    // A page carries no total (the spec's search example has none): `_summary=count` is how ODS counts.
    type: 'searchset',
    link,
    entry: page.map((o) => ({ fullUrl: `${base}/Organization/${o.id}`, resource: o, search: { mode: 'match' } })),
  });
}

function addressesOf(o: FhirOrganization): { postalCode?: string; city?: string }[] {
  return (o.address as { postalCode?: string; city?: string }[] | undefined) ?? [];
}
