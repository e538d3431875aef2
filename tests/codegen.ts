import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the API tests, from the committed API schema (no running server needed): a query written as
 * graphql(`…`) in tests/api or tests/support gets its data and variables types, and `npm run typecheck` fails when a
 * field it asks for is renamed or removed. Regenerate after changing a document: `npm -w @grassroots/tests run codegen`.
 */
const config: CodegenConfig = {
  schema: '../apps/api/schema.gql',
  documents: ['api/**/*.ts', 'support/**/*.ts', '!gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // A test reads what it asked for and fails at run time on an unexpected null: results are not `T | null`
        // (which would need a `!` on every nullable step). Inputs keep null, which tests send on purpose.
        maybeValue: 'T',
        inputMaybeValue: 'T | null | undefined',
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};
export default config;
