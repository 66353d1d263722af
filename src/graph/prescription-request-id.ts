import { BadUserInputError } from '../errors.js';

export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A caller's request id for a safe retry: a UUID (EPS mirrors it as X-Request-ID), checked before any call. */
export function requestIdOf(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!UUID.test(value)) throw new BadUserInputError('INVALID_REQUEST_ID', 'requestId must be a UUID');
  return value.toLowerCase();
}
