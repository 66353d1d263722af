/**
 * UK local time as the GP Connect specs write it: an explicit offset (+00:00 in GMT, +01:00 in BST), never `Z`.
 * Calendar dates are plain `YYYY-MM-DD` strings.
 */
const LONDON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});
const DAY_MS = 86_400_000;

function londonParts(at: Date): Record<string, string> {
  return Object.fromEntries(LONDON.formatToParts(at).map((p) => [p.type, p.value]));
}

/** The UK offset in force at an instant: '+00:00' or '+01:00'. */
function ukOffset(at: Date): string {
  return /([+-]\d{2}:\d{2})/.exec(londonParts(at).timeZoneName ?? '')?.[1] ?? '+00:00';
}

/** An instant as UK local date-time with its offset: 2024-05-30T10:00:00+01:00. */
export function toUkDateTime(at: Date): string {
  const p = londonParts(at);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${ukOffset(at)}`;
}

/** The UK calendar date of an instant. */
export function ukDate(at: Date): string {
  return toUkDateTime(at).slice(0, 10);
}

/** The instant of a UK wall-clock time ('10:00') on a date, with the offset in force at noon that day. */
export function ukWallClock(date: string, time: string): Date {
  return new Date(`${date}T${time}:00${ukOffset(new Date(`${date}T12:00:00Z`))}`);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A calendar date plus some days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
