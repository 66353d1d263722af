import { BadUserInputError } from '../errors.js';
import { type OdsCode, parseOdsCode } from '../nhs/ods-code.js';
import type { CallContext } from '../upstream/types.js';

/**
 * The end user's organisation for headers that name it (PDS's and BaRS's NHSD-End-User-Organisation-ODS): the
 * organisation the caller declared, else the signed-in worker's; undefined when there is none. A malformed code is
 * BAD_USER_INPUT (INVALID_ODS_CODE) before any call.
 */
export function endUserOdsCode(ctx: Pick<CallContext, 'endUser' | 'staff'> | undefined): OdsCode | undefined {
  const declared = ctx?.endUser?.organisationOds ?? ctx?.staff?.orgCode;
  if (!declared) return undefined;
  const code = parseOdsCode(declared);
  if (!code) throw new BadUserInputError('INVALID_ODS_CODE', 'NHSD-End-User-Organisation-ODS is not a valid ODS code');
  return code;
}
