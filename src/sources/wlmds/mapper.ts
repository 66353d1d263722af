import { TREATMENT_FUNCTIONS } from './treatment-functions.js';
import type { WlmdsEntry } from './wire.js';

export interface WaitingListEntryModel {
  pathwayId: string | null;
  treatmentFunction: { code: string; name: string | null } | null;
  /** The RTT clock start: the date the patient began waiting. */
  clockStart: string | null;
  /** ODS code of the provider trust (ReportingOrganisation). */
  providerOdsCode: string | null;
  /** The census (week-ending) date of the submission the entry comes from. */
  weekEnding: string | null;
  /** Whole weeks from clock start to the census week-ending: the wait as WLMDS last saw it. */
  weeksWaitingAtCensus: number | null;
  resource: WlmdsEntry;
}

/** Field names compared without case or punctuation, so `ReportingOrganisation` and `REPORTING_ORGANISATION` agree. */
function normalKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function field(entry: WlmdsEntry, name: string): unknown {
  const wanted = normalKey(name);
  for (const [key, value] of Object.entries(entry)) if (normalKey(key) === wanted) return value;
  return undefined;
}

function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The calendar date of a WLMDS datetime (local, without offset: `2020-04-04T00:00:00`), or null. */
function calendarDate(value: unknown): string | null {
  const s = text(value);
  const match = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return match && !Number.isNaN(Date.parse(match[1] as string)) ? (match[1] as string) : null;
}

function isEntry(value: unknown): value is WlmdsEntry {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && field(value as WlmdsEntry, 'PATIENT_PATHWAY_IDENTIFIER') !== undefined;
}

/**
 * The entries of a WLMDS answer, whatever the envelope: an array of entries, one entry, or an object holding an
 * array of entries under any key (`data`, `entries`, `waitingList`...). Pure; anything else is no entries.
 */
export function extractWaitingListEntries(body: unknown): WlmdsEntry[] {
  if (Array.isArray(body)) return body.filter(isEntry);
  if (isEntry(body)) return [body];
  if (typeof body === 'object' && body !== null) {
    for (const value of Object.values(body)) if (Array.isArray(value) && value.some(isEntry)) return value.filter(isEntry);
  }
  return [];
}

/** Maps one WLMDS entry to the graph. Pure: the wait is measured to the census date, never to the clock. */
export function mapWaitingListEntry(entry: WlmdsEntry): WaitingListEntryModel {
  const code = text(field(entry, 'ACTIVITY_TREATMENT_FUNCTION_CODE'));
  const clockStart = calendarDate(field(entry, 'REFERRAL_TO_TREATMENT_PERIOD_START_DATE'));
  const weekEnding = calendarDate(field(entry, 'derWeekEnding'));
  const weeks = clockStart && weekEnding ? Math.floor((Date.parse(weekEnding) - Date.parse(clockStart)) / (7 * 86_400_000)) : null;
  return {
    pathwayId: text(field(entry, 'PATIENT_PATHWAY_IDENTIFIER')),
    treatmentFunction: code ? { code, name: TREATMENT_FUNCTIONS[code] ?? null } : null,
    clockStart,
    providerOdsCode: text(field(entry, 'ReportingOrganisation'))?.toUpperCase() ?? null,
    weekEnding,
    weeksWaitingAtCensus: weeks !== null && weeks >= 0 ? weeks : null,
    resource: entry,
  };
}
