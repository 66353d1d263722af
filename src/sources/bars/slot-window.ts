import { BadUserInputError } from '../../errors.js';

/** The longest window one Slot search may ask for, and the window asked for when the client gives no `end`. */
export const MAX_SLOT_WINDOW_DAYS = 31;
export const DEFAULT_SLOT_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/** BaRS's dateTime form: UTC with an explicit offset, no fraction (`2022-03-01T12:00:00+00:00`). */
function barsDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * The window a BaRS Slot search asks for: BaRS requires `start` twice, a lower and an upper bound (getSlots: "The
 * definition of the time window within which Slots are requested is provided by using this parameter twice"). From
 * `start` (default `nowMs`) to `end` (default DEFAULT_SLOT_WINDOW_DAYS later). An end not after the start, or a window
 * over MAX_SLOT_WINDOW_DAYS, is BAD_USER_INPUT (INVALID_SLOT_WINDOW) before any call.
 */
export function slotWindow(start: string | undefined, end: string | undefined, nowMs: number): { from: string; to: string } {
  const fromMs = start ? Date.parse(start) : nowMs;
  const toMs = end ? Date.parse(end) : fromMs + DEFAULT_SLOT_WINDOW_DAYS * DAY_MS;
  if (!(toMs > fromMs)) throw new BadUserInputError('INVALID_SLOT_WINDOW', 'end must be after start');
  if (toMs - fromMs > MAX_SLOT_WINDOW_DAYS * DAY_MS)
    throw new BadUserInputError('INVALID_SLOT_WINDOW', `A slot search covers at most ${MAX_SLOT_WINDOW_DAYS} days`);
  return { from: barsDateTime(fromMs), to: barsDateTime(toMs) };
}
