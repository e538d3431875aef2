#!/usr/bin/env node
// Benchmark: computing one program's sponsor report at scale (1,000 trainees, 200,000 sessions, 50,000 tickets).
//   npm run bench:reports              (PGlite, data in $GRASSROOTS_DATA_DIR or <tmp>/grassroots-scale)
//   npm run bench:reports:postgres     (a throwaway PostgreSQL cluster via scripts/with-postgres.sh)
// Loads the scale data set first when the database does not have it (timed separately), then times the same
// function the API calls (computeReport: every aggregate in one REPEATABLE READ transaction) for a month and a
// quarter of the largest program, plus the cost of hashing the snapshot.
const { performance } = require('node:perf_hooks');
const { computeReport, hashSnapshot } = require('@grassroots/db');
const { openScaleDatabase } = require('./scale-db.cjs');

async function time(label, n, fn) {
  await fn(); // warm-up: plans and caches, as in a running server
  const ms = [];
  let out;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    out = await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${ms[Math.floor(n / 2)].toFixed(0).padStart(5)} ms   min ${ms[0].toFixed(0).padStart(5)}   max ${ms[n - 1].toFixed(0).padStart(5)}   (n=${n})`,
  );
  return out;
}

(async () => {
  const { db, sql } = await openScaleDatabase();
  const [counts] =
    await sql.query(`SELECT (SELECT count(*) FROM "Trainee")::int AS trainees, (SELECT count(*) FROM "LiveSession")::int AS sessions,
    (SELECT count(*) FROM "LiveSessionItem")::int AS items, (SELECT count(*) FROM "AfterSalesTicket")::int AS tickets, (SELECT count(*) FROM "Attendance")::int AS attendance,
    (SELECT count(*) FROM "LiveSession" s JOIN "Cohort" c ON c.id = s."cohortId" WHERE c."programId" = 'sc-pr-1')::int AS "programSessions"`);
  console.log(`${db.kind}: ${JSON.stringify(counts)}`);
  await sql.close();
  const program = await db.prisma.program.findUniqueOrThrow({ where: { id: 'sc-pr-1' } });
  for (const period of ['2026-06', '2026-Q2', '2026-Q4']) {
    const s = await time(`report ${period} (${db.kind})`, 7, () => computeReport(db.prisma, program, period));
    const ids = Object.values(s.records).reduce((a, r) => a + r.length, 0);
    const t = performance.now();
    const hash = hashSnapshot(s);
    console.log(
      `   ${s.figures.live.sessionsHeld} sessions held, GMV ¥${s.figures.live.gmv}; ${ids} record ids; canonical JSON + SHA-256 ${(performance.now() - t).toFixed(0)} ms (${hash.slice(0, 12)}…)`,
    );
  }
  await db.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
