import { describe, expect, it } from 'vitest';
import { runLoad } from '../load/drive.js';

/**
 * Issue 14, item 7: the load test in its bounded form, inside `npm test`: a few signed-in clients on loopback, a capped
 * number of requests (a few seconds; the time cap only guards a very slow machine), PDS failing half its requests.
 * The full size is `npm run test:load`.
 */
describe('the graph under load with a failing source (bounded)', () => {
  it('serves signed-in callers, turns the injected failures into coded errors, and audits every answer', { timeout: 180_000 }, async () => {
    const report = await runLoad({
      clients: 8,
      durationMs: 15_000,
      maxRequests: 120,
      warmup: { clients: 4, durationMs: 500 },
      memory: false,
      citizens: 3,
      failing: { api: 'pds', rate: 0.5, status: 503 },
    });
    expect(report.problems).toEqual([]);
    expect(report.tally.requests).toBeLessThanOrEqual(120);
    expect(report.tally.errorCodes.UNAUTHENTICATED).toBeUndefined();
    expect(report.failingApiCalls).toBeGreaterThan(0);
    expect(report.tally.patientUpstreamFailures).toBeGreaterThan(0);
    expect(report.tally.withData).toBeGreaterThan(0);
    expect(report.unaudited).toBe(0);
  });
});
