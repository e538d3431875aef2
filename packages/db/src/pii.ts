import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './paths';

/**
 * Encryption at rest for personal identifiers (national ID numbers): AES-256-GCM with a random IV, plus a
 * keyed hash to detect duplicates without decrypting. The key comes from GRASSROOTS_PII_KEY (32 bytes,
 * base64) or, for the embedded setup, a key file created once beside the data (mode 0600).
 */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  hash(plain: string): string;
}

export function loadPiiKey(): Buffer {
  const env = process.env.GRASSROOTS_PII_KEY;
  if (env) {
    const key = Buffer.from(env, 'base64');
    if (key.length !== 32) throw new Error('GRASSROOTS_PII_KEY must be 32 bytes, base64-encoded');
    return key;
  }
  const file = path.join(dataDir(), 'pii.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}

export function createPiiCipher(key: Buffer = loadPiiKey()): PiiCipher {
  const hashKey = createHmac('sha256', key).update('grassroots:pii-hash').digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return `v1:${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(cipher) {
      const raw = Buffer.from(cipher.replace(/^v1:/, ''), 'base64');
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    },
    hash: (plain) => createHmac('sha256', hashKey).update(plain).digest('hex'),
  };
}
