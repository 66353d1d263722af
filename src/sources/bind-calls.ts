import type { CallContext } from '../upstream/types.js';

/** A client method with the request's call context already given: the caller passes only what the call is about. */
export type WithoutCall<F> = F extends (...args: [...infer A, CallContext]) => infer R ? (...args: A) => R : never;

export type BoundCalls<C, K extends keyof C> = { [P in K]: WithoutCall<C[P]> };

/**
 * The named methods of a client, each bound to one request's call context (which every client method takes last). Typed
 * so a resolver cannot forget an argument: the context is the only one supplied here.
 */
export function bindCalls<C extends object, K extends keyof C>(client: C, names: readonly K[], call: CallContext): BoundCalls<C, K> {
  const bound: Partial<Record<K, unknown>> = {};
  for (const name of names) {
    const method = client[name] as unknown as (...args: unknown[]) => unknown;
    bound[name] = (...args: unknown[]) => method.apply(client, [...args, call]);
  }
  return bound as BoundCalls<C, K>;
}
