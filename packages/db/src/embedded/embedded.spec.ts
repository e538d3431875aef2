import pg from 'pg';

import { type EmbeddedServer, startEmbedded } from './index';

/**
 * The embedded database's server: many pg connections on one PGlite backend. Requests never interleave inside an
 * extended-protocol run, a transaction keeps the backend until it ends, and a client lost mid-transaction is rolled
 * back — what a pg pool (Prisma, pg-boss) relies on.
 */
describe('embedded server (PGlite in a worker, behind the wire protocol)', () => {
  let server: EmbeddedServer;
  let pool: pg.Pool;
  beforeAll(async () => {
    server = await startEmbedded({ dataDir: 'memory://', sharedBuffers: '16MB' });
    pool = new pg.Pool({ connectionString: server.url, max: 8 });
    await pool.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
  });
  afterAll(async () => {
    await pool.end();
    await server.close();
  });

  it('answers hundreds of concurrent parameterised statements of different shapes, each with its own result', async () => {
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        i % 3 === 0
          ? pool.query('SELECT $1::int * 2 AS n', [i]).then((r) => r.rows[0].n === i * 2)
          : i % 3 === 1
            ? pool
                .query('SELECT $1::text || $2::text AS s, $3::int AS k', ['a', String(i), i])
                .then((r) => r.rows[0].s === `a${i}` && r.rows[0].k === i)
            : pool
                .query('SELECT count(*)::int AS c FROM generate_series(1, $1::int)', [i])
                .then((r) => r.rows[0].c === i),
      ),
    );
    expect(results.every(Boolean)).toBe(true);
  });

  it('keeps a failed statement to its own connection (the others are unaffected)', async () => {
    const [bad, good] = await Promise.allSettled([
      pool.query('SELECT 1/$1::int', [0]),
      pool.query('SELECT $1::int AS n', [7]),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status === 'fulfilled' && good.value.rows[0].n).toBe(7);
  });

  it('gives a transaction the backend until it ends: others wait, then see only what was committed', async () => {
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      await a.query('BEGIN');
      await a.query('INSERT INTO t VALUES (1, $1)', ['in a']);
      let seen: unknown;
      const waiting = b.query('SELECT v FROM t WHERE id = 1').then((r) => (seen = r.rows[0]?.v ?? null));
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).toBeUndefined(); // b is queued behind a's open transaction
      await a.query('UPDATE t SET v = $1 WHERE id = 1', ['committed']);
      await a.query('COMMIT');
      await waiting;
      expect(seen).toBe('committed');
    } finally {
      a.release();
      b.release();
    }
  });

  it('rolls back the transaction of a client that disconnects in the middle of it, and serves the others on', async () => {
    const lost = new pg.Client({ connectionString: server.url });
    lost.on('error', () => undefined);
    await lost.connect();
    await lost.query('BEGIN');
    await lost.query('INSERT INTO t VALUES (2, $1)', ['never committed']);
    const other = pool.query('SELECT count(*)::int AS c FROM t WHERE id = 2');
    (lost as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await other).rows[0].c).toBe(0);
    expect((await pool.query('SELECT count(*)::int AS c FROM t')).rows[0].c).toBe(1);
  });

  it('delivers NOTIFY to listeners after the sender commits', async () => {
    const got: string[] = [];
    const stop = await server.listen('changes', (p) => got.push(p));
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT pg_notify('changes', 'x1')`);
      await new Promise((r) => setTimeout(r, 50));
      expect(got).toEqual([]); // not before the commit
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(got).toEqual(['x1']);
    stop();
  });

  it('dumps a consistent snapshot while serving, which loads into a new database with the committed rows', async () => {
    const writes = Promise.all(
      Array.from({ length: 50 }, (_, i) => pool.query('INSERT INTO t VALUES ($1, $2)', [100 + i, 'w'])),
    );
    const dump = await server.dump();
    await writes;
    const copy = await startEmbedded({ snapshot: dump, sharedBuffers: '16MB' });
    const c = new pg.Client({ connectionString: copy.url });
    try {
      await c.connect();
      const n = (await c.query('SELECT count(*)::int AS c FROM t')).rows[0].c;
      // Some of the 50 concurrent inserts were before the snapshot, the rest after: never a torn row.
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(51);
      expect((await c.query('SELECT v FROM t WHERE id = 1')).rows[0].v).toBe('committed');
    } finally {
      await c.end();
      await copy.close();
    }
  });
});
