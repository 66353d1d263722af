/** The content source's public face: its client, and what the resolvers in src/graph/ may use. */
export { ContentClient } from './client.js';
export { normaliseContentPath } from './paths.js';
export { checkSearchText } from './search.js';
