import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/** A trust's own subgraph: it adds care-team notes to the graph's Patient and lists the patients it looks after. */
const TRUST_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Patient @key(fields: "nhsNumber") {
    nhsNumber: String!
    careTeamNotes: [String!]!
  }
  type Query {
    wardPatients: [Patient!]!
  }
`;
/** The ward: PDS's sandbox patient and a seeded one of the embedded sandbox (set once the sandbox is up). */
const WARD = ['9000000009'];

async function startTrustSubgraph(): Promise<{ url: string; server: ApolloServer }> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(TRUST_SDL),
    resolvers: {
      Query: { wardPatients: () => WARD.map((nhsNumber) => ({ nhsNumber })) },
      Patient: {
        __resolveReference: (ref: { nhsNumber: string }) => ({ nhsNumber: ref.nhsNumber }),
        careTeamNotes: (p: { nhsNumber: string }) => [`ward 7 note for ${p.nhsNumber.slice(-4)}`],
      },
    } as never,
  });
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, server };
}

interface Answer<D> {
  data?: D;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface GatewayContext {
  authorization?: string;
}

describe('nhs-graph as an Apollo Federation v2 subgraph', () => {
  let nhs: TestGraph;
  let trust: { url: string; server: ApolloServer };
  let gateway: ApolloServer;
  let gatewayUrl: string;
  let bearer: string;

  beforeAll(async () => {
    nhs = await startTestGraph({ server: { federation: true } });
    WARD.push(nhs.sandbox.population.patients.find((p) => !p.restricted && p.nhsNumber !== '9000000009')!.nhsNumber);
    trust = await startTrustSubgraph();
    const nhsSdl = (await nhs.run<{ _service: { sdl: string } }>('{ _service { sdl } }')).data!._service.sdl;
    const composed = composeServices([
      { name: 'nhs', url: `${nhs.url}/graphql`, typeDefs: parse(nhsSdl) },
      { name: 'trust', url: trust.url, typeDefs: parse(TRUST_SDL) },
    ]);
    expect(composed.errors ?? []).toEqual([]);
    // The gateway passes the caller's bearer token on to nhs-graph, which verifies it and applies its access rules.
    gateway = new ApolloServer<GatewayContext>({
      gateway: new ApolloGateway({
        supergraphSdl: composed.supergraphSdl!,
        buildService: ({ url }) =>
          new RemoteGraphQLDataSource<GatewayContext>({
            url,
            willSendRequest({ request: outgoing, context }) {
              if (context.authorization) outgoing.http?.headers.set('authorization', context.authorization);
            },
          }),
      }),
    });
    gatewayUrl = (
      await startStandaloneServer(gateway, {
        listen: { port: 0, host: '127.0.0.1' },
        context: async ({ req }) => ({ authorization: req.headers.authorization }),
      })
    ).url;
    bearer = `Bearer ${await nhs.tokenFor({ staff: 'clinician' })}`;
  });
  afterAll(async () => {
    await gateway?.stop();
    await trust?.server.stop();
    await nhs?.close();
  });
  beforeEach(() => nhs.resetCalls());

  /** GraphQL requests nhs-graph has answered, from its own metrics. */
  async function graphRequests(): Promise<number> {
    const metric = await nhs.graph.metrics!.registry.getSingleMetric('nhs_graph_graphql_requests_total')!.get();
    return metric.values.reduce((sum, v) => sum + v.value, 0);
  }

  async function viaGateway<D>(query: string, variables?: Record<string, unknown>): Promise<Answer<D>> {
    const res = await request(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.body.json()) as Answer<D>;
  }

  it('publishes its SDL with the entity keys through _service', async () => {
    const r = await nhs.run<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(r.data?._service.sdl).toMatch(/type Patient\s+@key\(fields: "nhsNumber"\)/);
    expect(r.data?._service.sdl).toMatch(/type Organisation\s+@key\(fields: "odsCode"\)/);
  });

  it('answers a query that starts in nhs-graph and crosses to the trust subgraph through the gateway', async () => {
    const r = await viaGateway<{ patient: { name: { family: string }; careTeamNotes: string[]; registeredGp: { odsCode: string } } }>(
      'query ($n: NhsNumber!) { patient(nhsNumber: $n) { name { family } registeredGp { odsCode } careTeamNotes } }',
      { n: '9000000009' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.patient).toEqual({ name: { family: 'Smith' }, registeredGp: { odsCode: 'Y12345' }, careTeamNotes: ['ward 7 note for 0009'] });
    // The GP practice's code is PDS's: ODS is not asked for it.
    expect(nhs.calls()).toEqual({ pds: 1 });
  });

  it('resolves Patient entities the trust subgraph names, one PDS read per patient, batched in one _entities call', async () => {
    const before = await graphRequests();
    const r = await viaGateway<{ wardPatients: { nhsNumber: string; careTeamNotes: string[]; birthDate: string | null }[] }>(
      '{ wardPatients { nhsNumber birthDate careTeamNotes } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.wardPatients.map((p) => p.nhsNumber)).toEqual(WARD);
    expect(r.data?.wardPatients[0]?.birthDate).toBe('2010-10-22');
    expect(nhs.calls()).toEqual({ pds: 2 });
    expect((await graphRequests()) - before).toBe(1);
  });

  it('resolves an Organisation reference by ODS code through _entities', async () => {
    const r = await nhs.run<{ _entities: { odsCode: string; name: string }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { odsCode name } } }',
      { r: [{ __typename: 'Organisation', odsCode: 'y12345' }] },
    );
    expect(r.data?._entities).toEqual([{ odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' }]);
    expect(nhs.calls()).toEqual({ ods: 1 });
  });

  it('refuses a reference with an invalid NHS number with BAD_USER_INPUT before any upstream call', async () => {
    const r = await nhs.run('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { birthDate } } }', {
      r: [{ __typename: 'Patient', nhsNumber: '9000000001' }],
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_NHS_NUMBER' });
    expect(nhs.calls()).toEqual({});
  });
});
