import type { Database } from '@grassroots/db';

import { DatabaseFileStore, type FileStore, s3SettingsFromEnv } from './file-store';

/** The store the settings select: S3 when `GRASSROOTS_FILES_S3_*` is set, else the database. */
export function createFileStore(env: NodeJS.ProcessEnv, database: Database): FileStore {
  const s3 = s3SettingsFromEnv(env);
  if (!s3) return new DatabaseFileStore(database);
  // Loaded only when configured: the SDK is large and most deployments never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: the AWS SDK only when S3 is configured
  const { S3FileStore } = require('./s3-file-store') as typeof import('./s3-file-store');
  return new S3FileStore(s3);
}
