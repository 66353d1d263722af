import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * Starts the OpenTelemetry SDK for the process. The exporter, endpoint and headers come from the standard OTEL_*
 * variables (OTEL_TRACES_EXPORTER=otlp|zipkin|console, OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME...), read by the
 * SDK itself. No auto-instrumentation: the graph makes its own spans (src/telemetry/tracing.ts), one per operation and
 * one per NHS API call, so nothing needs to hook module loading. Returns the shutdown that flushes pending spans.
 */
export function startTelemetry(): () => Promise<void> {
  const sdk = new NodeSDK({ serviceName: process.env.OTEL_SERVICE_NAME ?? 'nhs-graph', instrumentations: [] });
  sdk.start();
  return () => sdk.shutdown();
}
