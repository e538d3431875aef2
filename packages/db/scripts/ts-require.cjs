// A require hook for TypeScript files, compiled on load with swc as Jest does: the bench scripts use it for
// tests/support/*.ts, and the embedded database's worker thread for its own sources when the tests run them.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const src = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(src, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
