import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapAppointment, mapSlotBundle } from '../../../src/sources/gp-connect/appointments-mapper.js';
import { decodeSlotKey } from '../../../src/sources/gp-connect/slot-key.js';
import type { StuAppointment, StuBundle } from '../../../src/sources/gp-connect/wire.js';

/** The published Appointment Management examples (sandbox/contracts/nhs/gpc-appointments/examples), as the mapper receives them. */
const example = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../sandbox/contracts/nhs/gpc-appointments/examples/${file}`, import.meta.url), 'utf8')) as T;

describe('mapAppointment', () => {
  it("maps the spec's read appointment example: status, times, texts and the version amend and cancel send back", () => {
    const wire = example<StuAppointment>('read_appt_response_example.json');
    const model = mapAppointment(wire, undefined, 'A20047');
    // FHIR's code as the graph's enum: the example's 'booked' is BOOKED.
    expect(wire.status).toBe('booked');
    expect(model).toMatchObject({
      status: 'BOOKED',
      start: wire.start,
      end: wire.end,
      description: wire.description,
      comment: wire.comment,
      created: wire.created,
      version: wire.meta?.versionId,
      practiceOdsCode: 'A20047',
    });
    expect(model.resource).toBe(wire);
  });
});

describe('mapSlotBundle', () => {
  it("maps every Slot of the spec's free-slot search, each with an id that carries what booking needs", () => {
    const bundle = example<StuBundle>('search_for_free_slots_response_example.json');
    const wireSlots = (bundle.entry ?? [])
      .map((e) => e.resource as { resourceType: string; id?: string; start?: string; end?: string })
      .filter((r) => r.resourceType === 'Slot');
    const slots = mapSlotBundle(bundle, 'A20047');
    expect(slots.map((s) => [s.slotId, s.start, s.end])).toEqual(wireSlots.map((s) => [s.id, s.start, s.end]));
    for (const slot of slots) {
      expect(decodeSlotKey(slot.id)).toMatchObject({ slotId: slot.slotId, start: slot.start, end: slot.end });
      expect(slot.location?.name ?? null).not.toBeNull();
    }
  });
});
