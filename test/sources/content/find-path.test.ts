import { describe, expect, it } from 'vitest';
import { findHealthContentPath, type HealthContentIndexEntry } from '../../../src/sources/content/find-path.js';

const CONDITIONS: HealthContentIndexEntry[] = [
  { name: 'Type 1 diabetes', path: '/conditions/type-1-diabetes/', codes: ['46635009'] },
  { name: 'Type 2 diabetes', path: '/conditions/type-2-diabetes/', codes: ['44054006'] },
  { name: 'High blood pressure (hypertension)', path: '/conditions/high-blood-pressure-hypertension/', codes: ['38341003'] },
  { name: 'Heart failure', path: '/conditions/heart-failure/', codes: [] },
  { name: "Athlete's foot", path: '/conditions/athletes-foot/', codes: [] },
];
const MEDICINES: HealthContentIndexEntry[] = [
  { name: 'Aciclovir (Zovirax)', path: '/medicines/aciclovir/', codes: [] },
  { name: 'Metformin', path: '/medicines/metformin/', codes: [] },
  { name: 'Paracetamol for adults', path: '/medicines/paracetamol-for-adults/', codes: [] },
  { name: 'Salbutamol inhaler', path: '/medicines/salbutamol-inhaler/', codes: [] },
];

describe('findHealthContentPath (pure)', () => {
  it.each([
    ['a SNOMED CT code the listing carries', { code: '44054006' }, CONDITIONS, '/conditions/type-2-diabetes/'],
    ['the code before a differing name', { name: 'Diabetes', code: '46635009' }, CONDITIONS, '/conditions/type-1-diabetes/'],
    ['an exact name, any case and punctuation', { name: 'HEART FAILURE' }, CONDITIONS, '/conditions/heart-failure/'],
    ['the bracketed alternative name', { name: 'Hypertension' }, CONDITIONS, '/conditions/high-blood-pressure-hypertension/'],
    ['a record name that starts with a listed name', { name: 'Type 2 diabetes mellitus' }, CONDITIONS, '/conditions/type-2-diabetes/'],
    ['an apostrophe', { name: 'Athletes foot' }, CONDITIONS, '/conditions/athletes-foot/'],
    ['a medication with dose and form', { name: 'Metformin 500mg modified-release tablets' }, MEDICINES, '/medicines/metformin/'],
    ['a brand in brackets', { name: 'Zovirax' }, MEDICINES, '/medicines/aciclovir/'],
    ['an inhaler with its strength', { name: 'Salbutamol 100micrograms/dose inhaler' }, MEDICINES, null],
    ['a name that only shares a word', { name: 'Diabetes' }, CONDITIONS, null],
    ['a code nothing carries, and no name', { code: '999999' }, CONDITIONS, null],
    ['nothing at all', {}, CONDITIONS, null],
  ])('matches %s', (_, term, entries, expected) => {
    expect(findHealthContentPath(term, entries)).toBe(expected);
  });

  it('prefers the longest listed name a record name starts with', () => {
    const entries = [...MEDICINES, { name: 'Paracetamol', path: '/medicines/paracetamol/', codes: [] }];
    expect(findHealthContentPath({ name: 'Paracetamol for adults 500mg tablets' }, entries)).toBe('/medicines/paracetamol-for-adults/');
    expect(findHealthContentPath({ name: 'Paracetamol 500mg tablets' }, entries)).toBe('/medicines/paracetamol/');
  });
});
