import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from '../errors.js';
import { isQueryLimitReason, isTokenLimitMessage } from './query-limits.js';

/** Apollo's own request-level codes, all the caller's doing: reported as BAD_USER_INPUT with the Apollo code as reason. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps every error a client sees inside the closed list of src/errors.ts. Input errors raised by our scalars during
 * validation keep their `reason` and become BAD_USER_INPUT (Apollo would label them GRAPHQL_VALIDATION_FAILED); anything
 * unknown is masked as INTERNAL_SERVER_ERROR, so an unexpected exception can never leak data in its message.
 */
export function formatError(formatted: GraphQLFormattedError, onInternal: (error: GraphQLFormattedError) => void): GraphQLFormattedError {
  formatted = { ...formatted, message: withoutEchoedValue(formatted.message) };
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  const code = String(extensions.code ?? '');
  const known = ERROR_CODES.includes(code as ErrorCode);
  // Query limits run as validation rules and in the parser, whose errors Apollo labels with its own codes.
  if (isQueryLimitReason(extensions.reason)) return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  if (code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitMessage(formatted.message))
    return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX', reason: 'MAX_TOKENS' } };
  if (typeof extensions.reason === 'string' && !known) return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  // Apollo's own BAD_USER_INPUT (ours always carry a reason) is a variable its value coercion refused.
  if (code === 'BAD_USER_INPUT' && extensions.reason === undefined) return { ...formatted, extensions: { ...extensions, reason: 'INVALID_VARIABLE' } };
  if (known && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions };
  if (APOLLO_INPUT_CODES.has(code)) return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: extensions.reason ?? code } };
  onInternal(formatted);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

const ECHOED_VARIABLE = /^Variable "(\$[A-Za-z0-9_]+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;

/**
 * graphql-js reports a bad variable as `Variable "$x" got invalid value <the value>; <why>`, echoing what the client
 * sent: an almost-valid NHS number, a name. We keep the variable, the path and our scalars' own reason, never the value.
 */
export function withoutEchoedValue(message: string): string {
  const match = ECHOED_VARIABLE.exec(message);
  if (!match) return message;
  const [, variable, path, why = ''] = match;
  const where = path ? ` at "${path}"` : '';
  const ours = /^(Not a valid|[A-Za-z]+ must be)/.test(why) ? `; ${why}` : '';
  return `Variable "${variable}" got an invalid value${where}${ours}`;
}
