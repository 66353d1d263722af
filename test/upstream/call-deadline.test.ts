import { getEventListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CallDeadline } from '../../src/upstream/call-deadline.js';

describe("an upstream call's deadline", () => {
  it('aborts its signal as a timeout when the deadline passes', async () => {
    const deadline = new CallDeadline(20);
    const aborted = new Promise((resolve) => deadline.signal.addEventListener('abort', resolve));
    await aborted;
    expect(deadline.timedOut).toBe(true);
    expect((deadline.signal.reason as DOMException).name).toBe('TimeoutError');
    deadline.end();
  });

  it('aborts, not as a timeout, when the graph request it serves is cancelled', () => {
    const request = new AbortController();
    const deadline = new CallDeadline(60_000, request.signal);
    request.abort(new Error('client went away'));
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.timedOut).toBe(false);
    expect((deadline.signal.reason as Error).message).toBe('client went away');
    deadline.end();
  });

  it('starts aborted for a request already cancelled', () => {
    const request = new AbortController();
    request.abort();
    const deadline = new CallDeadline(60_000, request.signal);
    expect(deadline.signal.aborted).toBe(true);
    expect(getEventListeners(request.signal, 'abort')).toHaveLength(0);
    deadline.end();
  });

  it("shares one listener on the request's signal between all its calls, and an ended call is no longer cancelled", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const request = new AbortController();
      // A request makes dozens of calls (the full picture: 24); past 10 listeners on one signal Node warns of a leak.
      const calls = Array.from({ length: 50 }, () => new CallDeadline(10, request.signal));
      expect(getEventListeners(request.signal, 'abort')).toHaveLength(1);
      const [still, ...ended] = calls as [CallDeadline, ...CallDeadline[]];
      for (const call of ended) call.end();
      request.abort(new Error('client went away'));
      expect(still.signal.aborted).toBe(true);
      expect(ended.some((call) => call.signal.aborted)).toBe(false);
      still.end();
      await sleep(40);
      expect(ended.some((call) => call.signal.aborted || call.timedOut)).toBe(false);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
