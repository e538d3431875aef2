import { type Database, openDatabase } from '@grassroots/db';

/**
 * Start to healthy (issue 12): the embedded database boots in its worker thread (≈0.5 s: WebAssembly, data dir,
 * migration check) while this thread loads Nest, GraphQL and the modules (≈0.7–0.9 s) — so the database is opened
 * before the app's modules are required, and the job queue starts after the app listens (/health/ready says when).
 */
async function main() {
  const started = Date.now();
  const opening: Promise<Database> = openDatabase();
  opening.catch(() => undefined); // awaited below; a failure is reported there, not as an unhandled rejection
  const { createApp } = await import('./bootstrap.js');
  const { Logger } = await import('@nestjs/common');
  const app = await createApp({ database: await opening });
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  new Logger('Grassroots').log(
    `Ready in ${Date.now() - started} ms: admin http://localhost:${port}/  GraphQL /graphql  health /health/live /health/ready`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
