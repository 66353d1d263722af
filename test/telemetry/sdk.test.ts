import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { startGraphProcess } from '../support/graph-process.js';

describe('the OpenTelemetry SDK of the npm start process', () => {
  it('exports the operation and upstream spans through the configured exporter (console here) and flushes on SIGTERM', async () => {
    const { child, url, output, exited } = await startGraphProcess({
      PLAYGROUND: 'off',
      LOG_LEVEL: 'warn',
      OTEL_TRACES_EXPORTER: 'console',
      OTEL_METRICS_EXPORTER: 'none',
      OTEL_LOGS_EXPORTER: 'none',
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
    expect(output()).toContain("name: 'query OrgName'");
    expect(output()).toContain("name: 'GET ods'");
    expect(output()).toContain("'nhs.api': 'ods'");
    expect(output()).toMatch(/'service\.name': 'nhs-graph'/);
  }, 90_000);
});
