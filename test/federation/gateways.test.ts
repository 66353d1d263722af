import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices as apolloCompose } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices as guildCompose } from '@theguild/federation-composition';
import { Kind, parse, type DocumentNode } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { subgraphSdl } from '../../src/federation/subgraph.js';
import { buildSchema } from '../../src/graph/index.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/** What this test uses of Hive Gateway's runtime. */
interface HiveRuntime {
  createGatewayRuntime(config: {
    supergraph: string;
    logging: boolean;
    propagateHeaders: { fromClientToSubgraphs: (payload: { request: Request }) => Record<string, string | null> };
  }): ((req: IncomingMessage, res: ServerResponse) => void) & { dispose(): Promise<void> | void };
}
/**
 * Loaded by a specifier TypeScript does not follow: graphql-yoga's types (under the runtime's) augment graphql's
 * GraphQLErrorExtensions globally with a narrower `http.headers`, which would fail the typecheck of src/context.ts.
 */
const HIVE_RUNTIME: string = '@graphql-hive/gateway-runtime';

/**
 * A trust's subgraph as a platform team writes it: its own outpatient `Appointment`, a Relay `PageInfo`, plain `String!`
 * keys, and references to the graph's entities (with FEDERATION_TYPE_PREFIX=Nhs: NhsPatient, NhsAppointment).
 */
const TRUST_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  type NhsPatient @key(fields: "nhsNumber") {
    nhsNumber: String!
    "Notes the trust's care team keeps."
    careTeamNotes: [String!]!
  }
  type NhsAppointment @key(fields: "id", resolvable: false) {
    id: ID!
  }
  "An outpatient appointment in the trust's PAS: nothing to do with GP Connect's."
  type Appointment @key(fields: "id") {
    id: ID!
    clinic: String!
    start: String!
    patient: NhsPatient
    "The GP appointment this one follows up."
    gpAppointment: NhsAppointment
  }
  type AppointmentConnection {
    nodes: [Appointment!]!
    pageInfo: PageInfo!
  }
  type PageInfo @shareable {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }
  type Query {
    clinicList(first: Int): AppointmentConnection!
  }
`;

/** The same trust before it hears of the prefix: its types collide by name with the graph's. */
const PLAIN_TRUST_SDL = TRUST_SDL.replace(/NhsPatient/g, 'Patient').replace(/NhsAppointment/g, 'GpAppointmentRef');

interface TrustAppointment {
  id: string;
  nhsNumber: string;
  gpAppointmentId: string;
}

async function startTrustSubgraph(clinic: TrustAppointment[]): Promise<{ url: string; server: ApolloServer }> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(TRUST_SDL),
    resolvers: {
      Query: {
        clinicList: (_: unknown, { first }: { first?: number }) => {
          const nodes = clinic.slice(0, first ?? clinic.length);
          return {
            nodes,
            pageInfo: {
              hasNextPage: nodes.length < clinic.length,
              hasPreviousPage: false,
              startCursor: nodes[0]?.id ?? null,
              endCursor: nodes.at(-1)?.id ?? null,
            },
          };
        },
      },
      Appointment: {
        clinic: () => 'Cardiology OPD 3',
        start: () => '2026-12-14T09:30:00Z',
        patient: (a: TrustAppointment) => ({ nhsNumber: a.nhsNumber }),
        gpAppointment: (a: TrustAppointment) => ({ id: a.gpAppointmentId }),
      },
      NhsPatient: {
        __resolveReference: (ref: { nhsNumber: string }) => ({ nhsNumber: ref.nhsNumber }),
        careTeamNotes: (p: { nhsNumber: string }) => [`cardiology note for ${p.nhsNumber.slice(-4)}`],
      },
    } as never,
  });
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, server };
}

interface Answer<D> {
  data?: D | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Error codes of an answer, whatever shape a gateway gives downstream errors. */
function codes(answer: Answer<unknown>): string[] {
  return (answer.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The type of each entity's key field as the published subgraph SDL declares it. */
function keyTypes(sdl: string): Record<string, string> {
  const out: Record<string, string> = {};
  // A key may sit on the type's definition or on an extension of it (the published SDL keeps schema/federation/'s).
  const definitions = parse(sdl).definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
  for (const def of definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const key = definitions
      .filter((d) => d.name.value === def.name.value)
      .flatMap((d) => d.directives ?? [])
      .find((d) => d.name.value === 'key')?.arguments?.[0]?.value;
    if (key?.kind !== Kind.STRING) continue;
    const field = def.fields?.find((f) => f.name.value === key.value);
    out[def.name.value] = `${key.value}: ${field ? printType(field.type) : '?'}`;
  }
  return out;
}
function printType(type: { kind: string; type?: unknown; name?: { value: string } }): string {
  if (type.kind === Kind.NON_NULL_TYPE) return `${printType(type.type as never)}!`;
  if (type.kind === Kind.LIST_TYPE) return `[${printType(type.type as never)}]`;
  return type.name!.value;
}

describe('composing the graph with a subgraph that has ordinary type names', () => {
  const plain = subgraphSdl(buildSchema({ federation: true }));
  const prefixed = subgraphSdl(buildSchema({ federation: { typePrefix: 'Nhs' } }));
  const services = (nhs: string, trust: string): { name: string; url: string; typeDefs: DocumentNode }[] => [
    { name: 'nhs', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(nhs) },
    { name: 'trust', url: 'http://127.0.0.1:2/graphql', typeDefs: parse(trust) },
  ];

  it('publishes a key on Patient, Organisation, Appointment, Prescription and Referral, as String! (Appointment: ID!)', () => {
    expect(keyTypes(plain)).toEqual({
      Patient: 'nhsNumber: String!',
      Organisation: 'odsCode: String!',
      Appointment: 'id: ID!',
      Prescription: 'id: String!',
      Referral: 'ubrn: String!',
    });
    expect(keyTypes(prefixed)).toEqual({
      NhsPatient: 'nhsNumber: String!',
      NhsOrganisation: 'odsCode: String!',
      NhsAppointment: 'id: ID!',
      NhsPrescription: 'id: String!',
      NhsReferral: 'ubrn: String!',
    });
  });

  it('composes a String! Patient key and a @shareable PageInfo of the trust with the unprefixed graph', () => {
    // The trust extends Patient and has its own PageInfo, with the same fields as the graph's (a @shareable value type
    // with a field one side lacks cannot be satisfied: then use the type prefix).
    const trust = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
      type Patient @key(fields: "nhsNumber") { nhsNumber: String! careTeamNotes: [String!]! }
      type PageInfo @shareable { hasNextPage: Boolean! endCursor: String }
      type WardConnection { nodes: [Patient!]! pageInfo: PageInfo! }
      type Query { ward(first: Int): WardConnection! }
    `;
    for (const compose of [apolloCompose, guildCompose]) {
      const composed = compose(services(plain, trust));
      expect(composed.errors?.map((e) => e.message) ?? []).toEqual([]);
      expect(composed.supergraphSdl).toMatch(/ward\(first: Int\): WardConnection!/);
    }
  });

  it("refuses a trust's own Appointment beside the graph's unprefixed one, and composes it with FEDERATION_TYPE_PREFIX", () => {
    const clash = apolloCompose(services(plain, PLAIN_TRUST_SDL));
    expect(clash.errors?.map((e) => String(e.extensions?.code))).toContain('FIELD_TYPE_MISMATCH');
    for (const compose of [apolloCompose, guildCompose]) {
      const composed = compose(services(prefixed, TRUST_SDL));
      expect(composed.errors?.map((e) => e.message) ?? []).toEqual([]);
    }
  });
});

describe.each(['Hive Gateway', 'Apollo Gateway'] as const)('the graph and a trust subgraph through %s', (gatewayName) => {
  let nhs: TestGraph;
  let trust: { url: string; server: ApolloServer };
  let close: () => Promise<void>;
  let gatewayUrl: string;
  let clinician: string;
  const clinic: TrustAppointment[] = [];

  beforeAll(async () => {
    nhs = await startTestGraph({ server: { federation: { typePrefix: 'Nhs' } } });
    const other = nhs.sandbox.population.patients.find((p) => !p.restricted && p.nhsNumber !== '9000000009')!.nhsNumber;
    // The platform sandbox's appointment 1 is 9000000009's (GP Connect's example).
    clinic.push(
      { id: 'OPD-1', nhsNumber: '9000000009', gpAppointmentId: '1' },
      { id: 'OPD-2', nhsNumber: other, gpAppointmentId: '1' },
      { id: 'OPD-3', nhsNumber: other, gpAppointmentId: '1' },
    );
    trust = await startTrustSubgraph(clinic);
    const nhsSdl = (await nhs.run<{ _service: { sdl: string } }>('{ _service { sdl } }')).data!._service.sdl;
    const services = [
      { name: 'nhs', url: `${nhs.url}/graphql`, typeDefs: parse(nhsSdl) },
      { name: 'trust', url: trust.url, typeDefs: parse(TRUST_SDL) },
    ];
    if (gatewayName === 'Hive Gateway') {
      // Hive Gateway's runtime (the gateway without its CLI), composed by The Guild's composition library, forwarding
      // the caller's Authorization header to every subgraph.
      const composed = guildCompose(services);
      expect(composed.errors ?? []).toEqual([]);
      const { createGatewayRuntime } = (await import(HIVE_RUNTIME)) as HiveRuntime;
      const hive = createGatewayRuntime({
        supergraph: composed.supergraphSdl!,
        logging: false,
        propagateHeaders: { fromClientToSubgraphs: ({ request: incoming }) => ({ authorization: incoming.headers.get('authorization') }) },
      });
      const server: Server = createServer(hive);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      close = async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await hive.dispose();
      };
    } else {
      const composed = apolloCompose(services);
      expect(composed.errors ?? []).toEqual([]);
      const gateway = new ApolloServer<{ authorization?: string }>({
        gateway: new ApolloGateway({
          supergraphSdl: composed.supergraphSdl!,
          buildService: ({ url }) =>
            new RemoteGraphQLDataSource<{ authorization?: string }>({
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
      close = () => gateway.stop();
    }
    clinician = `Bearer ${await nhs.tokenFor({ staff: 'clinician' })}`;
  });
  afterAll(async () => {
    await close?.();
    await trust?.server.stop();
    await nhs?.close();
  });
  beforeEach(() => nhs.resetCalls());

  async function viaGateway<D>(query: string, authorization?: string): Promise<Answer<D>> {
    const res = await request(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.body.json()) as Answer<D>;
  }

  const CLINIC = `{ clinicList(first: 2) {
    nodes { id clinic patient { nhsNumber careTeamNotes birthDate registeredGp { odsCode name } } gpAppointment { id status practiceOdsCode } }
    pageInfo { hasNextPage endCursor }
  } }`;
  type Clinic = {
    clinicList: {
      nodes: {
        id: string;
        clinic: string;
        patient: { nhsNumber: string; careTeamNotes: string[]; birthDate: string | null; registeredGp: { odsCode: string; name: string } | null } | null;
        gpAppointment: { id: string; status: string | null } | null;
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  it("gives a clinician the trust's clinic list with each patient's PDS record and GP appointment from the graph", async () => {
    const r = await viaGateway<Clinic>(CLINIC, clinician);
    expect(r.errors).toBeUndefined();
    const [first, second] = r.data!.clinicList.nodes;
    expect(r.data!.clinicList.pageInfo).toEqual({ hasNextPage: true, endCursor: 'OPD-2' });
    expect(first).toMatchObject({ id: 'OPD-1', clinic: 'Cardiology OPD 3', gpAppointment: { id: '1' } });
    expect(first!.patient).toEqual({
      nhsNumber: '9000000009',
      careTeamNotes: ['cardiology note for 0009'],
      birthDate: '2010-10-22',
      registeredGp: { odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' },
    });
    expect(second!.patient?.nhsNumber).toBe(clinic[1]!.nhsNumber);
    expect(second!.patient?.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // One PDS read per patient and one GP Connect read for the appointment both rows follow up (deduplicated).
    const calls = nhs.calls();
    expect(calls.pds).toBe(2);
    expect(calls['gpc-appointments']).toBe(1);
    // The reads are audited under the clinician, with the entity's root field.
    const audit = await nhs.auditRecords();
    expect(audit.some((a) => a.nhsNumber === clinic[1]!.nhsNumber && a.outcome === 'success' && a.fields.includes('Query.patient'))).toBe(true);
  });

  it("refuses the graph's patient data to an anonymous caller (UNAUTHENTICATED) while the trust's own data still arrives", async () => {
    const r = await viaGateway<Clinic>(CLINIC);
    expect(r.data?.clinicList.nodes.map((n) => n.clinic)).toEqual(['Cardiology OPD 3', 'Cardiology OPD 3']);
    expect(r.data?.clinicList.nodes.map((n) => n.patient?.birthDate ?? null)).toEqual([null, null]);
    expect(r.data?.clinicList.nodes.map((n) => n.gpAppointment?.status ?? null)).toEqual([null, null]);
    expect(codes(r).length).toBeGreaterThan(0);
    expect(new Set(codes(r))).toEqual(new Set(['UNAUTHENTICATED']));
    // Refused before any upstream call.
    expect(nhs.calls().pds).toBeUndefined();
    expect(nhs.calls()['gpc-appointments']).toBeUndefined();
  });
});
