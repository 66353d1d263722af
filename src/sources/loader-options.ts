import DataLoader from 'dataloader';

/** Per-request loader settings. `batching: false` turns batching and de-duplication off (the benchmark's baseline). */
export interface LoaderSettings {
  batching: boolean;
}

/**
 * A DataLoader over a batch function. With batching off, every load is its own call and nothing is cached, which is
 * what a resolver without DataLoader would do.
 */
export function createLoader<K, V, C = K>(
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
  settings: LoaderSettings,
  options: { maxBatchSize?: number; cacheKeyFn?: (key: K) => C } = {},
): DataLoader<K, V, C> {
  return new DataLoader<K, V, C>(batch, {
    ...options,
    batch: settings.batching,
    cache: settings.batching,
  });
}

/** Loads each key with its own call, concurrently, keeping each key's error to itself. */
export function eachKey<K, V>(load: (key: K) => Promise<V>): (keys: readonly K[]) => Promise<(V | Error)[]> {
  return (keys) => Promise.all(keys.map((k) => load(k).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
}
