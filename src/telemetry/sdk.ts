/**
 * Starts the OpenTelemetry SDK for the process. The exporter, endpoint and headers come from the standard OTEL_*
 * variables (OTEL_TRACES_EXPORTER=otlp|zipkin|console, OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME...), read by the
 * SDK itself. No auto-instrumentation: the graph makes its own spans (src/telemetry/tracing.ts), one per operation and
 * one per NHS API call, so nothing needs to hook module loading. Returns the shutdown that flushes pending spans.
 *
 * The SDK is imported here, when tracing is configured, and never at start-up otherwise: loading it (with its exporters)
 * costs about 60 MB of resident memory and 19 MB of heap that a process without tracing would carry for nothing.
 */
export async function startTelemetry(): Promise<() => Promise<void>> {
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({ serviceName: process.env.OTEL_SERVICE_NAME ?? 'nhs-graph', instrumentations: [] });
  sdk.start();
  return () => sdk.shutdown();
}
