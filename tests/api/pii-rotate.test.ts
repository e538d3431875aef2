import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  checkPiiKeys,
  createPiiCipher,
  isPostgresUrl,
  openDatabase,
  phoneIndexes,
  readPiiKeyring,
  sealPhone,
} from '@grassroots/db';
import { createCohort, createProduct, createTeam, createTrainee, fakeNationalId } from '@grassroots/db/testing';

/**
 * `npm run pii:rotate` on the embedded database (key file): every ID number and every group robot's webhook and secret
 * are sealed with the new key in one transaction; the old key is kept beside it for older backups.
 */
const ROOT = path.resolve(__dirname, '..', '..');

it('re-encrypts ID numbers, customer phones and robot secrets with a new key, and everything still reads', async () => {
  if (isPostgresUrl(process.env.DATABASE_URL)) return; // the PostgreSQL path (keys in the environment) is the same SQL
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-rotate-'));
  const env: NodeJS.ProcessEnv = { ...process.env, GRASSROOTS_DATA_DIR: dataDir };
  delete env.GRASSROOTS_PII_KEY;
  delete env.DATABASE_URL;
  const saved = { data: process.env.GRASSROOTS_DATA_DIR, key: process.env.GRASSROOTS_PII_KEY };
  try {
    process.env.GRASSROOTS_DATA_DIR = dataDir;
    delete process.env.GRASSROOTS_PII_KEY;
    const pgdir = path.join(dataDir, 'pgdata');
    const id = fakeNationalId('653121', '19900307', 7);
    let db = await openDatabase({ url: '', pgliteDir: pgdir });
    const before = createPiiCipher(await checkPiiKeys(await db.sql(), { url: '', dir: dataDir, allowCreate: true }));
    const trainee = await createTrainee(db.prisma, { nationalId: id, pii: before });
    const team = await createTeam(db.prisma, { cohortId: (await createCohort(db.prisma)).id });
    const robot = await db.prisma.notificationChannel.create({
      data: {
        name: '群机器人',
        platform: 'DINGTALK',
        teamId: team.id,
        programId: null,
        webhookCipher: before.encrypt('https://oapi.dingtalk.com/robot/send?access_token=abc'),
        webhookMasked: 'oapi…abc',
        secretCipher: before.encrypt('SECabc'),
        kinds: [],
      },
    });
    // A ticket sealed with the old key, and one left in plain text by an old instance: both come out under the new key.
    const product = await createProduct(db.prisma);
    const ticket = (n: number, phone: { customerPhone: string | null; customerPhoneCipher?: string }) =>
      db.prisma.afterSalesTicket.create({
        data: {
          number: `AS-ROT-${n}`,
          orderRef: `DY-ROT-${n}`,
          productId: product.id,
          customerName: '顾客',
          type: 'REFUND_ONLY',
          amountClaimed: '10.00',
          ...phone,
        },
        select: { id: true },
      });
    const sealed = await ticket(1, sealPhone(before, '15811112222'));
    const plain = await ticket(2, { customerPhone: '15833334444' });
    await db.close();

    const run = spawnSync(process.execPath, [path.join(ROOT, 'packages/db/dist/scripts/pii-rotate.js')], {
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Re-encrypted 1 ID numbers, 2 customer phones and the group robots' secrets with PII key/,
    );

    const ring = readPiiKeyring(dataDir)!;
    const after = createPiiCipher(ring);
    expect(after.keyId).not.toBe(before.keyId);
    db = await openDatabase({ url: '', pgliteDir: pgdir, migrate: false });
    const t = await db.prisma.trainee.findUniqueOrThrow({
      where: { id: trainee.id },
      select: { nationalIdCipher: true, nationalIdHash: true },
    });
    expect(t.nationalIdCipher.startsWith(`v2:${after.keyId}:`)).toBe(true);
    expect(after.decrypt(t.nationalIdCipher)).toBe(id);
    expect(t.nationalIdHash).toBe(after.hash(id));
    const r = await db.prisma.notificationChannel.findUniqueOrThrow({ where: { id: robot.id } });
    expect([
      r.webhookCipher.startsWith(`v2:${after.keyId}:`),
      after.decrypt(r.webhookCipher),
      after.decrypt(r.secretCipher!),
    ]).toEqual([true, 'https://oapi.dingtalk.com/robot/send?access_token=abc', 'SECabc']);
    // Search computes its blind indexes with the current key: they find both rows after the rotation.
    for (const [row, phone] of [
      [sealed, '15811112222'],
      [plain, '15833334444'],
    ] as const) {
      const idx = phoneIndexes(after, phone);
      const found = await db.prisma.afterSalesTicket.findMany({
        where: { customerPhoneHash: idx.customerPhoneHash },
        select: { id: true, customerPhone: true, customerPhoneCipher: true, customerPhoneMaskHash: true },
      });
      expect(found.map((f) => f.id)).toEqual([row.id]);
      expect(found[0].customerPhone).toBeNull();
      expect(found[0].customerPhoneCipher!.startsWith(`v2:${after.keyId}:`)).toBe(true);
      expect(after.decrypt(found[0].customerPhoneCipher!)).toBe(phone);
      expect(found[0].customerPhoneMaskHash).toBe(idx.customerPhoneMaskHash);
    }
    await db.close();
  } finally {
    process.env.GRASSROOTS_DATA_DIR = saved.data;
    if (saved.key) process.env.GRASSROOTS_PII_KEY = saved.key;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

it('refuses, naming both, when an ID number was registered twice under the two keys — and changes nothing', async () => {
  if (isPostgresUrl(process.env.DATABASE_URL)) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-rotate-twice-'));
  const OLD = Buffer.alloc(32, 11).toString('base64');
  const NEW = Buffer.alloc(32, 22).toString('base64');
  const pgdir = path.join(dataDir, 'pgdata');
  try {
    const id = fakeNationalId('653121', '19910521', 4);
    const db = await openDatabase({ url: '', pgliteDir: pgdir });
    const old = createPiiCipher(Buffer.from(OLD, 'base64'));
    const fresh = createPiiCipher(Buffer.from(NEW, 'base64'));
    const a = await createTrainee(db.prisma, { nationalId: id, pii: old });
    const b = await createTrainee(db.prisma, { nationalId: id, pii: fresh });
    await db.close();
    const run = spawnSync(process.execPath, [path.join(ROOT, 'packages/db/dist/scripts/pii-rotate.js')], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        GRASSROOTS_DATA_DIR: dataDir,
        GRASSROOTS_PII_KEY: NEW,
        GRASSROOTS_PII_PREVIOUS_KEYS: OLD,
      },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${a.id} and ${b.id}`);
    expect(run.stderr).toContain('Nothing was changed');
    const again = await openDatabase({ url: '', pgliteDir: pgdir, migrate: false });
    const rows = await again.prisma.trainee.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { id: true, nationalIdHash: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.nationalIdHash]))).toEqual({
      [a.id]: old.hash(id),
      [b.id]: fresh.hash(id),
    });
    await again.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
