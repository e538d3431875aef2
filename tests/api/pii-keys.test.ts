import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createApp } from '@grassroots/api/bootstrap';
import { checkPiiKeys, createPiiCipher, type Database, PiiKeyError, piiKeyFile, piiKeyId } from '@grassroots/db';
import { createTestDb, createTrainee } from '@grassroots/db/testing';

/**
 * Keys fail closed (issue 13, security checklist): without the key that opens the ID numbers on file the app does
 * not start; a key is generated only for a brand-new embedded database; every ciphertext names its key.
 */
const KEY = Buffer.alloc(32, 42).toString('base64');
const OTHER = Buffer.alloc(32, 9).toString('base64');
let db: Database;
let dir: string;
const saved = { ...process.env };

beforeEach(async () => {
  db = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-keys-'));
  process.env.GRASSROOTS_DATA_DIR = dir;
  process.env.GRASSROOTS_PII_KEY = KEY;
  delete process.env.GRASSROOTS_PII_PREVIOUS_KEYS;
  delete process.env.NODE_ENV;
});
afterEach(async () => {
  process.env = { ...saved };
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const check = async (opts: { url?: string; allowCreate?: boolean } = {}) =>
  checkPiiKeys(await db.sql(), { url: '', dir, ...opts });
const withoutEnvKey = () => delete process.env.GRASSROOTS_PII_KEY;

it('creates a key file only for a brand-new embedded database, outside production', async () => {
  withoutEnvKey();
  const ring = await check();
  expect(fs.statSync(piiKeyFile(dir)).mode & 0o777).toBe(0o600);
  expect(piiKeyId(ring.current)).toMatch(/^[0-9a-f]{8}$/);
  fs.rmSync(piiKeyFile(dir));
  process.env.NODE_ENV = 'production';
  await expect(check()).rejects.toThrow(/GRASSROOTS_PII_KEY is not set .* never generated silently/);
  expect(fs.existsSync(piiKeyFile(dir))).toBe(false);
});

it('refuses to start on PostgreSQL without GRASSROOTS_PII_KEY, even with no data yet', async () => {
  withoutEnvKey();
  await expect(check({ url: 'postgresql://db.invalid/x' })).rejects.toThrow(
    /GRASSROOTS_PII_KEY is not set: on PostgreSQL/,
  );
});

it('refuses to start when encrypted ID numbers are on file and the key is missing — never makes a new one', async () => {
  await createTrainee(db.prisma);
  withoutEnvKey();
  await expect(check({ allowCreate: true })).rejects.toThrow(PiiKeyError);
  await expect(check({ allowCreate: true })).rejects.toThrow(
    /holds encrypted ID numbers but no PII key is configured: set GRASSROOTS_PII_KEY/,
  );
  expect(fs.existsSync(piiKeyFile(dir))).toBe(false);
});

it('refuses to start with the wrong key, naming the key ids', async () => {
  await createTrainee(db.prisma);
  process.env.GRASSROOTS_PII_KEY = OTHER;
  await expect(check()).rejects.toThrow(
    new RegExp(
      `encrypted with PII key ${piiKeyId(Buffer.from(KEY, 'base64'))}, but the configured key is ${piiKeyId(Buffer.from(OTHER, 'base64'))}`,
    ),
  );
});

it('the app itself does not start without its key (createApp fails before serving anything)', async () => {
  await createTrainee(db.prisma);
  withoutEnvKey();
  await expect(
    createApp({
      database: { ...db, close: async () => undefined },
      logger: false,
      adminDir: '/nonexistent',
      filesDir: dir,
    }),
  ).rejects.toThrow(/GRASSROOTS_PII_KEY/);
});

it('ciphertexts name their key, and a rotation keeps old values readable through the previous keys', async () => {
  const t = await createTrainee(db.prisma);
  const row = await db.prisma.trainee.findUniqueOrThrow({ where: { id: t.id }, select: { nationalIdCipher: true } });
  const oldId = piiKeyId(Buffer.from(KEY, 'base64'));
  expect(row.nationalIdCipher.startsWith(`v2:${oldId}:`)).toBe(true);
  // The new key is current; the old one is still accepted for reading while rows are re-encrypted.
  process.env.GRASSROOTS_PII_KEY = OTHER;
  process.env.GRASSROOTS_PII_PREVIOUS_KEYS = KEY;
  const ring = await check();
  const cipher = createPiiCipher(ring);
  expect(cipher.decrypt(row.nationalIdCipher)).toMatch(/^\d{17}[\dX]$/);
  expect(cipher.encrypt('110105199001011234').startsWith(`v2:${piiKeyId(Buffer.from(OTHER, 'base64'))}:`)).toBe(true);
});
