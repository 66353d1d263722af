import { ukDate } from '../../../src/nhs/uk-time.js';
import { ROUTE_A } from './specs.js';

/**
 * Search rules a contract states in prose where its OpenAPI document leaves the parameter open. GP Connect route A's
 * patient appointment search (gpconnect-swagger.yaml `GET /Patient/{id}/Appointment`) declares `start` as a bare string
 * array; gpc-appointments/CONTRACT.md, "Patient's appointments (route A)": "exactly two `start` params (`ge`, `le`),
 * dates only, no part of the range in the past (error)", and its error table: "422 `INVALID_PARAMETER` bad date range
 * (> 14 days, past dates, time on patient-appointment search)". Route B allows past dates (`past-appt-limit`).
 * `today` is the UK date the exchange is judged on.
 */
export function searchRuleViolations(spec: string, operation: string, search: string, today = ukDate(new Date())): string[] {
  if (spec !== ROUTE_A.appointments || operation !== 'GET /Patient/{id}/Appointment') return [];
  const starts = new URLSearchParams(search.replace(/^\?/, '')).getAll('start');
  const ge = starts.filter((s) => s.startsWith('ge'));
  const le = starts.filter((s) => s.startsWith('le'));
  const v: string[] = [];
  if (starts.length !== 2 || ge.length !== 1 || le.length !== 1)
    v.push(`search: start must be given exactly twice, once ge and once le (got ${starts.length})`);
  for (const s of starts) if (!/^(ge|le)\d{4}-\d{2}-\d{2}$/.test(s)) v.push(`search: start ${s} is not ge/le and a date (dates only)`);
  const from = ge[0]?.slice(2);
  if (from && /^\d{4}-\d{2}-\d{2}$/.test(from) && from < today) v.push(`search: start ge${from} is in the past (no part of the range may be, route A)`);
  return v;
}
