// @ts-check
import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

/**
 * Lint (`npm run lint`, run by CI through `npm test`): typescript-eslint's recommended rules, plus the type-aware ones
 * that catch real bugs here — a promise nobody awaits (a write that may fail silently, a job never waited for) — and
 * one import style (type-only imports marked, imports sorted). Formatting is Prettier's (.prettierrc.json).
 */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'tests/.tmp/**',
      'tests/.artifacts/**',
      'apps/admin/src/gql/**',
      'tests/gql/**',
      'packages/db/generated/**',
      'packages/db/prisma*.config.ts',
      'apps/admin/vite.config.ts',
      '**/*.cjs',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // Warnings to burn down (the names and \`any\`s that predate lint); the rules above are errors.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
);
