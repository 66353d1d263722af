/**
 * UK local time with an explicit offset, as GP Connect wants times (`2024-05-30T10:00:00+01:00`: +00:00 in GMT, +01:00
 * in BST), never converted to UTC `Z`.
 */
const OFFSET_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });
const LOCAL_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The UK offset at an instant: '+00:00' or '+01:00'. */
export function ukOffset(at: Date): string {
  const name = OFFSET_FORMAT.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return match ? (match[1] as string) : '+00:00';
}

/** An instant as UK local date-time with its offset: 2024-05-30T10:00:00+01:00. */
export function toUkDateTime(at: Date): string {
  const parts = Object.fromEntries(LOCAL_FORMAT.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${ukOffset(at)}`;
}

/** The UK calendar date of an instant: 2024-05-30. */
export function ukDate(at: Date): string {
  return toUkDateTime(at).slice(0, 10);
}

/**
 * The instant of a UK wall-clock time on a date ('2024-05-30', '10:00'). Uses the offset in force at noon that day,
 * which is right for every time from 02:00 onwards (the clocks change at 01:00 UTC).
 */
export function ukWallClock(date: string, time: string): Date {
  const offset = ukOffset(new Date(`${date}T12:00:00Z`));
  return new Date(`${date}T${time}:00${offset}`);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A calendar date plus some days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
