/** The sds source's public face: its client, and what the resolvers in src/graph/ may use. */
export { SdsClient } from './client.js';
export { INTERACTION_ID } from './interactions.js';
export { accreditedSystemFor } from './mapper.js';
export type { AccreditedSystemModel, SpineEndpointModel } from './mapper.js';
