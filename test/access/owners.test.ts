import { buildSchema, type GraphQLNamedType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OwnerFinder, type Owners } from '../../src/access/owners.js';
import { PatientLinks } from '../../src/access/patient-links.js';

const schema = buildSchema(`
  scalar NhsNumber
  type Patient { nhsNumber: NhsNumber name: String }
  type Prescription { id: ID patient: Patient }
  type Query { patient: Patient prescription: Prescription }
`);
const finder = new OwnerFinder(new PatientLinks(schema));
finder.attach(schema);
const info = { parentType: schema.getQueryType() } as unknown as GraphQLResolveInfo;
const ownersOf = (value: unknown, type: string): Owners | Promise<Owners> =>
  finder.ownersOf(value, schema.getType(type) as GraphQLNamedType, {}, info, new WeakMap());

describe("whose an object is, read from the object's own fields", () => {
  it('reads a plain NHS-number property, spaces removed, and through a Patient field', () => {
    expect(ownersOf({ nhsNumber: '900 000 0009' }, 'Patient')).toEqual(['9000000009']);
    expect(ownersOf({ id: 'p1', patient: { nhsNumber: '9000000017' } }, 'Prescription')).toEqual(['9000000017']);
    expect(ownersOf({ nhsNumber: '' }, 'Patient')).toEqual([null]);
  });

  it('counts a field that cannot be read as naming no one (a citizen is then refused), never failing the field', () => {
    const unreadable = {
      get nhsNumber(): string {
        throw new Error('not loaded');
      },
    };
    expect(ownersOf(unreadable, 'Patient')).toEqual([null]);
    expect(ownersOf({ id: 'p2', patient: unreadable }, 'Prescription')).toEqual([null]);
  });
});
