import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { LOG_DIR_ENV } from './log-capture.reporter.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's test graphs write what they say (test/support/log-capture.ts). */
    testLogDir: string;
  }
}

/**
 * Gives every test worker the run's capture directory, made by the reporter (test/support/log-capture.reporter.ts), or
 * here when a command line replaced the configured reporters. Each project runs this setup; they share the directory.
 */
export default function setup(project: TestProject): void {
  process.env[LOG_DIR_ENV] ??= mkdtempSync(join(tmpdir(), 'nhs-graph-test-logs-'));
  project.provide('testLogDir', process.env[LOG_DIR_ENV]);
}
