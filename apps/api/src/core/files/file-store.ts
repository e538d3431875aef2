import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded bytes live. On disk by default; an object store implements the same three calls. */
export interface FileStore {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}
export const FILE_STORE = Symbol('FILE_STORE');

export class DiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!/^[a-z0-9][a-z0-9/-]*$/i.test(key) || key.includes('..')) throw new Error(`Bad storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const f = this.file(key);
    await fs.mkdir(path.dirname(f), { recursive: true });
    await fs.writeFile(f, data, { flag: 'wx' });
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.file(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.file(key), { force: true });
  }
}
