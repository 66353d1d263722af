// Builds the playground (src/: GraphiQL, React and the editor's workers, all bundled) with Vite into dist/: static
// files the graph serves from its own origin, so the page loads nothing from another origin and the graph needs
// neither Vite nor React at run time.
//
//   node build.js          build unless dist/ is current (its stamp matches the sources and the bundled packages)
//   node build.js --force  build anyway
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_DIR = fileURLToPath(new URL('./src/', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('./dist/', import.meta.url));
const STAMP = '.build-stamp';
const BUNDLED_PACKAGES = ['graphiql', '@graphiql/toolkit', '@graphiql/react', 'react', 'react-dom', 'graphql', 'vite'];

/**
 * What the build depends on: the app's sources, this script and the versions of the packages it bundles. A build
 * whose stamp matches is current, so `npm start` rebuilds only after a source edit or an upgrade.
 */
function fingerprint() {
  const hash = createHash('sha256');
  for (const file of readdirSync(SOURCE_DIR).sort()) hash.update(file).update(readFileSync(join(SOURCE_DIR, file)));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  const require = createRequire(import.meta.url);
  for (const name of BUNDLED_PACKAGES) hash.update(`${name}@${JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version}`);
  return hash.digest('hex');
}

function isCurrent() {
  const stamp = join(DIST_DIR, STAMP);
  return existsSync(join(DIST_DIR, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint();
}

const force = process.argv.includes('--force');
if (!force && isCurrent()) {
  process.stdout.write('playground is current\n');
} else {
  process.stdout.write('building the playground (GraphiQL) with Vite...\n');
  const started = performance.now();
  const { build } = await import('vite');
  try {
    await build({
      root: SOURCE_DIR,
      // Relative URLs: the page works at / and at /graphiql/, and behind a path prefix.
      base: './',
      logLevel: 'error',
      configFile: false,
      build: { outDir: DIST_DIR, emptyOutDir: true, chunkSizeWarningLimit: 8_000, reportCompressedSize: false },
      worker: { format: 'es' },
    });
  } catch (error) {
    process.stderr.write(`playground build failed: ${error?.stack ?? String(error)}\n`);
    process.exit(1);
  }
  writeFileSync(join(DIST_DIR, STAMP), fingerprint());
  process.stdout.write(`playground built in ${Math.round((performance.now() - started) / 1000)} s into ${DIST_DIR}\n`);
}
