import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyRestrictedPatientRule, RESTRICTED_PATIENT_FIELDS } from '../../src/access/restricted.js';
import { buildSchema } from '../../src/graph/index.js';

/** The rule is one table checked against the schema: these run the transform itself (no socket, no upstream). */
describe('the restricted-patient table', () => {
  it('names only fields the schema has', () => {
    const schema = buildSchema();
    for (const coordinate of Object.keys(RESTRICTED_PATIENT_FIELDS)) {
      const [type = '', field = ''] = coordinate.split('.');
      const object = schema.getType(type) as { getFields?: () => Record<string, unknown> } | undefined;
      expect(object?.getFields?.()[field], coordinate).toBeDefined();
    }
  });

  it('withholds (null or an empty list, as the type says) and refuses the fields it names, for a restricted patient only', async () => {
    const calls: string[] = [];
    const typeDefs = `
      type Query { patient(restricted: Boolean!): Patient prescription: Rx referral: Rx }
      type Rx { id: String }
      type Patient {
        addresses: [String!]! telecom: [String!]! registeredGpOdsCode: String registeredGp: String
        nominatedPharmacyOdsCode: String nominatedPharmacy: String
        gpRecord: String documents: [String!] appointments: [String!] prescriptions: [String!] referrals: [String!] waitingList: [String!]
      }`;
    const upstream = (name: string, value: unknown) => () => {
      calls.push(name);
      return value;
    };
    const schema = applyRestrictedPatientRule(
      makeExecutableSchema({
        typeDefs,
        resolvers: {
          Query: {
            patient: (_: unknown, { restricted }: { restricted: boolean }) => ({
              restricted,
              addresses: ['1 Street'],
              telecom: ['0123'],
              registeredGpOdsCode: 'A12345',
            }),
          },
          Patient: { registeredGp: upstream('ods', 'Practice'), gpRecord: upstream('gp-connect', 'record'), waitingList: upstream('wlmds', ['entry']) },
        },
      }),
    );
    const query = '{ patient(restricted: $r) { addresses telecom registeredGpOdsCode registeredGp gpRecord waitingList } }';
    const open = await graphql({ schema, source: query.replace('$r', 'false') });
    expect(open.errors).toBeUndefined();
    expect(open.data?.patient).toEqual({
      addresses: ['1 Street'],
      telecom: ['0123'],
      registeredGpOdsCode: 'A12345',
      registeredGp: 'Practice',
      gpRecord: 'record',
      waitingList: ['entry'],
    });
    expect(calls).toEqual(['ods', 'gp-connect', 'wlmds']);

    calls.length = 0;
    const restricted = await graphql({ schema, source: query.replace('$r', 'true') });
    expect(restricted.data?.patient).toEqual({ addresses: [], telecom: [], registeredGpOdsCode: null, registeredGp: null, gpRecord: null, waitingList: null });
    expect(restricted.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['patient.gpRecord', 'NOT_FOUND'],
      ['patient.waitingList', 'NOT_FOUND'],
    ]);
    expect(calls).toEqual([]);
  });
});
