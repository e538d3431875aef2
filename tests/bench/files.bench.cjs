// Upload and download latency of a 5 MB file through the real app (the database file store), on the configured
// backend: `node tests/bench/files.bench.cjs` (PGlite in memory) or under scripts/with-postgres.sh. Needs `npm run build`.
process.env.GRASSROOTS_PII_KEY ??= Buffer.alloc(32, 42).toString('base64');
const crypto = require('node:crypto');
const os = require('node:os');
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..', '..');
const { openDatabase } = require(path.join(root, 'packages/db/dist/index.js'));
const { createUser } = require(path.join(root, 'packages/db/dist/testing.js'));
const { createApp } = require(path.join(root, 'apps/api/dist/src/bootstrap.js'));

/** A PNG of exactly `size` bytes: a real header and IEND, the rest an unknown ancillary chunk (kept as sent). */
function png(size) {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(require('node:zlib').crc32(Buffer.concat([Buffer.from(type), data])) >>> 0);
    return Buffer.concat([len, Buffer.from(type), data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const idat = require('node:zlib').deflateSync(Buffer.from([0, 0]));
  const fixed = sig.length + 3 * 12 + 13 + idat.length + 12;
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('zzZz', crypto.randomBytes(size - fixed)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

(async () => {
  const database = await openDatabase(
    process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { pgliteDir: 'memory://' },
  );
  const user = await createUser(database.prisma, { role: 'QC_INSPECTOR', password: 'bench-password-123' });
  const app = await createApp({
    database,
    logger: ['error'],
    adminDir: '/nonexistent',
    filesDir: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-files-')),
  });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { user { id } } }',
      variables: { i: { email: user.email, password: 'bench-password-123' } },
    }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const file = png(5 * 1024 * 1024 - 1024);
  const up = [],
    down = [];
  for (let i = 0; i < 12; i++) {
    const form = new FormData();
    form.append('file', new Blob([file], { type: 'image/png' }), 'bench.png');
    let t = performance.now();
    const r = await fetch(`${url}/files/inspection-photos`, { method: 'POST', body: form, headers: { cookie } });
    const { id } = await r.json();
    if (r.status !== 201) throw new Error(`upload ${r.status}`);
    up.push(performance.now() - t);
    t = performance.now();
    const g = await fetch(`${url}/files/${id}`, { headers: { cookie } });
    const n = (await g.arrayBuffer()).byteLength;
    if (g.status !== 200 || n !== file.length) throw new Error(`download ${g.status} ${n}`);
    down.push(performance.now() - t);
  }
  const stat = (xs) => {
    const s = xs.slice(2).sort((a, b) => a - b);
    return `median ${s[s.length >> 1].toFixed(0)} ms, min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)}`;
  };
  console.log(
    `${database.kind}, ${(file.length / 1048576).toFixed(2)} MB, 10 runs after 2 warm-ups\n  upload:   ${stat(up)}\n  download: ${stat(down)}`,
  );
  await app.close();
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
