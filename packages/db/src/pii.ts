import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { dataDir } from './paths';
import { isPostgresUrl, type SqlRunner } from './sql';

/**
 * Encryption at rest for personal identifiers (national ID numbers, customers' phones): AES-256-GCM with a random
 * IV, plus keyed hashes to detect duplicates and to search without decrypting. Every ciphertext names the key that made it (`v2:<key id>:…`), so
 * keys can be rotated (`npm run pii:rotate`) while old rows stay readable.
 *
 * Keys fail closed. The key is GRASSROOTS_PII_KEY (32 bytes, base64; required on PostgreSQL), or for the embedded
 * database a key file beside the data (`pii.key`, mode 0600). A key is generated only for a brand-new embedded
 * database that holds no encrypted data yet; otherwise a missing or wrong key stops the app at start with a message
 * naming the variable (checkPiiKeys), instead of failing on every ID number — or writing rows that could never be
 * read back.
 */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  /** The keyed hash (blind index) a new value is stored with: under the current key. */
  hash(plain: string): string;
  /**
   * Every blind index a stored value may carry: under the current key first, then under each previous key still
   * configured. Lookups match any of them, so that during a rotation (new key on the instances, rows not yet re-keyed
   * by `pii:rotate`) a search, a duplicate check or an import still finds the rows indexed under the old key.
   */
  hashes(plain: string): string[];
  /** The id of the key new values are encrypted with. */
  readonly keyId: string;
}

export interface PiiKeyring {
  /** New values are encrypted and hashed with this key. */
  current: Buffer;
  /** Keys that may still have encrypted rows (during and after a rotation), by key id; includes `current`. */
  byId: Map<string, Buffer>;
}

export class PiiKeyError extends Error {
  override name = 'PiiKeyError';
}

export const PII_KEY_ENV = 'GRASSROOTS_PII_KEY';
export const PII_PREVIOUS_KEYS_ENV = 'GRASSROOTS_PII_PREVIOUS_KEYS';

/** A short, non-secret fingerprint of a key: what ciphertexts and backups name it by. */
export const piiKeyId = (key: Buffer): string =>
  createHmac('sha256', key).update('grassroots:pii-key-id').digest('hex').slice(0, 8);

export const piiKeyFile = (dir = dataDir()): string => path.join(dir, 'pii.key');

function decodeKey(b64: string, from: string): Buffer {
  const key = Buffer.from(b64.trim(), 'base64');
  if (key.length !== 32)
    throw new PiiKeyError(`${from} must be 32 bytes, base64-encoded (e.g. openssl rand -base64 32)`);
  return key;
}

/**
 * The configured keys, or null when none is configured: GRASSROOTS_PII_KEY (+ GRASSROOTS_PII_PREVIOUS_KEYS, comma
 * separated), else the embedded key file (+ `pii.key.next`/`pii.key.previous` that a rotation leaves while it runs).
 */
export function readPiiKeyring(dir = dataDir()): PiiKeyring | null {
  const env = process.env[PII_KEY_ENV];
  const keys: Buffer[] = [];
  if (env) {
    keys.push(decodeKey(env, PII_KEY_ENV));
    for (const old of (process.env[PII_PREVIOUS_KEYS_ENV] ?? '').split(',').filter((s) => s.trim()))
      keys.push(decodeKey(old, PII_PREVIOUS_KEYS_ENV));
  } else {
    const file = piiKeyFile(dir);
    if (!fs.existsSync(file)) return null;
    keys.push(decodeKey(fs.readFileSync(file, 'utf8'), file));
    for (const extra of [`${file}.next`, `${file}.previous`])
      if (fs.existsSync(extra)) keys.push(decodeKey(fs.readFileSync(extra, 'utf8'), extra));
  }
  return { current: keys[0], byId: new Map(keys.map((k) => [piiKeyId(k), k])) };
}

/** The keyring, failing closed when none is configured (use checkPiiKeys at start to create one for a new database). */
export function loadPiiKeyring(dir = dataDir()): PiiKeyring {
  const ring = readPiiKeyring(dir);
  if (!ring)
    throw new PiiKeyError(
      `No PII key: set ${PII_KEY_ENV} (32 bytes, base64) — the key that encrypted the ID numbers on file`,
    );
  return ring;
}

/** @deprecated kept for callers that want the raw current key. */
export function loadPiiKey(): Buffer {
  return loadPiiKeyring().current;
}

export function createPiiCipher(ring: PiiKeyring | Buffer = loadPiiKeyring()): PiiCipher {
  const keyring: PiiKeyring = Buffer.isBuffer(ring) ? { current: ring, byId: new Map([[piiKeyId(ring), ring]]) } : ring;
  const keyId = piiKeyId(keyring.current);
  const hashKeyOf = (key: Buffer) => createHmac('sha256', key).update('grassroots:pii-hash').digest();
  const hashKey = hashKeyOf(keyring.current);
  const hashKeys = [hashKey, ...[...keyring.byId.values()].filter((k) => !k.equals(keyring.current)).map(hashKeyOf)];
  const hmac = (key: Buffer, plain: string) => createHmac('sha256', key).update(plain).digest('hex');
  const open = (key: Buffer, raw: Buffer) => {
    const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  };
  return {
    keyId,
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', keyring.current, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return `v2:${keyId}:${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(cipher) {
      const m = /^v2:([0-9a-f]{8}):(.*)$/.exec(cipher);
      if (m) {
        const key = keyring.byId.get(m[1]);
        if (!key) throw new PiiKeyError(`This value was encrypted with PII key ${m[1]}, which is not configured`);
        return open(key, Buffer.from(m[2], 'base64'));
      }
      // v1 (before key ids): whichever configured key opens it.
      const raw = Buffer.from(cipher.replace(/^v1:/, ''), 'base64');
      for (const key of keyring.byId.values()) {
        try {
          return open(key, raw);
        } catch {
          /* not this key */
        }
      }
      throw new PiiKeyError('No configured PII key decrypts this value');
    },
    hash: (plain) => hmac(hashKey, plain),
    hashes: (plain) => hashKeys.map((k) => hmac(k, plain)),
  };
}

/** Key ids found on file (v1 values count as `v1`), with one sample value each: ID numbers and customer phones. */
async function keysOnFile(sql: SqlRunner): Promise<{ kid: string; sample: string }[]> {
  return sql.query<{ kid: string; sample: string }>(
    `SELECT CASE WHEN c LIKE 'v2:%' THEN substr(c, 4, 8) ELSE 'v1' END AS kid, min(c) AS sample
       FROM (SELECT "nationalIdCipher" AS c FROM "Trainee"
             UNION ALL SELECT "customerPhoneCipher" FROM "AfterSalesTicket" WHERE "customerPhoneCipher" IS NOT NULL) v
       GROUP BY 1`,
  );
}

/** A mobile number as stored and searched: digits only, without a +86/0086 country code. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return /^(?:0086|86)1\d{10}$/.test(digits) ? digits.replace(/^(?:0086|86)/, '') : digits;
}

/** The blind indexes of a customer's phone (keyed hashes: without the PII key they reveal nothing). */
export interface PhoneIndexes {
  /** The full number. */
  customerPhoneHash: string;
  /** Its last four digits: what a reader of the masked number may search by. */
  customerPhoneTailHash: string;
  /** The mask as shown, 158****2222: its first three and last four digits. */
  customerPhoneMaskHash: string;
}

/** The three keyed hashes of a phone number (already normalized or not). */
export function phoneIndexes(cipher: PiiCipher, phone: string): PhoneIndexes {
  const p = normalizePhone(phone);
  return {
    customerPhoneHash: cipher.hash(`phone:${p}`),
    customerPhoneTailHash: phoneTailHash(cipher, p.slice(-4)),
    customerPhoneMaskHash: phoneMaskHash(cipher, p.slice(0, 3), p.slice(-4)),
  };
}
const phoneTailHash = (cipher: PiiCipher, last4: string): string => cipher.hash(`phone-tail:${last4}`);
const phoneMaskHash = (cipher: PiiCipher, first3: string, last4: string): string =>
  cipher.hash(`phone-mask:${first3}:${last4}`);

/** What a search compares with each phone index: the term's hashes under every configured key (see `hashes`). */
export const phoneLookups = {
  full: (cipher: PiiCipher, phone: string): string[] => cipher.hashes(`phone:${normalizePhone(phone)}`),
  tail: (cipher: PiiCipher, last4: string): string[] => cipher.hashes(`phone-tail:${last4}`),
  mask: (cipher: PiiCipher, first3: string, last4: string): string[] => cipher.hashes(`phone-mask:${first3}:${last4}`),
};

/** A customer's phone as a ticket row stores it: ciphertext and blind indexes, no digit in clear. */
export function sealPhone(
  cipher: PiiCipher,
  phone: string,
): PhoneIndexes & { customerPhoneCipher: string; customerPhone: null } {
  const p = normalizePhone(phone);
  return { customerPhone: null, customerPhoneCipher: cipher.encrypt(p), ...phoneIndexes(cipher, p) };
}

/**
 * Encrypts the customer phones still held in plain text (tickets written before the phones were encrypted, or by a
 * bulk loader without the key) and clears the plain column, in batches of 500, each batch in one statement. Run at
 * every start right after checkPiiKeys (a no-op once done) and by the seed. Returns how many rows it sealed.
 */
export async function backfillCustomerPhones(sql: SqlRunner, cipher: PiiCipher): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await sql.query<{ id: string; phone: string }>(
      `SELECT id, "customerPhone" AS phone FROM "AfterSalesTicket" WHERE "customerPhone" IS NOT NULL ORDER BY id LIMIT 500`,
    );
    if (!rows.length) return done;
    const values = rows.flatMap((r) => {
      const s = sealPhone(cipher, r.phone);
      return [r.id, s.customerPhoneCipher, s.customerPhoneHash, s.customerPhoneTailHash, s.customerPhoneMaskHash];
    });
    const tuples = rows.map((_, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`);
    await sql.query(
      `UPDATE "AfterSalesTicket" t SET "customerPhone" = NULL, "customerPhoneCipher" = v.c, "customerPhoneHash" = v.h,
         "customerPhoneTailHash" = v.tail, "customerPhoneMaskHash" = v.mask
       FROM (VALUES ${tuples.join(', ')}) AS v(id, c, h, tail, mask) WHERE t.id = v.id`,
      values,
    );
    done += rows.length;
  }
}

/**
 * Run at every start (API, seed, rotation) before anything reads or writes ID numbers. Fails closed with a message
 * naming the variable when the key is missing or does not open the data on file; creates a key only for a
 * brand-new embedded database (no encrypted data, not PostgreSQL, not production unless `allowCreate`).
 */
export async function checkPiiKeys(
  sql: SqlRunner,
  opts: { url?: string; dir?: string; allowCreate?: boolean } = {},
): Promise<PiiKeyring> {
  const postgres = isPostgresUrl(opts.url ?? process.env.DATABASE_URL);
  const onFile = await keysOnFile(sql);
  let ring = readPiiKeyring(opts.dir);
  if (!ring) {
    const where = postgres ? 'this PostgreSQL database' : 'this embedded database';
    if (onFile.length > 0)
      throw new PiiKeyError(
        `${where} holds encrypted ID numbers but no PII key is configured: set ${PII_KEY_ENV} to the key they were encrypted with (a backup without its key cannot be read)`,
      );
    if (postgres)
      throw new PiiKeyError(
        `${PII_KEY_ENV} is not set: on PostgreSQL every instance needs the same key (generate one with: openssl rand -base64 32)`,
      );
    if (process.env.NODE_ENV === 'production' && !opts.allowCreate)
      throw new PiiKeyError(
        `${PII_KEY_ENV} is not set and there is no ${piiKeyFile(opts.dir)}: in production a key is never generated silently`,
      );
    const file = piiKeyFile(opts.dir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    ring = loadPiiKeyring(opts.dir);
  }
  const cipher = createPiiCipher(ring);
  for (const { kid, sample } of onFile) {
    if (kid !== 'v1' && !ring.byId.has(kid)) {
      throw new PiiKeyError(
        `ID numbers on file were encrypted with PII key ${kid}, but the configured key is ${cipher.keyId}: set ${PII_KEY_ENV} to the right key (or, during a rotation, ${PII_PREVIOUS_KEYS_ENV})`,
      );
    }
    try {
      cipher.decrypt(sample);
    } catch {
      throw new PiiKeyError(
        `The configured PII key (${cipher.keyId}) does not decrypt the ID numbers on file: set ${PII_KEY_ENV} to the key they were encrypted with`,
      );
    }
  }
  return ring;
}
