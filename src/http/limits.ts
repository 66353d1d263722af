/** Limits of the graph's HTTP listener: connections, how long a client may take to send, operations at once. */
export interface HttpLimits {
  /** Longest a client may take to send a request's headers (Node's default is 60 s). */
  headersTimeoutMs: number;
  /** Longest a client may take to send a whole request, body included (Node's default is 300 s). */
  requestTimeoutMs: number;
  /** Open connections at most; past it a new connection is closed at once. */
  maxConnections: number;
  /** GraphQL operations (HTTP requests to /graphql) executing at once; the others wait their turn (0: no limit). */
  maxConcurrentOperations: number;
  /** Operations that may wait for a slot; past it a request is answered 503 at once (src/http/gate.ts). */
  maxQueuedOperations: number;
}

/**
 * Well under Node's defaults: a GraphQL request is a few kilobytes, so a client that needs more than 10 s for its
 * headers or 30 s for its body is holding a connection open (slowloris), not sending a query. 64 operations at once
 * keep throughput with 20 ms upstreams (about 650 operations/s x 65 ms = 42 in flight) while bounding memory.
 */
export const HTTP_DEFAULTS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 1_024,
  maxConcurrentOperations: 64,
  maxQueuedOperations: 1_024,
};
