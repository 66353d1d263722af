import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { operationCost } from '../plugins/query-cost.js';

/** Answer header: the upstream calls this request made, per API (`ods=1, pds=1`; `none` when it made none). */
export const UPSTREAM_CALLS_HEADER = 'x-upstream-calls';
/** Answer header: the operation's query cost, the upper bound on upstream calls that the cost limit checks. */
export const QUERY_COST_HEADER = 'x-query-cost';

/**
 * What an answer cost, in two headers the playground shows beside each answer (and an app's developer tools show):
 * the upstream calls per API and the operation's query cost. On outside production (GraphServerOptions.answerReport):
 * in production they would tell an attacker which NHS API a query reaches and how close it is to a limit.
 * The calls are counted on the request's CallContext (src/upstream/client.ts counts each attempt there), not through an
 * AsyncLocalStorage: an active AsyncLocalStorage makes Node run its async hooks on every promise of every request, which
 * cost the graph about a tenth of its CPU per request in the bench.
 */
export function answerReport(defaultListSize: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      // The operations of a batch share the request's CallContext (Apollo copies the context shallowly): one count.
      const calls = (contextValue.call.calls ??= new Map());
      let cost: number | undefined;
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
          cost = operationCost(schema, operation, fragments, request.variables ?? {}, { defaultListSize });
        },
        async willSendResponse({ response }) {
          const list = [...calls].sort(([a], [b]) => a.localeCompare(b)).map(([api, n]) => `${api}=${n}`);
          response.http.headers.set(UPSTREAM_CALLS_HEADER, list.length > 0 ? list.join(', ') : 'none');
          if (cost !== undefined) response.http.headers.set(QUERY_COST_HEADER, String(cost));
        },
      };
    },
  };
}
