// Prisma CLI configuration, used only to author migrations and to generate the client. The app applies the
// committed migrations itself on start (src/migrate.ts), so the CLI never opens the app's data directory:
// PGLITE_DIR defaults to a throwaway in-memory database here.
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL;
const usePg = !!url && /^postgres(ql)?:\/\//.test(url) && !url.includes('pglite.invalid');
if (!usePg) process.env.DATABASE_URL = 'postgresql://pglite.invalid/embedded';

// PGlite emulates SIGALRM with ref'd timers that re-arm forever; the CLI never disposes the adapter, so
// without this the process never exits. The wasm schema engine leaves 10 s / 60 s guard timers too.
const origSetTimeout = globalThis.setTimeout;
(globalThis as any).setTimeout = (fn: any, ms?: number, ...args: any[]) => {
  const t: any = origSetTimeout(fn, ms, ...args);
  if (typeof fn === 'function' && fn.toString().includes('__emscripten_timeout')) t.unref?.();
  else if (process.env.PRISMA_UNREF_ENGINE_TIMER && (ms ?? 0) >= 10000 && String(fn) === 'function () { [native code] }') t.unref?.();
  return t;
};

// pglite-prisma-adapter@0.6.1: executeScript does not await; shadow replays multi-statement scripts via executeRaw.
function patchPglite(factory: any) {
  const fixScript = (adapter: any) => {
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.client.exec(script);
      } catch (e) {
        adapter.onError(e);
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => fixScript(await connect());
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = fixScript(await connectToShadowDb());
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q: { sql: string; args: unknown[] }) => {
      if (q.args.length === 0 && q.sql.includes(';')) {
        await adapter.executeScript(q.sql);
        return 0;
      }
      return executeRaw(q);
    };
    adapter.dispose = async () => adapter.client.close();
    return adapter;
  };
  return factory;
}

// @prisma/adapter-pg@6.19.3: no mapping for `name` (oid 19) / `"char"` (oid 18) catalog columns.
function pgCatalogTypesAsText(factory: any) {
  const patch = (adapter: any) => {
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
    if (!proto.__catalogTypesPatched) {
      const performIO = proto.performIO;
      proto.performIO = async function (q: unknown) {
        const r = await performIO.call(this, q);
        for (const f of r?.fields ?? []) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
        return r;
      };
      proto.__catalogTypesPatched = true;
    }
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await connectToShadowDb());
  return factory;
}

async function pgFactory(connection: string) {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const u = new URL(connection);
  // Discrete fields, not connectionString: with a connectionString the shadow database connects to the main one.
  const cfg = {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)),
    allowExitOnIdle: true,
  };
  const factory: any = new PrismaPg(cfg);
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...cfg, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  };
  return pgCatalogTypesAsText(factory);
}

let factory: Promise<any> | undefined; // memoized: the CLI calls adapter() more than once per command

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: () =>
    (factory ??= (async () => {
      if (usePg) return pgFactory(url!);
      const { PGlite } = await import('@electric-sql/pglite');
      const { PrismaPGlite } = await import('pglite-prisma-adapter');
      return patchPglite(new PrismaPGlite(new PGlite(process.env.PGLITE_DIR ?? 'memory://')));
    })()),
});
