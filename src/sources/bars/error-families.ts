import { BadUserInputError, GraphError, NotFoundError, type Reason, UpstreamError, upstreamReason } from '../../errors.js';

/** Who failed, from the BaRS code's prefix: the sender (SEND_), the receiver (REC_) or the routing proxy (PROXY_, none). */
export type BarsFamily = 'SEND' | 'REC' | 'PROXY';

export function barsFamily(code: string | undefined): BarsFamily | undefined {
  if (!code) return undefined;
  if (code.startsWith('SEND_')) return 'SEND';
  if (code.startsWith('REC_')) return 'REC';
  if (code.startsWith('PROXY_') || code === 'NOT_FOUND' || code === 'BAD_REQUEST') return 'PROXY';
  return undefined;
}

/** Codes that say the graph built a request BaRS could not take: the graph's fault, not the caller's. */
const GRAPH_FAULTS = new Set([
  'SEND_BAD_REQUEST',
  'BAD_REQUEST',
  'PROXY_BAD_REQUEST',
  'SEND_METHOD_NOT_ALLOWED',
  'REC_METHOD_NOT_ALLOWED',
  'SEND_NOT_ACCEPTABLE',
  'REC_NOT_ACCEPTABLE',
]);

/**
 * Re-codes a failed BaRS call by its family, keeping the family in `extensions.upstream.family`. The status already
 * gives the code (errorFromStatus); the family corrects three cases: a malformed request the graph built is
 * UPSTREAM_ERROR (not the caller's input), a receiver refusing the message content (REC_BAD_REQUEST,
 * REC_UNPROCESSABLE_ENTITY) is BAD_USER_INPUT with that reason, and an unknown target (PROXY_NOT_FOUND) is NOT_FOUND.
 * Errors without a BaRS code (an empty body from a receiver that timed out) keep their status mapping. Pure.
 */
export function withBarsFamily(error: GraphError): GraphError {
  const info = error.upstream;
  const code = info?.issueCode;
  const family = barsFamily(code);
  if (!info || !code || !family) return error;
  const upstream = { ...info, family };
  const message = error.message;
  if (GRAPH_FAULTS.has(code))
    return new UpstreamError(message.replace(/: the request was rejected$/, ': the graph sent a request BaRS could not take'), { upstream });
  if (code === 'REC_BAD_REQUEST' || code === 'REC_UNPROCESSABLE_ENTITY')
    return new BadUserInputError(upstreamReason(code), `${message.replace(/: the request was rejected$/, '')}: the receiving service refused the content`, {
      upstream,
    });
  if (code === 'PROXY_NOT_FOUND') return new NotFoundError(message.replace(/: not found$/, ': the target is not in the BaRS Endpoint Catalogue'), { upstream });
  return new GraphError(error.code, message, {
    upstream,
    ...(error.extensions.reason ? { reason: error.extensions.reason as Reason } : {}),
    ...(error.extensions.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.extensions.retryAfterSeconds as number } : {}),
  });
}
