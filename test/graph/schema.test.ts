import { getDirective } from '@graphql-tools/utils';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graph/index.js';
import { API_IDS } from '../../src/upstream/apis.js';

describe('the schema', () => {
  const schema = buildSchema();

  it('names only known NHS APIs in @source', () => {
    const used = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        for (const d of getDirective(schema, field, 'source') ?? []) used.add(String(d.api));
      }
    }
    expect(used.size).toBeGreaterThan(0);
    for (const api of used) expect(API_IDS as string[]).toContain(api);
  });
});
