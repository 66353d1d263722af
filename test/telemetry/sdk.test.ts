import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { captureChildOutput } from '../support/log-capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the OpenTelemetry SDK of the npm start process', () => {
  it('exports the operation and upstream spans through the configured exporter (console here) and flushes on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', NHS_ENV: 'embedded', PLAYGROUND: 'off', LOG_LEVEL: 'warn', OTEL_TRACES_EXPORTER: 'console', OTEL_METRICS_EXPORTER: 'none', OTEL_LOGS_EXPORTER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    captureChildOutput(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line in: ${output}`)), 15_000);
      child.stdout.on('data', () => {
        const match = /graph:\s+(http:\/\/\S+)\/graphql/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const res = await request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query OrgName { organisation(odsCode: "Y12345") { name } }' }),
    });
    expect(res.statusCode).toBe(200);
    await res.body.dump();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain("name: 'query OrgName'");
    expect(output).toContain("name: 'GET ods'");
    expect(output).toContain("'nhs.api': 'ods'");
    expect(output).toMatch(/'service\.name': 'nhs-graph'/);
  }, 30_000);
});
