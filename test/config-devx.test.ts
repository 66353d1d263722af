import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/index.js';

const MANIFEST = fileURLToPath(new URL('../src/generated/client/persisted-documents.json', import.meta.url));

describe('configuration of the playground, federation, persisted documents, readiness and shutdown', () => {
  it('defaults: playground on (off in prod), not a subgraph, no manifest, 10 s shutdown grace, no tracing', () => {
    expect(loadConfig({}).devx).toEqual({ playground: true, federation: false, shutdownGraceMs: 10_000, tracing: false });
    const keyFile = join(mkdtempSync(join(tmpdir(), 'nhs-graph-key-')), 'key.pem');
    writeFileSync(keyFile, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const prod = loadConfig({
      NHS_ENV: 'prod',
      NHS_API_KEY: 'test-application-key',
      NHS_KEY_ID: 'kid',
      NHS_PRIVATE_KEY_FILE: keyFile,
      NHS_LOGIN_CLIENT_ID: 'nhs-graph-test',
    }).devx;
    expect(prod.playground).toBe(false);
  });

  it('reads every variable', () => {
    const devx = loadConfig({
      PLAYGROUND: 'off',
      FEDERATION_SUBGRAPH: 'on',
      PERSISTED_DOCUMENTS: MANIFEST,
      PERSISTED_DOCUMENTS_ONLY: 'on',
      READY_APIS: 'pds, ods',
      SHUTDOWN_GRACE_MS: '2500',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
    }).devx;
    expect(devx).toEqual({
      playground: false,
      federation: true,
      persistedDocuments: { paths: [MANIFEST], only: true },
      readyApis: ['pds', 'ods'],
      shutdownGraceMs: 2500,
      tracing: true,
    });
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x' }).devx.tracing).toBe(false);
  });

  it('reports bad values, one line each', () => {
    try {
      loadConfig({ PLAYGROUND: 'maybe', PERSISTED_DOCUMENTS_ONLY: 'on', READY_APIS: 'pds,xyz' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toContain('PLAYGROUND must be on or off (got "maybe")');
      expect(problems.some((p) => p.startsWith('PERSISTED_DOCUMENTS_ONLY=on needs PERSISTED_DOCUMENTS'))).toBe(true);
      expect(problems.some((p) => p.startsWith('READY_APIS names unknown APIs: xyz'))).toBe(true);
    }
  });
});
