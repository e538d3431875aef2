import fs from 'node:fs';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { englishText, type MessageCode, type MessageParams, renderMessage } from '@grassroots/domain';
import { zhCN } from '@grassroots/domain/messages/zh-CN';

/**
 * Migration product_status_reason_code: a product's status reason the system wrote in English before (a failed
 * inspection, a change after QC, the after-sales feedback loop) gets its message code and params, so that it reads in
 * every language; what a person typed stays text only. The migration runs on PGlite here (and on PostgreSQL with
 * every API test started against it).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const dir = fs
  .readdirSync(path.join(ROOT, 'packages/db/prisma/migrations'))
  .find((d) => d.endsWith('_product_status_reason_code'))!;
const SQL = fs.readFileSync(path.join(ROOT, 'packages/db/prisma/migrations', dir, 'migration.sql'), 'utf8');

const inChinese = (code: string, params?: MessageParams) =>
  renderMessage(
    { code: code as MessageCode, params },
    (c, p) =>
      ((zhCN as Record<string, string>)[c] ?? (zhCN as Record<string, string>)[`${c}_other`]).replace(
        /\{\{(\w+)\}\}/g,
        (_, k: string) => String(p[k]),
      ),
    { sentences: '；', words: '、' },
  );

it('converts the English reasons the system stored into codes with params, and keeps typed ones as text', async () => {
  const db = new PGlite();
  await db.exec(`CREATE TABLE "Product" (id text PRIMARY KEY, "statusReason" text)`);
  const old = {
    changed: 'Changed after QC: send it to QC again',
    complaints: '3 quality complaints in 30 days against 40 units sold',
    failed: 'Failed QC: major 11 (accept ≤ 10), minor 3 (accept ≤ 2)',
    typed: '抽检发现霉变',
  };
  for (const [id, reason] of Object.entries(old)) await db.query(`INSERT INTO "Product" VALUES ($1, $2)`, [id, reason]);
  await db.exec(SQL);
  const rows = (
    await db.query<{
      id: string;
      statusReason: string;
      statusReasonCode: string | null;
      statusReasonParams: MessageParams | null;
    }>(`SELECT * FROM "Product"`)
  ).rows;
  const by = Object.fromEntries(rows.map((r) => [r.id, r]));
  // Every converted row says in English exactly what was stored…
  for (const id of ['changed', 'complaints', 'failed']) {
    const r = by[id]!;
    expect(r.statusReasonCode).not.toBeNull();
    expect(englishText(r.statusReasonCode as MessageCode, r.statusReasonParams ?? undefined)).toBe(r.statusReason);
  }
  // …and in Chinese what it means.
  expect(inChinese(by.failed!.statusReasonCode!, by.failed!.statusReasonParams!)).toBe(
    '质检不合格：严重缺陷 11 个（允收 ≤ 10）、轻微缺陷 3 个（允收 ≤ 2）',
  );
  expect(inChinese(by.complaints!.statusReasonCode!, by.complaints!.statusReasonParams!)).toContain('3');
  expect(by.typed).toMatchObject({ statusReason: '抽检发现霉变', statusReasonCode: null, statusReasonParams: null });
  await db.close();
});
