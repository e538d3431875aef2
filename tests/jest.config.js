// Cross-app suites: the API over real HTTP against a real database (PGlite, or PostgreSQL when DATABASE_URL
// is set), and browser flows in Chromium against the built app.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' }, module: { type: 'commonjs' } }];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type|load-esm|uid|strtok3|token-types|@tokenizer|uint8array-extras)/)'],
  // Tests run the TypeScript sources of the workspace packages (no stale builds).
  moduleNameMapper: {
    '^@grassroots/domain$': '<rootDir>/../packages/domain/src/index.ts',
    '^@grassroots/db$': '<rootDir>/../packages/db/src/index.ts',
    '^@grassroots/db/testing$': '<rootDir>/../packages/db/src/testing.ts',
    '^@grassroots/api/(.*)$': '<rootDir>/../apps/api/src/$1',
  },
  globalSetup: '<rootDir>/support/global-setup.ts',
};
module.exports = {
  // PGlite keeps emulated timers armed for a few seconds after close.
  forceExit: true,
  projects: [
    { ...common, displayName: 'api', testMatch: ['<rootDir>/api/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/support/timeout-api.ts'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/browser/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/support/timeout-browser.ts'] },
  ],
};
