import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createApp } from '@grassroots/api/bootstrap';
import { DatabaseFileStore } from '@grassroots/api/core/files/file-store';
import { importDiskFiles } from '@grassroots/api/core/files/import-disk-files';
import { backupDatabase, type BackupTarget, isPostgresUrl, openDatabase, restoreDatabase } from '@grassroots/db';
import { createPostgresTestDatabase, createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';

import { useApi } from '../support/api';
import { GqlClient } from '../support/client';
import { PHOTO_JPEG } from '../support/images';

/** Uploads live in the database: every instance serves them, every backup holds them, the old disk folder is imported. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-files-storage-'));
const api = useApi();
let inspector: GqlClient & { userId: string };
beforeAll(async () => {
  inspector = await api.as('QC_INSPECTOR');
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function upload(url: string, c: GqlClient, bytes: Buffer, purpose = 'inspection-photos') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  const res = await fetch(`${url}/files/${purpose}`, { method: 'POST', body: form, headers: { cookie: c.cookie } });
  return { status: res.status, body: (await res.json()) as { id: string; size: number } };
}
const download = (url: string, c: GqlClient, id: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/files/${id}`, { headers: { cookie: c.cookie, ...headers } });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

it('serves a file uploaded through instance A from instance B (another host, its own empty files folder)', async () => {
  const b = await api.startInstance();
  try {
    const up = await upload(api.url, inspector, PHOTO_JPEG);
    expect(up.status).toBe(201);
    const got = await download(b.url, inspector, up.body.id);
    expect(got.status).toBe(200);
    const bytes = Buffer.from(await got.arrayBuffer());
    expect(bytes.equals(PHOTO_JPEG)).toBe(true);
    expect(got.headers.get('content-length')).toBe(String(PHOTO_JPEG.length));
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    // The ETag is the content hash: the same on every instance, so a cached copy revalidates anywhere.
    const etag = got.headers.get('etag');
    expect(etag).toBe(`"${sha256(PHOTO_JPEG)}"`);
    // (fetch() would add `cache-control: no-cache` to a conditional request; a browser revalidating does not.)
    const again = await download(api.url, inspector, up.body.id, {
      'if-none-match': etag!,
      'cache-control': 'max-age=0',
    });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect(
      (await download(b.url, inspector, up.body.id, { 'if-none-match': '"other"', 'cache-control': 'max-age=0' }))
        .status,
    ).toBe(200);
    // Authorization and the audit still apply on B.
    expect((await download(b.url, await api.signIn('TRAINEE'), up.body.id)).status).toBe(404);
    const audit = await api.db.prisma.auditLog.findMany({
      where: { action: 'file.download', targetIds: { has: up.body.id } },
      select: { result: true },
    });
    expect(audit.map((a) => a.result).sort()).toEqual(['DENIED', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
  } finally {
    await b.close();
  }
});

it('commits the row and its bytes together: when the bytes cannot be stored, no row is left', async () => {
  const sql = await api.db.sql();
  const rows = await api.db.prisma.storedFile.count();
  await sql.query(
    'ALTER TABLE "StoredFileContent" ADD CONSTRAINT "refuse_all" CHECK (octet_length("data") < 0) NOT VALID',
  );
  try {
    expect((await upload(api.url, inspector, PHOTO_JPEG)).status).toBe(500);
  } finally {
    await sql.query('ALTER TABLE "StoredFileContent" DROP CONSTRAINT "refuse_all"');
  }
  expect(await api.db.prisma.storedFile.count()).toBe(rows);
  expect(await api.db.prisma.storedFile.count({ where: { content: { is: null } } })).toBe(0);
});

it('imports files of the old disk folder once, on start, checking each against its recorded sha256', async () => {
  const dir = path.join(tmp, 'old-files');
  const old = async (name: string, bytes: Buffer, recorded = sha256(bytes)) => {
    const storageKey = `inspection-photos/aa/${name}`;
    const row = await api.db.prisma.storedFile.create({
      data: {
        purpose: 'inspection-photos',
        contentType: 'image/jpeg',
        size: bytes.length,
        sha256: recorded,
        originalName: `${name}.jpg`,
        storageKey,
        uploadedById: inspector.userId,
      },
      select: { id: true },
    });
    fs.mkdirSync(path.join(dir, 'inspection-photos', 'aa'), { recursive: true });
    fs.writeFileSync(path.join(dir, storageKey), bytes);
    return row.id;
  };
  const good = await old('aa000001-good', PHOTO_JPEG);
  const tampered = await old('aa000002-tampered', PHOTO_JPEG, sha256(Buffer.from('something else')));
  expect((await download(api.url, inspector, good)).status).toBe(404); // before the import: the bytes are only on disk

  const b = await api.startInstance({ filesDir: dir });
  try {
    for (const url of [b.url, api.url]) {
      const got = await download(url, inspector, good);
      expect(got.status).toBe(200);
      expect(Buffer.from(await got.arrayBuffer()).equals(PHOTO_JPEG)).toBe(true);
    }
    expect((await download(b.url, inspector, tampered)).status).toBe(404);
    // Idempotent: another start, or `npm run files:import`, imports nothing more.
    const c = await api.startInstance({ filesDir: dir });
    await c.close();
    const rerun = await importDiskFiles(api.db.prisma, new DatabaseFileStore(api.db), dir);
    expect(rerun.imported).toBe(0);
    expect(rerun.mismatched).toEqual(['inspection-photos/aa/aa000002-tampered']);
    expect(
      await api.db.prisma.storedFileContent.count({
        where: { storageKey: { startsWith: 'inspection-photos/aa/aa0000' } },
      }),
    ).toBe(1);
  } finally {
    await b.close();
  }
});

it('keeps files downloadable through a backup and restore, with no files folder at all', async () => {
  const pg = isPostgresUrl(process.env.DATABASE_URL)
    ? await createPostgresTestDatabase(process.env.DATABASE_URL)
    : undefined;
  const target: BackupTarget = pg ? { url: pg.url } : { pgliteDir: path.join(tmp, 'pgdata') };
  const open = () => openDatabase({ url: target.url ?? '', pgliteDir: target.pgliteDir });
  const start = async () => {
    const app = await createApp({
      database: await open(),
      logger: ['error'],
      adminDir: '/nonexistent',
      filesDir: path.join(tmp, 'no-such-folder'),
    });
    await app.listen(0, '127.0.0.1');
    return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
  };
  try {
    const setup = await open();
    const user = await createUser(setup.prisma, { role: 'QC_INSPECTOR' });
    await setup.close();
    const signIn = async (url: string) => {
      const c = new GqlClient(url);
      expect((await c.login(user.email, DEFAULT_TEST_PASSWORD)).errors).toBeUndefined();
      return c;
    };
    let { app, url } = await start();
    const up = await upload(url, await signIn(url), PHOTO_JPEG, 'licence-scans');
    expect(up.status).toBe(201);
    await app.close();

    const file = path.join(tmp, pg ? 'files.dump' : 'files.tar.gz');
    await backupDatabase(file, target);
    const later = await open();
    await later.prisma.storedFile.deleteMany({}); // lost after the backup: row and bytes
    await later.close();

    await restoreDatabase(file, target);
    ({ app, url } = await start());
    try {
      const got = await download(url, await signIn(url), up.body.id);
      expect(got.status).toBe(200);
      expect(Buffer.from(await got.arrayBuffer()).equals(PHOTO_JPEG)).toBe(true);
    } finally {
      await app.close();
    }
  } finally {
    await pg?.drop();
  }
});
