import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestSpecification, Vitest } from 'vitest/node';

/** The environment variable naming the run's capture directory (the workers inherit it). */
export const LOG_DIR_ENV = 'NHS_GRAPH_TEST_LOG_DIR';

/**
 * Makes one fresh directory per test run for what the graph says (test/support/log-capture.ts), and writes into it what
 * only the main process sees: the test files of the run and every line the tests and the code under test printed to
 * the console. The directory is removed when a `vitest run` ends.
 */
export default class LogCaptureReporter implements Reporter {
  private dir = '';
  private watch = false;

  onInit(vitest: Vitest): void {
    this.dir = mkdtempSync(join(tmpdir(), 'nhs-graph-test-logs-'));
    process.env[LOG_DIR_ENV] = this.dir;
    this.watch = vitest.config.watch;
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    const files = [...new Set(specifications.map((s) => relative(process.cwd(), s.moduleId)))];
    writeFileSync(join(this.dir, 'run-files.txt'), `${files.join('\n')}\n`);
  }

  onUserConsoleLog(log: UserConsoleLog): void {
    appendFileSync(join(this.dir, 'console.jsonl'), `${JSON.stringify({ type: log.type, content: log.content })}\n`);
  }

  onTestRunEnd(): void {
    if (!this.watch && !process.env.KEEP_TEST_LOGS) rmSync(this.dir, { recursive: true, force: true });
  }
}
