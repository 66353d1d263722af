import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { operationCost } from '../plugins/query-cost.js';
import type { UpstreamCallEvent } from '../upstream/types.js';

/** Answer header: the upstream calls this request made, per API (`ods=1, pds=1`; `none` when it made none). */
export const UPSTREAM_CALLS_HEADER = 'x-upstream-calls';
/** Answer header: the operation's query cost, the upper bound on upstream calls that the cost limit checks. */
export const QUERY_COST_HEADER = 'x-query-cost';

interface Ledger {
  calls: Map<string, number>;
}

const ledger = new AsyncLocalStorage<Ledger>();

/** Runs one GraphQL request with a ledger that counts the upstream calls made on its behalf. */
export function withUpstreamLedger<T>(run: () => Promise<T>): Promise<T> {
  return ledger.run({ calls: new Map() }, run);
}

/** The platform's call observer: counts a call against the request it was made for (attempts and retries included). */
export function recordUpstreamCall(event: UpstreamCallEvent): void {
  const current = ledger.getStore();
  if (current) current.calls.set(event.api, (current.calls.get(event.api) ?? 0) + 1);
}

/**
 * What an answer cost, in two headers the playground shows beside each answer (and an app's developer tools show):
 * the upstream calls per API and the operation's query cost. On outside production (GraphServerOptions.answerReport):
 * in production they would tell an attacker which NHS API a query reaches and how close it is to a limit.
 */
export function answerReport(defaultListSize: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
          cost = operationCost(schema, operation, fragments, request.variables ?? {}, { defaultListSize });
        },
        async willSendResponse({ response }) {
          const calls = ledger.getStore()?.calls;
          const list = calls ? [...calls].sort(([a], [b]) => a.localeCompare(b)).map(([api, n]) => `${api}=${n}`) : [];
          response.http.headers.set(UPSTREAM_CALLS_HEADER, list.length > 0 ? list.join(', ') : 'none');
          if (cost !== undefined) response.http.headers.set(QUERY_COST_HEADER, String(cost));
        },
      };
    },
  };
}
