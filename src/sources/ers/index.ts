/** The ers source's public face: its client, and what the resolvers in src/graph/ may use. */
export { ErsClient } from './client.js';
export type { ErsWorklistType } from './client.js';
export { mapWorklistForPatient } from './mapper.js';
export type { ReferralModel } from './mapper.js';
export { isReferrerRole } from './role-context.js';
