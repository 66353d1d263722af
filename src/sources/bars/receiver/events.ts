import type { BarsResponseStore, BarsThread, StoredBarsResponse } from './response-store.js';

/**
 * The responses about a referral or booking received from now on (by any replica, with Redis), as an async iterator (what a GraphQL
 * subscription resolver returns), once the store is listening. Responses that arrive between two pulls wait in order;
 * `return` (the client unsubscribing or disconnecting) stops listening.
 */
export async function eventsOf(store: BarsResponseStore, thread: BarsThread): Promise<AsyncIterableIterator<StoredBarsResponse>> {
  const queued: StoredBarsResponse[] = [];
  const waiting: ((result: IteratorResult<StoredBarsResponse>) => void)[] = [];
  let done = false;
  const unsubscribe = await store.subscribe(thread, (response) => {
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
  const iterator: AsyncIterableIterator<StoredBarsResponse> = {
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
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
