import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file of src/ but the stand-in (its own package), the playground's examples (a client's) and generated code. */
function productFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['src/sandbox', 'src/generated', 'src/playground'].includes(path) ? [] : productFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** An identifier system, a code system or SNOMED CT, spelt as a string literal. */
const SYSTEM_LITERAL = new RegExp(
  String.raw`['"\`](https?:\/\/(fhir\.nhs\.uk|fhir\.nhs\.net|fhir\.hl7\.org\.uk|digital\.nhs\.uk|hl7\.org\/fhir)` +
    String.raw`[^'"\`]*\/(Id|CodeSystem)\/[^'"\`]*|http:\/\/snomed\.info\/sct)['"\`]`,
);

describe('FHIR systems', () => {
  it('are spelt once, in src/sources/fhir-systems.ts', () => {
    const elsewhere = productFiles()
      .filter((file) => file !== join('src', 'sources', 'fhir-systems.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${file}:${i + 1}`, line })),
      )
      .filter(({ line }) => SYSTEM_LITERAL.test(line))
      .map(({ where }) => where);
    expect(elsewhere).toEqual([]);
  });
});
