import { readFileSync } from 'node:fs';
import { getNamedType, isEnumType, isNonNullType, isObjectType, isScalarType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apolloTypePolicies, embeddedTypes, entityKeys, ERROR_CODES, errorCode, scalars, urqlKeys } from '@nhs-graph/sdk';
import { SDK_SCHEMA, sdkSchemaText } from '../../sdk/scripts/build.js';
import { ERROR_CODES as SERVER_ERROR_CODES } from '../../src/errors.js';
import { buildSchema } from '../../src/graph/index.js';

const schema: GraphQLSchema = buildSchema();

describe('@nhs-graph/sdk', () => {
  it('ships the schema as schema/ gives it (run `npm run sdk:build` after an SDL change)', () => {
    expect(readFileSync(SDK_SCHEMA, 'utf8')).toBe(sdkSchemaText());
  });

  it("has the schema's ErrorCode enum, src/errors.ts and the SDK agree on the closed list of codes", () => {
    const enumType = schema.getType('ErrorCode');
    expect(isEnumType(enumType)).toBe(true);
    const inSchema = isEnumType(enumType) ? enumType.getValues().map((v) => v.name) : [];
    expect([...inSchema].sort()).toEqual([...SERVER_ERROR_CODES].sort());
    expect([...ERROR_CODES].sort()).toEqual([...SERVER_ERROR_CODES].sort());
    expect(errorCode({ extensions: { code: 'NOT_FOUND' } })).toBe('NOT_FOUND');
    expect(errorCode({ extensions: { code: 'SOMETHING_ELSE' } })).toBeUndefined();
  });

  it('maps every custom scalar of the schema, and nothing else', () => {
    const custom = Object.values(schema.getTypeMap())
      .filter((t) => isScalarType(t) && !isSpecifiedScalarType(t))
      .map((t) => t.name);
    expect(Object.keys(scalars).sort()).toEqual(custom.sort());
  });

  it('keys each entity by a non-null field it has, for urql and Apollo Client alike', () => {
    for (const [type, field] of Object.entries(entityKeys)) {
      const t = schema.getType(type);
      expect(isObjectType(t), type).toBe(true);
      const f = isObjectType(t) ? t.getFields()[field] : undefined;
      expect(f && isNonNullType(f.type) && isScalarType(getNamedType(f.type)), `${type}.${field}`).toBe(true);
      expect(apolloTypePolicies[type]).toEqual({ keyFields: [field] });
      expect(urqlKeys[type]!({ __typename: type, [field]: 'K1' })).toBe('K1');
    }
    expect(urqlKeys.Patient!({ nhsNumber: '9000000009' })).toBe('9000000009');
    expect(apolloTypePolicies.Organisation).toEqual({ keyFields: ['odsCode'] });
    for (const type of embeddedTypes) {
      const t = schema.getType(type);
      expect(isObjectType(t), type).toBe(true);
      // Embedded means no identity: no `id` field that a cache would key by on its own.
      expect(isObjectType(t) && 'id' in t.getFields(), type).toBe(false);
      expect(urqlKeys[type]!({})).toBeNull();
      expect(apolloTypePolicies[type]).toEqual({ keyFields: false });
    }
  });
});
