// Hive Gateway (the runtime of GraphQL Mesh v1) serving the supergraph mesh-compose generated from the PDS and ODS
// OpenAPI specs (mesh.config.mjs), for npm run bench. What a Mesh user adds by hand is here and nowhere else:
// - the links OpenAPI cannot express: a patient's GP practice (generalPractitioner[0].identifier.value) and nominated
//   pharmacy (an extension whose valueReference the generated schema types as JSON) resolved through ODS with the
//   gateway's in-context SDK, batched per request into one `_id=A,B` search (key / argsFromKeys / valuesFromResults);
// - the NHS platform's auth on each upstream fetch (an onFetch plugin): PDS gets the caller's CIS2 ID token exchanged
//   for a platform token (the project's TokenExchangeAuth: signed-JWT assertion, cached per user, the same as the
//   graph) and the user's role profile (NHSD-Session-URID); ODS gets the apikey header; every call a fresh X-Request-ID.
// - upstream connections: the documented `customAgent` (Hive Gateway, Performance > Connection Pooling), a keep-alive
//   http.Agent capped at as many sockets per origin as the graph's undici pool (DEFAULT_UPSTREAM_CONNECTIONS,
//   src/upstream/platform.ts). Node 20's global
//   agent already keeps connections alive but opens as many as there are concurrent calls.
// It does not verify the caller's token itself (the platform's token exchange refuses a bad one).
// Run with `node --import tsx` (it imports src/upstream/auth.ts). Prints `bench-ready {"url": ...}` when listening.
import { Agent as HttpAgent, createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind } from 'graphql';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { importPKCS8 } from 'jose';
import { Agent } from 'undici';
import { TokenExchangeAuth } from '../../src/upstream/auth.ts';
import { DEFAULT_UPSTREAM_CONNECTIONS } from '../../src/upstream/platform.ts';

const info = JSON.parse(process.env.BENCH_SANDBOX ?? '');
const supergraph = readFileSync(process.env.MESH_SUPERGRAPH ?? '', 'utf8');
const auth = new TokenExchangeAuth({
  tokenUrl: `${info.origin}/oauth2/token`,
  apiKey: info.app.apiKey,
  keyId: info.app.keyId,
  privateKey: await importPKCS8(info.app.privateKeyPem, 'RS512'),
  dispatcher: new Agent({ connections: 8 }),
});

const upstreamAgent = new HttpAgent({
  keepAlive: true,
  maxSockets: DEFAULT_UPSTREAM_CONNECTIONS,
  maxFreeSockets: DEFAULT_UPSTREAM_CONNECTIONS,
  scheduling: 'lifo',
});

const NOMINATED_PHARMACY = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy';

/** The ODS organisation of `code`, batched with every other code the request asks for in the same tick. */
function organisation(code, root, context, info) {
  if (!code) return null;
  return context.ODS.Query.get_organization_resources({
    root,
    context,
    info,
    key: code,
    argsFromKeys: (codes) => ({ _id: codes.join(','), _count: String(codes.length) }),
    valuesFromResults: (bundle, codes) => codes.map((c) => bundle?.entry?.find((e) => e?.resource?.id === c)?.resource ?? null),
    // The field's own selection (with the id to match on), asked of each entry's resource of the search Bundle.
    selectionSet: (subtree) => ({
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'get_organization_resources_200_response' } },
          selectionSet: { kind: Kind.SELECTION_SET, selections: [field('entry', { kind: Kind.SELECTION_SET, selections: [field('resource', { kind: Kind.SELECTION_SET, selections: [field('id'), ...subtree.selections] })] })] },
        },
      ],
    }),
  });
}

function field(name, selectionSet) {
  return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, ...(selectionSet ? { selectionSet } : {}) };
}

const gpOf = (patient) => patient?.generalPractitioner?.[0]?.identifier?.value ?? null;
const pharmacyOf = (patient) => patient?.extension?.find((e) => e?.url === NOMINATED_PHARMACY)?.valueReference?.identifier?.value ?? null;

const ORG = 'query_get_organization_resources_oneOf_0_entry_items_resource';
const gateway = createGatewayRuntime({
  supergraph,
  logging: 'error',
  customAgent: () => upstreamAgent,
  additionalTypeDefs: /* GraphQL */ `
    extend type Patient {
      registeredGp: ${ORG}
      nominatedPharmacy: ${ORG}
    }
    extend type query_search_patient_oneOf_0_entry_items_resource {
      registeredGp: ${ORG}
    }
  `,
  additionalResolvers: {
    Patient: {
      registeredGp: { selectionSet: '{ generalPractitioner { identifier { value } } }', resolve: (root, _a, context, info) => organisation(gpOf(root), root, context, info) },
      nominatedPharmacy: { selectionSet: '{ extension { url valueReference } }', resolve: (root, _a, context, info) => organisation(pharmacyOf(root), root, context, info) },
    },
    query_search_patient_oneOf_0_entry_items_resource: {
      registeredGp: { selectionSet: '{ generalPractitioner { identifier { value } } }', resolve: (root, _a, context, info) => organisation(gpOf(root), root, context, info) },
    },
  },
  plugins: () => [
    {
      async onFetch({ url, options, setOptions, context }) {
        const headers = { ...Object.fromEntries(new Headers(options.headers ?? {})), 'x-request-id': randomUUID() };
        if (url.includes('/organisation-data-terminology-api/')) headers.apikey = info.app.apiKey;
        if (url.includes('/personal-demographics/')) {
          const idToken = /^Bearer (\S+)$/.exec(context?.request?.headers?.get('authorization') ?? '')?.[1];
          if (idToken) {
            headers.authorization = `Bearer ${await auth.userToken(idToken)}`;
            const claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
            if (claims.selected_roleid) headers['nhsd-session-urid'] = String(claims.selected_roleid);
          }
        }
        setOptions({ ...options, headers });
      },
    },
  ],
});

const server = createServer(gateway);
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
process.stdout.write(`bench-ready ${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);

const stop = async () => {
  server.closeAllConnections();
  server.close();
  await gateway.dispose?.();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
