import fs from 'node:fs';

import { confirmPopup, signIn, useBrowserApp } from '../support/browser';
import { pdfToText } from '../support/pdf';

/**
 * Sponsor reporting in the browser: the coordinator prepares and submits a quarter and records an invoice; the
 * sponsor opens their dashboard, reads how a figure is computed, drills into a cohort's de-identified trainees,
 * accepts the month waiting for them and downloads its PDF (read back: Chinese text, status and hash).
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
const PROGRAM = '疏附县2026年农村电商直播带货人才培训项目';

it('lets the coordinator prepare and submit a quarter, and record an expense with inline validation', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: 'Reports' }).click();
  await page.getByRole('row').filter({ hasText: PROGRAM }).getByText('Open dashboard').click();
  await page.getByTestId('report-overview').waitFor();
  await page.getByText('Quarterly').click();
  await page.waitForURL(/period=2026-Q3/);
  const workflow = page.getByTestId('report-workflow');
  await workflow.getByRole('button', { name: 'Prepare this period' }).click();
  await workflow.getByText('Draft').waitFor();
  await workflow.getByRole('button', { name: 'Submit to the sponsor' }).click();
  await confirmPopup(page);
  await workflow.getByText('Awaiting the sponsor').waitFor();
  await workflow.getByText('Snapshot intact: it matches its hash').waitFor();

  await page.getByRole('tab', { name: 'Budget and expenses' }).click();
  await page.getByRole('button', { name: 'Record an expense' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('form').waitFor();
  await dialog.getByLabel('Amount (yuan)').fill('-20');
  await dialog.getByLabel('Description (invoice, payee)').fill('补光灯维修发票');
  await dialog.getByText('Enter an amount in yuan with at most 2 decimals, e.g. 3500.00').waitFor();
  await dialog.getByLabel('Amount (yuan)').fill('860.00');
  await dialog.getByLabel('Date paid').fill('2026-11-20');
  await dialog.getByLabel('Date paid').press('Enter');
  await dialog.getByLabel('Category').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Equipment' }).hover();
  await dialog.getByLabel('Category').press('Enter');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('row').filter({ hasText: '补光灯维修发票' }).getByText('¥860.00').waitFor();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');
});

it('shows the sponsor their dashboard, how a figure is computed and de-identified trainees', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'sponsor@grassroots.local');
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: 'Reports' }).click();
  await page.waitForURL('**/reports');
  // Only their own program is listed.
  const row = page.locator('.ant-table-row').filter({ hasText: PROGRAM });
  await row.waitFor();
  await expect(page.locator('.ant-table-row').count()).resolves.toBe(1);
  await row.click();
  await page.waitForURL(/period=\d{4}-|\/reports\/c[a-z0-9]+$/);
  // The demo submitted October: open that period whatever today's date (the default is the latest period over).
  if (!page.url().includes('period=2026-10')) await page.goto(`${page.url().split('?')[0]}?period=2026-10`);
  await page.getByTestId('report-title').getByText(PROGRAM).waitFor();
  const gmv = page.getByTestId('figure-live.gmv');
  await gmv.getByText(/^¥[\d,]+\.\d\d$/).waitFor();
  await gmv.getByLabel('How it is computed').hover();
  await page.getByText("Sum of the ended sessions' GMV in the period").waitFor();
  await page.getByTestId('report-workflow').getByText('Awaiting the sponsor').waitFor();
  // A September invoice entered after September was accepted moves the budget to date: flagged, not hidden.
  await page.getByTestId('discrepancies').getByText('Budget used to date').waitFor();
  // …with the records behind the move (issue 15, item 7).
  await expect(
    page.getByTestId('discrepancies').getByRole('row').filter({ hasText: 'Budget used to date' }).innerText(),
  ).resolves.toContain('expenses: 1 added, 0 removed, 0 changed');
  // Provenance (issue 15, item 8): sales show their mix, records made in Grassroots say so, invoices are manual.
  await expect(gmv.getByTestId('figure-provenance').innerText()).resolves.toMatch(/Platform export \d+%/);
  await expect(
    page.getByTestId('figure-training.attendanceRate').getByTestId('figure-provenance').innerText(),
  ).resolves.toBe('Recorded in the system');
  await expect(page.getByTestId('figure-budget.usedToDate').getByTestId('figure-provenance').innerText()).resolves.toBe(
    'Entered by hand',
  );

  await page.getByRole('tab', { name: 'Trends' }).click();
  await page.getByTestId('chart-weeks').locator('.chart-bar').first().waitFor();
  await page.getByRole('tab', { name: 'Cohorts' }).click();
  await page.getByTestId('chart-cohorts').locator('.chart-bar').first().waitFor();
  await page
    .locator('.ant-table-row')
    .filter({ hasText: '疏附县长期孵化班' })
    .locator('.ant-table-row-expand-icon')
    .click();
  const trainees = page.getByTestId('report-trainees');
  await trainees.getByText('T01').waitFor();
  const text = await trainees.innerText();
  expect(text).toMatch(/1\d\d\*{4}\d{4}/); // masked phones
  expect(text).not.toMatch(/1\d{10}/); // never a full phone number
  expect(text).toMatch(/[\u4e00-\u9fa5]\*{1,2}/); // 阿** — not full names

  // Sponsors read Chinese: the same dashboard in zh-CN.
  await page.getByTestId('switch-language').click();
  await page.getByRole('tab', { name: '概览' }).click();
  await page.getByTestId('figure-live.gmv').getByText('成交额（GMV）').waitFor();
  await page.getByTestId('report-workflow').getByText('待资助方确认').waitFor();
  await page.getByTestId('switch-language').click();
  await page.getByRole('tab', { name: 'Overview' }).waitFor();
});

it('lets the sponsor accept the month and download it as a PDF with the hash and the status', async () => {
  const { page } = ui;
  const workflow = page.getByTestId('report-workflow');
  await workflow.getByRole('button', { name: 'Accept' }).click();
  await confirmPopup(page);
  await workflow.getByText('Accepted (locked)').waitFor();
  const hash = (await workflow.getByTestId('report-hash').innerText()).trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/2026-10-ACCEPTED\.pdf$/);
  const file = await download.path();
  const pdf = await pdfToText(new Uint8Array(fs.readFileSync(file)));
  expect(pdf).toContain('资助方项目报告');
  expect(pdf).toContain(PROGRAM);
  expect(pdf).toContain('已接受（已锁定）');
  expect(pdf).toContain(hash);
});

it('lets the sponsor return the quarter with comments (required, checked inline), and the MCN sees why', async () => {
  const { page, app } = ui;
  // The quarter the coordinator submitted in the first test.
  await page.goto(`${page.url().split('?')[0]}?period=2026-Q3`);
  const workflow = page.getByTestId('report-workflow');
  await workflow.getByText('Awaiting the sponsor').waitFor();
  // The chart's own tooltip: the band under the pointer shows its values.
  await page.getByRole('tab', { name: 'Trends' }).click();
  const weeks = page.getByTestId('chart-weeks');
  await weeks.locator('.chart-bar').first().hover({ force: true });
  await expect(weeks.getByRole('tooltip').innerText()).resolves.toMatch(/GMV: ¥[\d,]+\.\d\d/);
  // …and from the keyboard: the chart takes focus, the arrow keys move from week to week.
  await weeks.getByRole('img', { name: 'GMV and sessions per week' }).focus();
  const week = await weeks.getByRole('tooltip').locator('strong').innerText();
  await page.keyboard.press('ArrowRight');
  await expect(weeks.getByRole('tooltip').locator('strong').innerText()).resolves.not.toBe(week);
  await page.getByRole('tab', { name: 'Overview' }).click();

  await workflow.getByRole('button', { name: 'Return with comments' }).click();
  const dialog = page.getByRole('dialog', { name: 'Return the report' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.getByText('Say what needs to change (at least 5 characters)').waitFor();
  await dialog.getByLabel('What needs to change or be explained').fill('请补充十月的场次明细和发票扫描件');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
  await workflow.getByText('Returned by the sponsor').waitFor();
  await workflow.getByRole('alert').getByText('请补充十月的场次明细和发票扫描件').waitFor();
  // The sponsor cannot answer their own return; the coordinator reads the comments and may reply.
  await expect(workflow.getByRole('button', { name: 'Reply and resubmit' }).count()).resolves.toBe(0);
  const quarter = page.url();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  await page.goto(quarter);
  await workflow.getByRole('alert').getByText('请补充十月的场次明细和发票扫描件').waitFor();
  await workflow.getByRole('button', { name: 'Reply and resubmit' }).waitFor();
});

it("tells a record that is missing (or not the reader's) from a page that failed to load, and retries the latter", async () => {
  const { page, app } = ui;
  const dashboard = page.url().split('?')[0];
  await page.goto(`${app.url}/reports/cnotaprogram0000000000000?period=2026-10`);
  await page.getByText('Not found, or you may not see it').waitFor();
  await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0);

  // The server unreachable while the page asks for its program: say so, and load it on "Try again".
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('ReportProgram(') ? route.abort('connectionrefused') : route.fallback(),
  );
  try {
    await page.goto(`${dashboard}?period=2026-10`);
    await page.getByText('This page could not be loaded: check the connection and try again').waitFor();
  } finally {
    await page.unroute('**/graphql');
  }
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('report-title').getByText(PROGRAM).waitFor();
});
