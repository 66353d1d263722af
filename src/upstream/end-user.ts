import type { IncomingHttpHeaders } from 'node:http';
import type { EndUser } from './types.js';

/** Longer than any ODS code, e-RS role name or SDS user id: a longer value is refused by the source that reads it. */
const MAX_LENGTH = 64;

function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  const trimmed = text?.trim();
  return trimmed ? trimmed.slice(0, MAX_LENGTH + 1) : undefined;
}

/**
 * The end user's declared context from a graph request's headers (see EndUser). Undefined when none is declared, which
 * e-RS reads as application-restricted access. Values are kept raw; validation belongs to the source that sends them.
 */
export function endUserOf(headers: IncomingHttpHeaders): EndUser | undefined {
  const endUser: EndUser = {};
  const organisationOds = single(headers, 'nhsd-end-user-organisation-ods');
  const ersBusinessFunction = single(headers, 'nhsd-ers-business-function');
  const ersOnBehalfOfUserId = single(headers, 'nhsd-ers-on-behalf-of-user-id');
  if (organisationOds) endUser.organisationOds = organisationOds;
  if (ersBusinessFunction) endUser.ersBusinessFunction = ersBusinessFunction;
  if (ersOnBehalfOfUserId) endUser.ersOnBehalfOfUserId = ersOnBehalfOfUserId;
  return Object.keys(endUser).length > 0 ? endUser : undefined;
}
