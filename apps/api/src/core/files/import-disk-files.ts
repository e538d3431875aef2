import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

import type { PrismaClient } from '@grassroots/db';

import { checkStorageKey, type FileStore } from './file-store';

export interface ImportResult {
  /** Copied from the folder into the store. */
  imported: number;
  /** Listed in the database, in neither the store nor the folder. */
  missing: string[];
  /** On disk, but not the bytes the database recorded (sha256): left where they are. */
  mismatched: string[];
}

const PAGE = 200;

/**
 * The migration path from the old disk store: every file the database lists but the store lacks is read from
 * `dir` (GRASSROOTS_FILES_DIR, where uploads used to be written), checked against its recorded sha256 and put.
 * Idempotent: a second run, or a second instance running it at once, imports nothing twice. The folder is only
 * read; delete it once a backup holds the files.
 */
export async function importDiskFiles(prisma: PrismaClient, store: FileStore, dir: string): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, missing: [], mismatched: [] };
  try {
    if (!(await fs.stat(dir)).isDirectory()) return result;
  } catch {
    return result; // no old folder: nothing to migrate
  }
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.storedFile.findMany({
      // The database store answers "which lack bytes" in the query; another store is asked per file.
      where: store.transactional ? { content: { is: null } } : {},
      select: { id: true, storageKey: true, sha256: true },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) {
      if (!store.transactional && (await store.has(row.storageKey))) continue;
      let data: Buffer;
      try {
        data = await fs.readFile(path.join(dir, checkStorageKey(row.storageKey)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        result.missing.push(row.storageKey);
        continue;
      }
      if (createHash('sha256').update(data).digest('hex') !== row.sha256) {
        result.mismatched.push(row.storageKey);
        continue;
      }
      await store.put(row.storageKey, data);
      result.imported++;
    }
    if (rows.length < PAGE) return result;
    cursor = rows[rows.length - 1].id;
  }
}
