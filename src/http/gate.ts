import type { ServerResponse } from 'node:http';

/**
 * At most `maxConcurrent` GraphQL operations execute at once; the others wait in a FIFO queue of at most `maxQueued`.
 *
 * Why: 200 operations executing at once each live long enough for their objects to reach V8's old space, so memory and
 * garbage collection grow with the number of clients. A waiting operation holds only its parsed request. Throughput
 * is kept as long as `maxConcurrent` covers the operations a fast upstream keeps in flight (docs/http.md).
 */
export interface OperationGate {
  /** Operations holding a slot now. */
  readonly executing: number;
  /** Operations waiting for a slot now. */
  readonly waiting: number;
  /**
   * Takes a slot for the request answered by `res`: `true` at once when one is free; `'busy'` at once when the queue is
   * full; otherwise a promise of `true` when the slot is this request's, or `false` when its client went away while
   * waiting (it then holds no slot and must not execute). Every `true` is paired with one `leave()`.
   */
  enter(res: ServerResponse): true | 'busy' | Promise<boolean>;
  /** Gives the slot back: to the longest-waiting request whose client is still there, else to the pool. */
  leave(): void;
}

interface Waiter {
  res: ServerResponse;
  resolve: (admitted: boolean) => void;
  onClose: () => void;
}

/** A gate of `maxConcurrent` slots (0: no limit, it only counts) and a queue of `maxQueued` (0: none, busy at once). */
export function createOperationGate(maxConcurrent: number, maxQueued: number): OperationGate {
  const slots = maxConcurrent > 0 ? maxConcurrent : Number.POSITIVE_INFINITY;
  // A Set keeps insertion order (FIFO) and removes a departed client in O(1), wherever it stands in the queue.
  const queue = new Set<Waiter>();
  let executing = 0;

  const clientGone = (res: ServerResponse): boolean => res.destroyed || res.closed || res.socket?.destroyed === true;

  return {
    get executing() {
      return executing;
    },
    get waiting() {
      return queue.size;
    },
    enter(res) {
      if (executing < slots) {
        executing += 1;
        return true;
      }
      // A client already gone (its `close` emitted before it got here, so `onClose` below would never run) takes no
      // place in the queue.
      if (clientGone(res)) return Promise.resolve(false);
      if (queue.size >= maxQueued) return 'busy';
      return new Promise<boolean>((resolve) => {
        const waiter: Waiter = {
          res,
          resolve,
          // The client left while waiting: its place is freed now, so a burst of abandoned clients cannot fill the
          // queue. `close` on the response is the socket's end here (the request body was read before the gate).
          onClose: () => {
            if (queue.delete(waiter)) resolve(false);
          },
        };
        queue.add(waiter);
        res.once('close', waiter.onClose);
      });
    },
    leave() {
      for (const waiter of queue) {
        queue.delete(waiter);
        waiter.res.off('close', waiter.onClose);
        // The slot passes straight to the next request (`executing` stays): a client already gone whose `close` has
        // not been emitted yet is dropped here, when its turn comes, without executing.
        if (clientGone(waiter.res)) {
          waiter.resolve(false);
          continue;
        }
        waiter.resolve(true);
        return;
      }
      executing -= 1;
    },
  };
}
