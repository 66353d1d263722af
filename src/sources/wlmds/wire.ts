/**
 * One WLMDS entry as the spec's example writes it. The spec is thin (elective-waiting-list.yaml declares only
 * `{result}`), so the mapper reads these fields whatever their key casing and accepts numbers or strings for codes.
 */
export interface WlmdsEntry {
  PATIENT_PATHWAY_IDENTIFIER?: string;
  ACTIVITY_TREATMENT_FUNCTION_CODE?: number | string;
  REFERRAL_TO_TREATMENT_PERIOD_START_DATE?: string;
  ReportingOrganisation?: string;
  derWeekEnding?: string;
  [key: string]: unknown;
}

/** How the call is addressed; the spec contradicts itself (wlmds/CONTRACT.md), so it is configuration. */
export type WlmdsUrlForm = 'query' | 'path';
export const WLMDS_URL_FORMS: readonly WlmdsUrlForm[] = ['query', 'path'];
