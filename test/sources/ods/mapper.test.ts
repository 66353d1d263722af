import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { mapOdsOrganisation } from '../../../src/sources/ods/mapper.js';
import { isPrimaryRole, mapOrganisationLookup } from '../../../src/sources/ods/terminology.js';
import type { OdsLookup, OdsOrganization } from '../../../src/sources/ods/wire.js';

describe('mapOdsOrganisation', () => {
  it('maps roles with typed periods, record class and use type, and last change date', () => {
    const org = mapOdsOrganisation(loadFixture<OdsOrganization>('ods/examples/extracted-from-spec/Organization-read-200.json'));
    expect(org).toMatchObject({ odsCode: 'RR8', active: true, recordClass: 'RC1', recordUseType: 'Full', lastChangeDate: '2023-11-14' });
    expect(org.roles).toEqual([
      {
        code: 'RO197',
        display: 'NHS TRUST',
        active: true,
        legalPeriod: { start: '1998-04-01', end: null },
        operationalPeriod: { start: '1998-04-01', end: null },
      },
    ]);
  });

  it('maps every organisation of the spec search example, guessing no primary role (the Organization does not say)', () => {
    const bundle = loadFixture<{ entry: { resource: OdsOrganization }[] }>('ods/examples/extracted-from-spec/Organization-search-200.json');
    for (const { resource } of bundle.entry) {
      const org = mapOdsOrganisation(resource);
      expect(org.odsCode).toBe(resource.id.toUpperCase());
      expect(org).not.toHaveProperty('primaryRole');
      for (const role of org.roles) expect(role).not.toHaveProperty('primary');
    }
  });

  it('keeps a refOnly record with almost nothing as it is', () => {
    const org = mapOdsOrganisation({
      resourceType: 'Organization',
      id: 'x1234',
      type: [{ coding: [{ system: 'https://fhir.nhs.uk/England/CodeSystem/England-ODSRecordUseType', code: 'refOnly' }] }],
    });
    expect(org).toMatchObject({ odsCode: 'X1234', name: null, roles: [], recordUseType: 'refOnly', addresses: [] });
  });
});

describe('ODS terminology lookups', () => {
  it("reads the spec's ods-organization-code lookup: related entities RE4, RE6, RE8 and no successor", () => {
    const lookup = mapOrganisationLookup(loadFixture<OdsLookup>('ods/examples/extracted-from-spec/CodeSystem-lookup-200.json'));
    expect(lookup).toEqual({
      code: 'G81086',
      relationships: [
        { code: 'RE4', targetOdsCode: '97R' },
        { code: 'RE6', targetOdsCode: '97R' },
        { code: 'RE8', targetOdsCode: 'U36842' },
      ],
      successorOdsCodes: [],
      predecessorOdsCodes: [],
    });
  });

  it('reads the primaryRole property of an ODSOrganisationRole lookup', () => {
    const role = (primary: boolean): OdsLookup => ({
      resourceType: 'Parameters',
      parameter: [
        { name: 'code', valueCode: 'RO177' },
        {
          name: 'property',
          part: [
            { name: 'code', valueCode: 'primaryRole' },
            { name: 'value', valueBoolean: primary },
          ],
        },
      ],
    });
    expect(isPrimaryRole(role(true))).toBe(true);
    expect(isPrimaryRole(role(false))).toBe(false);
    expect(isPrimaryRole({ resourceType: 'Parameters', parameter: [] })).toBe(false);
  });
});
