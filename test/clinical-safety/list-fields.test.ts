import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const SCHEMA = fileURLToPath(new URL('../../schema/', import.meta.url));

function isList(type: TypeNode): boolean {
  return type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.LIST_TYPE);
}

/** Every field of the SDL that returns a list and reaches an NHS API (`@source`), with its type's name. */
function sourcedListFields(): { name: string; field: FieldDefinitionNode }[] {
  const out: { name: string; field: FieldDefinitionNode }[] = [];
  for (const file of readdirSync(SCHEMA).filter((f) => f.endsWith('.graphql'))) {
    const doc = parse(readFileSync(`${SCHEMA}${file}`, 'utf8'));
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      for (const field of def.fields ?? []) {
        if (isList(field.type) && field.directives?.some((d) => d.name.value === 'source')) out.push({ name: `${def.name.value}.${field.name.value}`, field });
      }
    }
  }
  return out;
}

// Hazards H02 and H05 (docs/clinical-safety/hazard-log.md): an empty list must mean "none", never "could not read".
describe('list fields that reach an NHS API', () => {
  it('each say what an empty list means and that a failure is an error, never an empty list', () => {
    const fields = sourcedListFields();
    expect(fields.length).toBeGreaterThan(20);
    const silent = fields
      .filter(({ field }) => {
        const text = field.description?.value ?? '';
        return !/empty list means/i.test(text) || !/failure is an error, never an empty list/i.test(text);
      })
      .map(({ name }) => name);
    expect(silent).toEqual([]);
  });
});
