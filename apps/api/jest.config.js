// Unit tests of services and rules that live beside the code (src/**/*.spec.ts).
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
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  passWithNoTests: false,
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|load-esm|uid|strtok3|token-types|@tokenizer|uint8array-extras)/)',
  ],
  moduleNameMapper: {
    '^@grassroots/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@grassroots/domain/messages/(.*)$': '<rootDir>/../../packages/domain/src/messages/$1/index.ts',
  },
};
