import DataLoader from 'dataloader';

/** DataLoader shapes used by every module's loaders: by id, grouped by a key, counts. */
export function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function groupedBy<T>(key: keyof T & string, load: (ids: string[]) => Promise<T[]>): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const k = r[key] as unknown as string;
      map.set(k, [...(map.get(k) ?? []), r]);
    }
    return ids.map((id) => map.get(id) ?? []);
  });
}

export function counts(load: (ids: string[]) => Promise<[string, number][]>): DataLoader<string, number> {
  return new DataLoader(async (ids) => {
    const map = new Map(await load([...ids]));
    return ids.map((id) => map.get(id) ?? 0);
  });
}
