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
   * audit JWT per call naming the requesting device, organisation and practitioner (src/sources/gp-connect/auth.ts).
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
  /**
   * The least CIS2 authentication assurance level the API's user-restricted access mode grants (`nhs-cis2-aal3`):
   * a healthcare worker signed in below it is refused before any call (src/access/policy.ts). Unset: AAL2 is enough.
   */
  staffAssurance?: 3;
  /**
   * The API's default per-call timeout in ms, where its contract names how long it may take before answering itself
   * (EPS answers 504 after 30 s): the graph waits for that answer rather than giving up first. Unset: the general one.
   */
  timeoutMs?: number;
}

/**
 * EPS processes a write for up to 30 s before answering 504 itself (eps/CONTRACT.md, "Errors"; fhir-prescribing.yaml,
 * "Platform wide errors"): the graph waits that long and a little more, so it reads EPS's own 504 (and retries the
 * identical request, which Spine de-duplicates) instead of abandoning a write that may still be applied.
 */
export const EPS_TIMEOUT_MS = 35_000;

export const APIS = {
  pds: { id: 'pds', label: 'PDS', basePath: '/personal-demographics/FHIR/R4', auth: 'user-restricted', publicReferenceData: false },
  ods: { id: 'ods', label: 'ODS', basePath: '/organisation-data-terminology-api/fhir', auth: 'apikey', publicReferenceData: true },
  'gpc-access-record': {
    id: 'gpc-access-record',
    label: 'GP Connect Access Record',
    basePath: '/gp-connect/patient-facing/access-record-fhir/FHIR/STU3',
    auth: 'gp-connect',
    publicReferenceData: false,
  },
  'gpc-appointments': {
    id: 'gpc-appointments',
    label: 'GP Connect Appointment Management',
    basePath: '/gp-connect/patient-facing/appointments-management-fhir/FHIR/STU3',
    auth: 'gp-connect',
    publicReferenceData: false,
  },
  // e-RS paths carry their FHIR version (/STU3/..., /R4/...) below this base. Healthcare-worker mode: the signed-in
  // worker's CIS2 token exchanged, with their role context in headers (src/sources/ers/role-context.ts).
  ers: { id: 'ers', label: 'e-RS', basePath: '/referrals/FHIR', auth: 'user-restricted', publicReferenceData: false },
  bars: { id: 'bars', label: 'BaRS', basePath: '/booking-and-referral/FHIR/R4', auth: 'signed-jwt', publicReferenceData: false },
  // SDS is reference data, but GP Connect forbids reusing lookups across patient encounters: per request only.
  sds: { id: 'sds', label: 'SDS', basePath: '/spine-directory/FHIR/R4', auth: 'apikey', publicReferenceData: false, publicAccess: true },
  content: { id: 'content', label: 'NHS Website Content', basePath: '/nhs-website-content', auth: 'apikey', publicReferenceData: true },
  // EPS is two APIs on the platform (prescribing and dispensing); CIS2 users only (eps/CONTRACT.md, "Auth").
  'eps-prescribing': {
    id: 'eps-prescribing',
    label: 'EPS Prescribing',
    basePath: '/fhir-prescribing/FHIR/R4',
    auth: 'user-restricted',
    publicReferenceData: false,
    staffAssurance: 3,
    timeoutMs: EPS_TIMEOUT_MS,
  },
  'eps-dispensing': {
    id: 'eps-dispensing',
    label: 'EPS Dispensing',
    basePath: '/fhir-dispensing/FHIR/R4',
    auth: 'user-restricted',
    publicReferenceData: false,
    staffAssurance: 3,
    timeoutMs: EPS_TIMEOUT_MS,
  },
  // The tracker's contract names no time limit (its 408 says only that Spine did not answer): the general timeout.
  'eps-tracker': {
    id: 'eps-tracker',
    label: 'Clinical Prescription Tracker',
    basePath: '/clinical-prescription-tracker',
    auth: 'user-restricted',
    publicReferenceData: false,
    staffAssurance: 3,
  },
  wlmds: { id: 'wlmds', label: 'WLMDS', basePath: '/elective-waiting-list', auth: 'signed-jwt', publicReferenceData: false },
} as const satisfies Record<string, ApiDefinition>;

export type ApiId = keyof typeof APIS;
export const API_IDS = Object.keys(APIS) as ApiId[];
