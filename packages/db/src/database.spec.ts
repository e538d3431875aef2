import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createCohort, createEnrolment, createProgram, createTrainee, fakeNationalId } from './factories';
import { lockDataDir, openDatabase, readMigrations } from './index';
import { createPiiCipher } from './pii';

describe('embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-db-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates, migrates and records migrations the way Prisma does, then reopens without re-applying', async () => {
    const pgdir = path.join(dir, 'pgdata');
    const db = await openDatabase({ pgliteDir: pgdir, url: '' });
    const sql = await db.sql();
    const rows = await sql.query<{ migration_name: string; checksum: string; finished_at: Date }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
    expect(rows.every((r) => r.finished_at && r.checksum.length === 64)).toBe(true);

    // A second process (or instance) on the same directory is refused: PGlite has no lock of its own.
    await expect(openDatabase({ pgliteDir: pgdir, url: '' })).rejects.toThrow(/in use by process/);
    await db.close();

    const again = await openDatabase({ pgliteDir: pgdir, url: '' });
    expect((await (await again.sql()).query('SELECT count(*)::int AS n FROM "_prisma_migrations"'))[0]).toEqual({
      n: rows.length,
    });
    await again.close();
  });

  it('replaces the stale lock of a dead process', () => {
    const target = path.join(dir, 'stale');
    fs.writeFileSync(`${target}.lock`, '999999');
    const release = lockDataDir(target);
    expect(fs.readFileSync(`${target}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${target}.lock`)).toBe(false);
  });

  it('guarantees one active enrolment per program and an append-only audit log in the database itself', async () => {
    const db = await openDatabase({ pgliteDir: path.join(dir, 'rules'), url: '' });
    const { prisma } = db;
    const program = await createProgram(prisma);
    const a = await createCohort(prisma, { programId: program.id, name: 'A' });
    const b = await createCohort(prisma, { programId: program.id, name: 'B' });
    const pii = createPiiCipher(Buffer.alloc(32, 7));
    const t = await createTrainee(prisma, { pii, nationalId: fakeNationalId('653121', '19900101', 1) });
    await createEnrolment(prisma, { traineeId: t.id, cohortId: a.id });
    await expect(createEnrolment(prisma, { traineeId: t.id, cohortId: b.id })).rejects.toThrow(/unique constraint/i);
    await createEnrolment(prisma, { traineeId: t.id, cohortId: b.id, status: 'WITHDRAWN' });

    await prisma.auditLog.create({ data: { action: 'test', result: 'SUCCESS' } });
    await expect(prisma.auditLog.updateMany({ data: { action: 'changed' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await db.close();
  });
});

describe('migrations', () => {
  it('keep one snapshot of the schema they migrate to, equal to prisma/schema.prisma (no change without a migration)', () => {
    const dir = path.join(__dirname, '..', 'prisma');
    expect(readMigrations().length).toBeGreaterThan(10);
    expect(
      fs.readdirSync(path.join(dir, 'migrations'), { recursive: true }).filter((f) => String(f).endsWith('.prisma')),
    ).toEqual(['snapshot.prisma']);
    // The generator and datasource blocks configure Prisma, not the database (Prisma 7 dropped the datasource url).
    const datamodel = (file: string) =>
      fs.readFileSync(file, 'utf8').replace(/^(generator|datasource) \w+ \{[^}]*\}\n/gm, '');
    expect(datamodel(path.join(dir, 'migrations', 'snapshot.prisma'))).toBe(datamodel(path.join(dir, 'schema.prisma')));
    expect(datamodel(path.join(dir, 'schema.prisma'))).toMatch(/^model User \{/m);
  });
});

describe('PII cipher', () => {
  it('round-trips, randomises the ciphertext and hashes deterministically', () => {
    const c = createPiiCipher(Buffer.alloc(32, 1));
    const id = '11010519491231002X';
    const x = c.encrypt(id);
    expect(x).not.toContain(id);
    expect(c.encrypt(id)).not.toBe(x);
    expect(c.decrypt(x)).toBe(id);
    expect(c.hash(id)).toBe(c.hash(id));
    expect(() => createPiiCipher(Buffer.alloc(32, 2)).decrypt(x)).toThrow();
  });
});
