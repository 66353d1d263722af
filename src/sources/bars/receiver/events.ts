import type { BarsResponseStore, StoredBarsResponse } from './response-store.js';

/**
 * The responses to a referral this replica receives from now on, as an async iterator (what a GraphQL subscription
 * resolver returns). Responses that arrive between two pulls wait in order; `return` (the client unsubscribing or
 * disconnecting) stops listening.
 */
export function eventsOf(store: BarsResponseStore, serviceRequestId: string): AsyncIterableIterator<StoredBarsResponse> {
  const queued: StoredBarsResponse[] = [];
  const waiting: ((result: IteratorResult<StoredBarsResponse>) => void)[] = [];
  let done = false;
  const unsubscribe = store.subscribe(serviceRequestId, (response) => {
    const next = waiting.shift();
    if (next) next({ value: response, done: false });
    else queued.push(response);
  });
  const finish = (): Promise<IteratorResult<StoredBarsResponse>> => {
    done = true;
    unsubscribe();
    for (const next of waiting.splice(0)) next({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (done) return Promise.resolve({ value: undefined, done: true });
      const value = queued.shift();
      if (value) return Promise.resolve({ value, done: false });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
