import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../src/sandbox/fixtures.js';
import { mapOdsOrganisation } from '../../../src/sources/ods/mapper.js';
import type { OdsOrganization } from '../../../src/sources/ods/wire.js';

describe('mapOdsOrganisation', () => {
  it('maps roles with typed periods, record class and use type, and last change date', () => {
    const org = mapOdsOrganisation(loadFixture<OdsOrganization>('ods/examples/extracted-from-spec/Organization-read-200.json'));
    expect(org).toMatchObject({ odsCode: 'RR8', active: true, recordClass: 'RC1', recordUseType: 'Full', lastChangeDate: '2023-11-14' });
    expect(org.roles).toEqual([{ code: 'RO197', display: 'NHS TRUST', primary: true, active: true, legalPeriod: { start: '1998-04-01', end: null }, operationalPeriod: { start: '1998-04-01', end: null } }]);
  });

  it('maps every organisation of the spec search example, with a primary role for each that has roles', () => {
    const bundle = loadFixture<{ entry: { resource: OdsOrganization }[] }>('ods/examples/extracted-from-spec/Organization-search-200.json');
    for (const { resource } of bundle.entry) {
      const org = mapOdsOrganisation(resource);
      expect(org.odsCode).toBe(resource.id.toUpperCase());
      if (org.roles.length > 0) expect(org.roles.filter((r) => r.primary)).toHaveLength(1);
    }
  });

  it('keeps a refOnly record with almost nothing as it is', () => {
    const org = mapOdsOrganisation({ resourceType: 'Organization', id: 'x1234', type: [{ coding: [{ system: 'https://fhir.nhs.uk/England/CodeSystem/England-ODSRecordUseType', code: 'refOnly' }] }] });
    expect(org).toMatchObject({ odsCode: 'X1234', name: null, roles: [], primaryRole: null, recordUseType: 'refOnly', addresses: [] });
  });
});
