import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { scalars } from '@nhs-graph/sdk';

/**
 * An app's codegen against the SDK: the schema and the scalar map both come from @nhs-graph/sdk, so an app writes
 * neither. (SDK_APP_WITHOUT_SCALARS=1 leaves the map out, as an app without the SDK would: the test shows tsc fails.)
 */
const require = createRequire(import.meta.url);

const config: CodegenConfig = {
  schema: require.resolve('@nhs-graph/sdk/schema.graphql'),
  documents: ['src/**/*.ts'],
  generates: {
    'gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        ...(process.env.SDK_APP_WITHOUT_SCALARS ? {} : { scalars }),
      },
    },
  },
};

export default config;
