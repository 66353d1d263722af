import { channel } from 'node:diagnostics_channel';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * One request an NHS API of the sandbox answered, as both sides saw it on the wire. Published on
 * {@link SANDBOX_EXCHANGE_CHANNEL} so the test suite can judge every exchange against the published OpenAPI documents
 * (test/support/contracts/); nothing listens in `npm start`, where publishing costs one check.
 */
export interface SandboxExchange {
  /** The sandbox API id (sandbox/src/apis.ts). */
  api: string;
  method: string;
  /** The full request path, base path included, without the query. */
  path: string;
  /** The query string, with its `?` (empty when there is none). */
  search: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  status: number;
  responseHeaders: Record<string, string>;
  /** The answer's body as the router built it (an object for JSON, a string otherwise; undefined when empty). */
  body: unknown;
  /** The test fault that answered instead of the API (sandbox/src/faults.ts); its answer is not the contract's. */
  fault?: string;
  /**
   * Set when the request came through the Spine Secure Proxy (GP Connect route A): the provider's service root it was
   * addressed to. Route A is judged by GP Connect's own (Swagger) specification, not the platform's patient-facing one.
   */
  sspRoot?: string;
}

/** The diagnostics channel the sandbox publishes each answered API exchange on. */
export const SANDBOX_EXCHANGE_CHANNEL = 'nhs-graph:sandbox:exchange';

const exchanges = channel(SANDBOX_EXCHANGE_CHANNEL);

/** Publishes an exchange to whoever listens (the test suite); builds nothing when no one does. */
export function publishExchange(build: () => SandboxExchange): void {
  if (exchanges.hasSubscribers) exchanges.publish(build());
}
