import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { signIn, useBrowserApp } from '../support/browser';
import { pdfToText } from '../support/pdf';

/**
 * Answering a returned report in the browser: the sponsor returns October; the coordinator records the missing
 * invoice, answers the comments (checked inline) with the platform's after-sales export attached and resubmits; the
 * sponsor then sees the reply, downloads the attachment, reads what changed figure by figure with both hashes, and
 * finds the reply and the seal/date block in the PDF.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
const PROGRAM = '疏附县2026年农村电商直播带货人才培训项目';
const COMMENTS = '10月的退款数据与平台售后导出不一致，请核对';
const REPLY = '已按抖店售后导出逐单核对，并补录10月20日的补光灯发票；导出文件见附件。';
const EXPORT_FILE = path.join(os.tmpdir(), `after-sales-2026-10-${process.pid}.csv`);

async function openOctober(email: string) {
  const { page, app } = ui;
  await signIn(page, app.url, email);
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: 'Reports' }).click();
  await page.waitForURL('**/reports');
  await page.locator('.ant-table-row').filter({ hasText: PROGRAM }).click();
  await page.waitForURL(/period=\d{4}-|\/reports\/c[a-z0-9]+$/);
  if (!page.url().includes('period=2026-10')) await page.goto(`${page.url().split('?')[0]}?period=2026-10`);
  await page.getByTestId('report-title').getByText(PROGRAM).waitFor();
}

async function signOut() {
  const { page } = ui;
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');
}

let returnedHash = '';

afterAll(() => fs.rmSync(EXPORT_FILE, { force: true }));

it('lets the sponsor return October with comments', async () => {
  const { page } = ui;
  await openOctober('sponsor@grassroots.local');
  const workflow = page.getByTestId('report-workflow');
  await workflow.getByText('Awaiting the sponsor').waitFor();
  returnedHash = (await workflow.getByTestId('report-hash').innerText()).trim();
  await workflow.getByRole('button', { name: 'Return with comments' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('What needs to change or be explained').fill(COMMENTS);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await workflow.getByText('Returned', { exact: true }).first().waitFor();
  await signOut();
});

it('has the coordinator answer the comments with the after-sales export attached, and resubmit', async () => {
  const { page } = ui;
  await openOctober('coordinator@grassroots.local');
  const workflow = page.getByTestId('report-workflow');
  await workflow.getByText(COMMENTS).first().waitFor();

  // The correction the sponsor asked for: October's missing invoice.
  await page.getByRole('tab', { name: 'Budget and expenses' }).click();
  await page.getByRole('button', { name: 'Record an expense' }).click();
  const expense = page.getByRole('dialog');
  await expense.locator('form').waitFor();
  await expense.getByLabel('Amount (yuan)').fill('1280.00');
  await expense.getByLabel('Description (invoice, payee)').fill('补光灯发票（10月20日）');
  await expense.getByLabel('Date paid').fill('2026-10-20');
  await expense.getByLabel('Date paid').press('Enter');
  await expense.getByLabel('Category').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Equipment' }).hover();
  await expense.getByLabel('Category').press('Enter');
  await expense.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('row').filter({ hasText: '补光灯发票（10月20日）' }).waitFor();

  await workflow.getByRole('button', { name: 'Reply and resubmit' }).click();
  const modal = page.getByRole('dialog').filter({ hasText: 'Answer the sponsor’s comments and resubmit' });
  await modal.getByTestId('return-comments').getByText(COMMENTS).waitFor();
  await modal.getByRole('button', { name: 'Resubmit' }).click();
  await modal.locator('.ant-form-item-explain-error').filter({ hasText: 'Answer the sponsor’s comments' }).waitFor();

  await modal.getByLabel('Reply').fill(REPLY);
  fs.writeFileSync(EXPORT_FILE, '订单号,售后类型,退款金额\nDY20261003001,仅退款,39.90\nDY20261011007,退货退款,79.80\n');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    modal.getByRole('button', { name: 'Attach a file' }).click(),
  ]);
  await chooser.setFiles(EXPORT_FILE);
  await modal.getByTestId('reply-attachments').getByText(path.basename(EXPORT_FILE)).waitFor();
  await modal.getByRole('button', { name: 'Resubmit' }).click();
  await modal.waitFor({ state: 'hidden' });
  await workflow.getByText('Awaiting the sponsor').waitFor();
  expect((await workflow.getByTestId('report-hash').innerText()).trim()).not.toBe(returnedHash);
  await signOut();
});

it('shows the sponsor the reply, the attachment, what changed and both hashes; the PDF has the seal block', async () => {
  const { page } = ui;
  await openOctober('sponsor@grassroots.local');
  const panel = page.getByTestId('report-reply');
  await panel.getByText(REPLY).waitFor();
  await panel.getByText(COMMENTS).waitFor();
  await expect(panel.getByTestId('previous-hash').innerText()).resolves.toBe(returnedHash);
  const newHash = (await page.getByTestId('report-workflow').getByTestId('report-hash').innerText()).trim();
  expect(newHash).toMatch(/^[0-9a-f]{64}$/);
  expect(newHash).not.toBe(returnedHash);
  // Figure by figure: the invoice moved the budget used to date.
  await panel.getByTestId('changes-since-return').getByRole('row').filter({ hasText: 'Budget used to date' }).waitFor();

  const attachment = panel.getByTestId('report-attachments');
  await attachment.getByText(path.basename(EXPORT_FILE)).waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    attachment.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(path.basename(EXPORT_FILE));
  expect(fs.readFileSync(await file.path(), 'utf8')).toContain('DY20261011007');

  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(await pdfDownload.path())))).replace(/\s+/g, '');
  expect(text).toContain('对退回意见的答复');
  expect(text).toContain(REPLY.replace(/\s+/g, ''));
  expect(text).toContain(returnedHash);
  expect(text).toContain(newHash);
  expect(text).toContain('单位盖章');
  expect(text).toContain('日期');
});
