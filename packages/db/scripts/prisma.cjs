#!/usr/bin/env node
// Runs a Prisma CLI offline. By default Prisma 7 (prisma.config.ts), which the build uses to generate the client.
// With `--prisma6` first, the Prisma 6.19 CLI (prisma6.config.ts: wasm schema engine through a driver adapter),
// which scripts/new-migration.cjs uses to diff schemas offline: Prisma 7's migrate commands need the native schema
// engine. Either CLI still tries to download native engines unless these variables point at existing files (never
// executed by the commands used here).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', '.prisma-offline');
fs.mkdirSync(dir, { recursive: true });
const engine = path.join(dir, 'schema-engine');
const lib = path.join(dir, 'libquery_engine.so.node');
if (!fs.existsSync(engine)) fs.writeFileSync(engine, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
if (!fs.existsSync(lib)) fs.writeFileSync(lib, '');

const v6 = process.argv[2] === '--prisma6';
const argv = process.argv.slice(v6 ? 3 : 2);
const cli = require.resolve(v6 ? 'prisma6/build/index.js' : 'prisma/build/index.js');
const r = spawnSync(process.execPath, [cli, ...argv, ...(v6 ? ['--config', 'prisma6.config.ts'] : [])], {
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
