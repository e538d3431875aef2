// `npm run db:seed`: loads the demo data into the configured database (idempotent).
import { openDatabase } from '../index';
import { seedDemo } from '../seed';

async function main() {
  const db = await openDatabase();
  try {
    await seedDemo(db.prisma);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
