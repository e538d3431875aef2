import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import { useApi } from '../support/api';

/**
 * The built admin as the server sends it: each file from the precompressed copy the client accepts (brotli before
 * gzip), hashed assets cached for a year, the SPA shell revalidated every time, and nothing else served from disk.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-admin-'));
const js = `export const x = ${JSON.stringify('草根'.repeat(2000))};\n`;
const html = `<!doctype html><html><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'assets'));
  const write = (name: string, body: string, compressed = true) => {
    fs.writeFileSync(path.join(dir, name), body);
    if (!compressed) return;
    fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(body));
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(body));
  };
  write('index.html', html);
  write('assets/index-AbC123.js', js);
  write('assets/tiny-XyZ789.js', 'export {};\n', false);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
});
// Started after the hook above has filled the folder, as the built admin is there before the app starts.
const api = useApi({ adminDir: dir });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const get = (p: string, acceptEncoding: string, accept = '*/*') =>
  fetch(`${api.url}${p}`, { headers: { 'accept-encoding': acceptEncoding, accept } });

it('sends a hashed asset brotli-compressed when accepted, else gzip, else as it is, cached for a year', async () => {
  for (const [acceptEncoding, encoding, reader] of [
    ['gzip, deflate, br, zstd', 'br', zlib.brotliDecompressSync],
    ['gzip, deflate', 'gzip', zlib.gunzipSync],
  ] as const) {
    const res = await get('/assets/index-AbC123.js', acceptEncoding);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // fetch decodes the body itself: compare the raw length with the file written for this encoding.
    const file = fs.readFileSync(path.join(dir, `assets/index-AbC123.js${encoding === 'br' ? '.br' : '.gz'}`));
    expect(Number(res.headers.get('content-length'))).toBe(file.length);
    expect(file.length).toBeLessThan(Buffer.byteLength(js) / 10);
    expect(reader(file).toString()).toBe(js);
    expect(await res.text()).toBe(js);
  }
  const plain = await get('/assets/index-AbC123.js', 'identity');
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(js));
  expect(await plain.text()).toBe(js);
});

it('sends a file built without compressed copies as it is', async () => {
  const res = await get('/assets/tiny-XyZ789.js', 'gzip, br');
  expect(res.headers.get('content-encoding')).toBeNull();
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(await res.text()).toBe('export {};\n');
  // A hashed chunk is not a document: no page policy headers or revalidation data, just nosniff and CORP.
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  for (const h of ['content-security-policy', 'strict-transport-security', 'last-modified'])
    expect(res.headers.get(h)).toBeNull();
  // The shell keeps every security header.
  expect((await get('/login', 'gzip')).headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  const icon = await get('/favicon.svg', 'gzip, br');
  expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
  expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
});

it('answers a client route with the compressed shell that browsers revalidate every time', async () => {
  for (const p of ['/', '/login', '/reports/abc']) {
    const res = await get(p, 'gzip, deflate, br', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe(html);
  }
});

it('answers 404 for an asset that is not in the build (a stale tab gets no HTML for its script) and never serves the compressed copies by name', async () => {
  expect((await get('/assets/index-Old000.js', 'gzip, br')).status).toBe(404);
  expect((await get('/assets/index-AbC123.js.br', 'gzip, br')).status).toBe(404);
  expect((await get('/assets/..%2f..%2fetc%2fpasswd', 'gzip')).status).toBe(404);
});
