import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLAYGROUND_SOURCE_DIR = fileURLToPath(new URL('../../playground/', import.meta.url));
/** Where the built playground lives (git-ignored): index.html and assets/. */
export const PLAYGROUND_DIST_DIR = fileURLToPath(new URL('../../dist/playground/', import.meta.url));
const STAMP = '.build-stamp';
const BUNDLED_PACKAGES = ['graphiql', '@graphiql/toolkit', '@graphiql/react', 'react', 'react-dom', 'vite'];

/**
 * What the build depends on: the playground's sources and the versions of the packages it bundles. A build whose stamp
 * matches is current, so `npm start` rebuilds only after a source edit or an upgrade.
 */
export function playgroundFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(PLAYGROUND_SOURCE_DIR).sort()) hash.update(file).update(readFileSync(join(PLAYGROUND_SOURCE_DIR, file)));
  const require = createRequire(import.meta.url);
  for (const name of BUNDLED_PACKAGES) {
    const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    hash.update(`${name}@${pkg.version}`);
  }
  return hash.digest('hex');
}

export function playgroundIsBuilt(): boolean {
  const stamp = join(PLAYGROUND_DIST_DIR, STAMP);
  return existsSync(join(PLAYGROUND_DIST_DIR, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === playgroundFingerprint();
}

/**
 * Builds playground/ with Vite into dist/playground/ (GraphiQL, React and the editor's workers, all bundled: the page
 * loads nothing from another origin). Skips the build when the stamp says it is current, unless `force`.
 */
export async function buildPlayground(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<'built' | 'current'> {
  if (!options.force && playgroundIsBuilt()) return 'current';
  const log = options.log ?? (() => {});
  log('building the playground (GraphiQL) with Vite...');
  const started = performance.now();
  const { build } = await import('vite');
  await build({
    root: PLAYGROUND_SOURCE_DIR,
    // Relative URLs: the page works at / and at /graphiql/, and behind a path prefix.
    base: './',
    logLevel: 'error',
    configFile: false,
    build: { outDir: PLAYGROUND_DIST_DIR, emptyOutDir: true, chunkSizeWarningLimit: 8_000, reportCompressedSize: false },
    worker: { format: 'es' },
  });
  writeFileSync(join(PLAYGROUND_DIST_DIR, STAMP), playgroundFingerprint());
  log(`playground built in ${Math.round((performance.now() - started) / 1000)} s`);
  return 'built';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildPlayground({ force: process.argv.includes('--force'), log: (line) => process.stdout.write(`${line}\n`) }).then(
    (result) => {
      if (result === 'current') process.stdout.write('playground is current\n');
    },
    (error: unknown) => {
      process.stderr.write(`playground build failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
