// `npm run pii:rotate`: re-encrypts every national ID number, every customer phone on a ticket (with its search
// indexes) and the group robots' webhook secrets with a new PII key, in one transaction.
//   Embedded database (key file): generates the new key itself — the app must be stopped (the data dir lock).
//     The new key is written to pii.key.next before anything changes and becomes pii.key after the commit; the old
//     key stays as pii.key.previous (older backups need it). A crash at any point leaves every row readable.
//   PostgreSQL / GRASSROOTS_PII_KEY: give the NEW key as GRASSROOTS_PII_KEY and the old one(s) as
//     GRASSROOTS_PII_PREVIOUS_KEYS — first to every running instance (they read both and write the new one), then to
//     this command; once it reports done, GRASSROOTS_PII_PREVIOUS_KEYS can be removed.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

import {
  backfillCustomerPhones,
  checkPiiKeys,
  createPiiCipher,
  loadPiiKeyring,
  openDatabase,
  PII_KEY_ENV,
  piiKeyFile,
  sealPhone,
} from '../index';

async function main() {
  const db = await openDatabase();
  const sql = await db.sql();
  try {
    let ring = await checkPiiKeys(sql);
    const embeddedFile = !process.env[PII_KEY_ENV];
    const file = piiKeyFile();
    if (embeddedFile) {
      if (fs.existsSync(`${file}.next`))
        throw new Error(
          `${file}.next exists: a rotation was interrupted; run again after moving it to ${file} if every row uses it, or remove it`,
        );
      fs.writeFileSync(`${file}.next`, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      const next = loadPiiKeyring();
      const fresh = Buffer.from(fs.readFileSync(`${file}.next`, 'utf8'), 'base64');
      ring = { current: fresh, byId: next.byId };
    }
    const cipher = createPiiCipher(ring);
    let phonesSealed = 0;
    const rows = await sql.query<{ id: string; nationalIdCipher: string }>(
      `SELECT id, "nationalIdCipher" FROM "Trainee" WHERE "nationalIdCipher" NOT LIKE $1`,
      [`v2:${cipher.keyId}:%`],
    );
    await sql.exec('BEGIN');
    try {
      for (let i = 0; i < rows.length; i += 500) {
        const batch = rows.slice(i, i + 500).map((r) => {
          const plain = cipher.decrypt(r.nationalIdCipher);
          return [r.id, cipher.encrypt(plain), cipher.hash(plain)];
        });
        const values = batch.map((_, j) => `($${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3})`).join(', ');
        // Hashes move to the new key too; swap through a prefix so the unique index never sees two rows collide.
        await sql.query(
          `UPDATE "Trainee" t SET "nationalIdCipher" = v.c, "nationalIdHash" = 'rotating:' || v.h FROM (VALUES ${values}) AS v(id, c, h) WHERE t.id = v.id`,
          batch.flat(),
        );
      }
      // The same ID number on two trainees, one of them already under the new key: an instance that had only the old
      // key registered it again meanwhile (its duplicate check could not see the new key's hash). Say who, and change
      // nothing, rather than fail on the unique index below.
      const twice = await sql.query<{ rekeyed: string; other: string }>(
        `SELECT r.id AS rekeyed, t.id AS other FROM "Trainee" r JOIN "Trainee" t ON r."nationalIdHash" = 'rotating:' || t."nationalIdHash"`,
      );
      if (twice.length > 0)
        throw new Error(
          `These trainees have the same ID number (registered twice while the keys were being rolled out): ${twice
            .map((p) => `${p.rekeyed} and ${p.other}`)
            .join('; ')}. Merge or remove one of each pair, then run pii:rotate again. Nothing was changed.`,
        );
      await sql.query(
        `UPDATE "Trainee" SET "nationalIdHash" = substr("nationalIdHash", 10) WHERE "nationalIdHash" LIKE 'rotating:%'`,
      );
      // Group robots' webhook URLs and signing secrets are sealed with the same key.
      const robots = await sql.query<{ id: string; webhookCipher: string; secretCipher: string | null }>(
        `SELECT id, "webhookCipher", "secretCipher" FROM "NotificationChannel"`,
      );
      for (const r of robots) {
        const reseal = (c: string | null) =>
          c === null || c.startsWith(`v2:${cipher.keyId}:`) ? c : cipher.encrypt(cipher.decrypt(c));
        await sql.query(`UPDATE "NotificationChannel" SET "webhookCipher" = $2, "secretCipher" = $3 WHERE id = $1`, [
          r.id,
          reseal(r.webhookCipher),
          reseal(r.secretCipher),
        ]);
      }
      // Customer phones on tickets: re-encrypted, and their blind indexes re-keyed so search keeps finding them.
      const phones = await sql.query<{ id: string; c: string }>(
        `SELECT id, "customerPhoneCipher" AS c FROM "AfterSalesTicket" WHERE "customerPhoneCipher" IS NOT NULL AND "customerPhoneCipher" NOT LIKE $1`,
        [`v2:${cipher.keyId}:%`],
      );
      for (let i = 0; i < phones.length; i += 500) {
        const batch = phones.slice(i, i + 500).flatMap((r) => {
          const s = sealPhone(cipher, cipher.decrypt(r.c));
          return [r.id, s.customerPhoneCipher, s.customerPhoneHash, s.customerPhoneTailHash, s.customerPhoneMaskHash];
        });
        const tuples = Array.from(
          { length: batch.length / 5 },
          (_, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`,
        );
        await sql.query(
          `UPDATE "AfterSalesTicket" t SET "customerPhoneCipher" = v.c, "customerPhoneHash" = v.h, "customerPhoneTailHash" = v.tail,
             "customerPhoneMaskHash" = v.mask FROM (VALUES ${tuples.join(', ')}) AS v(id, c, h, tail, mask) WHERE t.id = v.id`,
          batch,
        );
      }
      // Any phone still in plain text (a row written by an old instance meanwhile) is sealed with the new key too.
      phonesSealed = phones.length + (await backfillCustomerPhones(sql, cipher));
      await sql.exec('COMMIT');
    } catch (e) {
      await sql.exec('ROLLBACK');
      if (embeddedFile) fs.rmSync(`${file}.next`, { force: true });
      throw e;
    }
    if (embeddedFile) {
      fs.renameSync(file, `${file}.previous`);
      fs.renameSync(`${file}.next`, file);
    }
    console.log(
      `Re-encrypted ${rows.length} ID numbers, ${phonesSealed} customer phones and the group robots' secrets with PII key ${cipher.keyId}${embeddedFile ? ` (${file}; the old key is kept as ${file}.previous for older backups)` : ''}.`,
    );
  } finally {
    await sql.close();
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
