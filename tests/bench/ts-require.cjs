// Lets the bench scripts require the tests' TypeScript helpers (tests/support/*.ts), compiled on require with swc
// as Jest does for the tests.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const src = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(src, { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
  module._compile(code, filename);
};
