/**
 * What the published OpenAPI documents leave out and the contract still requires (spec gaps), or the embedded platform's
 * own extensions, each a finding in docs/contracts-findings.md with the contract passage it rests on. An entry excuses
 * only the violations it matches, on the API and operation it names (a stale entry is reported by `npm run contracts`).
 */
export interface KnownDeviation {
  /** The finding's id in docs/contracts-findings.md. */
  finding: string;
  api: string;
  /** The spec operation ("GET /Patient/{id}"), or the request when it matches none ("GET /path"). */
  operation: string;
  /** The violation messages it excuses. */
  violation: RegExp;
}

export const KNOWN_DEVIATIONS: readonly KnownDeviation[] = [
  // Spec gaps: the 504 the EPS description's platform table gives; the tracker's date window eps-tracker/CONTRACT.md gives.
  {
    finding: 'EPS-2',
    api: 'eps-prescribing',
    operation: 'POST /FHIR/R4/$process-message#prescription-order',
    violation: /^status 504 is not in the operation's status table/,
  },
  {
    finding: 'EPS-4',
    api: 'eps-tracker',
    operation: 'GET /RequestGroup',
    violation: /^request: \/query must NOT have additional properties \((lowDate|highDate)\)$/,
  },
  // The embedded platform's extension (Organisation.appointments), never called upstream.
  {
    finding: 'GPC-1',
    api: 'gpc-appointments',
    operation: 'GET /gp-connect/patient-facing/appointments-management-fhir/FHIR/STU3/Appointment',
    violation: /^the spec has no operation GET \/(gp-connect\/patient-facing\/appointments-management-fhir\/FHIR\/STU3\/)?Appointment$/,
  },
];
