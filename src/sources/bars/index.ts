/** The bars source's public face: its client, and what the resolvers in src/graph/ may use. */
export { BarsClient } from './client.js';
export { mapBarsAppointment, mapBarsResponse, mapBarsServiceRequest, mapBarsSlot, mapMessageResult, resourcesOf } from './mapper.js';
export { checkMessage } from './message.js';
export { eventsOf } from './receiver/events.js';
export type { StoredBarsResponse } from './receiver/response-store.js';
export { slotWindow } from './slot-window.js';
export type { BarsAppointment, BarsServiceRequest, BarsSlot } from './wire.js';
