// Prisma 7 CLI configuration, used only to generate the client (`npm run generate`, part of the build). The app
// applies the committed migrations itself on start (src/migrate.ts) and connects through a driver adapter
// (src/index.ts), so it never needs the CLI. New migrations are authored with the Prisma 6.19 CLI
// (prisma6.config.ts, scripts/new-migration.cjs): Prisma 7's `migrate diff` needs the native schema engine, which
// cannot be downloaded here.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL || 'postgresql://pglite.invalid/embedded' },
});
