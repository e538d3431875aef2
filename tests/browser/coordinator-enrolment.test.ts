import { graphql } from '../gql';
import { pageGql, pickDate, pickOption, signIn, useBrowserApp } from '../support/browser';

const PROGRAM_REPORT = graphql(`
  query CoordinatorEnrolmentProgramReport($p: ID!, $k: String!) {
    programReport(programId: $p, period: $k) {
      figures
    }
  }
`);

/** A coordinator signs in, creates a cohort with inline validation, and enrols a trainee into it. */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

it('signs in as the coordinator, lands on the workbench and opens the cohorts table', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  await page.getByRole('menuitem', { name: 'Cohorts' }).click();
  await page.waitForURL('**/cohorts');
  await page.locator('.ant-table-row').first().waitFor();
  await expect(page.getByRole('menuitem').allInnerTexts()).resolves.toEqual([
    'Workbench',
    'Sponsors',
    'Programs',
    'Cohorts',
    'Lessons',
    'Assignments',
    'Trainees',
    'Support teams',
    'Live sessions',
    'Products',
    'Suppliers',
    'Quality control',
    'After-sales',
    'Reports',
  ]);
  expect(await page.locator('.ant-table-row').count()).toBe(6);
});

it('shows field errors inline before anything is sent, then creates the cohort', async () => {
  const { page, app } = ui;
  await page.getByRole('button', { name: 'New cohort' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Capacity').fill('501');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(drawer.locator('.ant-form-item-explain-error').allInnerTexts()).resolves.toEqual([
    'This field is required',
    'This field is required',
    'This field is required',
    'This field is required',
    'Capacity must be at most 500',
    'This field is required',
  ]);

  await pickOption(page, drawer, 'Program', '疏附县2026');
  await drawer.getByLabel('Cohort').fill('疏附县第三期短期班');
  await pickDate(drawer, 'Start date', '2027-01-04');
  await pickDate(drawer, 'End date', '2027-01-23');
  await drawer.getByLabel('Capacity').fill('2');
  await drawer.getByLabel('Location').fill('疏附县电子商务产业园 2楼');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/cohorts\/c[a-z0-9]+$/);
  await page.getByText('疏附县第三期短期班').first().waitFor();
  await page.getByText('No trainees in this cohort yet.').waitFor();
});

it('enrols an applicant, who then appears in the cohort with a seat taken', async () => {
  const { page, app } = ui;
  await page.getByRole('button', { name: 'Enrol trainees' }).click();
  const modal = page.getByRole('dialog');
  await modal.locator('.ant-table-row').first().waitFor();
  const name = (await modal.locator('.ant-table-row').first().locator('td').nth(1).innerText()).trim();
  await modal.locator('.ant-table-row').first().locator('input[type=checkbox]').check();
  await expect(modal.getByTestId('enrol-hint').innerText()).resolves.toBe('2 seats left; 1 selected');
  await modal.getByRole('button', { name: 'Enrol' }).click();
  await page
    .locator('.ant-card')
    .filter({ hasText: 'Trainees' })
    .locator('.ant-table-row')
    .filter({ hasText: name })
    .waitFor();
  await page.getByText('1/2', { exact: true }).waitFor();
});

it('takes attendance for a whole lesson from the cohort schedule', async () => {
  const { page } = ui;
  await page.getByRole('menuitem', { name: 'Cohorts' }).click();
  await page.locator('.ant-table-row').filter({ hasText: '疏附县长期孵化班' }).click();
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await page.getByText('Week', { exact: true }).click();
  expect(await page.getByTestId('week-day').count()).toBe(7);
  await page.getByText('List', { exact: true }).click();
  await page.getByRole('tabpanel').locator('.ant-table-row').first().click();
  await page.waitForURL(/\/lessons\//);
  const sheet = page.locator('.ant-card').filter({ hasText: 'Attendance:' });
  await sheet.locator('.ant-table-row').first().waitFor();
  await sheet.getByRole('button', { name: 'All present' }).click();
  await sheet.locator('.ant-table-row').first().getByText('Late', { exact: true }).click();
  await sheet.locator('.ant-table-row').nth(1).getByText('Excused', { exact: true }).click();
  await sheet.getByRole('button', { name: 'Save attendance' }).click();
  // The API refuses an excused absence without a reason; the problem shows on that trainee's row.
  await sheet.locator('.ant-table-row').nth(1).getByText('Say why the absence is excused').waitFor();
  await sheet.locator('.ant-table-row').nth(1).locator('input[type=text]').fill('秋收请假');
  await sheet.getByRole('button', { name: 'Save attendance' }).click();
  await page.getByText('Attendance saved for 10 trainees').waitFor();
  await page.getByText(/present 8 · late 1 · absent 0 · excused 1/).waitFor();
});

it('imports lessons from a CSV file: a bad file is reported row by row, a good one is imported', async () => {
  const { page } = ui;
  await page.getByRole('menuitem', { name: 'Cohorts' }).click();
  await page.locator('.ant-table-row').filter({ hasText: '疏附县长期孵化班' }).click();
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Import (Excel or CSV)' }).click();
  const dialog = page.getByRole('dialog');
  const upload = (name: string, text: string) =>
    dialog.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await upload(
    'bad.csv',
    'date,start,end,topic,kind,location\n2026-12-02,9am,11:00,x,dance,\n2026-12-03,09:00,11:00,开场话术,CLASS,直播间\n',
  );
  await dialog.getByTestId('import-failed').waitFor();
  expect(await dialog.locator('.ant-table-row').count()).toBe(4);
  await upload(
    'good.csv',
    '日期,开始时间,结束时间,主题,类型,地点\n2026-12-02,14:00,16:00,导入的课程：选品,课堂,直播间\n2026-12-03,14:00,16:00,导入的课程：投流,课堂,直播间\n',
  );
  await page.getByText('2 rows imported').waitFor();
  await page.getByRole('tabpanel').getByText('导入的课程：选品').waitFor();
});

it("opens today's sessions from the workbench card that counts them", async () => {
  const { page, app } = ui;
  await page.goto(`${app.url}/workbench`);
  const card = page.getByTestId('workbench-card-SESSIONS_TODAY');
  await card.waitFor();
  // The demo's long-term streamers go live twice a day: the card counts today's sessions and links to that day.
  const count = Number((await card.locator('.ant-statistic-content-value').innerText()).replace(/,/g, ''));
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId('workbench-event-SESSION').count()).resolves.toBeGreaterThan(0);
  await card.click();
  await page.waitForURL(/\/sessions\?view=list&todo=SESSIONS_TODAY$/);
  await page.locator('.ant-table-row').first().waitFor();
  await expect(page.getByTestId('todo-filter').innerText()).resolves.toMatch(new RegExp(`· ${count}$`));
});

it('shows who may graduate and why the others may not', async () => {
  const { page } = ui;
  await page.getByRole('menuitem', { name: 'Cohorts' }).click();
  await page.locator('.ant-table-row').filter({ hasText: '疏附县长期孵化班' }).click();
  await page.getByRole('tab', { name: 'Graduation' }).click();
  await page
    .getByRole('tabpanel')
    .getByText(/of 3 assignments graded/)
    .first()
    .waitFor();
  expect(await page.getByRole('tabpanel').locator('.ant-table-row').count()).toBe(10);
});

it('labels a program’s trainee counts as its sponsor report defines them (issue 15, item 4)', async () => {
  const { page, app } = ui;
  const back = page.url();
  await page.getByRole('menuitem', { name: 'Programs' }).click();
  const row = page.locator('.ant-table-row').filter({ hasText: '疏附县2026' }).first();
  const listed = await row.getByTestId('trainee-counts').innerText();
  await row.click();
  await page.waitForURL(/\/programs\/c[a-z0-9]+$/);
  const id = page.url().split('/').pop();
  const report = await pageGql(page, app.url, PROGRAM_REPORT, {
    p: id!,
    k: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7),
  });
  const total = report.programReport.figures.trainees.total;
  // Enrolled (graduates and drop-outs included) against the target, then each count under the report's own name.
  const expected = [
    `${total.enrolled}/${total.target}`,
    `In training ${total.active}`,
    `Graduated ${total.graduated}`,
    `Dropped out ${total.dropped}`,
  ];
  for (const s of expected) expect(listed).toContain(s);
  const detail = await page.getByTestId('trainee-counts').innerText();
  for (const s of expected) expect(detail).toContain(s);
  expect(detail).toContain('Enrolled / target trainees (graduates and drop-outs included)');
  await page.goto(back);
});

it('speaks Chinese on request', async () => {
  const { page, app } = ui;
  await page.getByTestId('switch-language').click();
  await page.getByRole('menuitem', { name: '班期' }).waitFor();
  await page.getByRole('tab', { name: '结业' }).waitFor();
});
