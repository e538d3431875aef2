import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { MultiplexerStats } from './multiplexer';
import type { EmbeddedInit, FromWorker, ToWorker } from './worker';

/**
 * The embedded PostgreSQL (PGlite) in a worker thread, reached through a private Unix socket with the same `pg`
 * driver as a real PostgreSQL. The app's main thread never runs the database: a long transaction (a 5,000-row import)
 * makes other statements wait their turn, but health checks, static files and the event loop stay free.
 */
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export interface EmbeddedServer {
  /** postgres:// URL of the private socket. */
  url: string;
  socketDir: string;
  /** Delivers NOTIFY on `channel` (the backend LISTENs once; payloads reach every callback). */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => void>;
  /** A consistent gzipped dump of the data directory, taken between transactions while the app runs. */
  dump(): Promise<Uint8Array>;
  stats(): Promise<MultiplexerStats>;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir?: string;
  snapshot?: Blob | Uint8Array;
  /** PostgreSQL's shared_buffers inside PGlite, e.g. 32MB. */
  sharedBuffers: string;
}

export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  // Unix socket paths are short (≈107 bytes) and private: a 0700 directory of our own under the temp dir.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-db-'));
  fs.chmodSync(socketDir, 0o700);
  const snapshot = opts.snapshot instanceof Blob ? new Uint8Array(await opts.snapshot.arrayBuffer()) : opts.snapshot;
  const init: EmbeddedInit = { dataDir: opts.dataDir, snapshot, sharedBuffers: opts.sharedBuffers, socketDir };
  const worker = spawnWorker(init);
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let seq = 0;
  let exited = false;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'failed') reject(new Error(`The embedded database did not start: ${m.message}`));
      else if (m.type === 'notify') for (const cb of listeners.get(m.channel) ?? []) cb(m.payload);
      else if (m.type === 'reply') {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.error !== undefined) p?.reject(new Error(m.error));
        else p?.resolve(m.result);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      exited = true;
      reject(new Error(`The embedded database stopped (exit ${code})`));
      for (const p of pending.values()) p.reject(new Error('The embedded database stopped'));
      pending.clear();
      fs.rmSync(socketDir, { recursive: true, force: true });
    });
  });
  try {
    await ready;
  } catch (e) {
    await worker.terminate();
    throw e;
  }

  const call = <T>(m: DistributiveOmit<ToWorker, 'id'>): Promise<T> =>
    exited
      ? Promise.reject(new Error('The embedded database is closed'))
      : new Promise<T>((resolve, reject) => {
          const id = ++seq;
          pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
          worker.postMessage({ ...m, id });
        });

  return {
    url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    socketDir,
    listen: async (channel, onMessage) => {
      let set = listeners.get(channel);
      if (!set) {
        listeners.set(channel, (set = new Set()));
        await call({ op: 'listen', channel });
      }
      set.add(onMessage);
      return () => void set.delete(onMessage);
    },
    dump: () => call<Uint8Array>({ op: 'dump' }),
    stats: () => call<MultiplexerStats>({ op: 'stats' }),
    close: async () => {
      if (exited) return;
      await call({ op: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}

/**
 * The compiled worker beside this file; when the TypeScript sources run (Jest), the same file compiled on load with
 * swc, as Jest compiles the rest.
 */
function spawnWorker(init: EmbeddedInit): Worker {
  const js = path.join(__dirname, 'worker.js');
  if (fs.existsSync(js)) return new Worker(js, { workerData: init });
  const hook = path.join(__dirname, '..', '..', 'scripts', 'ts-require.cjs');
  const ts = path.join(__dirname, 'worker.ts');
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(ts)});`, {
    eval: true,
    workerData: init,
  });
}
