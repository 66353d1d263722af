import type { OdsLookup, OdsLookupParameter } from './wire.js';

/** A current related entity of an organisation (ODSRelationship: RE4 commissioned by, RE6 operated by, RE8 is partner to...). */
export interface OrganisationRelationshipModel {
  code: string;
  targetOdsCode: string;
}

/** What the ods-organization-code CodeSystem adds to an Organization: its related entities and succession. */
export interface OrganisationLookupModel {
  code: string | null;
  relationships: OrganisationRelationshipModel[];
  successorOdsCodes: string[];
  predecessorOdsCodes: string[];
}

/** The value of one `property` part list, whatever its type. */
function valueOf(parts: readonly OdsLookupParameter[]): string | boolean | undefined {
  const value = parts.find((p) => p.name === 'value');
  return value?.valueCode ?? value?.valueString ?? value?.valueBoolean ?? value?.valueCoding?.code ?? value?.valueDateTime;
}

/** The lookup's properties as [code, value] pairs, in order. */
export function lookupProperties(lookup: OdsLookup): [string, string | boolean][] {
  return (lookup.parameter ?? []).flatMap((p) => {
    if (p.name !== 'property') return [];
    const code = p.part?.find((x) => x.name === 'code')?.valueCode;
    const value = valueOf(p.part ?? []);
    return code !== undefined && value !== undefined ? [[code, value] as [string, string | boolean]] : [];
  });
}

/** The concept code a lookup answered for (`parameter[name=code]`). */
export function lookupCode(lookup: OdsLookup): string | null {
  return (lookup.parameter ?? []).find((p) => p.name === 'code')?.valueCode ?? null;
}

/**
 * True when an ODSOrganisationRole lookup says the role is a primary role (its `primaryRole` property: "a true/false
 * value if the role is a primary role or not", organisation-data-terminology-api.yaml). Pure.
 */
export function isPrimaryRole(lookup: OdsLookup): boolean {
  const primary = lookupProperties(lookup).find(([code]) => code === 'primaryRole')?.[1];
  return primary === true || primary === 'true';
}

/**
 * Maps an ods-organization-code lookup. Related entities are the properties named by an ODSRelationship id (`RE` and
 * digits, as the spec's example: RE4, RE6, RE8); successors and predecessors are the `successor` and `predecessor`
 * properties (the spec names succession among this CodeSystem's properties but shows no example of it). Pure.
 */
export function mapOrganisationLookup(lookup: OdsLookup): OrganisationLookupModel {
  const properties = lookupProperties(lookup);
  const codes = (name: string) =>
    properties.filter(([code, value]) => code === name && typeof value === 'string').map(([, value]) => String(value).toUpperCase());
  return {
    code: lookupCode(lookup)?.toUpperCase() ?? null,
    relationships: properties
      .filter(([code, value]) => /^RE\d+$/.test(code) && typeof value === 'string')
      .map(([code, value]) => ({ code, targetOdsCode: String(value).toUpperCase() })),
    successorOdsCodes: codes('successor'),
    predecessorOdsCodes: codes('predecessor'),
  };
}
