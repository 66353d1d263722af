import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folders Biome formats whose lines the formatter cannot always bring under the width (string literals, comments). */
const FOLDERS = ['src', 'sandbox/src', 'test', 'bench', 'sdk/scripts'];
const EXCLUDED = [join(ROOT, 'src/generated')];

function tsFiles(dir: string): string[] {
  if (EXCLUDED.includes(dir)) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(path);
    return e.isFile() && e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('line width', () => {
  it("no line in the formatted folders is longer than biome.json's formatter.lineWidth (the formatter cannot break strings or comments)", () => {
    const width: number = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')).formatter.lineWidth;
    expect(width).toBeGreaterThan(0);
    const files = FOLDERS.flatMap((f) => tsFiles(join(ROOT, f)));
    expect(files.length).toBeGreaterThan(0);
    const long = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > width ? [`${relative(ROOT, file)}:${i + 1}: ${line.length}`] : [])),
    );
    expect(long, `lines over ${width} characters`).toEqual([]);
  });
});
