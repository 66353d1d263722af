/** The ers source's public face: its client, and what the resolvers in src/graph/ may use. */
export { ErsClient } from './client.js';
export type { ErsWorklistType } from './client.js';
export { mapErsReferral, mapWorklistForPatient } from './mapper.js';
export { checkAppointmentRequest, checkServiceSearch, mapActions, mapServiceList, mapSlots } from './referring.js';
export type { AppointmentRequest, ErsPriority } from './referring.js';
export type { ReferralModel } from './mapper.js';
export { isReferrerRole } from './role-context.js';
