// Prisma 6.19 CLI configuration (the `prisma6` dev dependency), used only to author migration SQL offline:
// scripts/new-migration.cjs runs `migrate diff` from the newest migration's schema snapshot to prisma/schema.prisma.
// Prisma 7's migrate commands need the native schema engine, which cannot be downloaded here; 6.19 has a wasm
// ("js") engine, which wants a driver adapter: a throwaway in-memory PGlite (a datamodel-to-datamodel diff never
// queries it). The app applies the committed migrations itself (src/migrate.ts) and never runs a CLI.
import { defineConfig } from 'prisma6/config';

process.env.DATABASE_URL = 'postgresql://pglite.invalid/embedded';

// PGlite emulates SIGALRM with ref'd timers that re-arm forever; the CLI never disposes the adapter, so
// without this the process never exits. The wasm schema engine leaves 10 s / 60 s guard timers too.
const origSetTimeout = globalThis.setTimeout;
(globalThis as any).setTimeout = (fn: any, ms?: number, ...args: any[]) => {
  const t: any = origSetTimeout(fn, ms, ...args);
  if (typeof fn === 'function' && fn.toString().includes('__emscripten_timeout')) t.unref?.();
  else if (
    process.env.PRISMA_UNREF_ENGINE_TIMER &&
    (ms ?? 0) >= 10000 &&
    String(fn) === 'function () { [native code] }'
  )
    t.unref?.();
  return t;
};

let factory: Promise<any> | undefined; // memoized: the CLI calls adapter() more than once per command

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: () =>
    (factory ??= (async () => {
      const { PGlite } = await import('@electric-sql/pglite');
      const { PrismaPGlite } = await import('pglite-prisma-adapter');
      return new PrismaPGlite(new PGlite('memory://')) as any;
    })()),
});
