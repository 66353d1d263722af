import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OPERATIONS_DIR = fileURLToPath(new URL('../client/operations/', import.meta.url));

export interface PlaygroundExample {
  /** The operation file, e.g. organisation.graphql. */
  file: string;
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

/**
 * The playground's opening tabs: the typed client's own operations (src/client/operations/), so every example is
 * checked by codegen against the schema, with variables that the embedded sandbox answers (the contracts' test
 * identifiers). Public reference data first: it needs no token.
 */
const EXAMPLES: { file: string; variables?: Record<string, unknown> }[] = [
  { file: 'organisation.graphql', variables: { odsCode: 'Y12345' } },
  { file: 'patient-with-gp.graphql', variables: { nhsNumber: '9000000009' } },
  { file: 'about.graphql' },
];

export function playgroundExamples(): PlaygroundExample[] {
  return EXAMPLES.map(({ file, variables }) => ({
    file,
    query: readFileSync(OPERATIONS_DIR + file, 'utf8'),
    ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}),
  }));
}
