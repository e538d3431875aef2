import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

import { PGlite } from '@electric-sql/pglite';

import { Multiplexer } from './multiplexer';

/**
 * The embedded database's thread: PGlite runs here, off the app's main thread, and serves the PostgreSQL wire
 * protocol on a private Unix socket (see multiplexer.ts). A second socket, `control`, answers `backup`: a
 * consistent snapshot of the running database (taken between transactions), for `npm run db:backup` while the app
 * runs.
 */
export interface EmbeddedInit {
  /** A data directory on disk, or memory:// */
  dataDir?: string;
  /** A dumped data directory to start from (tests: a migrated snapshot). */
  snapshot?: Uint8Array;
  sharedBuffers: string;
  socketDir: string;
}

export type ToWorker =
  | { id: number; op: 'listen'; channel: string }
  | { id: number; op: 'dump' }
  | { id: number; op: 'stats' }
  | { id: number; op: 'close' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; result?: unknown; error?: string }
  | { type: 'notify'; channel: string; payload: string };

const init = workerData as EmbeddedInit;
const port = parentPort!;
const send = (m: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer ?? []);

async function main(): Promise<void> {
  const startParams = [
    ...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams,
    '-c',
    `shared_buffers=${init.sharedBuffers}`,
  ];
  const pglite = init.snapshot
    ? await PGlite.create({ loadDataDir: new Blob([init.snapshot as Uint8Array<ArrayBuffer>]), startParams })
    : await PGlite.create(init.dataDir ?? 'memory://', { startParams });
  const listening = new Set<string>();
  const mux = new Multiplexer(
    pglite,
    (channel, payload) => listening.has(channel) && send({ type: 'notify', channel, payload }),
  );

  const snapshot = () =>
    mux.task(async () => {
      await pglite.exec('CHECKPOINT');
      const blob = await pglite.dumpDataDir('gzip');
      return new Uint8Array(await blob.arrayBuffer());
    });

  const sql = net.createServer();
  mux.serve(sql);
  const control = net.createServer((socket) => {
    socket.once('data', (line) => {
      if (line.toString('utf8').trim() !== 'backup') return socket.end('ERR unknown command\n');
      snapshot().then(
        (bytes) => socket.end(Buffer.concat([Buffer.from(`OK ${bytes.length}\n`), bytes])),
        (e: Error) => socket.end(`ERR ${e.message}\n`),
      );
    });
    socket.on('error', () => socket.destroy());
  });
  await Promise.all([
    listen(sql, path.join(init.socketDir, '.s.PGSQL.5432')),
    listen(control, path.join(init.socketDir, 'control')),
  ]);

  port.on('message', (m: ToWorker) => {
    const reply = (p: Promise<unknown>) =>
      p.then(
        (result) =>
          send(
            { type: 'reply', id: m.id, result },
            result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : undefined,
          ),
        (e: Error) => send({ type: 'reply', id: m.id, error: e.message }),
      );
    switch (m.op) {
      case 'listen':
        listening.add(m.channel);
        return reply(mux.task(() => pglite.exec(`LISTEN "${m.channel.replace(/"/g, '""')}"`)).then(() => true));
      case 'dump':
        return reply(snapshot());
      case 'stats':
        return reply(Promise.resolve(mux.stats()));
      case 'close':
        return reply(
          (async () => {
            sql.close();
            control.close();
            mux.close();
            await mux.task(() => pglite.close());
            return true;
          })(),
        );
    }
  });
  send({ type: 'ready' });
}

function listen(server: net.Server, file: string): Promise<void> {
  if (fs.existsSync(file)) fs.unlinkSync(file);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => {
      fs.chmodSync(file, 0o600);
      resolve();
    });
  });
}

main().catch((e: Error) => send({ type: 'failed', message: e.message }));
