import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createOperationGate } from '../../src/http/gate.js';

/** The parts of a response the gate reads: whether its client is gone, and its `close` event. */
function response(gone = false): ServerResponse {
  return Object.assign(new EventEmitter(), { destroyed: gone, closed: gone, socket: null }) as unknown as ServerResponse;
}

describe('the operation gate', () => {
  it('gives a client that left before it reached the queue no place there (its close event has already passed)', async () => {
    const gate = createOperationGate(1, 1);
    expect(gate.enter(response())).toBe(true);
    const gone = gate.enter(response(true));
    expect(gate.waiting).toBe(0);
    expect(await gone).toBe(false);
    // The one place is still free for a client that is there.
    const next = gate.enter(response());
    expect(next).toBeInstanceOf(Promise);
    expect(gate.waiting).toBe(1);
    gate.leave();
    expect(await next).toBe(true);
    expect(gate.executing).toBe(1);
    gate.leave();
    expect(gate.executing).toBe(0);
  });
});
