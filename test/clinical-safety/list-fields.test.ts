import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const SCHEMA = fileURLToPath(new URL('../../schema/', import.meta.url));

function isList(type: TypeNode): boolean {
  return type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.LIST_TYPE);
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * Every field of the SDL that reaches an NHS API (`@source`) and answers a list: a list type, or a page whose type holds
 * the list (`nodes`).
 */
function sourcedListFields(): { name: string; field: FieldDefinitionNode }[] {
  const docs = readdirSync(SCHEMA)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => parse(readFileSync(`${SCHEMA}${f}`, 'utf8')));
  const objects = docs.flatMap((d) => d.definitions).filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
  const pages = new Set(objects.filter((d) => d.fields?.some((f) => f.name.value === 'nodes' && isList(f.type))).map((d) => d.name.value));
  const out: { name: string; field: FieldDefinitionNode }[] = [];
  for (const def of objects) {
    for (const field of def.fields ?? []) {
      const listing = isList(field.type) || pages.has(namedType(field.type));
      if (listing && field.directives?.some((d) => d.name.value === 'source')) out.push({ name: `${def.name.value}.${field.name.value}`, field });
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
        const text = (field.description?.value ?? '').replace(/\s+/g, ' ');
        return !/empty list means/i.test(text) || !/failure is an error, never an empty list/i.test(text);
      })
      .map(({ name }) => name);
    expect(silent).toEqual([]);
  });
});
