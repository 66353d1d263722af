import { BadUserInputError } from '../../errors.js';
import { daysBetween } from '../../nhs/uk-time.js';

/** GP Connect's slot search spans at most 14 days (gpc-appointments/CONTRACT.md). */
export const SLOT_WINDOW_DAYS = 14;
/** The embedded practice-appointments search spans at most a month, to keep one answer bounded. */
export const PRACTICE_WINDOW_DAYS = 31;

/** Refuses, before any call, an inverted date window or one wider than `maxDays` (reason given). */
export function validateWindow(from: string, to: string, maxDays?: number, tooWide: 'WINDOW_TOO_WIDE' | 'SLOT_WINDOW_TOO_WIDE' = 'WINDOW_TOO_WIDE'): void {
  if (from > to) throw new BadUserInputError('INVALID_DATE_RANGE', 'from is after to');
  if (maxDays !== undefined && daysBetween(from, to) > maxDays) {
    throw new BadUserInputError(tooWide, `from and to may be at most ${maxDays} days apart`);
  }
}

export function validateSlotWindow(from: string, to: string): void {
  validateWindow(from, to, SLOT_WINDOW_DAYS, 'SLOT_WINDOW_TOO_WIDE');
}
