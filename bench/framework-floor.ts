/**
 * What the fixed stack costs before the graph does anything of its own: scenario a's query (PatientWithPractice)
 * answered in-process, with no upstream call, no HTTP socket, no token, no access rule and no audit, by
 *
 *   hand-written      two awaited look-ups, the answer object built by hand, JSON.stringify (the REST baseline's shape)
 *   graphql-jit       the same resolvers under a schema, the query compiled once by graphql-jit, JSON.stringify
 *   graphql-js        the same, executed by graphql-js from the parsed document
 *   apollo + jit      @apollo/server's executeHTTPGraphQLRequest, executing through the graph's own compiled executor
 *                     (src/execution/compiled-executor.ts) with Apollo's defaults that the graph turns off, off
 *   apollo            @apollo/server's executeHTTPGraphQLRequest with graphql-js, the same defaults off
 *
 * Each runs 50 requests at a time (as the bench's 50 clients) until 40,000 are done, after a warm-up; CPU per request
 * is the process's user + system time over the run. Apollo's request pipeline is the difference between the
 * `apollo + jit` and `graphql-jit` rows: work every request pays, whatever the graph's own code does.
 *
 *   npx tsx bench/framework-floor.ts            (FLOOR_QUICK=1: one short round, to check that it runs)
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { compiledExecution } from '../src/execution/compiled-executor.js';
import { median } from './percentile.js';
import { PATIENT_WITH_PRACTICE } from './scenarios.js';

const typeDefs = /* GraphQL */ `
  scalar NhsNumber
  type Query { patient(nhsNumber: NhsNumber!): Patient }
  type Patient { nhsNumber: String! version: String restricted: Boolean! name: Name registeredGp: Organisation nominatedPharmacy: Organisation }
  type Name { given: [String!]! family: String }
  type Organisation { odsCode: String! name: String primaryRole: Role }
  type Role { code: String! display: String }
`;

interface Org {
  odsCode: string;
  name: string;
  roles: { code: string; display: string; primary: boolean }[];
}
const ORGS = new Map<string, Org>([
  [
    'Y12345',
    {
      odsCode: 'Y12345',
      name: 'The Surgery',
      roles: [
        { code: 'RO177', display: 'PRESCRIBING COST CENTRE', primary: true },
        { code: 'RO76', display: 'GP PRACTICE', primary: false },
      ],
    },
  ],
  ['FA565', { odsCode: 'FA565', name: 'The Pharmacy', roles: [{ code: 'RO182', display: 'PHARMACY', primary: true }] }],
]);
const patientOf = async (nhsNumber: string) => ({
  nhsNumber,
  version: '2',
  restricted: false,
  name: { given: ['Jane'], family: 'Smith' },
  gp: 'Y12345',
  pharmacy: 'FA565',
});
const orgOf = async (code: string) => ORGS.get(code) ?? null;
const roleOf = async (org: Org) => {
  const role = org.roles.find((r) => r.primary);
  return role ? { code: role.code, display: role.display } : null;
};

type PatientRow = Awaited<ReturnType<typeof patientOf>>;
const resolvers = {
  Query: { patient: (_: unknown, args: { nhsNumber: string }) => patientOf(args.nhsNumber) },
  Patient: { registeredGp: (p: PatientRow) => orgOf(p.gp), nominatedPharmacy: (p: PatientRow) => orgOf(p.pharmacy) },
  Organisation: { primaryRole: (o: Org) => roleOf(o) },
};
const schema = makeExecutableSchema({ typeDefs, resolvers });
const document = parse(PATIENT_WITH_PRACTICE);
const compiled = compileQuery(schema, document, 'PatientWithPractice');
if (!isCompiledQuery(compiled)) throw new Error('not compilable');
const variables = { n: '9000000009' };
const offPlugins = () => [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginCacheControlDisabled()];
const apolloJit = new ApolloServer({ gateway: compiledExecution(schema), plugins: offPlugins(), stopOnTerminationSignals: false });
const apolloJs = new ApolloServer({ schema, plugins: offPlugins(), stopOnTerminationSignals: false });
await apolloJit.start();
await apolloJs.start();
const headers = new HeaderMap([['content-type', 'application/json']]);
const body = { query: PATIENT_WITH_PRACTICE, variables, operationName: 'PatientWithPractice' };

const viaApollo = (server: ApolloServer) => async (): Promise<string> => {
  const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body }, context: async () => ({}) });
  if (result.body.kind !== 'complete' || result.status !== undefined) throw new Error(`unexpected answer ${result.status}`);
  return result.body.string;
};
const variants: [string, () => Promise<string>][] = [
  [
    'hand-written',
    async () => {
      const p = await patientOf(variables.n);
      const [gp, pharmacy] = await Promise.all([orgOf(p.gp), orgOf(p.pharmacy)]);
      const named = (o: Org | null) => o && { odsCode: o.odsCode, name: o.name };
      const data = {
        patient: {
          nhsNumber: p.nhsNumber,
          version: p.version,
          restricted: p.restricted,
          name: p.name,
          registeredGp: gp && { ...named(gp), primaryRole: await roleOf(gp) },
          nominatedPharmacy: named(pharmacy),
        },
      };
      return JSON.stringify({ data });
    },
  ],
  ['graphql-jit', async () => JSON.stringify(await compiled.query(undefined, {}, variables))],
  ['graphql-js', async () => JSON.stringify(await execute({ schema, document, variableValues: variables }))],
  ['apollo + jit', viaApollo(apolloJit)],
  ['apollo', viaApollo(apolloJs)],
];

const expected = await variants[0]![1]();
async function cpuPerRequest(run: () => Promise<string>, requests: number, concurrency = 50): Promise<number> {
  const before = process.cpuUsage();
  for (let done = 0; done < requests; done += concurrency) {
    const answers = await Promise.all(Array.from({ length: concurrency }, run));
    if (done === 0 && JSON.stringify(JSON.parse(answers[0]!)) !== expected) throw new Error(`a different answer: ${answers[0]}`);
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / requests;
}

const quick = process.env.FLOOR_QUICK === '1';
const rounds = quick ? 1 : 3;
const results = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of variants) {
    await cpuPerRequest(run, quick ? 500 : 5_000);
    results.set(name, [...(results.get(name) ?? []), await cpuPerRequest(run, quick ? 2_000 : 40_000)]);
  }
}
const base = median(results.get('hand-written')!);
console.log(`| execution (scenario a's query, in-process, 50 at a time) | CPU µs/request (median of ${rounds}) | over hand-written |`);
console.log('|---|---|---|');
for (const [name, xs] of results) console.log(`| ${name} | ${median(xs).toFixed(1)} | +${(median(xs) - base).toFixed(1)} µs |`);
await apolloJit.stop();
await apolloJs.stop();
