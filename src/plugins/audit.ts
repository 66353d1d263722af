import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { AuditSink } from '../audit/sink.js';
import { AuditUnavailableError } from '../audit/trail.js';
import { actorOf } from '../auth/principal.js';
import type { Context } from '../context.js';

/**
 * The audit trail's two moments in a request:
 * - as it starts, the request's trail is bound to the sink and the caller, so a mutation's access rule can write an
 *   intent record before its write is sent (src/access/access-rules.ts; nothing is sent when that fails);
 * - before the response leaves, the request's records (one per patient whose data it read or wrote) are written, and
 *   only once the sink has accepted them does the response go. If they cannot be written, the response is replaced by a
 *   coded error (INTERNAL_SERVER_ERROR, reason AUDIT_UNAVAILABLE, HTTP 500): no patient data leaves without its record.
 */
export function auditPlugin(sink: AuditSink, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue: ctx }) {
      const meta = { requestId: ctx.requestId, correlationId: ctx.correlationId, actor: actorOf(ctx.principal) };
      ctx.audit.bind(sink, meta);
      return {
        async willSendResponse({ response }) {
          if (ctx.audit.size === 0) return;
          try {
            await sink.write(ctx.audit.records({ ...meta, time: new Date() }));
          } catch (error) {
            logger.error({ requestId: ctx.requestId, err: { code: (error as NodeJS.ErrnoException).code } }, 'audit write failed');
            const refusal = new AuditUnavailableError('no patient data is returned');
            response.http.status = 500;
            response.body = {
              kind: 'single',
              singleResult: { errors: [{ message: refusal.message, extensions: { code: refusal.code, reason: 'AUDIT_UNAVAILABLE' } }] },
            };
          }
        },
      };
    },
  };
}
