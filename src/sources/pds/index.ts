/** The pds source's public face: its client, and what the resolvers in src/graph/ may use. */
export { PdsClient } from './client.js';
export { refuseOutsidePatientAccess, refuseTelecomOutsidePatientAccess } from './change-rules.js';
export { mapPdsPatient } from './mapper.js';
export { buildPatientPatch, needsCurrentRecord, validatePatientChanges } from './patch-builder.js';
export { toPdsSearchParams } from './search-input.js';
