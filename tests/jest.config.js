// Cross-app suites: the API over real HTTP against a real database (PGlite, or PostgreSQL when DATABASE_URL
// is set), the admin's pure helpers, and browser flows in Chromium against the built app.
// Browser suites run on a pinned clock (tests/support/fake-clock.cjs): the demo seed, the app, the page and the
// test agree on one "now" that does not depend on the day CI runs. Override it to try a month's last evening or
// New Year's Eve: GRASSROOTS_TEST_NOW=2026-12-31T21:30:00+08:00 npm test
const TEST_NOW = process.env.GRASSROOTS_TEST_NOW || '2026-11-26T10:00:00+08:00';
if (Number.isNaN(Date.parse(TEST_NOW))) throw new Error(`GRASSROOTS_TEST_NOW is not a date: ${TEST_NOW}`);
process.env.GRASSROOTS_CLOCK_OFFSET_MS ??= String(Date.parse(TEST_NOW) - Date.now());
// The run's id: the browser suites share one seeded database made in this run (support/seeded-template.cjs).
process.env.GRASSROOTS_TEST_RUN ??= String(process.pid);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|load-esm|uid|strtok3|token-types|@tokenizer|uint8array-extras)/)',
  ],
  // Tests run the TypeScript sources of the workspace packages (no stale builds).
  moduleNameMapper: {
    '^@grassroots/domain$': '<rootDir>/../packages/domain/src/index.ts',
    '^@grassroots/domain/messages/(.*)$': '<rootDir>/../packages/domain/src/messages/$1/index.ts',
    '^@grassroots/db$': '<rootDir>/../packages/db/src/index.ts',
    '^@grassroots/db/testing$': '<rootDir>/../packages/db/src/testing.ts',
    '^@grassroots/api/(.*)$': '<rootDir>/../apps/api/src/$1',
  },
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};
module.exports = {
  // PGlite keeps emulated timers armed for a few seconds after close.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/api/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/support/timeout-api.ts'],
    },
    {
      ...common,
      // The admin's pure helpers (no browser): chart scales and the like.
      displayName: 'admin',
      testMatch: ['<rootDir>/admin/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/browser/**/*.test.ts'],
      setupFiles: ['<rootDir>/support/browser-clock.cjs'],
      setupFilesAfterEnv: ['<rootDir>/support/timeout-browser.ts'],
    },
  ],
};
