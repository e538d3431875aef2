import { Prisma } from '@grassroots/db';
import DataLoader from 'dataloader';

/**
 * The DataLoader shapes every module's loaders are built from. Each one takes the loader's ownership scope
 * first — the caller's `where` from core/auth/scopes.ts, or `unowned(why)` for rows nobody owns — and ANDs it
 * into the query itself: the load function receives the finished `where` (never the bare ids), so a loader
 * cannot be written that skips the scope. `new DataLoader` outside this file fails loader-kit.spec.ts.
 */
export class Unowned {
  constructor(readonly why: string) {}
}

/** Declares that a loader's rows have no owner (the catalogue, staff names, aggregates whose parent was scoped). */
export function unowned(why: string): Unowned {
  if (!why.trim()) throw new Error('Say why a loader needs no ownership scope');
  return new Unowned(why);
}

export type Scope<W> = W | Unowned;
/** Scopes are read when a batch runs (the loaders of an anonymous request are built but never used). */
export type ScopeOf<W> = () => Scope<W>;

/** `{ AND: [{ field: { in: ids } }, scope] }`, the only way a loader's `where` is made. */
export function scopedWhere<W>(field: string, ids: readonly string[], scope: Scope<W>): W {
  const keys = { [field]: { in: [...ids] } };
  return (scope instanceof Unowned ? keys : { AND: [keys, scope] }) as W;
}

/** The same for raw SQL: the scope as a boolean SQL fragment (TRUE when unowned). */
export function scopedSql(scope: Scope<Prisma.Sql>): Prisma.Sql {
  return scope instanceof Unowned ? Prisma.sql`TRUE` : scope;
}

/** Rows by id, null where the id is absent or out of scope. */
export function byId<T extends { id: string }, W>(
  scope: ScopeOf<W>,
  load: (where: W) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load(scopedWhere('id', ids, scope()));
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Rows grouped by a foreign key (`key` is both the row's field and the column filtered on). */
export function groupedBy<T, W>(
  key: keyof T & string,
  scope: ScopeOf<W>,
  load: (where: W) => Promise<T[]>,
): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await load(scopedWhere(key, ids, scope()));
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const k = r[key] as unknown as string;
      map.set(k, [...(map.get(k) ?? []), r]);
    }
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** A number per key (0 when none), from `[key, n]` pairs. */
export function counts<W>(
  field: string,
  scope: ScopeOf<W>,
  load: (where: W) => Promise<[string, number][]>,
): DataLoader<string, number> {
  return new DataLoader(async (ids) => {
    const map = new Map(await load(scopedWhere(field, ids, scope())));
    return ids.map((id) => map.get(id) ?? 0);
  });
}

/**
 * A loader over raw SQL (aggregates, joins Prisma cannot group): `load` gets the keys and the scope as SQL and
 * returns one value per key, in order.
 */
export function batchedSql<V>(
  scope: ScopeOf<Prisma.Sql>,
  load: (ids: string[], scope: Prisma.Sql) => Promise<V[]>,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => load([...ids], scopedSql(scope())));
}

/** A loader whose values are computed per key from rows fetched under `scope` (one value per key, in order). */
export function batched<V, W>(
  field: string,
  scope: ScopeOf<W>,
  load: (where: W, ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => load(scopedWhere(field, ids, scope()), ids));
}
