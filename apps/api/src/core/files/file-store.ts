import type { Database, Prisma } from '@grassroots/db';

/** A Prisma transaction: a store that lives in the database writes the bytes through it. */
export type FileTx = Prisma.TransactionClient;

/**
 * Where uploaded bytes live: in the database by default (every instance and every backup has them), or in an
 * S3-compatible object store (`GRASSROOTS_FILES_S3_*`, see s3-file-store.ts) for large deployments.
 */
export interface FileStore {
  /** True when `put` writes through the caller's transaction, so the file's row and its bytes commit together. */
  readonly transactional: boolean;
  /** Where the bytes go, for the start-up log. */
  readonly description: string;
  put(key: string, data: Buffer, tx?: FileTx): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}
export const FILE_STORE = Symbol('FILE_STORE');

/** Keys are server-generated (`<purpose>/<2 hex>/<uuid>`); anything else is a bug, never a path to follow. */
export function checkStorageKey(key: string): string {
  if (!/^[a-z0-9][a-z0-9/-]*$/i.test(key) || key.includes('..') || key.includes('//'))
    throw new Error(`Bad storage key: ${key}`);
  return key;
}

/**
 * The default: bytes in `StoredFileContent` (bytea), written in the upload's own transaction. Bytes travel as
 * base64 into `decode()` on the way in (Prisma 6.19's driver adapters refuse a Buffer parameter) and as base64
 * through the driver on the way out (Prisma turns a bytea into an array of numbers: ~10× slower for 5 MB).
 */
export class DatabaseFileStore implements FileStore {
  readonly transactional = true;
  readonly description = 'the database';
  constructor(private readonly database: Database) {}

  async put(key: string, data: Buffer, tx?: FileTx): Promise<void> {
    // ON CONFLICT: an upload's key is new (its row was just inserted); an import run twice at once writes it once.
    await (tx ?? this.database.prisma).$executeRaw`INSERT INTO "StoredFileContent" ("storageKey", "data")
      VALUES (${checkStorageKey(key)}, decode(${data.toString('base64')}, 'base64')) ON CONFLICT ("storageKey") DO NOTHING`;
  }

  async get(key: string): Promise<Buffer | null> {
    // As base64 text: PGlite parses a bytea's hex text in JavaScript (~0.5 s for 5 MB); Buffer decodes base64 natively.
    const [row] = await this.database.query<{ b64: string }>(
      'SELECT encode("data", \'base64\') AS b64 FROM "StoredFileContent" WHERE "storageKey" = $1',
      [checkStorageKey(key)],
    );
    return row ? Buffer.from(row.b64, 'base64') : null;
  }

  async has(key: string): Promise<boolean> {
    return (await this.database.prisma.storedFileContent.count({ where: { storageKey: checkStorageKey(key) } })) > 0;
  }

  async delete(key: string): Promise<void> {
    await this.database.prisma.storedFileContent.deleteMany({ where: { storageKey: checkStorageKey(key) } });
  }
}

/** Names of the settings that select and configure the S3-compatible store. */
export const S3_ENV = {
  endpoint: 'GRASSROOTS_FILES_S3_ENDPOINT',
  bucket: 'GRASSROOTS_FILES_S3_BUCKET',
  region: 'GRASSROOTS_FILES_S3_REGION',
  accessKeyId: 'GRASSROOTS_FILES_S3_ACCESS_KEY_ID',
  secretAccessKey: 'GRASSROOTS_FILES_S3_SECRET_ACCESS_KEY',
  forcePathStyle: 'GRASSROOTS_FILES_S3_FORCE_PATH_STYLE',
  prefix: 'GRASSROOTS_FILES_S3_PREFIX',
} as const;

export interface S3Settings {
  /** e.g. https://oss-cn-hangzhou.aliyuncs.com or http://minio:9000; absent: AWS itself. */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Both or neither; neither: the SDK's own credential chain (AWS_* variables, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `http://host/bucket/key` instead of `http://bucket.host/key` (MinIO needs it). */
  forcePathStyle: boolean;
  /** Put before every key, e.g. `grassroots/` to share a bucket. */
  prefix: string;
}

/** A setting the operator got wrong: the app refuses to start and names the variable. */
export class FileStoreConfigError extends Error {}

/**
 * Reads `GRASSROOTS_FILES_S3_*`. None set: null (the database store). Any set: the S3 settings, or a
 * FileStoreConfigError naming what is missing or malformed — never a silent fallback to the database.
 */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv): S3Settings | null {
  const get = (name: string) => env[name]?.trim() || undefined;
  if (!Object.values(S3_ENV).some((name) => get(name) !== undefined)) return null;
  const bucket = get(S3_ENV.bucket);
  if (!bucket)
    throw new FileStoreConfigError(`${S3_ENV.bucket} is required when any GRASSROOTS_FILES_S3_* setting is given`);
  const endpoint = get(S3_ENV.endpoint);
  if (endpoint && !/^https?:\/\/[^/\s]+/i.test(endpoint))
    throw new FileStoreConfigError(`${S3_ENV.endpoint} must be an http(s):// URL, got "${endpoint}"`);
  const accessKeyId = get(S3_ENV.accessKeyId);
  const secretAccessKey = get(S3_ENV.secretAccessKey);
  if (!accessKeyId !== !secretAccessKey)
    throw new FileStoreConfigError(`Set both ${S3_ENV.accessKeyId} and ${S3_ENV.secretAccessKey}, or neither`);
  const style = (get(S3_ENV.forcePathStyle) ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(style))
    throw new FileStoreConfigError(`${S3_ENV.forcePathStyle} must be true or false, got "${style}"`);
  let prefix = get(S3_ENV.prefix) ?? '';
  if (prefix && !prefix.endsWith('/')) prefix += '/';
  if (prefix && (prefix.startsWith('/') || prefix.includes('..')))
    throw new FileStoreConfigError(`${S3_ENV.prefix} must be a relative folder name, got "${prefix}"`);
  return {
    ...(endpoint ? { endpoint } : {}),
    bucket,
    region: get(S3_ENV.region) ?? 'us-east-1',
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    forcePathStyle: style === 'true' || style === '1',
    prefix,
  };
}
