import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testLogger } from '../support/log-capture.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

const logger = testLogger();
const child = vi.spyOn(logger, 'child');
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ logger });
});
afterAll(() => t.close());

/**
 * A request's logger (a pino child carrying its request id) is made only when the request logs. Apollo copies each
 * operation's context with Object.assign, which calls the context's own getters: the logger's getter must not be one.
 */
describe("a request's logger", () => {
  it('is not made for a request that logs nothing', async () => {
    child.mockClear();
    const r = await t.run('{ patient(nhsNumber: "9000000009") { nhsNumber registeredGp { name } } }');
    expect(r.errors).toBeUndefined();
    expect(child).not.toHaveBeenCalled();
  });

  it('is made once, with the request id, for a request that logs (a refusal), and its lines carry that id', async () => {
    child.mockClear();
    const r = await t.run('{ patient(nhsNumber: "9000000009") { nhsNumber } }', undefined, { principal: null });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(child).toHaveBeenCalledTimes(1);
    expect(child).toHaveBeenCalledWith({ requestId: r.headers['x-request-id'] });
  });
});
