import type { IncomingMessage, Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { AuditSink } from '../audit/sink.js';
import { actorOf } from '../auth/principal.js';
import { createContext, newRequestId, type Context, type ContextSettings } from '../context.js';

export interface SubscriptionSettings {
  schema: GraphQLSchema;
  contextSettings: ContextSettings;
  auditSink: AuditSink;
  logger: Logger;
}

/** The bearer the client puts in connection_init's payload (`{ Authorization: "Bearer ..." }`, any case). */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const entry = Object.entries(params ?? {}).find(([key]) => key.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) at /graphql on the graph's own listener. The caller is
 * verified as on HTTP, from connection_init's `Authorization`: none or a bad token closes the socket (4403 Forbidden)
 * before any operation; each operation then runs with a context built exactly as an HTTP request's (the access rules
 * apply per event). Each event delivered is written to the audit trail as a read of that patient's data.
 */
export function attachSubscriptions(server: Server, settings: SubscriptionSettings): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const disposable = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema: settings.schema,
      onConnect: async (ctx) => {
        const authorization = authorizationOf(ctx.connectionParams);
        if (!authorization) return false;
        try {
          const { principal } = await settings.contextSettings.verifier.authenticate(authorization);
          return principal.kind !== 'anonymous';
        } catch {
          return false;
        }
      },
      context: async (ctx) => {
        const requestId = newRequestId();
        const headers = { authorization: authorizationOf(ctx.connectionParams) };
        const req = { headers, socket: ctx.extra.request.socket } as unknown as IncomingMessage;
        return createContext(settings.contextSettings, { req, requestId, correlationId: requestId, signal: new AbortController().signal });
      },
      onNext: async (_ctx, _id, _payload, args) => {
        const context = args.contextValue as Context;
        const records = context.audit.records({
          requestId: context.requestId,
          correlationId: context.correlationId,
          actor: actorOf(context.principal),
          time: new Date(),
        });
        if (records.length > 0)
          await settings.auditSink
            .write(records)
            .catch(() => settings.logger.error({ requestId: context.requestId }, 'audit record of a subscription event not written'));
      },
    },
    wss,
  );
  return {
    async close() {
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
    },
  };
}
