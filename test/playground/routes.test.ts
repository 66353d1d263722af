import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, validate } from 'graphql';
import { request } from 'undici';
import { EXAMPLES } from '../../src/playground/examples.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graph/index.js';
import { PLAYGROUND_DIST_DIR, playgroundRoutes } from '../../src/playground/routes.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/** A stand-in build output (the real one is made by Vite: npm run test:e2e covers it in a browser). */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-graph-playground-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./assets/index-abc.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("playground")');
  writeFileSync(join(dir, 'secret.txt'), 'not an asset');
  return dir;
}

describe('the playground routes', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({
      server: { routes: playgroundRoutes({ environment: 'embedded', distDir: fakeDist(), defaultHeaders: { 'X-Correlation-ID': 'playground' } }) },
    });
  });
  afterAll(() => t.close());

  it('serves GraphiQL at / and /graphiql with a same-origin-only content security policy', async () => {
    for (const path of ['/', '/graphiql']) {
      const res = await request(`${t.url}${path}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
      expect(await res.body.text()).toContain('./assets/index-abc.js');
    }
  });

  it('serves hashed assets as immutable and nothing outside assets/', async () => {
    const asset = await request(`${t.url}/assets/index-abc.js`);
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');
    await asset.body.dump();
    for (const path of ['/assets/..%2Fsecret.txt', '/assets/../secret.txt', '/assets/.hidden', '/assets/missing.js']) {
      const res = await request(`${t.url}${path}`);
      expect(res.statusCode, path).toBe(404);
      await res.body.dump();
    }
  });

  it('tells the page its endpoint, environment, header preset and example operations, each valid against the schema', async () => {
    const res = await request(`${t.url}/playground/settings.json`);
    const settings = (await res.body.json()) as {
      endpoint: string;
      environment: string;
      personas: unknown;
      defaultHeaders: string;
      examples: { file: string; query: string; variables?: string }[];
    };
    expect(settings).toMatchObject({ endpoint: '/graphql', environment: 'embedded', personas: null });
    expect(JSON.parse(settings.defaultHeaders)).toEqual({ 'X-Correlation-ID': 'playground' });
    expect(settings.examples.map((e) => e.file)).toEqual(EXAMPLES.map((e) => e.file));
    expect(settings.examples[0]!.file).toBe('organisation.graphql');
    const schema = buildSchema();
    for (const example of settings.examples) expect(validate(schema, parse(example.query)), example.file).toEqual([]);
  });

  it('runs each example with its preset variables without an error', async () => {
    const res = await request(`${t.url}/playground/settings.json`);
    const { examples } = (await res.body.json()) as { examples: { file: string; query: string; variables?: string }[] };
    for (const example of examples) {
      const r = await t.run(example.query, example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined);
      expect(r.errors, example.file).toBeUndefined();
    }
  });

  it('has no token endpoint without personas', async () => {
    const res = await request(`${t.url}/playground/token`, { method: 'POST', body: '{"persona":"x"}' });
    expect(res.statusCode).toBe(404);
    await res.body.dump();
  });
});

describe('the playground before it is built', () => {
  let t: TestGraph;
  beforeAll(async () => {
    t = await startTestGraph({ server: { routes: playgroundRoutes({ environment: 'embedded', distDir: mkdtempSync(join(tmpdir(), 'nhs-graph-empty-')) }) } });
  });
  afterAll(() => t.close());

  it('says how to build it', async () => {
    const res = await request(`${t.url}/`);
    expect(res.statusCode).toBe(503);
    expect(await res.body.text()).toContain('Run `npm run build`');
  });
});

describe('where the graph finds the built playground', () => {
  it("is the playground workspace's build output, playground/dist/ at the package root", () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    expect(PLAYGROUND_DIST_DIR).toBe(join(root, 'playground', 'dist'));
    // The workspace's build script writes there (playground/build.js).
    const manifest = JSON.parse(readFileSync(join(root, 'playground', 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string> };
    expect(manifest.name).toBe('@nhs-graph/playground');
    expect(manifest.scripts.build).toBe('node build.js');
    expect(readFileSync(join(root, 'playground', 'build.js'), 'utf8')).toContain("new URL('./dist/', import.meta.url)");
  });

  it("needs no Vite, React or GraphiQL at run time: they are the workspace's dev dependencies, not the graph's", () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const bundled = ['vite', 'react', 'react-dom', 'graphiql', '@graphiql/react', '@graphiql/toolkit'];
    const graph = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(graph.dependencies).filter((name) => bundled.includes(name))).toEqual([]);
    const playground = JSON.parse(readFileSync(join(root, 'playground', 'package.json'), 'utf8')) as {
      dependencies?: unknown;
      devDependencies: Record<string, string>;
    };
    expect(playground.dependencies).toBeUndefined();
    expect(Object.keys(playground.devDependencies)).toEqual(expect.arrayContaining(bundled));
    const importers: string[] = [];
    for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const path = join(entry.parentPath, entry.name);
      const text = readFileSync(path, 'utf8');
      if (bundled.some((name) => new RegExp(`from '${name}(/[^']*)?'|import\\('${name}(/[^']*)?'\\)`).test(text))) importers.push(path);
    }
    expect(importers).toEqual([]);
  });
});

describe('the playground with personas (embedded mode)', () => {
  let t: TestGraph;
  const issued: string[] = [];
  beforeAll(async () => {
    t = await startTestGraph({
      server: {
        routes: playgroundRoutes({
          environment: 'embedded',
          distDir: fakeDist(),
          personas: {
            list: [{ id: 'citizen', label: 'Test citizen' }],
            tokenFor: async (id) => {
              issued.push(id);
              return `token-for-${id}`;
            },
          },
        }),
      },
    });
  });
  afterAll(() => t.close());

  it('lists the personas and signs one in on request; refuses one it does not know', async () => {
    const settings = (await (await request(`${t.url}/playground/settings.json`)).body.json()) as { personas: unknown; defaultHeaders: unknown };
    expect(settings).toMatchObject({ personas: [{ id: 'citizen', label: 'Test citizen' }], defaultHeaders: null });
    const ok = await request(`${t.url}/playground/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"persona":"citizen"}' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(await ok.body.json()).toEqual({ accessToken: 'token-for-citizen' });
    const unknown = await request(`${t.url}/playground/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"persona":"admin"}',
    });
    expect(unknown.statusCode).toBe(400);
    await unknown.body.dump();
    expect(issued).toEqual(['citizen']);
  });
});
