// The scale data set for the bench scripts: opens the configured database (PostgreSQL by DATABASE_URL, else an
// embedded one kept in the temp dir between runs) and loads the set once if it is not there.
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { isPostgresUrl, openDatabase, seedAtScale, SCALE_DEFAULTS } = require('@grassroots/db');

async function openScaleDatabase() {
  const pg = isPostgresUrl(process.env.DATABASE_URL);
  if (!pg) process.env.GRASSROOTS_DATA_DIR ??= path.join(os.tmpdir(), 'grassroots-scale');
  const db = await openDatabase();
  const sql = await db.sql();
  const [{ n }] = await sql.query(`SELECT count(*)::int AS n FROM "Program" WHERE id = 'sc-pr-1'`);
  if (n === 0) {
    const t = performance.now();
    await seedAtScale(sql, SCALE_DEFAULTS);
    console.log(`loaded the scale data set in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { pg, db, sql };
}

module.exports = { openScaleDatabase };
