import { Logger } from '@nestjs/common';

import { createApp } from './bootstrap';

async function main() {
  const started = Date.now();
  const app = await createApp();
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
