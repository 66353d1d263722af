import { describe, expect, it } from 'vitest';
import { buildPatientPatch, needsCurrentRecord, validatePatientChanges } from '../../../src/sources/pds/patch-builder.js';
import type { PdsPatient } from '../../../src/sources/pds/wire.js';

const current: PdsPatient = {
  resourceType: 'Patient',
  id: '9990000018',
  telecom: [
    { id: 't1', system: 'phone', value: '1' },
    { id: 't2', system: 'email', value: 'a@b' },
    { id: 't3', system: 'phone', value: '3' },
  ],
};

describe('buildPatientPatch', () => {
  it('replaces scalar fields without needing the current record', () => {
    const changes = { gender: 'male' as const, birthDate: '2000-01-01' };
    expect(needsCurrentRecord(changes)).toBe(false);
    expect(buildPatientPatch(changes, undefined)).toEqual([
      { op: 'replace', path: '/gender', value: 'male' },
      { op: 'replace', path: '/birthDate', value: '2000-01-01' },
    ]);
  });

  it('removes list items by id, highest index first, each after a test of its id', () => {
    expect(buildPatientPatch({ removeTelecomIds: ['t1', 't3'] }, current)).toEqual([
      { op: 'test', path: '/telecom/2/id', value: 't3' },
      { op: 'remove', path: '/telecom/2' },
      { op: 'test', path: '/telecom/0/id', value: 't1' },
      { op: 'remove', path: '/telecom/0' },
    ]);
  });

  it("appends at `-`, to an existing list and to one the record lacks alike (patient-patch.yaml: 'otherwise the request is rejected')", () => {
    expect(buildPatientPatch({ addTelecom: [{ system: 'PHONE', value: '9' }] }, current)).toEqual([
      { op: 'add', path: '/telecom/-', value: { system: 'phone', value: '9' } },
    ]);
    expect(buildPatientPatch({ addAddress: [{ use: 'HOME', lines: ['1 High St'], postalCode: 'LS1 1AA' }] }, current)).toEqual([
      { op: 'add', path: '/address/-', value: { use: 'home', line: ['1 High St'], postalCode: 'LS1 1AA' } },
    ]);
  });

  it('refuses an unknown id, no changes, and a temp address without period or text', () => {
    expect(() => buildPatientPatch({ removeTelecomIds: ['nope'] }, current)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'UNKNOWN_ID' }) }),
    );
    expect(() => validatePatientChanges({})).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'NO_CHANGES' }) }));
    expect(() => validatePatientChanges({ addAddress: [{ use: 'TEMP', lines: ['x'], periodStart: '2026-01-01', periodEnd: '2026-02-01' }] })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_CHANGE' }) }),
    );
    // OTHER is what the graph reads for a use outside FHIR's value set: PDS would refuse it on a write.
    expect(() => validatePatientChanges({ addAddress: [{ use: 'OTHER', lines: ['x'] }] })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_CHANGE' }) }),
    );
    expect(() => validatePatientChanges({ addTelecom: [{ system: 'PHONE', value: '9', use: 'OTHER' }] })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_CHANGE' }) }),
    );
    expect(() =>
      validatePatientChanges({
        addAddress: [{ use: 'TEMP', lines: ['x'], text: 'Student Accommodation', periodStart: '2026-01-01', periodEnd: '2026-02-01' }],
      }),
    ).not.toThrow();
  });

  // patient-patch.yaml's business rules (Gender, Address) and Address.yaml / ContactPoint.yaml's value sets.
  const TEMP = { use: 'TEMP' as const, lines: ['x'], periodStart: '2026-01-01', periodEnd: '2026-02-01' };
  it.each([
    ['gender set to other', { gender: 'other' as const }],
    ['a work address (a legacy use PDS returns but never takes)', { addAddress: [{ use: 'WORK' as const, lines: ['x'] }] }],
    ['an old address', { addAddress: [{ use: 'OLD' as const, lines: ['x'] }] }],
    [
      'two home addresses',
      {
        addAddress: [
          { use: 'HOME' as const, lines: ['x'] },
          { use: 'HOME' as const, lines: ['y'] },
        ],
      },
    ],
    ["a temp address whose text is not one of Address.yaml's", { addAddress: [{ ...TEMP, text: 'away' }] }],
    ['a pager', { addTelecom: [{ system: 'PAGER' as const, value: '9' }] }],
    ['a contact point of old use', { addTelecom: [{ system: 'PHONE' as const, value: '9', use: 'OLD' as const }] }],
  ])('refuses %s: INVALID_CHANGE', (_, changes) => {
    expect(() => validatePatientChanges(changes)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_CHANGE' }) }));
  });

  it('refuses a second current home, temp or billing address, unless the one held is removed in the same change or has ended', () => {
    const housed: PdsPatient = {
      ...current,
      address: [
        { id: 'a1', use: 'home', line: ['1 High St'] },
        { id: 'a2', use: 'temp', line: ['2 Park Row'], text: 'Second Home', period: { start: '2020-01-01', end: '2020-02-01' } },
      ],
    };
    const home = { use: 'HOME' as const, lines: ['3 New St'] };
    expect(() => buildPatientPatch({ addAddress: [home] }, housed)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_CHANGE' }) }),
    );
    expect(() => buildPatientPatch({ addAddress: [home], removeAddressIds: ['a1'] }, housed)).not.toThrow();
    // The temp address held ended in 2020: a new one is the only current one.
    expect(() => buildPatientPatch({ addAddress: [{ ...TEMP, text: 'Holiday Home' }] }, housed)).not.toThrow();
  });
});
