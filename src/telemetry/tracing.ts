import { INVALID_SPAN_CONTEXT, ProxyTracerProvider, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import type { UpstreamCallEvent } from '../upstream/types.js';

/**
 * The graph's tracer. Without a registered OpenTelemetry SDK (src/telemetry/sdk.ts starts one when an exporter is
 * configured) every span is a no-op and costs nothing.
 */
export function graphTracer(): Tracer {
  return trace.getTracer('nhs-graph');
}

/** The provider the API answers with while no SDK is registered (the same no-op object every time). */
const NO_SDK = new ProxyTracerProvider().getDelegate();
/** The span `run` is given while nothing records spans. */
const NOT_RECORDED = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Whether an OpenTelemetry SDK is registered (src/telemetry/sdk.ts, or a test's provider). Asked per request and per
 * call, so a provider registered after start-up is honoured; while none is, the spans and their attribute objects are
 * not made at all (the API's no-op spans still cost a few microseconds a request).
 */
export function tracing(): boolean {
  const provider = trace.getTracerProvider();
  return !(provider instanceof ProxyTracerProvider) || provider.getDelegate() !== NO_SDK;
}

/**
 * Runs one GraphQL request inside its span. The span is named `graphql.request` until the operation is known; the
 * Apollo plugin then renames it `<type> <name>` and adds the operation's attributes.
 */
export function withRequestSpan<T>(requestId: string, run: (span: Span) => Promise<T>): Promise<T> {
  if (!tracing()) return run(NOT_RECORDED);
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
  if (!tracing()) return;
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
