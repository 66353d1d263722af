import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { startGraphProcess, type GraphProcess } from '../support/graph-process.js';

describe('FEDERATION_TYPE_PREFIX', () => {
  it('is read, and refused when it is not a GraphQL name prefix', () => {
    expect(loadConfig({ FEDERATION_SUBGRAPH: 'on', FEDERATION_TYPE_PREFIX: 'Nhs' }).devx).toMatchObject({ federation: true, federationTypePrefix: 'Nhs' });
    expect(() => loadConfig({ FEDERATION_SUBGRAPH: 'on', FEDERATION_TYPE_PREFIX: 'nhs-' })).toThrow(ConfigError);
  });

  describe('in the served subgraph (npm start with FEDERATION_SUBGRAPH=on FEDERATION_TYPE_PREFIX=Nhs)', () => {
    let graph: GraphProcess;
    beforeAll(async () => {
      graph = await startGraphProcess({
        FEDERATION_SUBGRAPH: 'on',
        FEDERATION_TYPE_PREFIX: 'Nhs',
        PLAYGROUND: 'off',
        AUDIT_LOG_PATH: join(mkdtempSync(join(tmpdir(), 'nhs-graph-prefix-')), 'audit.jsonl'),
      });
    }, 90_000);
    afterAll(async () => {
      graph.child.kill('SIGTERM');
      await graph.exited;
    });

    it('publishes the prefixed types and answers a prefixed representation by its key', async () => {
      const post = async (query: string) => {
        const res = await request(`${graph.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        return (await res.body.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      };
      const sdl = ((await post('{ _service { sdl } }')).data?._service as { sdl: string }).sdl;
      expect(sdl).toMatch(/type NhsOrganisation\b/);
      expect(sdl).toMatch(/extend type NhsPatient\s+@key\(fields: "nhsNumber"\)/);
      expect(sdl).not.toMatch(/type Patient\b/);
      // An anonymous caller may read public reference data: an organisation by its prefixed type name.
      const r = await post(
        '{ _entities(representations: [{ __typename: "NhsOrganisation", odsCode: "y12345" }]) { __typename ... on NhsOrganisation { odsCode name } } }',
      );
      expect(r).toEqual({ data: { _entities: [{ __typename: 'NhsOrganisation', odsCode: 'Y12345', name: 'TEST GP PRACTICE Y12345' }] } });
    });
  });
});
