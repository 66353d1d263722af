import { BadUserInputError } from '../../errors.js';

/** What booking a slot needs to know about it; GP Connect has no Slot read, so the graph's Slot id carries it. */
export interface SlotKey {
  practice: string;
  slotId: string;
  start: string;
  end: string;
  scheduleId: string;
  locationId: string;
}

const VERSION = 'gpc-slot-1';

/** An opaque, URL-safe Slot id. Pure. */
export function encodeSlotKey(key: SlotKey): string {
  return Buffer.from(JSON.stringify([VERSION, key.practice, key.slotId, key.start, key.end, key.scheduleId, key.locationId])).toString('base64url');
}

/** The slot behind a Slot id the graph issued; BAD_USER_INPUT (INVALID_SLOT_ID) for anything else. */
export function decodeSlotKey(id: string): SlotKey {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  if (!Array.isArray(parts) || parts.length !== 7 || parts[0] !== VERSION || !parts.every((p) => typeof p === 'string') || !parts[1] || !parts[2]) {
    throw new BadUserInputError('INVALID_SLOT_ID', 'slotIds must be Slot ids from freeSlots');
  }
  const [, practice, slotId, start, end, scheduleId, locationId] = parts as string[];
  if (Number.isNaN(Date.parse(start as string)) || Number.isNaN(Date.parse(end as string))) {
    throw new BadUserInputError('INVALID_SLOT_ID', 'slotIds must be Slot ids from freeSlots');
  }
  return {
    practice: practice as string,
    slotId: slotId as string,
    start: start as string,
    end: end as string,
    scheduleId: scheduleId as string,
    locationId: locationId as string,
  };
}

/** At most this many adjacent slots in one appointment: more is a session, not an appointment. */
export const MAX_SLOTS_PER_APPOINTMENT = 6;

export interface SlotSelection {
  practice: string;
  slots: SlotKey[];
  start: string;
  end: string;
  locationId: string;
}

/**
 * Checks, before any call, that the slots can make one appointment as GP Connect requires: same practice, same
 * Schedule (so the same location, delivery channel and service), and contiguous, each ending as the next starts.
 */
export function selectSlots(ids: readonly string[]): SlotSelection {
  if (ids.length === 0) throw new BadUserInputError('INVALID_SLOT_ID', 'slotIds needs at least one Slot id');
  if (ids.length > MAX_SLOTS_PER_APPOINTMENT)
    throw new BadUserInputError('INVALID_SLOT_ID', `One appointment takes at most ${MAX_SLOTS_PER_APPOINTMENT} slots`);
  if (new Set(ids).size !== ids.length) throw new BadUserInputError('INVALID_SLOT_ID', 'slotIds names a slot twice');
  const slots = ids.map(decodeSlotKey).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const first = slots[0] as SlotKey;
  for (let i = 1; i < slots.length; i++) {
    const slot = slots[i] as SlotKey;
    const previous = slots[i - 1] as SlotKey;
    if (slot.practice !== first.practice || slot.scheduleId !== first.scheduleId) {
      throw new BadUserInputError('SLOTS_NOT_ADJACENT', 'The slots of one appointment must be at the same practice, in the same schedule');
    }
    if (Date.parse(slot.start) !== Date.parse(previous.end))
      throw new BadUserInputError('SLOTS_NOT_ADJACENT', 'The slots of one appointment must follow each other without a gap');
  }
  return { practice: first.practice, slots, start: first.start, end: (slots[slots.length - 1] as SlotKey).end, locationId: first.locationId };
}
