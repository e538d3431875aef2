// `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL or embedded PGlite).
import { openDatabase } from '../index';

async function main() {
  const started = Date.now();
  const db = await openDatabase();
  console.log(`Database (${db.kind}) is up to date (${Date.now() - started} ms).`);
  await db.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
