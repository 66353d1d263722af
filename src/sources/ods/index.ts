/** The ods source's public face: its client, and what the resolvers in src/graph/ may use. */
export { OdsClient } from './client.js';
export type { OdsSearchParams } from './client.js';
export { mapOdsOrganisation, organisationStub } from './mapper.js';
export type { OrganisationModel, OrganisationRef } from './mapper.js';
