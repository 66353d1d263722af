import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * schema/*.graphql -> src/generated/. The generated files are checked in and a test fails when they
 * drift from schema/ (test/generated.test.ts), so `npm run codegen` after every SDL change.
 */
const SCALARS = {
  NhsNumber: 'string',
  OdsCode: 'string',
  Date: 'string',
  DateTime: 'string',
  JSON: 'unknown',
  InteractionId: 'string',
};

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        scalars: {
          NhsNumber: 'string',
          OdsCode: 'string',
          Date: 'string',
          DateTime: 'string',
          JSON: 'unknown',
          InteractionId: 'string',
        },
        mappers: {
          Patient: '../sources/pds/mapper.js#PatientModel',
          Organisation: '../sources/ods/mapper.js#OrganisationModel',
          Citizen: '../auth/principal.js#CitizenPrincipal',
          SpineEndpoint: '../sources/sds/mapper.js#SpineEndpointModel',
          HealthContent: '../sources/content/mapper.js#HealthContentModel',
          HealthContentSummary: '../sources/content/mapper.js#HealthContentSummaryModel',
          WaitingListEntry: '../sources/wlmds/mapper.js#WaitingListEntryModel',
        },
      },
    },
    // Typed documents for the operations in src/client/operations/ (the typed client and the playground's examples),
    // and persisted-documents.json: the manifest a production graph loads to accept only these operations.
    'src/generated/client/': {
      documents: 'src/client/operations/*.graphql',
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        documentMode: 'string',
        emitLegacyCommonJSImports: false,
        scalars: SCALARS,
      },
    },
  },
};

export default config;