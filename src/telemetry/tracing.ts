import { SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import type { UpstreamCallEvent } from '../upstream/types.js';

/**
 * The graph's tracer. Without a registered OpenTelemetry SDK (src/telemetry/sdk.ts starts one when an exporter is
 * configured) every span is a no-op and costs nothing.
 */
export function graphTracer(): Tracer {
  return trace.getTracer('nhs-graph');
}

/**
 * Runs one GraphQL request inside its span. The span is named `graphql.request` until the operation is known; the
 * Apollo plugin then renames it `<type> <name>` and adds the operation's attributes.
 */
export function withRequestSpan<T>(requestId: string, run: (span: Span) => Promise<T>): Promise<T> {
  return graphTracer().startActiveSpan('graphql.request', { kind: SpanKind.SERVER, attributes: { 'nhs_graph.request_id': requestId } }, async (span) => {
    try {
      return await run(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Records one finished upstream call as a CLIENT span, child of the GraphQL request that made it (the observer runs in
 * that request's async context). The span carries the API, method, route template (never the concrete path: it holds
 * NHS numbers), HTTP status and the X-Request-ID sent, so a trace can be matched with NHS's own logs.
 */
export function recordUpstreamSpan(event: UpstreamCallEvent): void {
  const end = performance.timeOrigin + performance.now();
  const span = graphTracer().startSpan(`${event.method} ${event.api}`, {
    kind: SpanKind.CLIENT,
    startTime: end - event.durationMs,
    attributes: {
      'nhs.api': event.api,
      'http.request.method': event.method,
      'url.template': event.route,
      'nhs.request_id': event.requestId,
      ...(event.status !== undefined ? { 'http.response.status_code': event.status } : {}),
      ...(event.errorCode ? { 'error.type': event.errorCode } : {}),
    },
  });
  if (event.errorCode) span.setStatus({ code: SpanStatusCode.ERROR, message: event.errorCode });
  span.end(end);
}
