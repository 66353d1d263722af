import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiId } from '../upstream/apis.js';

export const OPERATIONS_DIR = fileURLToPath(new URL('../client/operations/', import.meta.url));

export interface PlaygroundExample {
  /** The operation file, e.g. organisation.graphql. */
  file: string;
  /** The NHS API it shows (its first upstream call); none for the graph's own `about`. */
  api?: ApiId;
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

interface ExampleSpec {
  file: string;
  api?: ApiId;
  variables?: Record<string, unknown> | (() => Record<string, unknown>);
}

/** A date `days` from today, as the UK calendar has it (GP Connect slots are booked in UK dates). */
function ukDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/**
 * The playground's opening tabs: one per NHS API the graph reads, plus the graph's own `about`. Each is an operation of
 * the typed client (src/client/operations/), so codegen checks it against the schema, with variables that the embedded
 * sandbox answers (the contracts' test identifiers). Public reference data first: it needs no token; the others need a
 * persona (a CIS2 clinician reads them all). The two EPS tabs are mutations: $prepare changes nothing, a release does.
 */
export const EXAMPLES: readonly ExampleSpec[] = [
  { file: 'organisation.graphql', api: 'ods', variables: { odsCode: 'Y12345' } },
  { file: 'health-content-search.graphql', api: 'content', variables: { section: 'CONDITIONS', text: 'acne' } },
  { file: 'spine-endpoints.graphql', api: 'sds', variables: { odsCode: 'YES', interaction: 'urn:nhs:names:services:psis:REPC_IN150016UK05' } },
  { file: 'patient-with-gp.graphql', api: 'pds', variables: { nhsNumber: '9000000009' } },
  { file: 'gp-record.graphql', api: 'gpc-access-record', variables: { nhsNumber: '9000000009' } },
  { file: 'free-slots.graphql', api: 'gpc-appointments', variables: () => ({ odsCode: 'P80001', from: ukDate(1), to: ukDate(7) }) },
  { file: 'referral.graphql', api: 'ers', variables: { ubrn: '000000070000' } },
  { file: 'bars-slots.graphql', api: 'bars', variables: { target: { system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000072489' } } },
  { file: 'prescriptions.graphql', api: 'eps-tracker', variables: { nhsNumber: '9000000009' } },
  { file: 'waiting-list.graphql', api: 'wlmds', variables: { nhsNumber: '9000000009' } },
  {
    file: 'prepare-prescription.graphql',
    api: 'eps-prescribing',
    // A typed acute prescription for PDS's sandbox patient, to their nominated pharmacy: $prepare changes nothing.
    variables: {
      input: {
        patient: '9000000009',
        prescriber: { organisation: 'A83008' },
        items: [
          { medication: { code: '39732311000001104', name: 'Amoxicillin 250mg capsules' }, quantity: 20, unit: 'capsule', dosage: '2 times a day for 10 days' },
        ],
      },
    },
  },
  { file: 'release-prescriptions.graphql', api: 'eps-dispensing', variables: { input: { pharmacy: 'VNE51' } } },
  { file: 'about.graphql' },
];

export function playgroundExamples(): PlaygroundExample[] {
  return EXAMPLES.map(({ file, api, variables }) => {
    const values = typeof variables === 'function' ? variables() : variables;
    return {
      file,
      ...(api ? { api } : {}),
      query: readFileSync(OPERATIONS_DIR + file, 'utf8'),
      ...(values ? { variables: JSON.stringify(values, null, 2) } : {}),
    };
  });
}
