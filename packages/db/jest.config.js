module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testTimeout: 60000,
  // PGlite's emulated timers can keep the worker alive for a few seconds after close.
  forceExit: true,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleNameMapper: { '^@grassroots/domain$': '<rootDir>/../domain/src/index.ts' },
};
