import { ForbiddenError } from '../../errors.js';
import type { CallContext } from '../../upstream/types.js';

/**
 * The CIS2 session an EPS or tracker call is made in, always the signed-in healthcare worker's own: the role profile
 * (NHSD-Session-URID), the organisation id of the session (NHSD-Organization-UUID, CIS2 `person_orgid`), the full job
 * role code `S…:G…:R…` (NHSD-Session-JobRole, CIS2 `role_code`), and the user (SDS user id and name) who is the
 * `agent` of a release and the requester of a return. No configured identity ever stands in for a user: both APIs are
 * user-restricted (eps/CONTRACT.md and eps-tracker/CONTRACT.md, "Auth").
 */
export interface EpsSession {
  roleProfileId: string;
  organisationId: string;
  jobRole: string;
  /** The R part of the job role, e.g. R8000. */
  jobRoleCode: string;
  userId: string;
  /** "Given Family" from the CIS2 token's profile claims; null when the token carries no name. */
  userName: string | null;
}

/**
 * The session of this call, from the signed-in worker's CIS2 principal. Throws FORBIDDEN (reason CIS2_SESSION) when
 * there is no healthcare worker, or their session lacks what EPS needs (a selected role with its full code and
 * organisation): the call is never made in anyone else's name.
 */
export function sessionOf(ctx: CallContext): EpsSession {
  const staff = ctx.staff;
  const user = ctx.user?.kind === 'staff' ? ctx.user : undefined;
  if (!staff || !user)
    throw new ForbiddenError('EPS and the prescription tracker are called only in a signed-in healthcare worker’s CIS2 session', { reason: 'CIS2_SESSION' });
  if (!staff.jobRole || !staff.orgId) {
    throw new ForbiddenError('The CIS2 session names no full job role code or organisation for the selected role', { reason: 'CIS2_SESSION' });
  }
  const name = [...user.givenNames, user.familyName ?? ''].filter(Boolean).join(' ');
  return {
    roleProfileId: staff.roleProfileId,
    organisationId: staff.orgId,
    jobRole: staff.jobRole,
    jobRoleCode: staff.jobRoleCode,
    userId: user.sdsUserId,
    userName: name || null,
  };
}

/** The identity headers the tracker back end requires (eps-tracker/CONTRACT.md, "Auth and headers"). */
export function sessionHeaders(session: EpsSession): Record<string, string> {
  return {
    'nhsd-session-urid': session.roleProfileId,
    'nhsd-organization-uuid': session.organisationId,
    'nhsd-session-jobrole': session.jobRole,
  };
}
