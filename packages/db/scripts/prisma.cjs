#!/usr/bin/env node
// Runs the Prisma 6 CLI offline: the wasm ("js") schema engine and driver adapters are used, but the CLI
// still tries to download native engines unless these variables point at existing files (never executed).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', '.prisma-offline');
fs.mkdirSync(dir, { recursive: true });
const engine = path.join(dir, 'schema-engine');
const lib = path.join(dir, 'libquery_engine.so.node');
if (!fs.existsSync(engine)) fs.writeFileSync(engine, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
if (!fs.existsSync(lib)) fs.writeFileSync(lib, '');

const cli = require.resolve('prisma/build/index.js');
const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
  env: {
    PRISMA_SCHEMA_ENGINE_BINARY: engine,
    PRISMA_QUERY_ENGINE_LIBRARY: lib,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    PRISMA_UNREF_ENGINE_TIMER: '1',
    DATABASE_URL: 'postgresql://pglite.invalid/embedded',
    ...process.env,
  },
});
process.exit(r.status ?? 1);
