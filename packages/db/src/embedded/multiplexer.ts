import type net from 'node:net';

import type { PGlite } from '@electric-sql/pglite';

/**
 * Serves one PGlite to many PostgreSQL wire-protocol connections (the app's `pg` pool, pg-boss, scripts), so the
 * embedded database is used through the same driver as PostgreSQL.
 *
 * PGlite is one backend, so connections take turns. The unit of a turn is a complete request: a simple `Query`, or
 * an extended-protocol run up to its `Sync` (Parse/Bind/Describe/Execute/Sync must not interleave with another
 * connection's: the unnamed statement and portal belong to the backend, and an error discards everything up to the
 * next Sync). A connection that leaves a transaction block open (or has not sent its Sync yet) keeps the backend
 * until it commits, rolls back or disconnects (then its transaction is rolled back); the others queue, in order.
 *
 * `@electric-sql/pglite-socket` (0.2.17) was measured and read before writing this: it schedules message by message,
 * so two pooled connections' extended-protocol runs interleave, and it processes a socket's chunks concurrently.
 *
 * Not supported: COPY FROM STDIN, CancelRequest (ignored), session state per connection (SET, named prepared
 * statements, LISTEN and temporary tables are shared by all connections, as they are one session).
 */

type Item =
  | { kind: 'request'; conn: Connection; messages: Buffer[]; startup: boolean }
  | { kind: 'task'; run: () => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** Messages after which the client waits for the server: the end of a request. */
const REQUEST_END = new Set(['S'.charCodeAt(0), 'Q'.charCodeAt(0), 'H'.charCodeAt(0)]);
const SYNC = 'S'.charCodeAt(0);
const QUERY = 'Q'.charCodeAt(0);
const TERMINATE = 'X'.charCodeAt(0);
const NOTIFICATION = 'A'.charCodeAt(0);

export interface MultiplexerStats {
  connections: number;
  queued: number;
  /** Requests served since start. */
  served: number;
  /** The longest a request has waited for its turn, in ms, since the last read of this figure. */
  maxWaitMs: number;
}

export class Multiplexer {
  private readonly queue: (Item & { at: number })[] = [];
  /** Runs before anything queued, owner or not: ending a lost client's transaction. */
  private readonly urgent: (Item & { at: number })[] = [];
  private owner: Connection | null = null;
  private running = false;
  private closed = false;
  private readonly connections = new Set<Connection>();
  private served = 0;
  private maxWaitMs = 0;

  constructor(
    private readonly db: PGlite,
    /** Called with every NOTIFY the backend reports (it must LISTEN first: see `listen`). */
    private readonly onNotification: (channel: string, payload: string) => void = () => {},
  ) {}

  /** Accepts connections on a Unix socket (or TCP port) until `close`. */
  serve(server: net.Server): void {
    server.on('connection', (socket) => {
      if (this.closed) return socket.destroy();
      const conn = new Connection(socket, this);
      this.connections.add(conn);
      socket.on('close', () => {
        this.connections.delete(conn);
        void this.disconnected(conn);
      });
    });
  }

  /** Runs `fn` alone on the backend, between requests and outside any connection's transaction. */
  task<T>(run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ kind: 'task', run, resolve: resolve as (v: unknown) => void, reject, at: Date.now() });
      this.pump();
    });
  }

  stats(): MultiplexerStats {
    const s = {
      connections: this.connections.size,
      queued: this.queue.length,
      served: this.served,
      maxWaitMs: this.maxWaitMs,
    };
    this.maxWaitMs = 0;
    return s;
  }

  /** Stops accepting work; connections are closed (an open transaction is rolled back by the backend's close). */
  close(): void {
    this.closed = true;
    for (const c of this.connections) c.socket.destroy();
  }

  enqueue(conn: Connection, messages: Buffer[], startup = false): void {
    this.queue.push({ kind: 'request', conn, messages, startup, at: Date.now() });
    this.pump();
  }

  private next(): (Item & { at: number }) | undefined {
    if (this.urgent.length) return this.urgent.shift();
    // The owner of an open transaction goes first, and alone: the others wait for its commit or rollback.
    const i = this.owner ? this.queue.findIndex((q) => q.kind === 'request' && q.conn === this.owner) : 0;
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }

  private pump(): void {
    if (this.running) return;
    this.running = true;
    void (async () => {
      try {
        for (let item = this.next(); item; item = this.next()) {
          this.maxWaitMs = Math.max(this.maxWaitMs, Date.now() - item.at);
          if (item.kind === 'task') {
            try {
              item.resolve(await item.run());
            } catch (e) {
              item.reject(e);
            }
            continue;
          }
          await this.serveRequest(item.conn, item.messages, item.startup);
        }
      } finally {
        this.running = false;
      }
    })();
  }

  private async serveRequest(conn: Connection, messages: Buffer[], startup: boolean): Promise<void> {
    if (!conn.open) return;
    this.served++;
    await this.db.runExclusive(async () => {
      for (const m of messages) {
        const out = this.db.execProtocolRawSync(new Uint8Array(m.buffer, m.byteOffset, m.byteLength));
        this.scanNotifications(conn, out);
        conn.write(out);
        if (startup || m[0] === SYNC || m[0] === QUERY) conn.midExtended = false;
        else conn.midExtended = true;
      }
    });
    this.owner = conn.midExtended || this.db.isInTransaction() ? conn : null;
  }

  /** Reports NOTIFY messages (type 'A') in the backend's output; they still go to the client too. */
  private scanNotifications(conn: Connection, out: Uint8Array): void {
    let i = 0;
    const view = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    while (i + 5 <= view.length) {
      const type = view[i];
      const len = view.readInt32BE(i + 1);
      if (len < 4) return; // not framed as expected: stop scanning, the bytes still reach the client
      if (type === NOTIFICATION && i + 1 + len <= view.length) {
        const body = view.subarray(i + 9, i + 1 + len); // after the sender's process id
        const zero = body.indexOf(0);
        const channel = body.subarray(0, zero).toString('utf8');
        const payload = body.subarray(zero + 1, body.indexOf(0, zero + 1)).toString('utf8');
        try {
          this.onNotification(channel, payload);
        } catch {
          /* a listener's failure is not the client's */
        }
      }
      i += 1 + len;
    }
    void conn;
  }

  private async disconnected(conn: Connection): Promise<void> {
    conn.open = false;
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const q = this.queue[i];
      if (q.kind === 'request' && q.conn === conn) this.queue.splice(i, 1);
    }
    // If it left a transaction (or an extended-protocol run) open, end it as PostgreSQL would for a lost client, before
    // anyone else's request runs (they would otherwise run inside it). Checked between requests: a request of this
    // client may be running right now.
    await new Promise<void>((resolve) => {
      this.urgent.push({
        kind: 'task',
        at: Date.now(),
        run: async () => {
          if (this.owner !== conn) return;
          await this.db.runExclusive(async () => {
            if (conn.midExtended) this.db.execProtocolRawSync(new Uint8Array([SYNC, 0, 0, 0, 4]));
            if (this.db.isInTransaction()) this.db.execProtocolRawSync(simpleQuery('ROLLBACK'));
          });
          this.owner = null;
        },
        resolve: () => resolve(),
        reject: () => {
          if (this.owner === conn) this.owner = null;
          resolve();
        },
      });
      this.pump();
    });
  }
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const m = Buffer.alloc(5 + text.length);
  m[0] = QUERY;
  m.writeInt32BE(4 + text.length, 1);
  text.copy(m, 5);
  return new Uint8Array(m);
}

/** One client connection: frames its bytes into messages and hands complete requests to the multiplexer. */
class Connection {
  open = true;
  /** The startup message has been received (typed messages follow). */
  private started = false;
  /** Between the first extended-protocol message and its Sync. */
  midExtended = false;
  private buffer: Buffer = Buffer.alloc(0);
  private pending: Buffer[] = [];

  constructor(
    readonly socket: net.Socket,
    private readonly mux: Multiplexer,
  ) {
    socket.setNoDelay?.(true);
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
  }

  write(out: Uint8Array): void {
    if (out.length && this.open && this.socket.writable) this.socket.write(out);
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        // Untyped startup-phase packets: length, then a code.
        if (this.buffer.length < 8) return;
        const len = this.buffer.readInt32BE(0);
        const code = this.buffer.readInt32BE(4);
        if (len < 8 || len > 10_000) return void this.socket.destroy();
        if (this.buffer.length < len) return;
        const packet = this.buffer.subarray(0, len);
        this.buffer = this.buffer.subarray(len);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write('N'); // no encryption on a local socket
          continue;
        }
        if (code === CANCEL_REQUEST) return void this.socket.destroy(); // nothing to cancel: requests are never interrupted
        if (code !== PROTOCOL_3) return void this.socket.destroy();
        this.started = true;
        this.mux.enqueue(this, [Buffer.from(packet)], true);
        continue;
      }
      if (this.buffer.length < 5) return;
      const len = this.buffer.readInt32BE(1);
      if (len < 4) return void this.socket.destroy();
      if (this.buffer.length < 1 + len) return;
      const message = Buffer.from(this.buffer.subarray(0, 1 + len));
      this.buffer = this.buffer.subarray(1 + len);
      if (message[0] === TERMINATE) {
        this.socket.end();
        return;
      }
      this.pending.push(message);
      if (REQUEST_END.has(message[0])) this.flushRequest();
    }
  }

  private flushRequest(): void {
    const messages = this.pending;
    this.pending = [];
    this.mux.enqueue(this, messages);
  }
}
