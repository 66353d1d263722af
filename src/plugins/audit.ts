import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { AuditSink } from '../audit/sink.js';
import { actorOf } from '../auth/principal.js';
import type { Context } from '../context.js';

/**
 * Writes the request's audit records (one per patient whose data it read or wrote) to the audit sink before the
 * response leaves. If they cannot be written, the response is replaced by an error: no patient data is returned
 * without its audit record.
 */
export function auditPlugin(sink: AuditSink, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          if (ctx.audit.size === 0) return;
          const records = ctx.audit.records({ time: new Date(), requestId: ctx.requestId, correlationId: ctx.correlationId, actor: actorOf(ctx.principal) });
          try {
            await sink.write(records);
          } catch (error) {
            logger.error({ requestId: ctx.requestId, err: { code: (error as NodeJS.ErrnoException).code } }, 'audit write failed');
            response.http.status = 500;
            response.body = {
              kind: 'single',
              singleResult: { errors: [{ message: 'The audit trail could not be written, so no patient data is returned', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
            };
          }
        },
      };
    },
  };
}
