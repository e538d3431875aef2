// `npm run db:seed`: loads the demo data into the configured database (idempotent).
import { checkPiiKeys, openDatabase } from '../index';
import { seedDemo } from '../seed';

async function main() {
  const db = await openDatabase();
  try {
    // Seeding a brand-new embedded database may create its key (even in production mode: the demo is new data).
    await checkPiiKeys(await db.sql(), { allowCreate: true });
    await seedDemo(db.prisma);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
