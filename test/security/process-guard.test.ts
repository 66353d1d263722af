import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureChildOutput } from '../support/log-capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs an ES module script in a fresh Node process with the process guard installed; its output and exit code. */
function runGuarded(body: string): Promise<{ code: number | null; output: string }> {
  const script = `
    import { Registry } from 'prom-client';
    import { installProcessGuard } from './src/process-guard.ts';
    const registry = new Registry();
    // The guard's own default: the application logger, on stdout.
    const guard = installProcessGuard();
    registry.registerMetric(guard.counter);
    ${body}
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  // Its log joins the run's captured logs, which test/logs/ scans for personal data.
  captureChildOutput(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

describe('the process guard', () => {
  it('logs and counts unhandled rejections without their message, and the process keeps running', async () => {
    const { code, output } = await runGuarded(`
      Promise.reject(new Error('PDS refused Jane Smith, 9434765919, born 1970-01-01'));
      Promise.reject('a bare reason naming Jane Smith');
      // Timers run after Node has reported the rejections: the process is still here to print its metrics.
      setTimeout(async () => {
        process.stdout.write(await registry.metrics());
        process.exit(0);
      }, 0);
    `);
    expect(code).toBe(0);
    expect(output).toContain('nhs_graph_process_faults_total{kind="unhandled_rejection"} 2');
    expect(output).toContain('nhs_graph_process_faults_total{kind="uncaught_exception"} 0');
    const lines = output.split('\n').filter((l) => l.includes('"fault":"unhandled_rejection"'));
    expect(lines).toHaveLength(2);
    // One line each, in whichever order the two were reported (seen both ways on a loaded machine).
    const logged = lines.map((l) => JSON.parse(l) as { errorClass: string });
    const byClass = (errorClass: string) => logged.filter((l) => l.errorClass === errorClass);
    expect(byClass('Error')).toEqual([expect.objectContaining({ level: 50, at: expect.stringContaining('at ') })]);
    expect(byClass('string')).toEqual([expect.objectContaining({ level: 50 })]);
    expect(output).not.toMatch(/Jane|Smith|9434765919|1970/);
  });

  it('logs and counts an uncaught exception without its message, then exits 1', async () => {
    const { code, output } = await runGuarded(`
      setTimeout(() => {
        throw new Error('Jane Smith 9434765919');
      }, 0);
      setTimeout(() => process.exit(0), 5_000);
    `);
    expect(code).toBe(1);
    const line = output.split('\n').find((l) => l.includes('"fault":"uncaught_exception"'));
    expect(JSON.parse(line!)).toMatchObject({ level: 60, errorClass: 'Error' });
    expect(output).not.toMatch(/Jane|Smith|9434765919/);
  });
});
