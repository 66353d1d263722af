import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Reporter } from 'vitest/node';
import { LOG_DIR_ENV } from '../log-capture.reporter.js';

/** Where the last run's verdicts are kept for `npm run contracts` (under node_modules/.cache, never committed). */
export const LAST_RUN_FILE = join(process.cwd(), 'node_modules', '.cache', 'nhs-graph', 'contracts-last-run.jsonl');

/**
 * Gathers the verdicts every test worker wrote (`contracts-*` in the run's capture directory, test/support/contracts/
 * setup.ts) into one file for `npm run contracts`. Listed before the log-capture reporter, which removes the directory
 * when the run ends.
 */
export default class ContractsReporter implements Reporter {
  onTestRunEnd(): void {
    const dir = process.env[LOG_DIR_ENV];
    if (!dir || !existsSync(dir)) return;
    const lines = readdirSync(dir)
      .filter((n) => n.startsWith('contracts-'))
      .map((n) => readFileSync(join(dir, n), 'utf8'))
      .join('');
    mkdirSync(dirname(LAST_RUN_FILE), { recursive: true });
    writeFileSync(LAST_RUN_FILE, lines);
  }
}
