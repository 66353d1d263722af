/** The eps-tracker source's public face: its client, and what the resolvers in src/graph/ may use. */
export { TrackerClient } from './client.js';
export type { TrackerWindow } from './client.js';
export { holdsDispenser } from './mapper.js';
export type { CodeModel, PrescriptionModel } from './mapper.js';
export type { EpsSession } from './session.js';
export { statusName } from './statuses.js';
export { BUSINESS_STATUS_SYSTEM } from './wire.js';
