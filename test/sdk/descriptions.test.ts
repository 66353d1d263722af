import { getNamedType, isEnumType, isInterfaceType, isListType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { getDirective } from '@graphql-tools/utils';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graph/index.js';
import { USER_ERRORS } from '../../src/graph/user-errors.js';
import { API_IDS } from '../../src/upstream/apis.js';
import { auditDescriptions } from './descriptions.js';

const schema: GraphQLSchema = buildSchema();

/** How a description may name each NHS API (its full name or the short name the NHS uses for it). */
const API_NAMES: Record<string, RegExp> = {
  pds: /Personal Demographics Service|\bPDS\b/,
  ods: /Organisation Data Service|\bODS\b/,
  'gpc-access-record': /GP Connect/,
  'gpc-appointments': /GP Connect/,
  ers: /e-Referral Service|\be-RS\b/,
  bars: /Booking and Referral Standard|\bBaRS\b/,
  sds: /Spine Directory Service|\bSDS\b/,
  content: /Website Content|nhs\.uk/,
  'eps-prescribing': /Electronic Prescription Service|\bEPS\b/,
  'eps-dispensing': /Electronic Prescription Service|\bEPS\b/,
  'eps-tracker': /Clinical Prescription Tracker|\btracker\b/,
  wlmds: /Waiting List|\bWLMDS\b/,
};

describe('the schema as an app developer reads it', () => {
  it('describes every type, field, argument, enum value and input field the graph serves', () => {
    const { missing, counts } = auditDescriptions(schema);
    expect(missing).toEqual([]);
    expect(counts.fields.total).toBeGreaterThan(500);
  });

  it('names, in each field that calls an NHS API, which API that is', () => {
    const unnamed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const api = getDirective(schema, field, 'source')?.[0]?.api as string | undefined;
        if (api === undefined) continue;
        const names = API_NAMES[api];
        // The field's own description, or (for the fields of a type that is all one API's data) its type's.
        const text = `${field.description ?? ''} ${type.description ?? ''}`;
        if (!names || !names.test(text)) unnamed.push(`${type.name}.${field.name} (@source ${api})`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it("has @source take the NhsApi enum, whose values stand for src/upstream/apis.ts's API ids", () => {
    const nhsApi = schema.getType('NhsApi');
    expect(
      isEnumType(nhsApi) &&
        nhsApi
          .getValues()
          .map((v) => v.value)
          .sort(),
    ).toEqual([...API_IDS].sort());
    const directive = schema.getDirective('source');
    expect(directive && String(getNamedType(directive.args[0]!.type))).toBe('NhsApi');
    const patient = schema.getQueryType()!.getFields().patient!;
    // What the access rules, the audit trail and the readiness probes read: the API id, not the enum's name.
    expect(getDirective(schema, patient, 'source')?.[0]?.api).toBe('pds');
  });

  it('returns from every mutation a payload with its result and typed user errors, the same codes as the graph reports', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !f.name.startsWith('_'));
    expect(mutations.map((f) => f.name).sort()).toEqual(Object.keys(USER_ERRORS).sort());
    for (const mutation of mutations) {
      const payload = getNamedType(mutation.type);
      const name = mutation.name[0]!.toUpperCase() + mutation.name.slice(1);
      expect(payload.name, mutation.name).toBe(`${name}Payload`);
      expect(isNonNullType(mutation.type), mutation.name).toBe(true);
      const fields = isObjectType(payload) ? payload.getFields() : {};
      const userErrors = fields.userErrors!;
      expect(isNonNullType(userErrors.type) && isListType(userErrors.type.ofType), mutation.name).toBe(true);
      const userError = getNamedType(userErrors.type);
      expect(userError.name, mutation.name).toBe(`${name}UserError`);
      expect(isObjectType(userError) && userError.getInterfaces().map((i) => i.name)).toEqual(['UserError']);
      const code = isObjectType(userError) ? userError.getFields().code! : undefined;
      const codes = code && getNamedType(code.type);
      expect(
        isEnumType(codes) &&
          codes
            .getValues()
            .map((v) => v.name)
            .sort(),
        mutation.name,
      ).toEqual(Object.keys(USER_ERRORS[mutation.name as keyof typeof USER_ERRORS]).sort());
      // One result field besides userErrors, nullable: null when refused.
      const results = Object.values(fields).filter((f) => f.name !== 'userErrors');
      expect(results.length, mutation.name).toBe(1);
      expect(isNonNullType(results[0]!.type), mutation.name).toBe(false);
    }
    const userError = schema.getType('UserError');
    expect(isInterfaceType(userError) && Object.keys(userError.getFields()).sort()).toEqual(['field', 'message']);
  });
});
