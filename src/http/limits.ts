/** Connection-level limits of the graph's HTTP listener. */
export interface HttpLimits {
  /** Longest a client may take to send a request's headers (Node's default is 60 s). */
  headersTimeoutMs: number;
  /** Longest a client may take to send a whole request, body included (Node's default is 300 s). */
  requestTimeoutMs: number;
  /** Open connections at most; past it a new connection is closed at once. */
  maxConnections: number;
}

/**
 * Well under Node's defaults: a GraphQL request is a few kilobytes, so a client that needs more than 10 s for its
 * headers or 30 s for its body is holding a connection open (slowloris), not sending a query.
 */
export const HTTP_DEFAULTS: HttpLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1_024 };
