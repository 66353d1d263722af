import { statSync, readFileSync } from 'node:fs';
import { API_IDS, type ApiId } from '../upstream/apis.js';
import type { NhsEnv } from './platform.js';
import type { EnvReader } from './reader.js';

export interface DevxConfig {
  /** GraphiQL at / and /graphiql; on unless PLAYGROUND=off (off by default in prod). */
  playground: boolean;
  /** Also an Apollo Federation v2 subgraph (FEDERATION_SUBGRAPH=on). */
  federation: boolean;
  /** FEDERATION_TYPE_PREFIX: the subgraph's object, enum and input types as `<prefix><Type>` (docs/federation.md). */
  federationTypePrefix?: string;
  /**
   * PERSISTED_DOCUMENTS: persisted-documents manifests, comma-separated files or folders (a folder: every *.json under
   * it, e.g. one manifest per app and version), loaded together; PERSISTED_DOCUMENTS_ONLY=on runs nothing else.
   */
  persistedDocuments?: { paths: string[]; only: boolean };
  /** READY_APIS: the APIs /readyz probes (comma-separated ids); by default every API the schema names. */
  readyApis?: ApiId[];
  /**
   * PLAYGROUND_PERSONAS_URL: the local stand-in's test-user endpoint (GET lists personas, POST signs one in) behind the
   * playground's "Act as" picker. Honoured only in embedded and sandbox.
   */
  personasUrl?: string;
  /** SHUTDOWN_GRACE_MS: how long in-flight requests may take to finish after SIGTERM. */
  shutdownGraceMs: number;
  /** OpenTelemetry tracing is on when an exporter is configured (OTEL_TRACES_EXPORTER or an OTLP endpoint). */
  tracing: boolean;
}

/** Developer experience and operations: playground, federation, persisted documents, readiness, shutdown, tracing. */
export function readDevx(r: EnvReader, nhsEnv: NhsEnv): { devx: DevxConfig; introspection: boolean } {
  const { env } = r;
  const live = nhsEnv === 'int' || nhsEnv === 'prod';
  const persistedPaths = env.PERSISTED_DOCUMENTS
    ? env.PERSISTED_DOCUMENTS.split(',')
        .map((p) => p.trim())
        .filter(Boolean)
    : [];
  const persistedPath = persistedPaths.length > 0 ? persistedPaths.join(',') : undefined;
  const persistedOnly = r.flag('PERSISTED_DOCUMENTS_ONLY', false);
  if (persistedOnly && !persistedPath)
    r.problem("PERSISTED_DOCUMENTS_ONLY=on needs PERSISTED_DOCUMENTS: the manifest (src/generated/client/persisted-documents.json, or your app's)");
  for (const path of persistedPaths) {
    try {
      if (!statSync(path).isDirectory()) readFileSync(path, 'utf8');
    } catch {
      r.problem(`PERSISTED_DOCUMENTS (${path}) cannot be read`);
    }
  }
  let readyApis: ApiId[] | undefined;
  if (env.READY_APIS) {
    readyApis = env.READY_APIS.split(',')
      .map((id) => id.trim())
      .filter(Boolean) as ApiId[];
    const unknown = readyApis.filter((id) => !API_IDS.includes(id));
    if (unknown.length > 0) r.problem(`READY_APIS names unknown APIs: ${unknown.join(', ')} (known: ${API_IDS.join(', ')})`);
  }
  const tracesExporter = env.OTEL_TRACES_EXPORTER;
  const personasUrl = nhsEnv === 'embedded' || nhsEnv === 'sandbox' ? r.url('PLAYGROUND_PERSONAS_URL', false) : undefined;
  if (env.PLAYGROUND_PERSONAS_URL && live)
    r.problem('PLAYGROUND_PERSONAS_URL is for the local NHS stand-in only (NHS_ENV embedded or sandbox): remove it in int and prod');
  if (env.FEDERATION_TYPE_PREFIX && !/^[A-Za-z][A-Za-z0-9]*$/.test(env.FEDERATION_TYPE_PREFIX))
    r.problem('FEDERATION_TYPE_PREFIX must be letters and digits, starting with a letter (for example Nhs)');
  const devx: DevxConfig = {
    playground: r.flag('PLAYGROUND', nhsEnv !== 'prod'),
    federation: r.flag('FEDERATION_SUBGRAPH', false),
    ...(env.FEDERATION_TYPE_PREFIX ? { federationTypePrefix: env.FEDERATION_TYPE_PREFIX } : {}),
    shutdownGraceMs: r.int('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    tracing: tracesExporter ? tracesExporter !== 'none' : Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT),
    ...(persistedPath ? { persistedDocuments: { paths: persistedPaths, only: persistedOnly } } : {}),
    ...(readyApis ? { readyApis } : {}),
    ...(personasUrl ? { personasUrl } : {}),
  };
  return { devx, introspection: r.flag('GRAPHQL_INTROSPECTION', nhsEnv !== 'prod') };
}
