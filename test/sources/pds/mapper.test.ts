import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { isRestrictedPatient, mapPdsPatient, withoutLocation } from '../../../src/sources/pds/mapper.js';
import type { PdsPatient } from '../../../src/sources/pds/wire.js';

const jane = loadFixture<PdsPatient>('pds/examples/sandbox-stubs/patientResponses/patient_9000000009.json');
const janet = loadFixture<PdsPatient>('pds/examples/sandbox-stubs/patientResponses/patient_9000000025.json');
const minimal = loadFixture<PdsPatient>('pds/examples/sandbox-stubs/patientResponses/patient_9000000033.json');

describe('mapPdsPatient', () => {
  it('maps the full sandbox record: version, usual name, GP and nominated pharmacy', () => {
    const p = mapPdsPatient(jane);
    expect(p).toMatchObject({
      nhsNumber: '9000000009',
      version: 2,
      restricted: false,
      gender: 'female',
      birthDate: '2010-10-22',
      registeredGpOdsCode: 'Y12345',
      nominatedPharmacyOdsCode: 'Y12345',
      fromSearch: false,
    });
    expect(p.name).toMatchObject({ use: 'USUAL', given: ['Jane'], family: 'Smith', prefix: ['Mrs'] });
    expect(p.deceasedDateTime).toBe('2010-10-22T00:00:00+00:00');
    expect(p.addresses.map((a) => a.use)).toEqual(expect.arrayContaining(['HOME']));
    expect(p.resource).toBe(jane);
  });

  it('maps a minimal record without inventing data', () => {
    const p = mapPdsPatient(minimal);
    expect(p.nhsNumber).toBe('9000000033');
    expect(p.registeredGpOdsCode).toBeNull();
    expect(p.nominatedPharmacyOdsCode).toBeNull();
    expect(p.addresses).toEqual([]);
  });

  it('drops location from a restricted record, in the fields and in the resource', () => {
    const leaky: PdsPatient = {
      ...janet,
      address: [{ line: ['1 Secret Lane'], postalCode: 'LS1 1AA' }],
      telecom: [{ system: 'phone', value: '0113' }],
      generalPractitioner: [{ identifier: { value: 'Y12345' } }],
      extension: jane.extension,
    };
    const p = mapPdsPatient(leaky);
    expect(p.restricted).toBe(true);
    expect(p.addresses).toEqual([]);
    expect(p.telecom).toEqual([]);
    expect(p.registeredGpOdsCode).toBeNull();
    expect(p.nominatedPharmacyOdsCode).toBeNull();
    expect(JSON.stringify(p.resource)).not.toMatch(/Secret Lane|LS1 1AA|Y12345|NominatedPharmacy/);
  });

  it('treats any marking but U, and no marking, as restricted', () => {
    for (const code of ['R', 'V', 'REDACTED']) expect(isRestrictedPatient({ ...jane, meta: { security: [{ code }] } })).toBe(true);
    expect(isRestrictedPatient({ ...jane, meta: {} })).toBe(true);
    expect(isRestrictedPatient(jane)).toBe(false);
  });

  it('withoutLocation keeps everything else', () => {
    const stripped = withoutLocation(jane);
    expect(stripped.name).toEqual(jane.name);
    expect(stripped.birthDate).toBe(jane.birthDate);
    expect(stripped.extension?.some((e) => e.url.endsWith('NHSCommunication'))).toBe(true);
  });
});
