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
  | 'apikey';

export interface ApiDefinition {
  id: string;
  label: string;
  basePath: string;
  auth: AuthKind;
  /** Public reference data that may be cached across callers (DESIGN.md, performance model). */
  publicReferenceData: boolean;
}

export const APIS = {
  pds: { id: 'pds', label: 'PDS', basePath: '/personal-demographics/FHIR/R4', auth: 'signed-jwt', publicReferenceData: false },
  ods: { id: 'ods', label: 'ODS', basePath: '/organisation-data-terminology-api/fhir', auth: 'apikey', publicReferenceData: true },
  // SDS is reference data, but GP Connect forbids reusing lookups across patient encounters: per request only.
  sds: { id: 'sds', label: 'SDS', basePath: '/spine-directory/FHIR/R4', auth: 'apikey', publicReferenceData: false },
  content: { id: 'content', label: 'NHS Website Content', basePath: '/nhs-website-content', auth: 'apikey', publicReferenceData: true },
  // EPS is two APIs on the platform (prescribing and dispensing); CIS2 users only (eps/CONTRACT.md, "Auth").
  'eps-prescribing': { id: 'eps-prescribing', label: 'EPS Prescribing', basePath: '/fhir-prescribing/FHIR/R4', auth: 'user-restricted', publicReferenceData: false },
  'eps-dispensing': { id: 'eps-dispensing', label: 'EPS Dispensing', basePath: '/fhir-dispensing/FHIR/R4', auth: 'user-restricted', publicReferenceData: false },
  'eps-tracker': { id: 'eps-tracker', label: 'Clinical Prescription Tracker', basePath: '/clinical-prescription-tracker', auth: 'user-restricted', publicReferenceData: false },
  wlmds: { id: 'wlmds', label: 'WLMDS', basePath: '/elective-waiting-list', auth: 'signed-jwt', publicReferenceData: false },
} as const satisfies Record<string, ApiDefinition>;

export type ApiId = keyof typeof APIS;
export const API_IDS = Object.keys(APIS) as ApiId[];
