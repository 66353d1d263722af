import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scalars as sdkScalars } from '../../sdk/index.js';
import { loadTypeDefs } from '../../src/graph/index.js';
import { scalarResolvers } from '../../src/graph/scalars.js';

const GRAPH_DIR = fileURLToPath(new URL('../../src/graph/', import.meta.url));

describe('the custom scalars', () => {
  it('are registered in one place, src/graph/scalars.ts, naming exactly the scalars of schema/ and of the SDK map', () => {
    const declared = loadTypeDefs().flatMap((sdl) => [...sdl.matchAll(/^scalar (\w+)/gm)].map((m) => m[1]));
    expect(Object.keys(scalarResolvers).sort()).toEqual([...declared].sort());
    expect(Object.keys(sdkScalars).sort()).toEqual([...declared].sort());
  });

  it('are in no other resolver map of src/graph/', async () => {
    const elsewhere: string[] = [];
    for (const file of readdirSync(GRAPH_DIR).filter((f) => f.endsWith('.ts') && f !== 'scalars.ts')) {
      const module = (await import(`../../src/graph/${file}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (!value || typeof value !== 'object') continue;
        for (const [field, v] of Object.entries(value)) if (v instanceof GraphQLScalarType) elsewhere.push(`${file} ${name}.${field}`);
      }
    }
    expect(elsewhere).toEqual([]);
  });
});
