import type { CallContext } from '../../upstream/types.js';

/**
 * The CIS2 session a tracker or EPS call is made in: the role profile (NHSD-Session-URID), the organisation id of the
 * session (NHSD-Organization-UUID) and the job role code (NHSD-Session-JobRole). With a signed-in healthcare worker
 * these come from their session (`ctx.staff`, set by caller authentication); without one, the application's
 * configured defaults (the application-restricted robot the dispensing side allows).
 */
export interface EpsSession {
  roleProfileId: string;
  organisationId: string;
  jobRoleCode: string;
  /** The dispensing user, for the agent of a release or return (SDS user id and display name). */
  userId: string;
  userName: string;
  phone: string;
}

/** The spec examples' session (eps-clinical-prescription-tracker-api.yaml, fhir-dispensing.yaml). */
export const DEFAULT_EPS_SESSION: EpsSession = {
  roleProfileId: '555254240100',
  organisationId: '555254240100',
  jobRoleCode: 'S0030:G0100:R0570',
  userId: '3415870201',
  userName: 'Jackie Clark',
  phone: '02380798431',
};

interface StaffLike {
  roleProfileId?: string;
  jobRoleCode?: string;
  orgCode?: string;
}

/** The session of this call: the signed-in worker's role where caller authentication provides one. */
export function sessionOf(ctx: CallContext, defaults: EpsSession): EpsSession {
  const staff = (ctx as CallContext & { staff?: StaffLike }).staff;
  if (!staff?.roleProfileId) return defaults;
  return { ...defaults, roleProfileId: staff.roleProfileId, jobRoleCode: staff.jobRoleCode ?? defaults.jobRoleCode };
}

/** The identity headers the tracker back end requires (eps-tracker/CONTRACT.md, "Auth and headers"). */
export function sessionHeaders(session: EpsSession): Record<string, string> {
  return {
    'nhsd-session-urid': session.roleProfileId,
    'nhsd-organization-uuid': session.organisationId,
    'nhsd-session-jobrole': session.jobRoleCode,
  };
}
