#!/usr/bin/env node
// Benchmark: computing each role's workbench (issue 14) on the scale data set (1,000 trainees, 200,000 sessions,
// 50,000 tickets), target ≤ 100 ms on PostgreSQL.
//   npm run bench:workbench              (PGlite, data in $GRASSROOTS_DATA_DIR or <tmp>/grassroots-scale)
//   npm run bench:workbench:postgres     (a throwaway PostgreSQL cluster via scripts/with-postgres.sh)
// Needs `npm run build` first: it times the built WorkbenchService, the same code the API runs, with "now" pinned inside
// the scale data's sessions (February to mid-November 2026) so that today's and this month's windows have rows in them.
// The scale data's tickets are all closed: the first run reopens 650 of them for one agent (created over the last four
// days, so some have breached and some are due soon), so that the agent's SLA statement has a realistic queue to
// compute.
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { openScaleDatabase } = require('./scale-db.cjs');
const { WorkbenchService } = require(
  path.join(__dirname, '..', '..', 'apps', 'api', 'dist', 'src', 'modules', 'workbench', 'workbench.service.js'),
);

const NOW = new Date(process.env.BENCH_NOW || '2026-11-10T10:00:00+08:00');
const RUNS = Number(process.env.RUNS || 21);

async function time(label, fn) {
  await fn(); // warm-up: plans and caches, as in a running server
  const ms = [];
  let out;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    out = await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  console.log(
    `${label.padEnd(34)} median ${q(0.5).toFixed(1).padStart(6)} ms   min ${ms[0].toFixed(1).padStart(6)}   p90 ${q(0.9).toFixed(1).padStart(6)}   max ${ms[ms.length - 1].toFixed(1).padStart(6)}   (n=${RUNS})`,
  );
  return out;
}

(async () => {
  const { db, sql } = await openScaleDatabase();
  const [counts] =
    await sql.query(`SELECT (SELECT count(*) FROM "Trainee")::int AS trainees, (SELECT count(*) FROM "LiveSession")::int AS sessions,
    (SELECT count(*) FROM "AfterSalesTicket")::int AS tickets, (SELECT count(*) FROM "TicketEvent")::int AS "ticketEvents", (SELECT count(*) FROM "Lesson")::int AS lessons,
    (SELECT count(*) FROM "Attendance")::int AS attendance, (SELECT count(*) FROM "Submission")::int AS submissions`);
  const [{ open }] = await sql.query(
    `SELECT count(*)::int AS open FROM "AfterSalesTicket" WHERE "assigneeId" = 'sc-agent'`,
  );
  if (open === 0) {
    await sql.query(
      `INSERT INTO "User"(id, email, name, role, "passwordHash", "updatedAt") VALUES ('sc-agent', 'scale-agent@grassroots.local', '规模测试客服', 'AFTERSALES_AGENT', 'scale-data-cannot-sign-in', now()) ON CONFLICT DO NOTHING`,
    );
    await sql.query(
      `UPDATE "AfterSalesTicket" t SET status = 'IN_PROGRESS', "assigneeId" = 'sc-agent', "resolvedAt" = NULL,
      "createdAt" = $1::timestamptz AT TIME ZONE 'UTC' - (x.n % 96) * interval '1 hour', "firstRespondedAt" = CASE WHEN x.n % 3 = 0 THEN NULL ELSE $1::timestamptz AT TIME ZONE 'UTC' - (x.n % 96 - 1) * interval '1 hour' END,
      "returnReceivedAt" = CASE WHEN x.n % 5 = 0 THEN $1::timestamptz AT TIME ZONE 'UTC' - (x.n % 10) * interval '1 day' END
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "AfterSalesTicket" ORDER BY id LIMIT 650) x WHERE t.id = x.id`,
      [NOW.toISOString()],
    );
  }
  // The busiest agent (most open tickets assigned), a support member, a trainee and a sponsor of the scale data.
  const [agent] =
    await sql.query(`SELECT "assigneeId" AS id, count(*)::int AS n FROM "AfterSalesTicket" WHERE "assigneeId" IS NOT NULL
    AND status IN ('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'REOPENED') GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
  const [support] = await sql.query(
    `SELECT "userId" AS id FROM "TeamMembership" WHERE "leftAt" IS NULL AND "userId" LIKE 'sc-su-%' ORDER BY 1 LIMIT 1`,
  );
  await sql.close();
  console.log(
    `${db.kind}: ${JSON.stringify(counts)}; now ${NOW.toISOString()}; busiest agent has ${agent ? agent.n : 0} open tickets`,
  );

  const service = new WorkbenchService({ prisma: db.prisma });
  const actor = (role, o = {}) => ({
    id: `bench-${role}`,
    email: '',
    name: role,
    role,
    traineeId: null,
    sponsorId: null,
    sessionId: '',
    ...o,
  });
  const actors = [
    actor('ADMIN'),
    actor('COORDINATOR'),
    actor('SUPPORT', { id: support ? support.id : 'sc-su-1' }),
    actor('QC_INSPECTOR'),
    actor('AFTERSALES_AGENT', { id: agent ? agent.id : 'nobody' }),
    actor('TRAINEE', { traineeId: 'sc-tr-1' }),
    actor('SPONSOR', { sponsorId: 'sc-sp-1' }),
  ];
  for (const a of actors) {
    const wb = await time(`workbench ${a.role} (${db.kind})`, () => service.forActor(a, NOW));
    console.log(`   ${wb.cards.map((c) => `${c.key}=${c.count}`).join(' ')}; ${wb.timeline.length} timeline entries`);
  }
  await db.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
