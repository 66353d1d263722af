// GraphQL Mesh composition (mesh-compose) of PDS and ODS from their published OpenAPI specs, as a user of Mesh would
// start: one subgraph per spec, pointed at the benchmark's sandbox (MESH_SANDBOX_ORIGIN). Nothing hand-written here;
// the links between them (a patient's practice and pharmacy) are in gateway.mjs.
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const origin = process.env.MESH_SANDBOX_ORIGIN;
const specs = process.env.MESH_SPECS ?? '/work/shared/nhs';

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('PDS', {
        source: `${specs}/pds/specification/personal-demographics.yaml`,
        endpoint: `${origin}/personal-demographics/FHIR/R4`,
      }),
    },
    {
      sourceHandler: loadOpenAPISubgraph('ODS', {
        source: `${specs}/ods/specification/organisation-data-terminology-api.yaml`,
        endpoint: `${origin}/organisation-data-terminology-api/fhir`,
      }),
    },
  ],
});
