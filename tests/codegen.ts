import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the API tests, from the committed API schema (no running server needed): a query written as
 * graphql(`…`) in tests/api, tests/browser or tests/support gets its data and variables types, and `npm run typecheck` fails when a
 * field it asks for is renamed or removed. Regenerate after changing a document: `npm -w @grassroots/tests run codegen`.
 */
const config: CodegenConfig = {
  schema: '../apps/api/schema.gql',
  documents: ['api/**/*.ts', 'browser/**/*.ts', 'support/**/*.ts', '!gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Report figures are read deep in the tests: any, as they were before types.
        scalars: { DateTime: 'string', JSONObject: 'Record<string, any>' },
      },
    },
  },
};
export default config;
