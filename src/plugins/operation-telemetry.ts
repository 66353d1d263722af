import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Context } from '../context.js';
import type { GraphMetrics } from '../telemetry/metrics.js';

/**
 * Per GraphQL operation: names the request's span `<type> <name>` with the operation's attributes and its error codes,
 * and counts the request (by operation type and HTTP status) and each error (by extensions.code) in the metrics.
 * Operation names are client-chosen, so they go on spans, never on metric labels.
 */
export function operationTelemetry(metrics: GraphMetrics | undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      const started = performance.now();
      let operationType = 'unknown';
      return {
        async didResolveOperation({ operation, operationName }) {
          operationType = operation?.operation ?? 'unknown';
          span?.updateName(`${operationType} ${operationName ?? 'anonymous'}`);
          span?.setAttributes({ 'graphql.operation.type': operationType, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) metrics?.error(code);
          if (codes.length > 0) {
            span?.setAttribute('graphql.error_codes', [...new Set(codes)]);
            span?.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
          }
          const status = response.http.status ?? 200;
          span?.setAttribute('http.response.status_code', status);
          metrics?.request(operationType, status, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
