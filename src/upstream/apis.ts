/**
 * The NHS APIs the graph reaches, each at the base path the NHS API platform mounts it on. The same paths exist on
 * sandbox.api.service.nhs.uk, int, prod and the embedded sandbox, so an environment is only an origin and credentials.
 */
export type AuthKind =
  /** Application-restricted signed-JWT client credentials at /oauth2/token. */
  | 'signed-jwt'
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
  // e-RS paths carry their FHIR version (/STU3/..., /R4/...) below this base. Its user-restricted mode (role headers)
  // needs the caller's CIS2 token exchanged; until caller auth provides one, calls go with the application's token.
  ers: { id: 'ers', label: 'e-RS', basePath: '/referrals/FHIR', auth: 'signed-jwt', publicReferenceData: false },
  bars: { id: 'bars', label: 'BaRS', basePath: '/booking-and-referral/FHIR/R4', auth: 'signed-jwt', publicReferenceData: false },
  // SDS is reference data, but GP Connect forbids reusing lookups across patient encounters: per request only.
  sds: { id: 'sds', label: 'SDS', basePath: '/spine-directory/FHIR/R4', auth: 'apikey', publicReferenceData: false },
  content: { id: 'content', label: 'NHS Website Content', basePath: '/nhs-website-content', auth: 'apikey', publicReferenceData: true },
  wlmds: { id: 'wlmds', label: 'WLMDS', basePath: '/elective-waiting-list', auth: 'signed-jwt', publicReferenceData: false },
} as const satisfies Record<string, ApiDefinition>;

export type ApiId = keyof typeof APIS;
export const API_IDS = Object.keys(APIS) as ApiId[];
