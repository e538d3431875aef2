#!/usr/bin/env node
// Benchmark: how long a test suite waits for its fresh, migrated database.
//   node tests/bench/test-db.cjs            (PGlite)
//   scripts/with-postgres.sh node tests/bench/test-db.cjs   (PostgreSQL template copies)
const { performance } = require('node:perf_hooks');
const { buildPgliteSnapshot, createTestDb, preparePostgresTemplate } = require('@grassroots/db/testing');
const { isPostgresUrl, openDatabase } = require('@grassroots/db');

async function time(label, n, fn) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(52)} median ${ms[Math.floor(n / 2)].toFixed(0).padStart(5)} ms   min ${ms[0].toFixed(0)}   max ${ms[n - 1].toFixed(0)}   (n=${n})`,
  );
}

(async () => {
  process.env.GRASSROOTS_PII_KEY ??= Buffer.alloc(32, 1).toString('base64');
  if (isPostgresUrl(process.env.DATABASE_URL)) {
    await time('migrate the template database (once per run)', 1, () =>
      preparePostgresTemplate(process.env.DATABASE_URL),
    );
  } else {
    await time('fresh in-memory PGlite + all migrations', 3, async () => {
      const db = await openDatabase({ pgliteDir: 'memory://', url: '' });
      await db.close();
    });
    await time('build the migrated snapshot (once per run)', 1, () => buildPgliteSnapshot());
  }
  await time('createTestDb() + first query + close (per suite)', 5, async () => {
    const db = await createTestDb();
    await db.prisma.user.count();
    await db.close();
  });
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
