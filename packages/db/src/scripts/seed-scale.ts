// `npm run db:seed:scale -- --trainees 1000 --sessions 200000 --tickets 50000`: loads the benchmark data set
// (see src/scale.ts) into the configured database. Not for demos; use a separate data directory or database.
import { performance } from 'node:perf_hooks';

import { openDatabase } from '../index';
import { SCALE_DEFAULTS, seedAtScale } from '../scale';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const db = await openDatabase();
  const sql = await db.sql();
  try {
    const t = performance.now();
    const r = await seedAtScale(sql, {
      trainees: arg('trainees', SCALE_DEFAULTS.trainees),
      sessions: arg('sessions', SCALE_DEFAULTS.sessions),
      tickets: arg('tickets', SCALE_DEFAULTS.tickets),
    });
    console.log(
      `Loaded ${r.programs} programs, ${r.trainees} trainees, ${r.sessions} sessions, ${r.tickets} tickets into ${db.kind} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  } finally {
    await sql.close();
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
