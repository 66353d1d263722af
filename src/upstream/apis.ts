/**
 * The NHS APIs the graph reaches, each at the base path the NHS API platform mounts it on. The same paths exist on
 * sandbox.api.service.nhs.uk, int, prod and the embedded sandbox, so an environment is only an origin and credentials.
 */
export type AuthKind =
  /** Application-restricted signed-JWT client credentials at /oauth2/token. */
  | 'signed-jwt'
  /**
   * User-restricted, separate authentication: the signed-in user's ID token exchanged at /oauth2/token for a platform
   * token acting for them; with no signed-in user, the application-restricted token (the API's restricted mode).
   */
  | 'user-restricted'
  /** The `apikey` header only. */
  | 'apikey'
  /**
   * GP Connect: the Spine Secure Proxy headers (Ssp-TraceID, Ssp-From, Ssp-To, Ssp-InteractionID) and a fresh unsigned
   * audit JWT per call naming the requesting device, organisation and practitioner (src/upstream/gp-connect-auth.ts).
   */
  | 'gp-connect';

export interface ApiDefinition {
  id: string;
  label: string;
  basePath: string;
  auth: AuthKind;
  /** Public reference data that may be cached across callers (DESIGN.md, performance model). */
  publicReferenceData: boolean;
  /**
   * Anyone may read it, signed in or not (src/access/policy.ts). Defaults to `publicReferenceData`; set it for public
   * data that must not be cached across callers (SDS). Everything else is patient data: a token and a rule are needed.
   */
  publicAccess?: boolean;
}

export const APIS = {
  pds: { id: 'pds', label: 'PDS', basePath: '/personal-demographics/FHIR/R4', auth: 'user-restricted', publicReferenceData: false },
  ods: { id: 'ods', label: 'ODS', basePath: '/organisation-data-terminology-api/fhir', auth: 'apikey', publicReferenceData: true },
  'gpc-access-record': { id: 'gpc-access-record', label: 'GP Connect Access Record', basePath: '/gp-connect/patient-facing/access-record-fhir/FHIR/STU3', auth: 'gp-connect', publicReferenceData: false },
  'gpc-appointments': { id: 'gpc-appointments', label: 'GP Connect Appointment Management', basePath: '/gp-connect/patient-facing/appointments-management-fhir/FHIR/STU3', auth: 'gp-connect', publicReferenceData: false },
  // e-RS paths carry their FHIR version (/STU3/..., /R4/...) below this base. Its user-restricted mode (role headers)
  // needs the caller's CIS2 token exchanged; until caller auth provides one, calls go with the application's token.
  ers: { id: 'ers', label: 'e-RS', basePath: '/referrals/FHIR', auth: 'signed-jwt', publicReferenceData: false },
  bars: { id: 'bars', label: 'BaRS', basePath: '/booking-and-referral/FHIR/R4', auth: 'signed-jwt', publicReferenceData: false },
  // SDS is reference data, but GP Connect forbids reusing lookups across patient encounters: per request only.
  sds: { id: 'sds', label: 'SDS', basePath: '/spine-directory/FHIR/R4', auth: 'apikey', publicReferenceData: false, publicAccess: true },
  content: { id: 'content', label: 'NHS Website Content', basePath: '/nhs-website-content', auth: 'apikey', publicReferenceData: true },
  // EPS is two APIs on the platform (prescribing and dispensing); CIS2 users only (eps/CONTRACT.md, "Auth").
  'eps-prescribing': { id: 'eps-prescribing', label: 'EPS Prescribing', basePath: '/fhir-prescribing/FHIR/R4', auth: 'user-restricted', publicReferenceData: false },
  'eps-dispensing': { id: 'eps-dispensing', label: 'EPS Dispensing', basePath: '/fhir-dispensing/FHIR/R4', auth: 'user-restricted', publicReferenceData: false },
  'eps-tracker': { id: 'eps-tracker', label: 'Clinical Prescription Tracker', basePath: '/clinical-prescription-tracker', auth: 'user-restricted', publicReferenceData: false },
  wlmds: { id: 'wlmds', label: 'WLMDS', basePath: '/elective-waiting-list', auth: 'signed-jwt', publicReferenceData: false },
} as const satisfies Record<string, ApiDefinition>;

export type ApiId = keyof typeof APIS;
export const API_IDS = Object.keys(APIS) as ApiId[];
