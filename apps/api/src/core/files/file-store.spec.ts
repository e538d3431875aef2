import type { Database } from '@grassroots/db';

import { createFileStore } from './create-file-store';
import { checkStorageKey, DatabaseFileStore, FileStoreConfigError, s3SettingsFromEnv } from './file-store';
import { S3FileStore } from './s3-file-store';

// What can be checked without a network: which store the settings select, how they are read, and the object
// keys and client options the S3 store would use. Nothing here talks to an S3 service (none is reachable here).
const database = {} as Database;

describe('selecting the file store', () => {
  it('keeps files in the database when no GRASSROOTS_FILES_S3_* setting is given', () => {
    expect(s3SettingsFromEnv({})).toBeNull();
    expect(s3SettingsFromEnv({ GRASSROOTS_FILES_S3_BUCKET: '  ' })).toBeNull();
    expect(createFileStore({}, database)).toBeInstanceOf(DatabaseFileStore);
  });

  it('uses the S3 store once a bucket is set, and never falls back silently on a partial setting', () => {
    expect(createFileStore({ GRASSROOTS_FILES_S3_BUCKET: 'evidence' }, database)).toBeInstanceOf(S3FileStore);
    expect(() => createFileStore({ GRASSROOTS_FILES_S3_ENDPOINT: 'http://minio:9000' }, database)).toThrow(
      /GRASSROOTS_FILES_S3_BUCKET is required/,
    );
  });
});

describe('reading GRASSROOTS_FILES_S3_*', () => {
  const minio = {
    GRASSROOTS_FILES_S3_ENDPOINT: 'http://minio:9000',
    GRASSROOTS_FILES_S3_BUCKET: 'evidence',
    GRASSROOTS_FILES_S3_REGION: 'oss-cn-hangzhou',
    GRASSROOTS_FILES_S3_ACCESS_KEY_ID: 'AK',
    GRASSROOTS_FILES_S3_SECRET_ACCESS_KEY: 'SK',
    GRASSROOTS_FILES_S3_FORCE_PATH_STYLE: 'true',
    GRASSROOTS_FILES_S3_PREFIX: 'grassroots',
  };

  it('reads every setting', () => {
    expect(s3SettingsFromEnv(minio)).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'evidence',
      region: 'oss-cn-hangzhou',
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
      forcePathStyle: true,
      prefix: 'grassroots/',
    });
  });

  it('defaults to AWS itself, us-east-1, virtual-hosted style, no prefix and the SDK credential chain', () => {
    expect(s3SettingsFromEnv({ GRASSROOTS_FILES_S3_BUCKET: 'b' })).toEqual({
      bucket: 'b',
      region: 'us-east-1',
      forcePathStyle: false,
      prefix: '',
    });
  });

  it('refuses malformed settings, naming the variable', () => {
    const bad = (over: Record<string, string | undefined>) => () => s3SettingsFromEnv({ ...minio, ...over });
    expect(bad({ GRASSROOTS_FILES_S3_ACCESS_KEY_ID: undefined })).toThrow(
      /GRASSROOTS_FILES_S3_ACCESS_KEY_ID and GRASSROOTS_FILES_S3_SECRET_ACCESS_KEY/,
    );
    expect(bad({ GRASSROOTS_FILES_S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/GRASSROOTS_FILES_S3_FORCE_PATH_STYLE/);
    expect(bad({ GRASSROOTS_FILES_S3_ENDPOINT: 'minio:9000' })).toThrow(/GRASSROOTS_FILES_S3_ENDPOINT/);
    expect(bad({ GRASSROOTS_FILES_S3_PREFIX: '../other' })).toThrow(/GRASSROOTS_FILES_S3_PREFIX/);
    expect(bad({ GRASSROOTS_FILES_S3_PREFIX: '/abs' })).toThrow(FileStoreConfigError);
  });
});

describe('the S3 store', () => {
  it('names objects by the configured prefix and the storage key the database holds', () => {
    const store = new S3FileStore(
      s3SettingsFromEnv({ GRASSROOTS_FILES_S3_BUCKET: 'b', GRASSROOTS_FILES_S3_PREFIX: 'mcn-a/' })!,
    );
    expect(store.objectKey('inspection-photos/3f/3f2a-uuid')).toBe('mcn-a/inspection-photos/3f/3f2a-uuid');
    expect(() => store.objectKey('../../etc/passwd')).toThrow(/Bad storage key/);
    expect(() => store.objectKey('/inspection-photos/x')).toThrow(/Bad storage key/);
  });

  it('configures the client for an S3-compatible endpoint (path style, region, keys, checksums only when required)', async () => {
    const store = new S3FileStore(
      s3SettingsFromEnv({
        GRASSROOTS_FILES_S3_BUCKET: 'b',
        GRASSROOTS_FILES_S3_ENDPOINT: 'http://127.0.0.1:9000',
        GRASSROOTS_FILES_S3_REGION: 'cn-north-1',
        GRASSROOTS_FILES_S3_FORCE_PATH_STYLE: '1',
        GRASSROOTS_FILES_S3_ACCESS_KEY_ID: 'AK',
        GRASSROOTS_FILES_S3_SECRET_ACCESS_KEY: 'SK',
      })!,
    );
    const config = store.client.config;
    expect(config.forcePathStyle).toBe(true);
    expect(await config.region()).toBe('cn-north-1');
    expect(await config.credentials()).toMatchObject({ accessKeyId: 'AK', secretAccessKey: 'SK' });
    const endpoint = await config.endpoint!();
    expect(`${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`).toBe('http://127.0.0.1:9000');
    expect(await config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
    expect(store.transactional).toBe(false);
  });
});

describe('storage keys', () => {
  it('accepts the keys uploads get and refuses anything path-like', () => {
    expect(checkStorageKey('licence-scans/ab/ab12cd-ef')).toBe('licence-scans/ab/ab12cd-ef');
    for (const k of ['', '../x', 'a/../b', 'a//b', 'a\\b', 'a b', '.hidden'])
      expect(() => checkStorageKey(k)).toThrow();
  });
});
