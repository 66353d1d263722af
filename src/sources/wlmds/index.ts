/** The wlmds source's public face: its client, and what the resolvers in src/graph/ may use. */
export { WlmdsClient } from './client.js';
