import fs from 'node:fs';

import { fakeNationalId } from '@grassroots/db/testing';

import { signIn, useBrowserApp } from '../support/browser';
import { encodeGbk, readXlsx, xlsxOf } from '../support/spreadsheets';

/**
 * Excel in and out from a cohort's page: trainees imported from an .xlsx (bad rows reported) and from a GBK CSV
 * (what Chinese Excel saves), lessons from an .xlsx with real date cells, and the roster exported as .xlsx and
 * read back here.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
const COHORT = '疏附县第二期短期班（20天）';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const id = (serial: number) => fakeNationalId('110105', '19850612', serial);

it('opens the cohort as the coordinator', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: 'Cohorts' }).click();
  await page.locator('.ant-table-row').filter({ hasText: COHORT }).click();
  await page.waitForURL(/\/cohorts\/c[a-z0-9]+$/);
  await page.getByTestId('import-trainees').waitFor();
});

it('imports trainees: an .xlsx with bad rows is reported by row and column, a GBK CSV is imported', async () => {
  const { page } = ui;
  await page.getByTestId('import-trainees').click();
  const dialog = page.getByRole('dialog');
  const good = id(41);
  const bad = await xlsxOf([
    ['姓名', '身份证号', '手机号', '籍贯', '平台账号'],
    ['艾力', good, '13812348041', '疏附县', '抖音:aili'],
    ['艾力的弟弟', good, '1381234', '疏附县', ''],
  ]);
  await dialog.locator('input[type=file]').setInputFiles({ name: '学员.xlsx', mimeType: XLSX, buffer: bad });
  await dialog.getByTestId('import-failed').waitFor();
  await expect(dialog.locator('.ant-table-row').allInnerTexts()).resolves.toEqual([
    expect.stringMatching(/^3\s+nationalId\s+The same ID number as row 2$/),
    expect.stringMatching(/^3\s+phone\s+Enter an 11-digit mobile number$/),
  ]);

  const gbk = encodeGbk(
    `姓名,身份证号,手机号,籍贯,平台账号\r\n艾力,${good},13812348041,疏附县,抖音:aili\r\n古丽娜,${id(42)},13812348042,伽师县,快手:gln\r\n`,
  );
  await dialog.locator('input[type=file]').setInputFiles({ name: '学员-GBK.csv', mimeType: 'text/csv', buffer: gbk });
  await page.getByText('2 rows imported').waitFor();
  const trainees = page.locator('.ant-card').filter({ hasText: 'Trainees' });
  await trainees.locator('.ant-table-row').filter({ hasText: '古丽娜' }).waitFor();
  await trainees.locator('.ant-table-row').filter({ hasText: '艾力' }).first().waitFor();
});

it('exports the roster as .xlsx, which reads back with the imported trainees under English headings', async () => {
  const { page } = ui;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-roster').click()]);
  expect(download.suggestedFilename()).toBe(`${COHORT}-roster.xlsx`);
  const rows = await readXlsx(fs.readFileSync((await download.path())!));
  expect(rows[0]).toEqual([
    'Name',
    'ID number (masked)',
    'Phone',
    'Hometown',
    'Platform accounts',
    'Trainee status',
    'Enrolment status',
    'Enrolled at',
  ]);
  const gln = rows.find((r) => r[0] === '古丽娜')!;
  expect(gln.slice(1, 7)).toEqual([
    `${id(42).slice(0, 6)}********${id(42).slice(-4)}`,
    '13812348042',
    '伽师县',
    'kuaishou:gln',
    'enrolled', // statuses in words of the export's language (the shared catalog), not codes
    'active',
  ]);
  expect(rows.length).toBe(1 + 6 + 2);
});

it('imports lessons from an .xlsx with real date and time cells', async () => {
  const { page } = ui;
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Import (Excel or CSV)' }).click();
  const dialog = page.getByRole('dialog');
  const lessons = await xlsxOf([
    ['日期', '开始时间', '结束时间', '主题', '类型', '地点'],
    [
      new Date('2026-12-05T00:00:00Z'),
      new Date('1899-12-30T10:00:00Z'),
      new Date('1899-12-30T12:00:00Z'),
      'Excel 导入：选品',
      '课堂',
      '直播间',
    ],
    [
      new Date('2026-12-06T00:00:00Z'),
      new Date('1899-12-30T10:00:00Z'),
      new Date('1899-12-30T12:00:00Z'),
      'Excel 导入：投流',
      '课堂',
      '直播间',
    ],
  ]);
  await dialog.locator('input[type=file]').setInputFiles({ name: '课程表.xlsx', mimeType: XLSX, buffer: lessons });
  await page.getByText('2 rows imported').waitFor();
  await page.getByRole('tabpanel').getByText('Excel 导入：选品').waitFor();
});
