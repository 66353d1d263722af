/**
 * The benchmark measures the compiled product (dist/, what `npm run build` emits and `node dist/main.js` runs), never
 * the sources under tsx. `ensureBuilt` compiles src/ into dist/ (tsconfig.build.json, then the non-TypeScript files,
 * as the build script does) when dist/.build-stamp is missing or older than any file under src/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './processes.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const stamp = join(ROOT, 'dist', '.build-stamp');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  process.stderr.write('bench: compiling src/ into dist/ (tsc -p tsconfig.build.json)\n');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  cpSync(join(ROOT, 'src'), join(ROOT, 'dist'), { recursive: true, filter: (f) => statSync(f).isDirectory() || !f.endsWith('.ts') });
  writeFileSync(stamp, new Date().toISOString());
}
